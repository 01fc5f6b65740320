/**
 * The tree benchmark page: `?lib=hoshin|rd3t&nodes=N`, or `?lib=hoshin&tactics=N&selected=1&clip=0|1` for the
 * selected tree (a tactic selected, its long dashed links on screen; `clip=0` draws edges whole, the naive
 * baseline). Generates the plan first (not timed), then waits for the driver to call `window.bench.render()`,
 * which renders and resolves with the time to the first complete frame.
 *
 * `?lib=hoshin|rd3t&tactics=N&route=1`: choosing Tree as the app does. The page starts on another view with the
 * plan and its gap analysis in memory (as the app holds them), nothing of the tree built; `window.bench.visit()`
 * changes the route to the tree and resolves with the time from the change to the first complete picture
 * (model, layout and drawing all inside); `window.bench.leave()` goes back, so a second visit is the warm one.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import Tree from 'react-d3-tree';
import { AlignmentTree } from '../../renderer/src/tree/AlignmentTree.tsx';
import { buildTreeModel } from '../../renderer/src/tree/tree-model.ts';
import '../../renderer/src/styles/tokens.css';
import '../../renderer/src/styles/base.css';
import '../../renderer/src/styles/tree.css';
import { benchPlan, benchPlanOfTactics, selectedTactic } from './bench-plan.ts';
import { longestTaskSince, longTaskMark, nextFrame, startFrameProbe, type FrameStats } from './frame-probe.ts';
import { countNodes, toRawNodes } from './rd3t-data.ts';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') === 'rd3t' ? 'rd3t' : 'hoshin';
const nodes = Number(params.get('nodes') ?? 1000);
const tactics = params.has('tactics') ? Number(params.get('tactics')) : null;
const selectedId = tactics !== null && params.get('selected') === '1' ? selectedTactic(tactics) : null;
const clipEdges = params.get('clip') !== '0';
const route = params.get('route') === '1';
const { plan, gaps } = tactics !== null ? benchPlanOfTactics(tactics) : benchPlan(nodes);
// The route benchmark builds the tree inside its clock: nothing of it is made before the route changes.
const model = route ? null : buildTreeModel(plan, gaps);
const total = model ? countNodes(model.root) : 0;
const raw = lib === 'rd3t' && model ? toRawNodes(model.root) : null;

const container = document.getElementById('root')!;
container.style.height = '100vh';
const root = createRoot(container);

function isComplete(): boolean {
  if (lib === 'hoshin') {
    const tree = document.querySelector('[data-tree-ready="true"]');
    return Boolean(tree && (tree.querySelector('[data-node-id]') || tree.getAttribute('data-level') === 'canvas'));
  }
  return document.querySelectorAll('g.rd3t-node, g.rd3t-leaf-node').length === total;
}

/** react-d3-tree as a route would show it: the plan's hierarchy made on mounting, then drawn whole. */
function Rd3tRoute() {
  const [data] = useState(() => {
    const root = buildTreeModel(plan, gaps).root;
    window.bench.nodes = countNodes(root);
    return toRawNodes(root);
  });
  return (
    <div style={{ width: '100vw', height: '100vh' }}>
      <Tree
        data={data}
        orientation="horizontal"
        nodeSize={{ x: 404, y: 96 }}
        translate={{ x: 40, y: 400 }}
        zoom={0.8}
        scaleExtent={{ min: 0.005, max: 2.5 }}
        collapsible={false}
      />
    </div>
  );
}

let showRoute: ((r: 'other' | 'tree') => void) | null = null;
/** Two routes: another view (a heading, as the cascade would be) and the tree. */
function RouteBench() {
  const [current, setCurrent] = useState<'other' | 'tree'>('other');
  showRoute = setCurrent;
  if (current === 'other') return <h1 data-route="other">Cascade</h1>;
  return lib === 'hoshin' ? (
    <AlignmentTree
      plan={plan}
      gaps={gaps}
      selectedId={null}
      onSelect={() => {}}
      onLink={async () => {}}
      persist={false}
    />
  ) : (
    <Rd3tRoute />
  );
}

/** The first complete picture after a route change: the tree's first view drawn (every node of it). */
function routeComplete(): boolean {
  if (lib === 'rd3t') {
    const n = document.querySelectorAll('g.rd3t-node, g.rd3t-leaf-node').length;
    return window.bench.nodes > 0 && n === window.bench.nodes;
  }
  return isComplete();
}

declare global {
  interface Window {
    bench: {
      nodes: number;
      /** Route mode: choose Tree; resolves with the time from the route change to the first complete picture. */
      visit: () => Promise<{ ms: number; drawnNodes: number; longestTaskMs: number }>;
      /** Route mode: back to the other view. */
      leave: () => Promise<void>;
      render: () => Promise<{
        ms: number;
        drawnNodes: number;
        longestTaskMs: number;
        /** Dashed links drawn and their total length on screen, in CSS px (what the browser must dash). */
        dashedEdges: number;
        dashedPx: number;
      }>;
      startFrames: () => void;
      stopFrames: () => FrameStats;
    };
  }
}

let stop: (() => FrameStats) | null = null;
window.bench = {
  nodes: total,
  async visit() {
    const mark = longTaskMark();
    const t0 = performance.now();
    showRoute!('tree');
    while (!routeComplete()) await nextFrame();
    await nextFrame();
    await nextFrame();
    const ms = performance.now() - t0;
    const drawnNodes =
      lib === 'hoshin'
        ? document.querySelectorAll('[data-node-id], [data-branch]').length
        : document.querySelectorAll('g.rd3t-node, g.rd3t-leaf-node').length;
    return { ms, drawnNodes, longestTaskMs: longestTaskSince(mark) };
  },
  async leave() {
    flushSync(() => showRoute!('other'));
    await nextFrame();
  },
  async render() {
    const mark = longTaskMark();
    const t0 = performance.now();
    root.render(
      lib === 'hoshin' ? (
        <AlignmentTree
          plan={plan}
          gaps={gaps}
          selectedId={selectedId}
          onSelect={() => {}}
          onLink={async () => {}}
          persist={false}
          clipEdges={clipEdges}
        />
      ) : (
        <div style={{ width: '100vw', height: '100vh' }}>
          <Tree
            data={raw!}
            orientation="horizontal"
            nodeSize={{ x: 404, y: 96 }}
            translate={{ x: 40, y: 400 }}
            zoom={0.8}
            scaleExtent={{ min: 0.005, max: 2.5 }}
            collapsible={false}
          />
        </div>
      ),
    );
    while (!isComplete()) await nextFrame();
    await nextFrame();
    await nextFrame();
    const ms = performance.now() - t0;
    const drawnNodes =
      lib === 'hoshin'
        ? document.querySelectorAll('[data-node-id], [data-branch]').length
        : document.querySelectorAll('g.rd3t-node, g.rd3t-leaf-node').length;
    const dashed = [...document.querySelectorAll<SVGPathElement>('.tree-edge--secondary')];
    const k = Number(
      /scale\(([^)]+)\)/.exec(document.querySelector('.tree__svg > g')?.getAttribute('transform') ?? '')?.[1] ?? 1,
    );
    const dashedPx = Math.round(dashed.reduce((sum, p) => sum + p.getTotalLength() * k, 0));
    return { ms, drawnNodes, longestTaskMs: longestTaskSince(mark), dashedEdges: dashed.length, dashedPx };
  },
  startFrames() {
    stop = startFrameProbe();
  },
  stopFrames() {
    const stats = stop!();
    stop = null;
    return stats;
  },
};

if (route) root.render(<RouteBench />);
