/**
 * Import from Excel and CSV in the app (File > Import from Excel/CSV…, web mode's upload): the uploaded file's
 * bytes are read by the importer's own readers (core/import: the zip's CRC check, the streaming workbook reader,
 * CSV sniffing) and merged into the open plan exactly as `hoshin import --merge` merges (services/import-plan.ts),
 * matching items by code. Recognition and the report are the importer's; this module only adds the open plan's
 * session (one transaction and one undo step, opened by dispatch) and "import the valid rows only".
 *
 * Invariants:
 * - With a row in error nothing is written, unless `validOnly`: then the rows in error are left out (blanked,
 *   so every other row keeps its number) and the rest imported; what was left out is listed in `leftOut`.
 * - Reading a workbook is asynchronous and a transaction here is not, so the transports run `prepare` first
 *   (services/dispatch.ts `prepareInput`); called without it (the CLI's dispatch, tests) a CSV file is read on
 *   the spot and a workbook is refused in words.
 */
import { textMessage } from '../../contract/text.ts';
import { HoshinError } from '../../contract/errors.ts';
import type { ImportFileReport, ParsedInput } from '../../contract/api.ts';
import {
  decodeText,
  detectFormat,
  importTables,
  levelOfSheetName,
  parseMapping,
  readCsv,
  readWorkbook,
  type ImportMapping,
  type ImportReport,
  type SourceTable,
} from '../../core/import/index.ts';
import { FIELDS, SHEET_LEVELS } from '../../core/import/types.ts';
import { applyDocument } from '../import-plan.ts';
import type { OpContext } from './context.ts';
import type { DomainDeclarations } from './declaration.ts';

type ImportInput = ParsedInput<'importFile'>;

/** What `prepare` reads from the upload: the file's sheets (a CSV file's one table). */
interface Upload {
  tables: SourceTable[];
}

/**
 * Passes of "leave the rows in error out and try again": leaving a row out can put another in error (a tactic
 * whose parent was that row), so this repeats, a few times at most; what is still in error then is reported and
 * nothing is written.
 */
const MAX_PASSES = 5;

function mappingOf(input: ImportInput): ImportMapping | undefined {
  return input.mapping ? parseMapping(JSON.stringify(input.mapping), 'the mapping') : undefined;
}

function bytesOf(input: ImportInput): Uint8Array {
  return new Uint8Array(Buffer.from(input.data, 'base64'));
}

/** A CSV file's one table is named after the file, without its extension (as `hoshin import` names it). */
const csvTable = (data: Uint8Array, source: string) => readCsv(decodeText(data), source.replace(/\.[^.]+$/, ''));

function formatOf(data: Uint8Array, source: string): 'xlsx' | 'csv' {
  const format = detectFormat(data, source);
  if (format === 'json') {
    throw new HoshinError(
      'invalid_input',
      `${source} is a plan JSON file, not a workbook or CSV file: import it with hoshin import instead`,
    );
  }
  return format;
}

async function readUpload(input: ImportInput): Promise<Upload> {
  const data = bytesOf(input);
  if (formatOf(data, input.source) === 'csv') return { tables: [csvTable(data, input.source)] };
  const mapping = mappingOf(input);
  const book = await readWorkbook(data, input.source, {
    // Sheets the import ignores by name (our export's Links and Gaps) are not read, unless the mapping gives
    // them a level (the wizard's correction of an ignored sheet).
    skipSheet: (sheet) =>
      levelOfSheetName(sheet) === 'ignored' && mapping?.get(sheet.trim().toLowerCase())?.level === undefined,
  });
  return { tables: book.tables };
}

function tablesOf(input: ImportInput, prepared: unknown): SourceTable[] {
  if (prepared) return (prepared as Upload).tables;
  const data = bytesOf(input);
  if (formatOf(data, input.source) === 'csv') return [csvTable(data, input.source)];
  throw new HoshinError(
    'invalid_input',
    `${input.source} is a workbook, which is read before it is imported: import it from the app or with hoshin import`,
  );
}

/** The tables with the given rows (sheet name -> 1-based row numbers) blanked. */
function withoutRows(tables: readonly SourceTable[], rows: ReadonlyMap<string, ReadonlySet<number>>): SourceTable[] {
  return tables.map((table) => {
    const out = rows.get(table.name);
    if (!out) return table;
    return { name: table.name, rows: table.rows.map((row, i) => (out.has(i + 1) ? [] : row)) };
  });
}

function importInto(ctx: OpContext, input: ImportInput, prepared: unknown, write: boolean): ImportFileReport {
  const mapping = mappingOf(input);
  const base = ctx.store.loadDocument();
  const options = { base, title: base.plan.title, newId: ctx.newId, mapping };
  let tables = tablesOf(input, prepared);
  let built = importTables(tables, options);
  const leftOut: ImportReport['rows'] = [];
  for (let pass = 0; input.validOnly && !built.document && pass < MAX_PASSES; pass++) {
    const errors = built.report.rows.filter((r) => r.action === 'error');
    // An error of no one row (a department, the plan as a whole) cannot be left out.
    if (errors.length === 0 || errors.some((r) => r.row < 1 || r.sheet === '')) break;
    const out = new Map<string, Set<number>>();
    for (const r of errors) out.set(r.sheet, (out.get(r.sheet) ?? new Set()).add(r.row));
    leftOut.push(...errors);
    tables = withoutRows(tables, out);
    built = importTables(tables, options);
  }
  const report: ImportReport = built.report;
  if (write && built.document) {
    applyDocument(ctx.store, base, built.document);
    report.summary.written = report.summary.create + report.summary.update > 0;
  }
  return {
    source: input.source,
    ...report,
    // The rows left out stay listed as the errors they were (and counted), so every row of the file is shown.
    rows: leftOut.length > 0 ? [...leftOut, ...report.rows] : report.rows,
    summary: { ...report.summary, error: report.summary.error + leftOut.length },
    choices: { levels: [...SHEET_LEVELS], fields: [...FIELDS] },
    leftOut: leftOut.map((r) => ({ sheet: r.sheet, row: r.row, message: r.message })),
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const importFileOps = {
  previewImport: {
    draft: { masterOnly: 'Importing from a file' },
    prepare: readUpload,
    run: (ctx, input, prepared) => importInto(ctx, input, prepared, false),
  },
  importFile: {
    draft: { masterOnly: 'Importing from a file' },
    prepare: readUpload,
    run: (ctx, input, prepared) => importInto(ctx, input, prepared, true),
    describe: (r) => ({
      text: `Imported ${plural(r.summary.create + r.summary.update, 'row')} from ${r.source}`,
      message: textMessage('undo.importFile', { count: r.summary.create + r.summary.update, source: r.source }),
    }),
  },
} satisfies DomainDeclarations;
