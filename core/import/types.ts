/**
 * The import engine's vocabulary: tables read from a workbook or CSV, the level each sheet (or row) holds, the
 * field each column holds, and the dry-run report (a public contract: `hoshin import --dry-run --json`, README
 * "Command line").
 */

/** One cell as read: text, number, boolean, a date (midnight UTC) or empty. */
export type Cell = string | number | boolean | Date | null;

/** A sheet or CSV file: `rows[0]` is the first row of the sheet; row numbers in reports are 1-based. */
export interface SourceTable {
  name: string;
  rows: Cell[][];
}

/**
 * What a sheet holds. `mixed`: a Level/Type column (or the outline) says per row; `correlation`: a grid of marks;
 * `plan`: the plan's header as Field | Value rows; `departments`: one department (name, head) a row.
 */
export const SHEET_LEVELS = [
  'breakthrough',
  'annual',
  'goal',
  'tactic',
  'kpi',
  'mixed',
  'correlation',
  'plan',
  'departments',
  'ignored',
] as const;
export type SheetLevel = (typeof SHEET_LEVELS)[number];
/** The level of one item row. */
export type RowLevel = 'breakthrough' | 'annual' | 'goal' | 'tactic' | 'kpi';

/**
 * Fields a column can hold. `ignored`: recognised but not held by the model (current values, our export's
 * computed columns); `unmapped`: not recognised. `weight`: percent; `supportingDepartments`: a goal's departments
 * besides its own; `targetKind`: Absolute or Relative (a Target column may also say "-40 %" or "reduce by 40 %").
 */
export const FIELDS = [
  'id',
  'code',
  'title',
  'description',
  'owner',
  'department',
  'level',
  'supports',
  'measures',
  'kpi',
  'unit',
  'baseline',
  'target',
  'direction',
  'due',
  'status',
  'tags',
  'weight',
  'supportingDepartments',
  'targetKind',
  'ignored',
  'unmapped',
] as const;
export type Field = (typeof FIELDS)[number];

export interface SheetReport {
  name: string;
  level: SheetLevel;
  /** Header text -> field, in column order. */
  columns: Record<string, Field>;
}

export const ROW_ACTIONS = ['create', 'update', 'unchanged', 'error'] as const;
export type RowAction = (typeof ROW_ACTIONS)[number];
export type RowKind = 'objective' | 'goal' | 'tactic' | 'kpi' | 'department' | 'link' | 'plan' | 'row';

export interface RowReport {
  sheet: string;
  /** 1-based row number in the sheet (0 for something that belongs to no one row, e.g. a department). */
  row: number;
  action: RowAction;
  kind: RowKind;
  code: string | null;
  message: string;
}

export interface ImportSummary {
  create: number;
  update: number;
  unchanged: number;
  error: number;
  /** Departments the import adds (names as first written). */
  departmentsCreated: string[];
  /** Columns recognised but not held by the model, or not recognised: "Sheet: Header". */
  ignoredColumns: string[];
  /** True when the plan file was (or, in a dry run, would be) written. */
  written: boolean;
}

export interface ImportReport {
  sheets: SheetReport[];
  rows: RowReport[];
  summary: ImportSummary;
}
