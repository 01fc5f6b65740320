/**
 * A save while the gap analysis runs, on the 2,000 / 20,000 / 200,000-tactic plans. Target: the save answered in
 * under 100 ms at 200,000 tactics while an analysis is under way. The baseline in the same run is the queued
 * design this replaces: the analysis on the thread that saves, so a save made as it starts waits for all of it.
 * Here the analysis runs in the worker (services/heavy-reads.ts) and saves are made, one after another, until it
 * answers; the table gives their median and slowest, and how long the analysis took meanwhile. Exported for
 * bench/run.ts; runnable alone with `node bench/save-under-analysis.ts [--max 20000]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePlanJson } from '../core/plan-json.ts';
import { openPlan, writePlanFile, type PlanSession } from '../services/plan-files.ts';
import { largePlan, type LargePlanSize } from './large-plan.ts';
import { median, round, timeRuns } from './timing.ts';

export interface SaveUnderAnalysisRow {
  tactics: number;
  /** A save alone, nothing else running. */
  saveAloneMs: number;
  /** Queued baseline: a save made as an analysis starts on the same thread (analysis + save). */
  queuedMs: number;
  /** Saves made while the worker analyses: median, 99th percentile and slowest, and how many were made. */
  medianMs: number;
  p99Ms: number;
  maxMs: number;
  saves: number;
  /** The worker's analysis, request to answer, while the saves were made. */
  analysisMs: number;
  targetMs: number;
}

const TARGET_MS = 100;
export const SAVE_SIZES: LargePlanSize[] = [
  { departments: 20, objectives: 8, goals: 200, tactics: 2_000 },
  { departments: 20, objectives: 8, goals: 2_000, tactics: 20_000 },
  { departments: 20, objectives: 8, goals: 20_000, tactics: 200_000 },
];

let edits = 0;
/** One save as the app makes it: a field of one tactic. */
const save = (session: PlanSession) =>
  session.dispatch('updateTactic', { id: 't1', description: `Saved during the benchmark ${++edits}` });

async function savesDuringAnalysis(session: PlanSession) {
  const start = performance.now();
  let analysisMs = 0;
  let done = false;
  const analysis = session.heavyReads.run('analyzeGaps', {}).then(() => {
    analysisMs = performance.now() - start;
    done = true;
  });
  const times: number[] = [];
  // A save on every turn of the event loop until the analysis answers, as a typing user's would arrive.
  while (!done) {
    const t = performance.now();
    save(session);
    if (!done) times.push(performance.now() - t);
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  await analysis;
  return { times, analysisMs };
}

export async function runSaveUnderAnalysisBench(maxTactics = Infinity): Promise<SaveUnderAnalysisRow[]> {
  const rows: SaveUnderAnalysisRow[] = [];
  for (const size of SAVE_SIZES.filter((s) => s.tactics <= maxTactics)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-save-'));
    try {
      const file = path.join(dir, 'plan.hoshin');
      writePlanFile(file, parsePlanJson(JSON.stringify(largePlan(size))));
      // Every read to the worker, the small plan's too (by default a plan under WORKER_MIN_PAGES is answered on
      // the session's thread, where its whole-plan read costs less than a snapshot).
      const session = openPlan(file, { workerMinPages: 0 });
      try {
        const saveAloneMs = round(median(timeRuns(9, () => save(session))));
        const queuedMs = round(
          median(
            timeRuns(3, () => {
              session.dispatch('analyzeGaps', {});
              save(session);
            }),
          ),
        );
        // Warm the worker (its start and first load), then three analyses with saves made throughout.
        await session.heavyReads.run('analyzeGaps', {});
        const all: number[] = [];
        const analyses: number[] = [];
        for (let run = 0; run < 3; run += 1) {
          const { times, analysisMs } = await savesDuringAnalysis(session);
          all.push(...times);
          analyses.push(analysisMs);
        }
        const sorted = [...all].sort((a, b) => a - b);
        rows.push({
          tactics: size.tactics,
          saveAloneMs,
          queuedMs,
          medianMs: round(median(sorted)),
          p99Ms: round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0),
          maxMs: round(sorted[sorted.length - 1] ?? 0),
          saves: all.length,
          analysisMs: round(median(analyses)),
          targetMs: TARGET_MS,
        });
      } finally {
        session.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function printSaveUnderAnalysisBench(rows: readonly SaveUnderAnalysisRow[]): void {
  console.log('A save while the gap analysis runs (updateTactic), ms: in the worker design against the queued one');
  console.log(
    `${'tactics'.padStart(8)}  ${'alone'.padStart(7)}  ${'queued'.padStart(8)}  ${'median'.padStart(7)}  ${'p99'.padStart(7)}  ${'slowest'.padStart(7)}  ${'saves'.padStart(5)}  ${'analysis'.padStart(8)}  ratio  growth  ok`,
  );
  for (const r of rows) {
    const smaller = rows.find((x) => x.tactics === r.tactics / 10);
    const growth = smaller && smaller.p99Ms > 0 ? `${(r.p99Ms / smaller.p99Ms).toFixed(1)}×` : '-';
    console.log(
      `${String(r.tactics).padStart(8)}  ${String(r.saveAloneMs).padStart(7)}  ${String(r.queuedMs).padStart(8)}  ${String(r.medianMs).padStart(7)}  ${String(r.p99Ms).padStart(7)}  ${String(r.maxMs).padStart(7)}  ${String(r.saves).padStart(5)}  ${String(r.analysisMs).padStart(8)}  ${(r.p99Ms / r.queuedMs).toFixed(3)}  ${growth.padStart(6)}  ${r.p99Ms <= r.targetMs ? 'yes' : 'NO'}`,
    );
  }
  console.log('(ratio: the 99th-percentile save during an analysis against the queued save; growth: p99 against the');
  console.log(' plan ten times smaller; ok: p99 under the 100 ms target. The slowest single save is given as well)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--max');
  const rows = await runSaveUnderAnalysisBench(at >= 0 ? Number(process.argv[at + 1]) : Infinity);
  printSaveUnderAnalysisBench(rows);
  console.log(JSON.stringify({ benchmark: 'saveUnderAnalysis', rows }));
}
