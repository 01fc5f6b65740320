/**
 * The words the wizard shows for the importer's levels, fields and actions (its codes stay in the mapping and
 * in `data-*` attributes). A level or field added to the importer later is shown by its own name until it gets
 * words here.
 */
import type { ImportFileReport } from '../../../contract/api.ts';

const LEVELS: Record<string, string> = {
  breakthrough: 'Breakthrough objectives',
  annual: 'Annual objectives',
  goal: 'Goals (improvement priorities)',
  tactic: 'Tactics',
  kpi: 'KPIs',
  mixed: 'Mixed (a Level column says)',
  correlation: 'Correlation grid',
  plan: 'Plan settings',
  departments: 'Departments',
  ignored: 'Ignore this sheet',
};

const FIELDS: Record<string, string> = {
  id: 'Id',
  code: 'Code',
  title: 'Title',
  description: 'Description',
  owner: 'Owner',
  department: 'Department',
  level: 'Level',
  supports: 'Supports (parent codes)',
  measures: 'Measures (item code)',
  kpi: 'KPI name',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  direction: 'Direction',
  due: 'Due date',
  status: 'Status',
  tags: 'Tags',
  weight: 'Weight (%)',
  supportingDepartments: 'Supporting departments',
  targetKind: 'Target kind (absolute or relative)',
  ignored: 'Ignore this column',
  unmapped: 'Not recognised',
};

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const levelWords = (level: string) => LEVELS[level] ?? capitalised(level);
export const fieldWords = (field: string) => FIELDS[field] ?? capitalised(field);

export type RowAction = ImportFileReport['rows'][number]['action'];

export const ACTION_WORDS: Record<RowAction, string> = {
  create: 'New',
  update: 'Changed',
  unchanged: 'Unchanged',
  error: 'Error',
};

export const plural = (n: number, word: string) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
