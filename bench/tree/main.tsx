/**
 * The tree benchmark page: `?lib=hoshin|rd3t&nodes=N`. Generates the plan first (not timed), then waits for the
 * driver to call `window.bench.render()`, which renders and resolves with the time to the first complete frame.
 */
import { createRoot } from 'react-dom/client';
import Tree from 'react-d3-tree';
import { AlignmentTree } from '../../renderer/src/tree/AlignmentTree.tsx';
import { buildTreeModel } from '../../renderer/src/tree/tree-model.ts';
import '../../renderer/src/styles/tokens.css';
import '../../renderer/src/styles/base.css';
import '../../renderer/src/styles/tree.css';
import { benchPlan } from './bench-plan.ts';
import { longestTaskSince, longTaskMark, nextFrame, startFrameProbe, type FrameStats } from './frame-probe.ts';
import { countNodes, toRawNodes } from './rd3t-data.ts';

const params = new URLSearchParams(location.search);
const lib = params.get('lib') === 'rd3t' ? 'rd3t' : 'hoshin';
const nodes = Number(params.get('nodes') ?? 1000);
const { plan, gaps } = benchPlan(nodes);
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
      render: () => Promise<{ ms: number; drawnNodes: number; longestTaskMs: number }>;
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
          selectedId={null}
          onSelect={() => {}}
          onLink={async () => {}}
          persist={false}
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
    return { ms, drawnNodes, longestTaskMs: longestTaskSince(mark) };
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
