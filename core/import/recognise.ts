/**
 * Tables -> what they hold: each sheet's level and columns, its item rows (raw cells by field) and, for
 * correlation-grid sheets, the marks. Nothing here knows the plan; build-plan.ts resolves codes and links.
 */
import type { Strength } from '../../contract/plan-format.ts';
import { recogniseColumns } from './headers.ts';
import { LEVEL_WORDS, levelOfSheetName, levelOfWord } from './levels.ts';
import type { ImportMapping } from './mapping.ts';
import {
  looksLikeDepartmentsSheet,
  looksLikePlanSheet,
  readDepartmentsSheet,
  readPlanSheet,
  type DepartmentRecord,
  type PlanSheetRead,
} from './plan-sheets.ts';
import { cellText, parseMark } from './values.ts';
import type { Cell, Field, RowLevel, RowReport, SheetLevel, SheetReport, SourceTable } from './types.ts';

export interface ItemRecord {
  sheet: string;
  row: number;
  /** Null when neither the sheet nor a Level/Type cell says: the depth in the outline decides. */
  level: RowLevel | null;
  /** The row's cells by field, for the fields the sheet has a column for (empty cells included, as null). */
  cells: Map<Field, Cell>;
  /** The header of each field's column, for messages. */
  headers: Map<Field, string>;
}

export interface GridMark {
  columnCode: string;
  strength: Strength;
}

export interface GridRow {
  sheet: string;
  row: number;
  rowCode: string;
  marks: GridMark[];
}

export interface Recognised {
  sheets: SheetReport[];
  items: ItemRecord[];
  grids: { sheet: string; rows: GridRow[] }[];
  /** A "Plan" sheet (our export's header), if any: the last one wins. */
  plan: PlanSheetRead | null;
  /** "Departments" sheet rows, in order. */
  departments: DepartmentRecord[];
  problems: RowReport[];
}

const isEmptyRow = (row: readonly Cell[] | undefined) => !row || row.every((c) => cellText(c) === '');

/** The header row: the first of the first ten non-empty rows whose cells name a title or code column. */
function headerRowIndex(rows: readonly Cell[][], level: SheetLevel): number {
  let first = -1;
  for (let i = 0; i < rows.length && i < 10; i++) {
    if (isEmptyRow(rows[i])) continue;
    if (first < 0) first = i;
    const fields = recogniseColumns(rows[i]!.map(cellText), level);
    if (fields.includes('title') || (fields.includes('code') && fields.filter((f) => f !== 'unmapped').length > 1))
      return i;
  }
  return first;
}

/** A correlation grid: codes down the first column and along the first row, marks (or nothing) inside. */
function looksLikeGrid(rows: readonly Cell[][]): boolean {
  const start = rows.findIndex((r) => !isEmptyRow(r));
  if (start < 0) return false;
  const columns = rows[start]!.slice(1).filter((c) => cellText(c) !== '').length;
  if (columns === 0) return false;
  let marks = 0;
  for (const row of rows.slice(start + 1)) {
    if (isEmptyRow(row)) continue;
    for (const cell of row.slice(1)) {
      const mark = parseMark(cell);
      if (mark === undefined) return false;
      if (mark !== null) marks++;
    }
  }
  return marks > 0;
}

export function recognise(tables: readonly SourceTable[], mapping: ImportMapping = new Map()): Recognised {
  const result: Recognised = { sheets: [], items: [], grids: [], plan: null, departments: [], problems: [] };
  for (const table of tables) {
    const given = mapping.get(table.name.trim().toLowerCase());
    if (table.rows.every((r) => isEmptyRow(r))) {
      result.sheets.push({ name: table.name, level: 'ignored', columns: {} });
      continue;
    }
    let named = levelOfSheetName(table.name);
    // "Plan" and "Departments" are common names for item sheets too: the content must agree.
    if (
      (named === 'plan' && !looksLikePlanSheet(table)) ||
      (named === 'departments' && !looksLikeDepartmentsSheet(table))
    )
      named = null;
    let level: SheetLevel | null = given?.level ?? null;
    if (level === null) {
      const provisional = named ?? 'mixed';
      const headerAt = headerRowIndex(table.rows, provisional);
      const fields = recogniseColumns(table.rows[headerAt]!.map(cellText), provisional);
      if (named === 'correlation' || (!fields.includes('title') && looksLikeGrid(table.rows))) level = 'correlation';
      else level = named ?? 'mixed';
    }
    if (level === 'ignored') {
      result.sheets.push({ name: table.name, level, columns: {} });
    } else if (level === 'plan') {
      result.plan = readPlanSheet(table, result.problems);
      result.sheets.push({ name: table.name, level, columns: {} });
    } else if (level === 'departments') {
      result.departments.push(...readDepartmentsSheet(table, result.problems));
      result.sheets.push({ name: table.name, level, columns: {} });
    } else if (level === 'correlation') {
      readGrid(table, result);
    } else {
      readItems(table, level, given?.columns ?? new Map(), result);
    }
  }
  return result;
}

function readGrid(table: SourceTable, result: Recognised): void {
  const start = table.rows.findIndex((r) => !isEmptyRow(r));
  const header = table.rows[start]!;
  const columnCodes = header.map(cellText);
  const columns: Record<string, Field> = {};
  const rows: GridRow[] = [];
  for (let i = start + 1; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (isEmptyRow(row)) continue;
    const rowCode = cellText(row[0]);
    const marks: GridMark[] = [];
    const bad: string[] = [];
    for (let c = 1; c < row.length; c++) {
      const mark = parseMark(row[c]);
      if (mark === null) continue;
      const columnCode = columnCodes[c] ?? '';
      if (mark === undefined) bad.push(`'${cellText(row[c])}' under ${columnCode || `column ${c + 1}`}`);
      else if (columnCode === '') bad.push(`a mark in column ${c + 1}, which has no code in the first row`);
      else marks.push({ columnCode, strength: mark });
    }
    if (rowCode === '' && marks.length > 0) bad.push('marks in a row with no code in its first column');
    if (bad.length > 0) {
      result.problems.push({
        sheet: table.name,
        row: i + 1,
        action: 'error',
        kind: 'link',
        code: rowCode || null,
        message: `${table.name}, row ${i + 1}: ${bad.join('; ')} (a mark is ● ○ △, S M W, 9 3 1, H M L or X)`,
      });
      continue;
    }
    if (marks.length > 0) rows.push({ sheet: table.name, row: i + 1, rowCode, marks });
  }
  result.grids.push({ sheet: table.name, rows });
  result.sheets.push({ name: table.name, level: 'correlation', columns });
}

function readItems(
  table: SourceTable,
  level: Exclude<SheetLevel, 'correlation' | 'ignored' | 'plan' | 'departments'>,
  given: Map<string, Field>,
  result: Recognised,
): void {
  const headerAt = headerRowIndex(table.rows, level);
  const headers = table.rows[headerAt]!.map(cellText);
  const fields = recogniseColumns(headers, level).map((f, i) => given.get(headers[i]!.toLowerCase()) ?? f);
  const columns: Record<string, Field> = {};
  headers.forEach((h, i) => {
    if (h !== '') columns[h] = fields[i]!;
  });
  const sheetLevel: SheetLevel = fields.includes('level') ? 'mixed' : level;
  result.sheets.push({ name: table.name, level: sheetLevel, columns });
  // Each field from its first column (a mapping may name one field twice).
  const used = fields
    .map((f, i) => [f, i] as const)
    .filter(([f, i]) => f !== 'ignored' && f !== 'unmapped' && fields.indexOf(f) === i);
  const fieldHeaders = new Map(used.map(([f, i]) => [f, headers[i]!]));
  for (let r = headerAt + 1; r < table.rows.length; r++) {
    const row = table.rows[r]!;
    if (isEmptyRow(row)) continue;
    const cells = new Map<Field, Cell>(used.map(([f, i]) => [f, row[i] ?? null]));
    if (used.every(([, i]) => cellText(row[i]) === '')) continue; // only ignored columns filled in
    let rowLevel: RowLevel | null = level === 'mixed' ? null : level;
    if (cells.has('level') && cellText(cells.get('level')) !== '') {
      const word = cellText(cells.get('level'));
      const found = levelOfWord(word);
      if (found === null) {
        result.problems.push({
          sheet: table.name,
          row: r + 1,
          action: 'error',
          kind: 'row',
          code: cellText(cells.get('code')) || null,
          message: `${table.name}, row ${r + 1}: ${fieldHeaders.get('level')!.toLowerCase()} '${word}' is not a level (${LEVEL_WORDS})`,
        });
        continue;
      }
      rowLevel = found;
    }
    result.items.push({ sheet: table.name, row: r + 1, level: rowLevel, cells, headers: fieldHeaders });
  }
}
