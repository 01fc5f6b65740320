/**
 * The two sheets of our own xlsx export that hold no items: "Plan" (the plan's header, one Field | Value pair a
 * row: title, organisation, period, vision, settings) and "Departments" (name, head, id, in the plan's order).
 * Read here into records; build-plan.ts applies them. With them, export -> import -> export keeps the plan's
 * header and its departments' heads, not only its items.
 */
import { normaliseHeader } from './headers.ts';
import { cellText, parseDate, parseNumber } from './values.ts';
import type { Cell, RowReport, SourceTable } from './types.ts';

export type PlanSheetKey =
  | 'title'
  | 'organisation'
  | 'periodStart'
  | 'periodEnd'
  | 'vision'
  | 'ownerLoadLimit'
  | 'reviewTolerance'
  | 'weekStart'
  | 'fiscalYearStart';

/** The Field column's words, normalised, for each header field (what our export writes first). */
const PLAN_KEYS: Record<PlanSheetKey, string[]> = {
  title: ['title', 'plan', 'plantitle', 'name'],
  organisation: ['organisation', 'organization', 'company', 'organisationname'],
  periodStart: ['periodstart', 'start', 'from', 'startdate'],
  periodEnd: ['periodend', 'end', 'to', 'enddate'],
  vision: ['vision', 'mission', 'statement'],
  ownerLoadLimit: ['ownerloadlimit', 'ownerload', 'tacticsperowner', 'loadlimit'],
  reviewTolerance: ['reviewtolerance', 'tolerance', 'amberband'],
  weekStart: ['weekstartson', 'weekstart', 'firstdayofweek'],
  fiscalYearStart: ['fiscalyearstartsin', 'fiscalyearstart', 'fiscalyear'],
};
const KEY_OF = new Map<string, PlanSheetKey>();
for (const [key, words] of Object.entries(PLAN_KEYS) as [PlanSheetKey, string[]][])
  for (const w of words) KEY_OF.set(w, key);

/** Our export's words for each key, in its order. */
export const PLAN_SHEET_ROWS: [PlanSheetKey, string][] = [
  ['title', 'Title'],
  ['organisation', 'Organisation'],
  ['periodStart', 'Period start'],
  ['periodEnd', 'Period end'],
  ['vision', 'Vision'],
  ['ownerLoadLimit', 'Owner load limit (tactics)'],
  ['reviewTolerance', 'Review tolerance (%)'],
  ['weekStart', 'Week starts on (1 Monday … 7 Sunday)'],
  ['fiscalYearStart', 'Fiscal year starts in (month 1 … 12)'],
];

export interface PlanHeaderValues {
  title?: string;
  organisation?: string | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  vision?: string | null;
  ownerLoadLimit?: number;
  reviewTolerance?: number;
  weekStart?: number;
  fiscalYearStart?: number;
}

export interface PlanSheetRead {
  sheet: string;
  /** The row each value came from, for the report. */
  rows: Map<PlanSheetKey, number>;
  values: PlanHeaderValues;
}

export interface DepartmentRecord {
  sheet: string;
  row: number;
  name: string;
  /** Undefined when the sheet has no Head column (then a head is left as it is). */
  head: string | null | undefined;
  id: string;
}

const isEmpty = (row: readonly Cell[] | undefined) => !row || row.every((c) => cellText(c) === '');
const problem = (sheet: string, row: number, kind: RowReport['kind'], message: string): RowReport => ({
  sheet,
  row,
  action: 'error',
  kind,
  code: null,
  message: `${sheet}, row ${row}: ${message}`,
});

/**
 * Whether a sheet named like a Plan sheet holds the plan's header: its first column names plan settings (a flat
 * item sheet is often called "Plan" too, and then its columns decide).
 */
export function looksLikePlanSheet(table: SourceTable): boolean {
  const labels = table.rows.filter((r) => !isEmpty(r)).map((r) => normaliseHeader(cellText(r[0])));
  if (labels.length === 0) return false;
  const known = labels.filter((l) => KEY_OF.has(l) || l === 'field' || l === 'setting').length;
  return known * 2 >= labels.length && table.rows.every((r) => r.slice(2).every((c) => cellText(c) === ''));
}

/** Headers that say a sheet lists items, not departments ("Departments" holding each department's goals). */
const ITEM_HEADERS = new Set([
  'title',
  'objective',
  'goal',
  'tactic',
  'priority',
  'summary',
  'action',
  'project',
  'initiative',
  'task',
  'keyresult',
  'level',
  'type',
  'parent',
  'supports',
]);

/** Whether a sheet named like a Departments sheet lists departments: a Department (or Name) column, no item's. */
export function looksLikeDepartmentsSheet(table: SourceTable): boolean {
  const header = table.rows.find((r) => !isEmpty(r)) ?? [];
  const names = header.map((c) => normaliseHeader(cellText(c)));
  return names.some((n) => DEPARTMENT_NAME.includes(n)) && !names.some((n) => ITEM_HEADERS.has(n));
}

const DEPARTMENT_NAME = ['department', 'name', 'departmentname', 'dept', 'team'];

/** "Plan": Field | Value rows (a first row "Field | Value" is a header and skipped); unknown fields are problems. */
export function readPlanSheet(table: SourceTable, problems: RowReport[]): PlanSheetRead {
  const read: PlanSheetRead = { sheet: table.name, rows: new Map(), values: {} };
  table.rows.forEach((row, i) => {
    if (isEmpty(row)) return;
    const label = cellText(row[0]);
    const key = KEY_OF.get(normaliseHeader(label));
    const at = i + 1;
    if (!key) {
      const isHeader = normaliseHeader(label) === 'field' || normaliseHeader(label) === 'setting';
      if (!isHeader) problems.push(problem(table.name, at, 'row', `'${label}' is not a setting of the plan`));
      return;
    }
    const cell = row[1] ?? null;
    read.rows.set(key, at);
    if (key === 'periodStart' || key === 'periodEnd') {
      const date = parseDate(cell);
      if (!date.ok) problems.push(problem(table.name, at, 'row', `${label.toLowerCase()} ${date.problem}`));
      else read.values[key] = date.value;
    } else if (key === 'ownerLoadLimit' || key === 'reviewTolerance') {
      const n = parseNumber(cell);
      if (!n.ok) problems.push(problem(table.name, at, 'row', `${label.toLowerCase()} ${n.problem}`));
      else if (n.value !== null) read.values[key] = n.value;
    } else if (key === 'weekStart' || key === 'fiscalYearStart') {
      const n = parseNumber(cell);
      const most = key === 'weekStart' ? 7 : 12;
      const what = key === 'weekStart' ? 'a day of the week from 1 (Monday) to 7 (Sunday)' : 'a month from 1 to 12';
      if (!n.ok) problems.push(problem(table.name, at, 'row', `${label.toLowerCase()} ${n.problem}`));
      else if (n.value !== null && (!Number.isInteger(n.value) || n.value < 1 || n.value > most))
        problems.push(problem(table.name, at, 'row', `${label.toLowerCase()} must be ${what}, not ${n.value}`));
      else if (n.value !== null) read.values[key] = n.value;
    } else if (key === 'title') {
      const text = cellText(cell);
      if (text !== '') read.values.title = text;
    } else {
      const text = cellText(cell);
      read.values[key] = text === '' ? null : text;
    }
  });
  return read;
}

/** "Departments": a header row naming a Department (or Name) column, then one department a row. */
export function readDepartmentsSheet(table: SourceTable, problems: RowReport[]): DepartmentRecord[] {
  const headerAt = table.rows.findIndex((r) => !isEmpty(r));
  const headers = (table.rows[headerAt] ?? []).map((c) => normaliseHeader(cellText(c)));
  const column = (...names: string[]) => headers.findIndex((h) => names.includes(h));
  const nameAt = column(...DEPARTMENT_NAME);
  const headAt = column('head', 'lead', 'owner', 'departmenthead', 'manager');
  const idAt = column('id', 'departmentid');
  if (nameAt < 0) {
    problems.push(
      problem(table.name, headerAt + 1, 'department', 'no Department column (the first row names the columns)'),
    );
    return [];
  }
  const records: DepartmentRecord[] = [];
  for (let r = headerAt + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isEmpty(row)) continue;
    const name = cellText(row[nameAt]);
    if (name === '') {
      problems.push(problem(table.name, r + 1, 'department', 'a department needs a name'));
      continue;
    }
    const head = headAt < 0 ? undefined : cellText(row[headAt]) || null;
    records.push({ sheet: table.name, row: r + 1, name, head, id: idAt < 0 ? '' : cellText(row[idAt]) });
  }
  return records;
}
