/**
 * Actuals from a file (issue 11, part 4): tables read by the importer's readers (read-tables.ts) -> one record
 * per row with the KPI it names, its month and its value, or the row's problem in plain words. Columns are
 * recognised by their header names as the importer recognises them (headers.ts: case, spacing, punctuation,
 * accents and a unit in brackets ignored), never by position. Nothing here knows the plan: the service resolves
 * codes against it (services/ops/actuals.ts).
 */
import { HoshinError } from '../../contract/errors.ts';
import { normaliseHeader } from './headers.ts';
import type { Cell, SourceTable } from './types.ts';
import { cellText, parseDate, parseNumber, type Parsed } from './values.ts';

export type ActualsField = 'kpi' | 'month' | 'value';

/** Header names (normalised) of each column an actuals file has. */
const ACTUALS_SYNONYMS: Record<ActualsField, string[]> = {
  kpi: [
    'kpi',
    'kpicode',
    'kpiid',
    'code',
    'item',
    'itemcode',
    'itemid',
    'id',
    'objective',
    'objectivecode',
    'goal',
    'goalcode',
    'metric',
    'measure',
    'indicator',
  ],
  month: ['month', 'period', 'date', 'monthof', 'yearmonth', 'reportingmonth', 'reportingperiod', 'asof'],
  value: ['value', 'actual', 'actuals', 'actualvalue', 'result', 'reading', 'measured', 'amount'],
};

const FIELD_OF = new Map<string, ActualsField>();
for (const [field, names] of Object.entries(ACTUALS_SYNONYMS) as [ActualsField, string[]][]) {
  for (const name of names) FIELD_OF.set(name, field);
}

/** The column a header names in an actuals file, or null ("Actual (€)" -> value, "KPI code" -> kpi). */
export function actualsFieldOfHeader(header: string): ActualsField | null {
  return FIELD_OF.get(normaliseHeader(header)) ?? null;
}

/** Each field's column index, from its first column (a second column naming the same field is not read). */
export function actualsColumns(headers: readonly string[]): Map<ActualsField, number> {
  const columns = new Map<ActualsField, number>();
  headers.forEach((h, i) => {
    const field = actualsFieldOfHeader(h);
    if (field && !columns.has(field)) columns.set(field, i);
  });
  return columns;
}

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (year: number, month: number): Parsed<string> | null =>
  month >= 1 && month <= 12 && year >= 1000 && year <= 9999 ? { ok: true, value: `${year}-${pad(month)}` } : null;

/**
 * A month YYYY-MM: text written YYYY-MM (or YYYY/MM, MM/YYYY, "Mar 2027", "March 2027"), or a date (a date
 * cell, an Excel serial day number, text YYYY-MM-DD), which stands for its month. Empty is null.
 */
export function parseMonth(cell: Cell | undefined): Parsed<string | null> {
  const text = cellText(cell);
  if (text === '') return { ok: true, value: null };
  const notAMonth: Parsed<never> = { ok: false, problem: `'${text}' is not a month (write it YYYY-MM)` };
  // A number below a year's worth of days is no Excel date in any plan's lifetime: 3 is not a month either.
  if (typeof cell === 'number' && !(Number.isInteger(cell) && cell > 366)) return notAMonth;
  if (cell instanceof Date || typeof cell === 'number' || /^\d{4}-\d{1,2}-\d{1,2}(?:[T ].*)?$/.test(text)) {
    const date = parseDate(cell);
    return date.ok && date.value !== null ? { ok: true, value: date.value.slice(0, 7) } : notAMonth;
  }
  let m = /^(\d{4})\s*[-/.]\s*(\d{1,2})$/.exec(text);
  if (m) return monthOf(Number(m[1]), Number(m[2])) ?? notAMonth;
  m = /^(\d{1,2})\s*[-/.]\s*(\d{4})$/.exec(text);
  if (m) return monthOf(Number(m[2]), Number(m[1])) ?? notAMonth;
  m = /^(\p{L}+)\.?[\s\-/]+(\d{4})$/u.exec(text);
  if (m) {
    const name = normaliseHeader(m[1]!);
    const index = MONTH_NAMES.findIndex((n) => name.length >= 3 && `${n}${fullName(n)}`.startsWith(name));
    if (index >= 0) return monthOf(Number(m[2]), index + 1) ?? notAMonth;
  }
  return notAMonth;
}

/** The rest of an English month's name after its first three letters ("jan" -> "uary"). */
function fullName(short: (typeof MONTH_NAMES)[number]): string {
  const rest: Record<(typeof MONTH_NAMES)[number], string> = {
    jan: 'uary',
    feb: 'ruary',
    mar: 'ch',
    apr: 'il',
    may: '',
    jun: 'e',
    jul: 'y',
    aug: 'ust',
    sep: 'tember',
    oct: 'ober',
    nov: 'ember',
    dec: 'ember',
  };
  return rest[short];
}

/** One row of an actuals file, read: the KPI named (code or id), the month and the value, or the problem. */
export interface ActualRecord {
  sheet: string;
  /** 1-based row number in the sheet. */
  row: number;
  /** The KPI cell's text ('' when empty). */
  kpi: string;
  month: Parsed<string | null>;
  value: Parsed<number | null>;
}

export interface ActualsTables {
  /** Each sheet that holds actuals, with the header of each column it was read from. */
  sheets: { name: string; columns: Record<string, ActualsField> }[];
  records: ActualRecord[];
}

const isEmptyRow = (row: readonly Cell[] | undefined) => !row || row.every((c) => cellText(c) === '');
const HEADER_WORDS = 'KPI (or Code, Item), Month (or Period, Date) and Value (or Actual)';

/**
 * The actuals in the tables: every sheet whose header row (one of its first ten non-empty rows) names a KPI, a
 * month and a value column. A file with no such sheet is refused, naming what is missing.
 */
export function readActuals(tables: readonly SourceTable[], fileName: string): ActualsTables {
  const result: ActualsTables = { sheets: [], records: [] };
  let closest: { name: string; missing: ActualsField[] } | null = null;
  for (const table of tables) {
    let header: { at: number; columns: Map<ActualsField, number>; headers: string[] } | null = null;
    let seen = 0;
    for (let i = 0; i < table.rows.length && seen < 10; i++) {
      if (isEmptyRow(table.rows[i])) continue;
      seen++;
      const headers = table.rows[i]!.map(cellText);
      const columns = actualsColumns(headers);
      if (columns.size === 3) {
        header = { at: i, columns, headers };
        break;
      }
      const missing = (['kpi', 'month', 'value'] as const).filter((f) => !columns.has(f));
      if (columns.size > 0 && (closest === null || missing.length < closest.missing.length)) {
        closest = { name: table.name, missing };
      }
    }
    if (!header) continue;
    const { at, columns, headers } = header;
    result.sheets.push({
      name: table.name,
      columns: Object.fromEntries([...columns].map(([field, i]) => [headers[i]!, field])),
    });
    const kpiAt = columns.get('kpi')!;
    const monthAt = columns.get('month')!;
    const valueAt = columns.get('value')!;
    for (let r = at + 1; r < table.rows.length; r++) {
      const row = table.rows[r]!;
      if ([kpiAt, monthAt, valueAt].every((i) => cellText(row[i]) === '')) continue;
      result.records.push({
        sheet: table.name,
        row: r + 1,
        kpi: cellText(row[kpiAt]),
        month: parseMonth(row[monthAt]),
        value: parseNumber(row[valueAt]),
      });
    }
  }
  if (result.sheets.length === 0) {
    const words = { kpi: 'KPI', month: 'Month', value: 'Value' } as const;
    throw new HoshinError(
      'invalid_input',
      closest
        ? `${fileName}${closest.name === fileName ? '' : `, sheet ${closest.name}`}: no ${closest.missing.map((f) => words[f]).join(' or ')} column (an actuals file has columns ${HEADER_WORDS})`
        : `${fileName} has no columns ${HEADER_WORDS}, so it holds no actuals`,
    );
  }
  return result;
}

/** Cells as they travel in an operation's JSON input: a date becomes its YYYY-MM-DD text (its month is kept). */
export function plainTables(
  tables: readonly SourceTable[],
): { name: string; rows: (string | number | boolean | null)[][] }[] {
  return tables.map((t) => ({
    name: t.name,
    // Array.from, not map: a sheet's row may have holes (cells never written), and JSON has no holes.
    rows: t.rows.map((row) => Array.from(row, (c) => (c === undefined ? null : c instanceof Date ? cellText(c) : c))),
  }));
}
