/**
 * `npm run bench`: speed of the plan store on the benchmark plan (20 departments, 2,000 goals, 20,000 tactics).
 * Prints a table and a JSON line (also written to bench/results/foundation.json). Targets from the issue:
 * import < 2 s, gap analysis < 50 ms, whole-plan load < 300 ms. Median of several runs, after one warm-up.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeGaps } from '../core/gaps.ts';
import { parsePlanJson } from '../core/plan-json.ts';
import { openPlan, writePlanFile } from '../services/plan-files.ts';
import { BENCH_SIZE, largePlan } from './large-plan.ts';

interface Row {
  name: string;
  targetMs: number | null;
  medianMs: number;
  minMs: number;
  runs: number;
}

function measure(name: string, runs: number, targetMs: number | null, fn: () => void, warmup = true): Row {
  if (warmup) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, targetMs, medianMs: round(times[Math.floor(times.length / 2)]!), minMs: round(times[0]!), runs };
}

const round = (ms: number) => Math.round(ms * 10) / 10;

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
  session.close();

  const report = {
    benchmark: 'foundation',
    node: process.version,
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`,
    size: BENCH_SIZE,
    fileBytes: fs.statSync(file).size,
    rows: rows.map((r) => ({ ...r, meetsTarget: r.targetMs === null ? null : r.medianMs <= r.targetMs })),
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
  const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'results');
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, 'foundation.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report));
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
