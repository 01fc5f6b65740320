/**
 * The tree benchmark page: `?lib=hoshin|rd3t&nodes=N`, or `?lib=hoshin&tactics=N&selected=1&clip=0|1` for the
 * selected tree (a tactic selected, its long dashed links on screen; `clip=0` draws edges whole, the naive
 * baseline). Generates the plan first (not timed), then waits for the driver to call `window.bench.render()`,
 * which renders and resolves with the time to the first complete frame.
 */
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
const { plan, gaps } = tactics !== null ? benchPlanOfTactics(tactics) : benchPlan(nodes);
const model = buildTreeModel(plan, gaps);
const total = countNodes(model.root);
const raw = lib === 'rd3t' ? toRawNodes(model.root) : null;

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

declare global {
  interface Window {
    bench: {
      nodes: number;
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
