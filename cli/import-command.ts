/**
 * `hoshin import <plan.json|plan.xlsx|plan.csv|-> <file.hoshin> [--force] [--merge] [--mapping <mapping.json>]
 * [--dry-run] [--json]` (a public contract: see README "Command line"). Plan JSON is imported as before; a
 * workbook or CSV goes through core/import. `--dry-run --json` prints the report
 * `{"sheets":[…],"rows":[…],"summary":{…}}` and writes nothing; any row-level error writes nothing either.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import type { ImportReport } from '../core/import/index.ts';
import { parseOptions } from './parse-options.ts';

export interface ImportIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => string;
}

export async function importCommand(args: string[], io: ImportIo, usage: (message: string) => Error): Promise<number> {
  const parsed = parseOptions(
    args,
    {
      force: { type: 'boolean' },
      merge: { type: 'boolean' },
      mapping: { type: 'string' },
      'dry-run': { type: 'boolean' },
      json: { type: 'boolean' },
    },
    usage,
  );
  if (parsed.positionals.length !== 2) throw usage('expected <plan.json|plan.xlsx|plan.csv|-> <file.hoshin>');
  const [source, target] = parsed.positionals as [string, string];
  const { values } = parsed;
  const merge = values.merge === true;
  const dryRun = values['dry-run'] === true;
  if (merge && values.force === true) throw usage('--merge imports into the file; --force replaces it: give one');

  const data = source === '-' ? Buffer.from(io.readStdin(), 'utf8') : readBytes(source);
  const name = source === '-' ? 'standard input' : path.basename(source);
  const core = await import('../core/import/index.ts');
  const format = core.detectFormat(data, name);

  if (format === 'json') {
    if (merge) throw usage('--merge imports a workbook or CSV into a plan; plan JSON makes a whole new plan');
    const { parsePlanJsonBytes } = await import('../core/plan-json.ts');
    if (!dryRun && values.force !== true && fs.existsSync(target)) {
      throw new HoshinError('exists', `${target} already exists (use --force to overwrite it)`);
    }
    const doc = parsePlanJsonBytes(data, name);
    const report = jsonImportReport(doc, name);
    if (!dryRun) {
      const { writePlanFile } = await import('../services/plan-files.ts');
      writePlanFile(target, doc, values.force === true);
      report.summary.written = true;
    }
    if (values.json === true) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
    if (!dryRun)
      io.stderr(
        `Imported ${doc.objectives.length} objectives, ${doc.goals.length} goals and ${doc.tactics.length} tactics into ${target}\n`,
      );
    else if (values.json !== true) io.stderr(`Nothing was written (dry run): ${summaryLine(report)}\n`);
    return 0;
  }

  const mapping =
    typeof values.mapping === 'string'
      ? core.parseMapping(readBytes(values.mapping).toString('utf8'), path.basename(values.mapping))
      : undefined;
  const book =
    format === 'xlsx'
      ? await core.readWorkbook(data, name, {
          // Sheets the import ignores by name (our export's Links and Gaps) are not read, unless the mapping
          // gives them a level.
          skipSheet: (sheet) => core.levelOfSheetName(sheet) === 'ignored' && !mapping?.has(sheet.trim().toLowerCase()),
        })
      : { title: null, tables: [core.readCsv(core.decodeText(data), name.replace(/\.[^.]+$/, ''))] };
  const { importPlan } = await import('../services/import-plan.ts');
  const { report } = importPlan({
    tables: book.tables,
    sourceName: name,
    title: book.title,
    target,
    merge,
    force: values.force === true,
    dryRun,
    ...(mapping ? { mapping } : {}),
  });
  if (values.json === true) io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  else if (dryRun) io.stdout(formatReport(report));
  const errors = report.rows.filter((r) => r.action === 'error');
  if (errors.length > 0) {
    if (values.json !== true && !dryRun) io.stderr(errors.map((r) => `${r.message}\n`).join(''));
    io.stderr(
      `hoshin: nothing was written: ${errors.length} row${errors.length === 1 ? ' has an error' : 's have errors'}\n`,
    );
    return 2;
  }
  if (dryRun) {
    if (values.json !== true) io.stderr('Nothing was written (dry run).\n');
  } else {
    io.stderr(`${merge ? 'Merged into' : 'Imported into'} ${target}: ${summaryLine(report)}\n`);
  }
  return 0;
}

function summaryLine(report: ImportReport): string {
  const s = report.summary;
  const departments = s.departmentsCreated.length;
  return (
    `${s.create} created, ${s.update} updated, ${s.unchanged} unchanged` +
    (departments > 0 ? ` (${departments} new department${departments === 1 ? '' : 's'})` : '') +
    (s.ignoredColumns.length > 0 ? `; columns not imported: ${s.ignoredColumns.join(', ')}` : '')
  );
}

function formatReport(report: ImportReport): string {
  const lines: string[] = ['Sheets:'];
  for (const sheet of report.sheets) {
    const columns = Object.entries(sheet.columns)
      .map(([h, f]) => `${h} → ${f}`)
      .join(', ');
    lines.push(`  ${sheet.name}: ${sheet.level}${columns ? ` (${columns})` : ''}`);
  }
  lines.push('Rows:');
  for (const row of report.rows) lines.push(`  ${row.action.padEnd(9)} ${row.message}`);
  lines.push(summaryLine(report));
  return `${lines.join('\n')}\n`;
}

/** The report of a plan JSON import: every item created (a plan JSON import always makes a new plan). */
function jsonImportReport(doc: PlanDocument, name: string): ImportReport {
  const rows = [
    ...doc.objectives.map((o) => ({ kind: 'objective' as const, code: o.code, title: o.title })),
    ...doc.goals.map((g) => ({ kind: 'goal' as const, code: g.code, title: g.title })),
    ...doc.tactics.map((t) => ({ kind: 'tactic' as const, code: t.code, title: t.title })),
  ].map((x, i) => ({
    sheet: name,
    row: i + 1,
    action: 'create' as const,
    kind: x.kind,
    code: x.code,
    message: `${name}: creates ${x.kind} ${x.code} '${x.title}'`,
  }));
  return {
    sheets: [],
    rows,
    summary: {
      create: rows.length,
      update: 0,
      unchanged: 0,
      error: 0,
      departmentsCreated: doc.departments.map((d) => d.name),
      ignoredColumns: [],
      written: false,
    },
  };
}

/** The file's bytes (plan JSON is decoded as strict UTF-8 later, never with silent U+FFFD replacement). */
function readBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new HoshinError(
      code === 'ENOENT' ? 'not_found' : 'io',
      `${file}: ${code === 'ENOENT' ? 'no such file' : String(code)}`,
    );
  }
}
