/**
 * `npm run bench -- --only import`: `hoshin import` of a workbook and of a CSV file at 2,000 and 20,000 tactics
 * (issue 11: a 20,000-tactic workbook under 5 s), against the plan JSON import of the same plan in the same run
 * (the naive floor: no recognition, no cell reading), and the CLI's start-up (`hoshin help`: wall time and peak
 * RSS, median of several spawns) against eagerly importing every module the commands use.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyzeGaps } from '../core/gaps.ts';
import { levelOfSheetName, readCsv, readWorkbook } from '../core/import/index.ts';
import { parsePlanJson } from '../core/plan-json.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import { importPlan } from '../services/import-plan.ts';
import { writePlanFile } from '../services/plan-files.ts';
import { planWorkbook } from '../services/xlsx-export.ts';
import { BENCH_SIZE, largePlan } from './large-plan.ts';
import { median, round, timeRunsAsync } from './timing.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const TARGET_MS = 5000;

export interface ImportBenchRow {
  name: string;
  tactics: number;
  medianMs: number;
  targetMs: number | null;
  /** This row's median over the plan JSON import of the same plan. */
  toJsonImport: number | null;
}

export interface StartupRow {
  name: string;
  medianMs: number;
  peakRssMb: number;
}

export interface ImportBenchReport {
  benchmark: 'import';
  node: string;
  rows: ImportBenchRow[];
  /** 20,000-tactic time over the 2,000-tactic time, per format (10× the plan). */
  growth: Record<string, number>;
  startup: StartupRow[];
  /** `hoshin help` over the eager import of every command's modules. */
  startupToEager: { wall: number; rss: number };
}

const time = async (runs: number, fn: () => Promise<void> | void) => round(median(await timeRunsAsync(runs, fn)));

/** One row per item with a Level column and its parents by code: the flat CSV layout. */
function flatCsv(doc: PlanDocument): string {
  const code = new Map<string, string>([...doc.objectives, ...doc.goals].map((x) => [x.id, x.code]));
  const dept = new Map(doc.departments.map((d) => [d.id, d.name]));
  const q = (s: string | null | undefined) =>
    s === null || s === undefined ? '' : /[",\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  const lines = ['Level,Code,Title,Parent,Department,Owner,Due,Status'];
  for (const o of doc.objectives) {
    const parents = o.supports.map((s) => code.get(s.objectiveId)!).join('; ');
    lines.push([o.horizon, o.code, q(o.title), q(parents), '', q(o.owner), '', ''].join(','));
  }
  for (const g of doc.goals) {
    const parents = g.supports.map((s) => code.get(s.objectiveId)!).join('; ');
    lines.push(['goal', g.code, q(g.title), q(parents), q(dept.get(g.departmentId)), q(g.owner), '', ''].join(','));
  }
  for (const t of doc.tactics) {
    const parents = t.supports.map((s) => code.get(s.goalId)!).join('; ');
    lines.push(
      ['tactic', t.code, q(t.title), q(parents), q(dept.get(t.departmentId)), q(t.owner), t.due ?? '', t.status].join(
        ',',
      ),
    );
  }
  return `${lines.join('\n')}\n`;
}

async function importRows(dir: string, tactics: number, runs: number): Promise<ImportBenchRow[]> {
  const size = { ...BENCH_SIZE, goals: tactics / 10, tactics };
  const json = JSON.stringify(largePlan(size));
  const doc = parsePlanJson(json) as PlanDocument;
  const xlsx = await planWorkbook(doc, analyzeGaps(doc, '2027-06-01'));
  const csv = flatCsv(doc);
  let n = 0;
  const next = () => path.join(dir, `import-${tactics}-${n++}.hoshin`);
  const jsonMs = await time(runs, () => writePlanFile(next(), parsePlanJson(json)));
  const check = (report: { summary: { error: number; written: boolean } }, what: string) => {
    if (report.summary.error > 0 || !report.summary.written) throw new Error(`${what}: the import did not write`);
  };
  const xlsxMs = await time(runs, async () => {
    // As `hoshin import` reads it: the sheets it ignores by name (Links, Gaps) are not read.
    const book = await readWorkbook(xlsx, 'bench.xlsx', { skipSheet: (s) => levelOfSheetName(s) === 'ignored' });
    const base = { sourceName: 'bench.xlsx', merge: false, force: false, dryRun: false };
    check(importPlan({ ...base, tables: book.tables, title: book.title, target: next() }).report, 'xlsx');
  });
  const csvMs = await time(runs, () => {
    const tables = [readCsv(csv, 'bench')];
    check(
      importPlan({ tables, sourceName: 'bench.csv', target: next(), merge: false, force: false, dryRun: false }).report,
      'csv',
    );
  });
  const ratio = (ms: number) => Math.round((ms / jsonMs) * 100) / 100;
  return [
    { name: 'plan JSON import (baseline)', tactics, medianMs: jsonMs, targetMs: null, toJsonImport: 1 },
    {
      name: 'xlsx import (our export)',
      tactics,
      medianMs: xlsxMs,
      targetMs: tactics === 20000 ? TARGET_MS : null,
      toJsonImport: ratio(xlsxMs),
    },
    {
      name: 'CSV import (flat sheet)',
      tactics,
      medianMs: csvMs,
      targetMs: tactics === 20000 ? TARGET_MS : null,
      toJsonImport: ratio(csvMs),
    },
  ];
}

/** Wall time and peak RSS of `node <args>`, median of `runs` spawns; the RSS is reported by the child itself. */
function spawnStats(name: string, args: string[], runs: number): StartupRow {
  const report = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nmaxrss='+process.resourceUsage().maxRSS+'\\n'))`;
  const walls: number[] = [];
  const rss: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', report, ...args], { cwd: root, encoding: 'utf8' });
    walls.push(performance.now() - start);
    const kb = /maxrss=(\d+)/.exec(r.stderr)?.[1];
    if (r.status !== 0 || kb === undefined) throw new Error(`${name} failed: ${r.stderr}`);
    rss.push(Number(kb) / 1024);
  }
  return { name, medianMs: round(median(walls)), peakRssMb: round(median(rss)) };
}

/** Every module a command loads (cli/main.ts and cli/import-command.ts load them on demand). */
const COMMAND_MODULES = [
  'services/plan-files.ts',
  'core/plan-json.ts',
  'core/csv.ts',
  'core/gaps.ts',
  'core/import/index.ts',
  'services/import-plan.ts',
  'services/xlsx-export.ts',
  'services/issue-draft.ts',
  'services/read-draft.ts',
  'server/report-pdf.ts',
  'server/serve.ts',
  'cli/main.ts',
];

export async function runImportBench(log: (line: string) => void = () => {}): Promise<ImportBenchReport> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-bench-import-'));
  try {
    log('import: 2,000 tactics\n');
    const rows = await importRows(dir, 2000, 3);
    log('import: 20,000 tactics\n');
    rows.push(...(await importRows(dir, 20000, 3)));
    const growth: Record<string, number> = {};
    for (const name of new Set(rows.map((r) => r.name))) {
      const [small, large] = [2000, 20000].map((t) => rows.find((r) => r.name === name && r.tactics === t)!.medianMs);
      growth[name] = Math.round((large! / small!) * 100) / 100;
    }
    log('import: CLI start-up\n');
    const eager = COMMAND_MODULES.map((m) => `import(${JSON.stringify(pathToFileURL(path.join(root, m)).href)})`);
    const startup = [
      spawnStats('hoshin help', ['bin/hoshin.js', 'help'], 7),
      spawnStats(
        'eager import of every command module (baseline)',
        ['-e', `await Promise.all([${eager.join(',')}])`],
        7,
      ),
      spawnStats('node -e 0 (floor)', ['-e', '0'], 7),
    ];
    const [help, all] = startup;
    return {
      benchmark: 'import',
      node: process.version,
      rows,
      growth,
      startup,
      startupToEager: {
        wall: Math.round((help!.medianMs / all!.medianMs) * 100) / 100,
        rss: Math.round((help!.peakRssMb / all!.peakRssMb) * 100) / 100,
      },
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function printImportBench(report: ImportBenchReport): void {
  const width = Math.max(...report.rows.map((r) => r.name.length), ...report.startup.map((r) => r.name.length));
  console.log('');
  console.log('hoshin import (median of 3)');
  console.log(`${'import'.padEnd(width)}  tactics  median ms  × JSON  target ms  ok`);
  for (const r of report.rows) {
    const ok = r.targetMs === null ? '-' : r.medianMs <= r.targetMs ? 'yes' : 'NO';
    console.log(
      `${r.name.padEnd(width)}  ${String(r.tactics).padStart(7)}  ${String(r.medianMs).padStart(9)}  ${String(r.toJsonImport).padStart(6)}  ${String(r.targetMs ?? '-').padStart(9)}  ${ok}`,
    );
  }
  console.log(
    `growth 2,000 -> 20,000 tactics: ${Object.entries(report.growth)
      .map(([k, v]) => `${k} ${v}×`)
      .join(', ')}`,
  );
  console.log(`${'start-up (median of 7 spawns)'.padEnd(width)}  wall ms  peak RSS MB`);
  for (const r of report.startup) {
    console.log(`${r.name.padEnd(width)}  ${String(r.medianMs).padStart(7)}  ${String(r.peakRssMb).padStart(11)}`);
  }
  console.log(
    `hoshin help costs ${report.startupToEager.wall}× the wall time and ${report.startupToEager.rss}× the memory of the eager import`,
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const report = await runImportBench((line) => process.stderr.write(line));
  printImportBench(report);
  console.log(JSON.stringify(report));
}
