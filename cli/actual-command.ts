/**
 * `hoshin actual` (a public contract: see README "Command line"), in two forms:
 * - `hoshin actual <file.hoshin> --kpi <item id> --month YYYY-MM --value N`: one KPI month;
 * - `hoshin actual <file.hoshin> --from <actuals.csv|actuals.xlsx> [--dry-run] [--json]`: a file of actuals, one
 *   row per value (columns KPI, Month, Value), read by the importer's readers and loaded through the service
 *   layer as one undo step. Any row in error writes nothing (exit 2); `--dry-run` writes nothing;
 *   `--json` prints `{"rows":[{"row","code","month","value","action","message"}],"summary":{"create","update",
 *   "unchanged","error"}}`.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { ActualsReport } from '../contract/api.ts';
import { HoshinError } from '../contract/errors.ts';
import type { PlanSession } from '../services/plan-files.ts';
import { parseOptions } from './parse-options.ts';

export interface ActualIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function actualCommand(args: string[], io: ActualIo, usage: (message: string) => Error): Promise<number> {
  const parsed = parseOptions(
    args,
    {
      kpi: { type: 'string' },
      month: { type: 'string' },
      value: { type: 'string' },
      from: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    usage,
  );
  if (parsed.positionals.length !== 1) throw usage('expected <file.hoshin>');
  const planFile = parsed.positionals[0]!;
  const { values } = parsed;
  if (typeof values.from === 'string') {
    if (values.kpi !== undefined || values.month !== undefined || values.value !== undefined) {
      throw usage('give either --from <actuals.csv|actuals.xlsx> or --kpi, --month and --value, not both');
    }
    return fromFile(planFile, values.from, values['dry-run'] === true, values.json === true, io);
  }
  if (values['dry-run'] !== undefined || values.json !== undefined) throw usage('--dry-run and --json go with --from');
  if (typeof values.kpi !== 'string') throw usage('actual needs --kpi <item id> (or --from <actuals.csv>)');
  if (typeof values.month !== 'string') throw usage('actual needs --month YYYY-MM');
  if (typeof values.value !== 'string') throw usage('actual needs --value N');
  const text = values.value.trim();
  const value = text === '' ? null : Number(text);
  if (value !== null && !Number.isFinite(value)) throw usage(`--value must be a number, not "${values.value}"`);
  const { kpi, month } = values;
  await withPlan(planFile, false, (s) => s.dispatch('setKpiMonth', { itemId: kpi, month, actual: value }));
  io.stderr(
    value === null
      ? `Cleared the actual of ${kpi} for ${month}\n`
      : `Recorded ${value} as the actual of ${kpi} for ${month}\n`,
  );
  return 0;
}

async function fromFile(planFile: string, source: string, dryRun: boolean, json: boolean, io: ActualIo) {
  const data = readBytes(source);
  const name = path.basename(source);
  const core = await import('../core/import/index.ts');
  let format;
  try {
    format = core.detectFormat(data, name);
  } catch (err) {
    // The importer's refusal speaks of plans; a file that is no table at all holds no actuals either.
    if (err instanceof HoshinError && err.message.endsWith('so it cannot be imported')) {
      throw new HoshinError(
        'invalid_input',
        `${name} is neither a CSV file nor an Excel workbook (.xlsx), so it holds no actuals`,
      );
    }
    throw err;
  }
  if (format === 'json') {
    throw new HoshinError(
      'invalid_input',
      `${name} is JSON, not a table of actuals: give a CSV file or an Excel workbook`,
    );
  }
  // A CSV file's one table is named after the whole file, so its rows read "actuals.csv, row 7".
  const tables =
    format === 'xlsx' ? (await core.readWorkbook(data, name)).tables : [core.readCsv(core.decodeText(data), name)];
  const { plainTables } = await import('../core/import/actuals.ts');
  const input = { source: name, tables: plainTables(tables) };
  const report = await withPlan(planFile, dryRun, (s) =>
    dryRun ? s.dispatch('previewActuals', input) : s.dispatch('importActuals', input),
  );
  if (json) io.stdout(`${JSON.stringify(contractReport(report), null, 2)}\n`);
  else if (dryRun) io.stdout(report.rows.map((r) => `  ${r.action.padEnd(9)} ${r.message}\n`).join(''));
  const errors = report.rows.filter((r) => r.action === 'error');
  if (errors.length > 0) {
    if (!json && !dryRun) io.stderr(errors.map((r) => `${r.message}\n`).join(''));
    io.stderr(
      `hoshin: nothing was written: ${errors.length} row${errors.length === 1 ? ' has an error' : 's have errors'}\n`,
    );
    return 2;
  }
  const s = report.summary;
  const line = `${s.create} recorded, ${s.update} changed, ${s.unchanged} unchanged`;
  if (dryRun) io.stderr(`Nothing was written (dry run): ${line}\n`);
  else io.stderr(`Loaded actuals from ${name} into ${planFile}: ${line}\n`);
  return 0;
}

/** The report as the command's contract has it: no sheet per row, no `written`. */
function contractReport(report: ActualsReport) {
  return {
    rows: report.rows.map(({ row, code, month, value, action, message }) => ({
      row,
      code,
      month,
      value,
      action,
      message,
    })),
    summary: report.summary,
  };
}

/** Runs `fn` on the plan, opened for reading only (a dry run) or for writing with its lock held. */
async function withPlan<T>(file: string, readOnly: boolean, fn: (session: PlanSession) => T): Promise<T> {
  const files = await import('../services/plan-files.ts');
  if (readOnly) return files.withPlanForReading(file, fn);
  const session = files.openPlan(file);
  try {
    return fn(session);
  } finally {
    session.close();
  }
}

function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new HoshinError(
      code === 'ENOENT' ? 'not_found' : 'io',
      `${file}: ${code === 'ENOENT' ? 'no such file' : `cannot be read (${String(code)})`}`,
    );
  }
}
