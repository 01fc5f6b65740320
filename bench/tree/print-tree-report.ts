import { BENCH_NODES, SELECTED_TACTICS } from './bench-plan.ts';
import { LIB_NAME, routeSpeedup, selectedSpeedup, speedup, type TreeBenchReport } from './run-tree-bench.ts';

const cell = (v: number | null | undefined, width: number) => String(v ?? '-').padStart(width);

/**
 * The tree benchmark as a table: first render (median), nodes drawn, main-thread work per frame while zooming
 * and panning, the frame interval (60 Hz caps it at 16.7 ms), the longest task in each phase, and the ratios.
 */
export function printTreeReport(report: TreeBenchReport): void {
  printRoute(report);
  if (report.rows.length > 0) printLibraries(report);
  printSelected(report);
}

/** Choosing Tree: route change to the first complete picture, cold and warm, and the ratios to react-d3-tree. */
function printRoute(report: TreeBenchReport): void {
  const rows = report.route.rows;
  if (rows.length === 0) return;
  console.log(
    `\nChoosing Tree: route change to the first complete picture, ${rows[0]!.tactics} tactics, Chromium ${report.chromium}, ${report.viewport.width}×${report.viewport.height}`,
  );
  console.log('tree            cold ms (first visit)  warm ms (second visit)  drawn  longest task ms  runs');
  const ms = (v: number | null) => (v === null ? `> ${report.route.timeoutMs}` : String(v));
  for (const r of rows) {
    console.log(
      `${(r.inApp ? 'the app (web)' : LIB_NAME[r.lib]).padEnd(14)}  ${ms(r.coldMs).padStart(21)}  ${ms(r.warmMs).padStart(22)}  ${cell(r.drawnNodes, 5)}  ${cell(r.inApp ? null : r.longestTaskMs, 15)}  ${cell(r.coldRuns.length, 4)}`,
    );
  }
  for (const visit of ['cold', 'warm'] as const) {
    const s = routeSpeedup(report, visit);
    if (s) console.log(`choosing Tree, ${visit}: ${s.lowerBound ? '> ' : ''}${s.ratio}× faster than react-d3-tree`);
  }
}

function printLibraries(report: TreeBenchReport): void {
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

/**
 * The selected tree: first render with edges clipped to the drawn region against the same tree with every edge
 * drawn whole, the dashed length each leaves to the browser, the ratio, and how each grows from the smallest plan.
 */
function printSelected(report: TreeBenchReport): void {
  const rows = report.selected.rows;
  if (rows.length === 0) return;
  console.log(
    `\nSelected tree (a tactic selected, first view centred on it), ${report.viewport.width}×${report.viewport.height}`,
  );
  console.log('tactics  edges        first render ms  drawn  dashed links  dashed px   growth (time / plan)');
  const base = (clipped: boolean) => rows.find((r) => r.clipped === clipped && r.firstRenderMs !== null);
  for (const r of rows) {
    const first = r.firstRenderMs === null ? `> ${report.selected.timeoutMs}` : String(r.firstRenderMs);
    const b = base(r.clipped);
    const growth =
      b && r.firstRenderMs !== null && b !== r
        ? `${Math.round((r.firstRenderMs / b.firstRenderMs!) * 10) / 10}× / ${r.tactics / b.tactics}×`
        : '-';
    const measured = r.firstRenderMs !== null;
    console.log(
      `${String(r.tactics).padStart(7)}  ${(r.clipped ? 'clipped' : 'whole (naive)').padEnd(13)}  ${first.padStart(15)}  ${cell(measured ? r.drawnNodes : null, 5)}  ${cell(measured ? r.dashedEdges : null, 12)}  ${cell(measured ? r.dashedPx : null, 10)}  ${growth.padStart(20)}`,
    );
  }
  for (const tactics of SELECTED_TACTICS) {
    const s = selectedSpeedup(report, tactics);
    if (s)
      console.log(
        `selected tree at ${tactics} tactics: ${s.lowerBound ? '> ' : ''}${s.ratio}× faster than whole edges`,
      );
  }
}
