import { BENCH_NODES } from './bench-plan.ts';
import { LIB_NAME, speedup, type TreeBenchReport } from './run-tree-bench.ts';

const cell = (v: number | null | undefined, width: number) => String(v ?? '-').padStart(width);

/**
 * The tree benchmark as a table: first render (median), nodes drawn, main-thread work per frame while zooming
 * and panning, the frame interval (60 Hz caps it at 16.7 ms), the longest task in each phase, and the ratios.
 */
export function printTreeReport(report: TreeBenchReport): void {
  console.log(
    `\nAlignment tree vs react-d3-tree, Chromium ${report.chromium}, ${report.viewport.width}×${report.viewport.height}`,
  );
  console.log(
    'nodes  tree            first render ms  drawn  frame work ms p50 / p95  frame interval p50 / max  longest task ms render / zoom+pan',
  );
  for (const r of report.rows) {
    const first = r.firstRenderMs === null ? `> ${report.timeoutMs}` : String(r.firstRenderMs);
    const f = r.interaction;
    const work = f ? `${f.workMedianMs} / ${f.workP95Ms}` : '-';
    const interval = f ? `${f.intervalMedianMs} / ${f.intervalMaxMs}` : '-';
    const longest = r.timedOut ? '-' : `${r.renderLongestTaskMs} / ${f?.longestTaskMs ?? '-'}`;
    console.log(
      `${String(r.nodes).padStart(5)}  ${LIB_NAME[r.lib].padEnd(14)}  ${first.padStart(15)}  ${cell(r.drawnNodes, 5)}  ${work.padStart(23)}  ${interval.padStart(24)}  ${longest.padStart(33)}`,
    );
  }
  for (const nodes of BENCH_NODES) {
    const s = speedup(report, nodes);
    if (s)
      console.log(`first render at ${nodes} nodes: ${s.lowerBound ? '> ' : ''}${s.ratio}× faster than react-d3-tree`);
  }
}
