/**
 * Delete previews (previewDelete: what a delete would take with it and which items it would orphan) on the
 * 2,000 / 20,000 / 200,000-tactic plans. Target: under 100 ms at 200,000 tactics for every kind, growing at most
 * linearly with the plan. The yardstick in the same run is a whole-plan load (getPlan) of the same file: a
 * preview must cost a small, falling fraction of it. Exported for bench/run.ts; runnable alone with
 * `node bench/delete-preview.ts [--max 20000]`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parsePlanJson } from '../core/plan-json.ts';
import { openPlan, writePlanFile } from '../services/plan-files.ts';
import { largePlan, type LargePlanSize } from './large-plan.ts';
import { median, round, timeRuns } from './timing.ts';

export interface DeletePreviewRow {
  tactics: number;
  kind: 'objective' | 'department' | 'goal' | 'tactic';
  medianMs: number;
  /** The same file's whole-plan load, for scale. */
  loadMs: number;
  targetMs: number;
}

const TARGET_MS = 100;
export const DELETE_PREVIEW_SIZES: LargePlanSize[] = [
  { departments: 20, objectives: 8, goals: 200, tactics: 2_000 },
  { departments: 20, objectives: 8, goals: 2_000, tactics: 20_000 },
  { departments: 20, objectives: 8, goals: 20_000, tactics: 200_000 },
];

const medianOf = (runs: number, fn: () => void) => round(median(timeRuns(runs, fn)));

export function runDeletePreviewBench(maxTactics = Infinity): DeletePreviewRow[] {
  const rows: DeletePreviewRow[] = [];
  for (const size of DELETE_PREVIEW_SIZES.filter((s) => s.tactics <= maxTactics)) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-delete-'));
    try {
      const file = path.join(dir, 'plan.hoshin');
      writePlanFile(file, parsePlanJson(JSON.stringify(largePlan(size))));
      const session = openPlan(file);
      try {
        const loadMs = medianOf(3, () => session.dispatch('getPlan', {}));
        // The objective most goals serve, a department, a goal and a tactic: each kind's widest preview.
        const targets = { objective: 'o0', department: 'd0', goal: 'g0', tactic: 't0' } as const;
        for (const [kind, id] of Object.entries(targets) as [DeletePreviewRow['kind'], string][]) {
          const medianMs = medianOf(5, () => session.dispatch('previewDelete', { kind, id }));
          rows.push({ tactics: size.tactics, kind, medianMs, loadMs, targetMs: TARGET_MS });
        }
      } finally {
        session.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  return rows;
}

export function printDeletePreviewBench(rows: readonly DeletePreviewRow[]): void {
  console.log('Delete previews (previewDelete), median ms, against a whole-plan load of the same file');
  console.log(
    `${'tactics'.padStart(8)}  ${'kind'.padEnd(10)}  ${'ms'.padStart(8)}  ${'load ms'.padStart(8)}  ratio  growth  ok`,
  );
  for (const r of rows) {
    const smaller = rows.find((x) => x.kind === r.kind && x.tactics === r.tactics / 10);
    const growth = smaller && smaller.medianMs > 0 ? `${(r.medianMs / smaller.medianMs).toFixed(1)}×` : '-';
    console.log(
      `${String(r.tactics).padStart(8)}  ${r.kind.padEnd(10)}  ${String(r.medianMs).padStart(8)}  ${String(r.loadMs).padStart(8)}  ${(r.medianMs / r.loadMs).toFixed(3)}  ${growth.padStart(6)}  ${r.medianMs <= r.targetMs ? 'yes' : 'NO'}`,
    );
  }
  console.log('(growth: against the plan ten times smaller; linear growth is at most 10×)');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const at = process.argv.indexOf('--max');
  const rows = runDeletePreviewBench(at >= 0 ? Number(process.argv[at + 1]) : Infinity);
  printDeletePreviewBench(rows);
  console.log(JSON.stringify({ benchmark: 'deletePreview', rows }));
}
