/**
 * Import from Excel and CSV (issue 11, part 1): tables -> recognised sheets and rows -> a plan document (new,
 * or merged into a plan by code) and the dry-run report. Pure apart from reading the given bytes.
 */
import type { PlanDocument } from '../../contract/plan-format.ts';
import { buildPlan, type BuildResult } from './build-plan.ts';
import type { ImportMapping } from './mapping.ts';
import { recognise } from './recognise.ts';
import type { SourceTable } from './types.ts';

export { parseMapping, type ImportMapping } from './mapping.ts';
export { detectFormat, decodeText, readCsv, readWorkbook, type SourceFormat } from './read-tables.ts';
export { levelOfSheetName } from './levels.ts';
export type { ImportReport, RowReport, SheetReport, SourceTable } from './types.ts';
export type { BuildResult } from './build-plan.ts';

export interface ImportTablesOptions {
  mapping?: ImportMapping;
  /** The plan to merge into (`--merge`), or null for a new plan. */
  base: PlanDocument | null;
  title: string;
  newId: () => string;
}

export function importTables(tables: readonly SourceTable[], options: ImportTablesOptions): BuildResult {
  return buildPlan(recognise(tables, options.mapping), options);
}
