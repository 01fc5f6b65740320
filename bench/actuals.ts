/**
 * `npm run bench -- --only actuals`: `importActuals` (a file of actuals, as `hoshin actual --from` loads it) at
 * 1,200, 12,000 and 24,000 values (100, 1,000 and 2,000 KPIs × 12 months), against the naive way of writing the
 * same values in the same run: PlanStore.setKpiMonth per value (two drizzle-built queries each, as a typed or
 * pasted value is written), in one transaction. Also the preview (nothing written) and loading the same file
 * again (every row unchanged). Each timed run starts from a fresh copy of the plan, so every value is new.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openPlan, samplePlanDocument, writePlanFile } from '../services/plan-files.ts';
import { median, round } from './timing.ts';

export interface ActualsBenchRow {
  kpis: number;
  values: number;
  /** importActuals through dispatch: read, resolve, one prepared upsert per value, one undo step. */
  importMs: number;
  /** The naive floor's opposite: setKpiMonth per value in one transaction, no reading or checking at all. */
  perValueMs: number;
  previewMs: number;
  againMs: number;
  /** perValueMs over importMs. */
  speedup: number;
}

export interface ActualsBenchReport {
  benchmark: 'actuals';
  node: string;
  rows: ActualsBenchRow[];
  /** importMs at 24,000 values over importMs at 1,200 (20× the values). */
  growth: number;
}

const SIZES = [100, 1000, 2000];
const RUNS = 3;

function planWithKpis(dir: string, kpis: number): string {
  const doc = samplePlanDocument();
  const model = doc.goals.find((g) => g.kpi)!;
  doc.goals = [...doc.goals, ...Array.from({ length: kpis }, (_, i) => ({ ...model, id: `gx${i}`, code: `GX-${i}` }))];
  doc.review.months = [];
  const file = path.join(dir, `plan-${kpis}.hoshin`);
  writePlanFile(file, doc);
  return file;
}

export function runActualsBench(log: (line: string) => void = () => {}): ActualsBenchReport {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-actuals-'));
  try {
    const rows: ActualsBenchRow[] = [];
    for (const kpis of SIZES) {
      log(`actuals: ${kpis * 12} values\n`);
      const master = planWithKpis(dir, kpis);
      const values: { code: string; itemId: string; month: string; actual: number }[] = [];
      for (let i = 0; i < kpis; i++) {
        for (let m = 1; m <= 12; m++) {
          values.push({
            code: `GX-${i}`,
            itemId: `gx${i}`,
            month: `2027-${String(m).padStart(2, '0')}`,
            actual: i + m,
          });
        }
      }
      const input = {
        source: 'actuals.csv',
        tables: [
          { name: 'actuals.csv', rows: [['KPI', 'Month', 'Value'], ...values.map((v) => [v.code, v.month, v.actual])] },
        ],
      };
      let n = 0;
      /** Times `fn` on a fresh copy of the plan (opening it is not timed); median of RUNS after a warm-up. */
      const onCopy = (fn: (session: ReturnType<typeof openPlan>) => void, keep = false) => {
        const times: number[] = [];
        for (let run = 0; run <= RUNS; run++) {
          const copy = path.join(dir, `copy-${n++}.hoshin`);
          fs.copyFileSync(master, copy);
          const session = openPlan(copy);
          try {
            if (keep) session.dispatch('importActuals', input);
            const start = performance.now();
            fn(session);
            if (run > 0) times.push(performance.now() - start);
          } finally {
            session.close();
          }
        }
        return round(median(times));
      };
      const importMs = onCopy((s) => {
        const report = s.dispatch('importActuals', input);
        if (!report.written || report.summary.create !== values.length) throw new Error('importActuals did not write');
      });
      const perValueMs = onCopy((s) =>
        s.store.transaction(() => {
          for (const v of values) s.store.setKpiMonth(v.itemId, v.month, { actual: v.actual });
        }),
      );
      const previewMs = onCopy((s) => void s.dispatch('previewActuals', input));
      const againMs = onCopy((s) => {
        if (s.dispatch('importActuals', input).summary.unchanged !== values.length) throw new Error('not unchanged');
      }, true);
      rows.push({
        kpis,
        values: values.length,
        importMs,
        perValueMs,
        previewMs,
        againMs,
        speedup: Math.round((perValueMs / importMs) * 10) / 10,
      });
    }
    return {
      benchmark: 'actuals',
      node: process.version,
      rows,
      growth: Math.round((rows[rows.length - 1]!.importMs / rows[0]!.importMs) * 10) / 10,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printActualsBench(report: ActualsBenchReport): void {
  console.log('');
  console.log(`Actuals from a file (importActuals; median of ${RUNS}, a fresh plan per run)`);
  console.log('values   load ms  per-value setKpiMonth ms (baseline)  × faster  preview ms  again (unchanged) ms');
  for (const r of report.rows) {
    console.log(
      `${String(r.values).padStart(6)}  ${String(r.importMs).padStart(8)}  ${String(r.perValueMs).padStart(35)}  ${String(r.speedup).padStart(8)}  ${String(r.previewMs).padStart(10)}  ${String(r.againMs).padStart(20)}`,
    );
  }
  console.log(`load time grows ${report.growth}× for 20× the values`);
}
