/**
 * Report benchmark: `hoshin report` end to end (web mode, Chromium launch, layout, PDF) for the sample plan and
 * generated plans of 300, 2,000 and 10,000 tactics. Targets: the sample under 3 s; 300 tactics under 3 MB; 2,000
 * tactics under 8 MB and 15 s; 10,000 tactics under a minute within 1.5 GB (this process and its Chromium, PSS,
 * sampled; `--no-report-10k` leaves that row out). Each row prints the ratio to the figures of the release before the paged tree
 * (BASELINE, measured on this machine with the same plans), and the last line the growth from 300 to 2,000.
 * Exported for bench/run.ts; runnable alone with `node bench/report.ts`. Needs Chromium (HOSHIN_CHROMIUM or
 * chromium on the PATH).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_REPORT_OPTIONS } from '../contract/report.ts';
import { parsePlanJson } from '../core/plan-json.ts';
import { ensureRendererBuilt } from '../server/renderer-build.ts';
import { renderReportPdf } from '../server/report-pdf.ts';
import { samplePlanDocument, writePlanFile } from '../services/plan-files.ts';
import { largePlan, type LargePlanSize } from './large-plan.ts';

export interface ReportBenchRow {
  name: string;
  targetMs: number | null;
  targetBytes: number | null;
  medianMs: number;
  minMs: number;
  runs: number;
  pages: number;
  bytes: number;
  /** The same plan's report before the paged tree: ms and bytes (null when not measured). */
  baseline: { ms: number; bytes: number } | null;
  /** Peak memory of this process and the Chromium it starts, summed (PSS, MiB), sampled every 250 ms. */
  peakMiB: number;
  targetMiB: number | null;
}

export const REPORT_BENCH_SIZE: LargePlanSize = { departments: 20, objectives: 8, goals: 200, tactics: 2000 };
export const REPORT_BENCH_SIZE_300: LargePlanSize = { departments: 10, objectives: 8, goals: 60, tactics: 300 };
/** The linear-growth check: a 10,000-tactic report in under a minute within 1.5 GB. */
export const REPORT_BENCH_SIZE_10K: LargePlanSize = { departments: 50, objectives: 12, goals: 1000, tactics: 10_000 };

/** The processes under `root` (itself included), from /proc's parent links. */
function processTree(root: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command may hold spaces and parentheses: the fields after its last ')' are fixed.
      const after = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parents.set(Number(entry), Number(after[1]));
    } catch {
      // gone meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) {
    for (const [pid, ppid] of parents) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** Proportional set size of a process in KiB (shared pages split among their users), 0 when unreadable. */
function pssKiB(pid: number): number {
  try {
    const rollup = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Runs `fn`, sampling the memory of this process tree every 250 ms; answers its result and the peak in MiB. */
async function withPeakMemory<T>(fn: () => Promise<T>): Promise<{ value: T; peakMiB: number }> {
  let peak = 0;
  const sample = () => {
    const total = processTree(process.pid).reduce((sum, pid) => sum + pssKiB(pid), 0);
    peak = Math.max(peak, total);
  };
  const timer = setInterval(sample, 250);
  try {
    const value = await fn();
    sample();
    return { value, peakMiB: Math.round(peak / 1024) };
  } finally {
    clearInterval(timer);
  }
}

/**
 * The previous release (commit 36cee49, every tree page drawing the whole tree clipped to its slice) on this
 * machine, same plans and options, measured 2026-12-03 under the same shared load as the rows beside it.
 */
const BASELINE: Record<string, { ms: number; bytes: number }> = {
  sample: { ms: 4531, bytes: 1_046_334 },
  t300: { ms: 28_579, bytes: 37_446_021 },
  t2000: { ms: 23_804, bytes: 27_931_165 },
};

const MB = 1024 * 1024;

async function measure(
  id: string,
  name: string,
  runs: number,
  target: { ms: number | null; bytes: number | null; mib?: number },
  file: string,
  out: string,
): Promise<ReportBenchRow> {
  const times: number[] = [];
  let pages = 0;
  let bytes = 0;
  let peakMiB = 0;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    // English, as `hoshin report` prints by default (not the headless browser's language).
    const report = { ...DEFAULT_REPORT_OPTIONS, locale: 'en' };
    const run = await withPeakMemory(() => renderReportPdf(file, { out, report, timeoutMs: 300_000 }));
    times.push(performance.now() - start);
    pages = run.value.pages;
    bytes = run.value.bytes;
    peakMiB = Math.max(peakMiB, run.peakMiB);
  }
  times.sort((a, b) => a - b);
  const base = BASELINE[id];
  return {
    name,
    targetMs: target.ms,
    targetBytes: target.bytes,
    medianMs: Math.round(times[Math.floor(times.length / 2)]!),
    minMs: Math.round(times[0]!),
    runs,
    pages,
    bytes,
    baseline: base && base.ms > 0 ? base : null,
    peakMiB,
    targetMiB: target.mib ?? null,
  };
}

export async function runReportBench(log: (line: string) => void = () => {}): Promise<ReportBenchRow[]> {
  await ensureRendererBuilt(log);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-report-'));
  try {
    const sample = path.join(dir, 'sample.hoshin');
    writePlanFile(sample, samplePlanDocument());
    const t300 = path.join(dir, 't300.hoshin');
    writePlanFile(t300, parsePlanJson(JSON.stringify(largePlan(REPORT_BENCH_SIZE_300))));
    const large = path.join(dir, 'large.hoshin');
    writePlanFile(large, parsePlanJson(JSON.stringify(largePlan(REPORT_BENCH_SIZE))));
    const out = path.join(dir, 'report.pdf');
    log('report: the sample plan…\n');
    const rows = [await measure('sample', 'report PDF, sample plan', 3, { ms: 3000, bytes: 3 * MB }, sample, out)];
    log('report: the 300-tactic plan…\n');
    rows.push(await measure('t300', 'report PDF, 300-tactic plan', 1, { ms: null, bytes: 3 * MB }, t300, out));
    log('report: the 2,000-tactic plan…\n');
    rows.push(await measure('t2000', 'report PDF, 2,000-tactic plan', 1, { ms: 15_000, bytes: 8 * MB }, large, out));
    if (!process.argv.includes('--no-report-10k')) {
      const huge = path.join(dir, 't10000.hoshin');
      writePlanFile(huge, parsePlanJson(JSON.stringify(largePlan(REPORT_BENCH_SIZE_10K))));
      log('report: the 10,000-tactic plan…\n');
      rows.push(
        await measure('t10000', 'report PDF, 10,000-tactic plan', 1, { ms: 60_000, bytes: null, mib: 1536 }, huge, out),
      );
    }
    return rows;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const ratio = (now: number, before: number | undefined) => (before ? `${(now / before).toFixed(2)}×` : '-');

export function printReportBench(rows: ReportBenchRow[]): void {
  const width = Math.max(...rows.map((r) => r.name.length));
  console.log(
    `${'report'.padEnd(width)}  median ms   target ms       MB  target MB  pages  peak MiB  target MiB  ok   ms before  MB before  time ratio  size ratio`,
  );
  for (const r of rows) {
    const okMs = r.targetMs === null || r.medianMs <= r.targetMs;
    const okBytes = r.targetBytes === null || r.bytes <= r.targetBytes;
    const okMemory = r.targetMiB === null || r.peakMiB <= r.targetMiB;
    const mb = (b: number) => (b / MB).toFixed(2);
    console.log(
      [
        r.name.padEnd(width),
        String(r.medianMs).padStart(9),
        String(r.targetMs ?? '-').padStart(10),
        mb(r.bytes).padStart(7),
        (r.targetBytes === null ? '-' : mb(r.targetBytes)).padStart(9),
        String(r.pages).padStart(5),
        String(r.peakMiB).padStart(8),
        String(r.targetMiB ?? '-').padStart(10),
        (okMs && okBytes && okMemory ? 'yes' : 'NO').padEnd(3),
        String(r.baseline?.ms ?? '-').padStart(10),
        (r.baseline ? mb(r.baseline.bytes) : '-').padStart(9),
        ratio(r.medianMs, r.baseline?.ms).padStart(10),
        ratio(r.bytes, r.baseline?.bytes).padStart(10),
      ].join('  '),
    );
  }
  const small = rows.find((r) => r.name.includes('300'));
  const big = rows.find((r) => r.name.includes('2,000'));
  const huge = rows.find((r) => r.name.includes('10,000'));
  if (small && big)
    console.log(
      `growth 300 -> 2,000 tactics (6.7× the plan): time ${(big.medianMs / small.medianMs).toFixed(2)}×, size ${(big.bytes / small.bytes).toFixed(2)}×`,
    );
  if (big && huge)
    console.log(
      `growth 2,000 -> 10,000 tactics (5× the plan): time ${(huge.medianMs / big.medianMs).toFixed(2)}×, size ${(huge.bytes / big.bytes).toFixed(2)}×, memory ${(huge.peakMiB / big.peakMiB).toFixed(2)}×`,
    );
}

if (import.meta.main) {
  const rows = await runReportBench((line) => process.stderr.write(line));
  printReportBench(rows);
  console.log(JSON.stringify({ report: rows }));
}
