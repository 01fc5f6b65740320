/**
 * Report benchmark: `hoshin report` end to end (web mode, Chromium launch, layout, PDF) for the sample plan and
 * a 2,000-tactic plan (targets: under 3 s and under 20 s). Exported for bench/run.ts; runnable alone with
 * `node bench/report.ts`. Needs Chromium (HOSHIN_CHROMIUM or chromium on the PATH).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_REPORT_OPTIONS } from '../contract/report.ts';
import { parsePlanJson } from '../core/plan-json.ts';
import { ensureRendererBuilt } from '../server/renderer-build.ts';
import { renderReportPdf } from '../server/report-pdf.ts';
import { samplePlanDocument, writePlanFile } from '../services/plan-files.ts';
import { largePlan } from './large-plan.ts';

export interface ReportBenchRow {
  name: string;
  targetMs: number | null;
  medianMs: number;
  minMs: number;
  runs: number;
  pages: number;
}

export const REPORT_BENCH_SIZE = { departments: 20, objectives: 8, goals: 200, tactics: 2000 };

async function measure(name: string, runs: number, targetMs: number, file: string, out: string) {
  const times: number[] = [];
  let pages = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    pages = (await renderReportPdf(file, { out, report: DEFAULT_REPORT_OPTIONS })).pages;
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms);
  return {
    name,
    targetMs,
    medianMs: round(times[Math.floor(times.length / 2)]!),
    minMs: round(times[0]!),
    runs,
    pages,
  };
}

export async function runReportBench(log: (line: string) => void = () => {}): Promise<ReportBenchRow[]> {
  await ensureRendererBuilt(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-report-'));
  try {
    const sample = path.join(dir, 'sample.hoshin');
    writePlanFile(sample, samplePlanDocument());
    const large = path.join(dir, 'large.hoshin');
    writePlanFile(large, parsePlanJson(JSON.stringify(largePlan(REPORT_BENCH_SIZE))));
    const out = path.join(dir, 'report.pdf');
    log('report: the sample plan…\n');
    const rows = [await measure('report PDF, sample plan (35 tactics)', 5, 3000, sample, out)];
    log('report: the 2,000-tactic plan…\n');
    rows.push(await measure('report PDF, 2,000-tactic plan', 3, 20_000, large, out));
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printReportBench(rows: ReportBenchRow[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(`${'report'.padEnd(width)}  median ms   min ms   target ms  pages  ok`);
  for (const r of rows) {
    const ok = r.targetMs === null ? '-' : r.medianMs <= r.targetMs ? 'yes' : 'NO';
    console.log(
      `${r.name.padEnd(width)}  ${String(r.medianMs).padStart(9)}  ${String(r.minMs).padStart(7)}  ${String(r.targetMs ?? '-').padStart(10)}  ${String(r.pages).padStart(5)}  ${ok}`,
    );
  }
}

if (import.meta.main) {
  const rows = await runReportBench((line) => process.stderr.write(line));
  printReportBench(rows);
  console.log(JSON.stringify({ report: rows }));
}
