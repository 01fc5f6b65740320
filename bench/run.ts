/**
 * `npm run bench`: the plan store on the benchmark plan (20 departments, 2,000 goals, 20,000 tactics) with the
 * catchball merge of a 500-change draft (bench/merge.ts); the cascade outline in Chromium (bench/outline/, when
 * present); then the alignment tree in Chromium against react-d3-tree at 1,000, 5,000 and 20,000 nodes
 * (bench/tree/); the PDF report for the sample and a 2,000-tactic plan (bench/report.ts); delete previews at
 * 2,000-200,000 tactics (bench/delete-preview.ts); saves while the gap analysis runs in its worker, at 2,000-200,000
 * tactics (bench/save-under-analysis.ts); `hoshin import` of xlsx and CSV at 2,000 and 20,000 tactics and CLI
 * start-up (bench/import.ts); `hoshin actual --from` at 1,200-24,000 values (bench/actuals.ts).
 * `--only store|outline|tree|report|delete|save|import|actuals|team` runs one of them (`tree-route`: only
 * choosing Tree, route change to first picture at 20,000 tactics, cold and warm, against react-d3-tree).
 * Prints a table per benchmark and one JSON line
 * (`{"store":…,"outline":…,"tree":…,"report":…,"deletePreview":…,"saveUnderAnalysis":…,"import":…,"actuals":…}`);
 * writes bench/results/foundation.json, outline.json and tree.json.
 * Store targets from its issue: import < 2 s, gap analysis < 50 ms, whole-plan load < 300 ms (median of several
 * runs, after one warm-up). Tree targets: first render at least 3× faster than react-d3-tree at 5,000 and
 * 20,000 nodes, median frame work under 16 ms at 5,000, no task over 200 ms at 20,000.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeGaps } from '../core/gaps.ts';
import { parsePlanJson } from '../core/plan-json.ts';
import { openPlan, writePlanFile } from '../services/plan-files.ts';
import { BENCH_SIZE, largePlan } from './large-plan.ts';
import { printActualsBench, runActualsBench } from './actuals.ts';
import { printDeletePreviewBench, runDeletePreviewBench } from './delete-preview.ts';
import { printImportBench, runImportBench } from './import.ts';
import { runMergeBench } from './merge.ts';
import { printReportBench, runReportBench } from './report.ts';
import { printSaveUnderAnalysisBench, runSaveUnderAnalysisBench } from './save-under-analysis.ts';
import { printTreeReport } from './tree/print-tree-report.ts';
import { runTreeBench } from './tree/run-tree-bench.ts';
import { printTeamBench, runTeamBench } from './team.ts';
import { round, timeRuns, timeRunsAsync } from './timing.ts';
import { openInProcessService, type PlanService } from '../services/plan-service.ts';
import { openWorkerService } from '../services/plan-worker-client.ts';

interface Row {
  name: string;
  targetMs: number | null;
  medianMs: number;
  minMs: number;
  runs: number;
}

function measure(name: string, runs: number, targetMs: number | null, fn: () => void, warmup = true): Row {
  const times = timeRuns(runs, fn, warmup);
  return { name, targetMs, medianMs: round(times[Math.floor(times.length / 2)]!), minMs: round(times[0]!), runs };
}

async function measureAsync(name: string, runs: number, fn: () => Promise<void>): Promise<Row> {
  await fn();
  const times = await timeRunsAsync(runs, fn);
  return { name, targetMs: null, medianMs: round(times[Math.floor(times.length / 2)]!), minMs: round(times[0]!), runs };
}

/**
 * The plan service (services/plan-service.ts) on this thread and in its worker thread: one edit's round trip
 * (its envelope, with the history head) and getPlan's envelope text. The file is opened by one at a time.
 */
async function serviceRows(file: string): Promise<Row[]> {
  const rows: Row[] = [];
  const run = async (where: string, service: PlanService) => {
    let n = 0;
    try {
      rows.push(
        await measureAsync(`${where}: one edit round trip (updateTactic)`, 50, async () => {
          const envelope = await service.call('updateTactic', { id: 't123', status: n++ % 2 ? 'on_track' : 'at_risk' });
          if (!envelope.ok) throw new Error(envelope.error.message);
        }),
      );
      rows.push(
        await measureAsync(`${where}: getPlan (envelope text)`, 10, async () => {
          await service.callText('getPlan', {});
        }),
      );
    } finally {
      await service.close();
    }
  };
  await run('service in process', openInProcessService(file));
  await run('service in worker', await openWorkerService(file));
  return rows;
}

function ratio(rows: readonly Row[], of: string, to: string): number | null {
  const a = rows.find((r) => r.name === of)?.medianMs;
  const b = rows.find((r) => r.name === to)?.medianMs;
  return a === undefined || b === undefined || b === 0 ? null : Math.round((a / b) * 100) / 100;
}
const results = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results');

async function runStoreBench() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-'));
  try {
    const json = JSON.stringify(largePlan());
    const file = path.join(dir, 'bench.hoshin');
    const rows: Row[] = [];
    let n = 0;
    rows.push(
      measure('import (parse + validate + write JSON)', 3, 2000, () => {
        writePlanFile(path.join(dir, `import-${n++}.hoshin`), parsePlanJson(json));
      }),
    );
    writePlanFile(file, parsePlanJson(json));
    rows.push(measure('open file (checks + pragmas)', 10, null, () => openPlan(file).close()));
    const session = openPlan(file);
    rows.push(measure('whole-plan load (getPlan)', 10, 300, () => session.dispatch('getPlan', {})));
    // The naive floor for getPlan: every row of every table it reads, selected as plain objects.
    const tables = ['plan', 'department', 'objective', 'goal', 'tactic', 'goal_objective_link', 'tactic_goal_link'];
    const plainReads = [...tables, 'objective_link', 'note', 'kpi_month', 'countermeasure', 'tactic_update'].map((t) =>
      session.store.sqlite.prepare(`SELECT * FROM ${t}`),
    );
    rows.push(
      measure('plain select of the same rows (baseline)', 10, null, () => {
        for (const statement of plainReads) statement.all();
      }),
    );
    const doc = session.dispatch('getPlan', {});
    rows.push(measure('gap analysis (pure, loaded plan)', 20, 50, () => analyzeGaps(doc, '2027-06-01')));
    rows.push(
      measure('analyzeGaps operation (load + analyse)', 10, null, () =>
        session.dispatch('analyzeGaps', { today: '2027-06-01' }),
      ),
    );
    rows.push(
      measure('one edit (updateTactic, one transaction)', 50, null, () =>
        session.dispatch('updateTactic', { id: 't123', status: n++ % 2 ? 'on_track' : 'at_risk' }),
      ),
    );
    // An insert between two siblings writes one row (a sort key between theirs), like an append at the end; in
    // 0.1 it renumbered every later sibling (20,007 undo rows and a 6 s undo at this size).
    const lastStepRows = session.store.sqlite.prepare(
      "select count(*) from temp.undo_entry where step = (select max(step) from temp.undo_step where stack = 'undo')",
    );
    const middle = doc.tactics[Math.floor(doc.tactics.length / 2)]!;
    const tacticInput = { title: 'Inserted', departmentId: middle.departmentId, supports: [] };
    let rowsPerInsert = 0;
    rows.push(
      measure('insert a tactic at the end (createTactic)', 20, null, () => {
        session.dispatch('createTactic', tacticInput);
        session.dispatch('undo', {});
      }),
    );
    rows.push(
      measure('insert a tactic between two (createTactic afterId)', 20, null, () => {
        session.dispatch('createTactic', { ...tacticInput, afterId: middle.id });
        rowsPerInsert = lastStepRows.pluck().get() as number;
        session.dispatch('undo', {});
      }),
    );
    session.close();
    rows.push(...(await serviceRows(file)));
    rows.push(...runMergeBench(500).rows);
    rows.push(...runMergeBench(5000).rows.map((r) => ({ ...r, name: r.name.replace('merge:', 'merge 5,000:') })));

    const report = {
      benchmark: 'foundation',
      node: process.version,
      machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
      size: BENCH_SIZE,
      fileBytes: fs.statSync(file).size,
      rows: rows.map((r) => ({ ...r, meetsTarget: r.targetMs === null ? null : r.medianMs <= r.targetMs })),
      /** getPlan over the plain select of its rows (issue target: at most 1.5). */
      getPlanToPlainSelect: ratio(rows, 'whole-plan load (getPlan)', 'plain select of the same rows (baseline)'),
      /** Insert-and-undo between two siblings over the same at the end: 1 means the place costs nothing. */
      insertBetweenToAppend: ratio(
        rows,
        'insert a tactic between two (createTactic afterId)',
        'insert a tactic at the end (createTactic)',
      ),
      /** Undo rows one insert between two siblings writes (0.1: 20,007 at this size). */
      undoRowsPerInsert: rowsPerInsert,
      /** The worker-thread plan service over the in-process one: an edit's round trip, and getPlan. */
      workerToInProcessEdit: ratio(
        rows,
        'service in worker: one edit round trip (updateTactic)',
        'service in process: one edit round trip (updateTactic)',
      ),
      workerToInProcessGetPlan: ratio(
        rows,
        'service in worker: getPlan (envelope text)',
        'service in process: getPlan (envelope text)',
      ),
    };
    const width = Math.max(...rows.map((r) => r.name.length));
    console.log(
      `Hoshin Planner benchmark: ${BENCH_SIZE.departments} departments, ${BENCH_SIZE.goals} goals, ${BENCH_SIZE.tactics} tactics`,
    );
    console.log(`${'operation'.padEnd(width)}  median ms   min ms   target ms  ok`);
    for (const r of report.rows) {
      const ok = r.meetsTarget === null ? '-' : r.meetsTarget ? 'yes' : 'NO';
      console.log(
        `${r.name.padEnd(width)}  ${String(r.medianMs).padStart(9)}  ${String(r.minMs).padStart(7)}  ${String(r.targetMs ?? '-').padStart(10)}  ${ok}`,
      );
    }
    console.log(`getPlan costs ${report.getPlanToPlainSelect}× a plain select of the same rows (target: at most 1.5×)`);
    console.log(
      `an insert between two siblings (with its undo) costs ${report.insertBetweenToAppend}× one at the end and writes ${report.undoRowsPerInsert} undo row(s)`,
    );
    console.log(
      `the plan service in its worker thread costs ${report.workerToInProcessEdit}× in process for an edit round trip and ${report.workerToInProcessGetPlan}× for getPlan`,
    );
    fs.mkdirSync(results, { recursive: true });
    fs.writeFileSync(path.join(results, 'foundation.json'), `${JSON.stringify(report, null, 2)}\n`);
    return report;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The outline benchmark is its own module; run it when it is there (it arrives with the outline editor). */
async function runOutline(): Promise<unknown> {
  const module = new URL('./outline/run.ts', import.meta.url);
  if (!fs.existsSync(fileURLToPath(module))) return null;
  const outline = (await import(module.href)) as {
    runOutlineBench: (options: { log?: (line: string) => void }) => Promise<unknown>;
    printOutlineReport: (report: unknown) => void;
  };
  const report = await outline.runOutlineBench({ log: (line) => process.stderr.write(`${line}\n`) });
  console.log('');
  outline.printOutlineReport(report);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'outline.json'), `${JSON.stringify(report, null, 2)}\n`);
  return report;
}

const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : null;
const store = only === null || only === 'store' ? await runStoreBench() : null;
const outline = only === null || only === 'outline' ? await runOutline() : null;
let tree = null;
// `--only tree-route`: only choosing Tree (route change to first picture, cold and warm, against react-d3-tree).
if (only === null || only === 'tree' || only === 'tree-route') {
  const parts = only === 'tree-route' ? { libraries: false, selected: [] } : {};
  tree = await runTreeBench((line) => process.stderr.write(line), parts);
  printTreeReport(tree);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'tree.json'), `${JSON.stringify(tree, null, 2)}\n`);
}
let report = null;
if (only === null || only === 'report') {
  report = await runReportBench((line) => process.stderr.write(line));
  printReportBench(report);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
}
let deletePreview = null;
if (only === null || only === 'delete') {
  deletePreview = runDeletePreviewBench();
  printDeletePreviewBench(deletePreview);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'delete-preview.json'), `${JSON.stringify(deletePreview, null, 2)}\n`);
}
let saveUnderAnalysis = null;
if (only === null || only === 'save') {
  saveUnderAnalysis = await runSaveUnderAnalysisBench();
  printSaveUnderAnalysisBench(saveUnderAnalysis);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'save-under-analysis.json'), `${JSON.stringify(saveUnderAnalysis, null, 2)}\n`);
}
let importBench = null;
if (only === null || only === 'import') {
  importBench = await runImportBench((line) => process.stderr.write(line));
  printImportBench(importBench);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'import.json'), `${JSON.stringify(importBench, null, 2)}\n`);
}
let actuals = null;
if (only === null || only === 'actuals') {
  actuals = runActualsBench((line) => process.stderr.write(line));
  printActualsBench(actuals);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'actuals.json'), `${JSON.stringify(actuals, null, 2)}\n`);
}
let teamBench = null;
if (only === null || only === 'team') {
  teamBench = await runTeamBench((line) => process.stderr.write(line));
  printTeamBench(teamBench);
  fs.mkdirSync(results, { recursive: true });
  fs.writeFileSync(path.join(results, 'team.json'), `${JSON.stringify(teamBench, null, 2)}\n`);
}
console.log(
  JSON.stringify({
    store,
    outline,
    tree,
    report,
    deletePreview,
    saveUnderAnalysis,
    import: importBench,
    actuals,
    team: teamBench,
  }),
);
