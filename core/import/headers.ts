/**
 * Header recognition: a column is recognised by its header text, never by its position. Case, spacing,
 * punctuation, accents and a trailing unit in brackets are ignored ("Weight (%)" is "weight", "Due date" is
 * "duedate"), and common synonyms are accepted (English).
 */
import type { Field, SheetLevel } from './types.ts';

/** "Weight (%)" -> "weight", "Parent Row IDs" -> "parentrowids", "Dept." -> "dept". */
export function normaliseHeader(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

const SYNONYMS: Record<Exclude<Field, 'unmapped'>, string[]> = {
  id: [],
  code: ['code', 'id', 'no', 'nr', 'num', 'number', 'ref', 'reference', 'key', 'rowid', 'order', 'outline', 'wbs'],
  title: [
    'title',
    'name',
    'objective',
    'priority',
    'summary',
    'goal',
    'tactic',
    'action',
    'project',
    'initiative',
    'keyresult',
    'task',
    'item',
    'breakthrough',
    'breakthroughobjective',
    'annualobjective',
    'improvementpriority',
  ],
  description: ['description', 'desc', 'details', 'detail', 'notes', 'note', 'comment', 'comments'],
  owner: ['owner', 'lead', 'responsible', 'accountable', 'assignee', 'ownedby', 'champion'],
  department: ['department', 'departments', 'dept', 'depts', 'team', 'teams', 'function', 'division', 'area'],
  level: ['level', 'type', 'kind', 'horizon', 'itemtype'],
  supports: [
    'supports',
    'support',
    'parent',
    'parents',
    'parentid',
    'parentids',
    'parentcode',
    'parentrowid',
    'parentrowids',
    'alignedto',
    'contributesto',
    'serves',
    'linkedto',
    'servesbreakthroughs',
    'supportsgoals',
    'supportsobjectives',
  ],
  measures: ['measures', 'measureditem', 'itemcode', 'objectivecode', 'for'],
  kpi: ['kpi', 'kpiname', 'metric', 'measure', 'indicator'],
  unit: ['unit', 'units', 'uom', 'unitofmeasure'],
  baseline: ['baseline', 'current', 'start', 'startvalue', 'startingvalue', 'base', 'baselinevalue'],
  target: ['target', 'targetvalue', 'goalvalue'],
  direction: ['direction', 'trend', 'polarity', 'better', 'betterwhen', 'goodwhen'],
  due: ['due', 'duedate', 'end', 'enddate', 'deadline', 'finish', 'finishdate', 'targetdate', 'completiondate'],
  status: ['status', 'state'],
  tags: ['tags', 'tag', 'labels', 'label'],
  weight: ['weight', 'weighting', 'weights', 'weightpercent', 'share'],
  supportingDepartments: [
    'supporting',
    'supportingdepartment',
    'supportingdepartments',
    'supportingdept',
    'supportingdepts',
    'supportingteam',
    'supportingteams',
    'supportedby',
    'alsosupportedby',
  ],
  targetKind: ['targetkind', 'targettype', 'relative', 'relativetarget'],
  // Not held by the model (actuals) or computed by our own export.
  ignored: [
    'change',
    'currentvalue',
    'actual',
    'actualvalue',
    'progress',
    'score',
    'startdate',
    'goals',
    'tactics',
    'objectives',
    'aligned',
    'gap',
    'fromid',
    'toid',
  ],
};

const FIELD_OF = new Map<string, Field>();
for (const [field, names] of Object.entries(SYNONYMS) as [Field, string[]][]) {
  for (const name of names) if (!FIELD_OF.has(name)) FIELD_OF.set(name, field);
}

/** On a KPI sheet the item a row measures is named by these columns, and the KPI's own name by these. */
const KPI_SHEET_MEASURES = new Set([
  'objective',
  'goal',
  'priority',
  'item',
  'supports',
  'parent',
  'alignedto',
  'annualobjective',
  'improvementpriority',
]);
const KPI_SHEET_TITLE = new Set(['kpi', 'kpiname', 'metric', 'measure', 'indicator']);

/** The field a header names on a sheet of the given level (`unmapped` when not recognised). */
export function fieldOfHeader(header: string, level: SheetLevel): Field {
  const key = normaliseHeader(header);
  if (key === '' && header.trim() === '#') return 'code';
  if (level === 'kpi') {
    if (KPI_SHEET_TITLE.has(key)) return 'title';
    if (KPI_SHEET_MEASURES.has(key)) return 'measures';
  }
  return FIELD_OF.get(key) ?? 'unmapped';
}

/**
 * The fields of a header row. A field is taken by its first column only (a second one is `ignored`), and
 * "ID" is the item's code unless the sheet also has a Code column (our own export has both: Code and Id).
 */
export function recogniseColumns(headers: readonly string[], level: SheetLevel): Field[] {
  const keys = headers.map(normaliseHeader);
  const hasCodeColumn = keys.includes('code');
  const fields = headers.map((h, i) => {
    if (keys[i] === 'id' && hasCodeColumn) return 'id' as const;
    return h.trim() === '' ? ('unmapped' as const) : fieldOfHeader(h, level);
  });
  const taken = new Set<Field>();
  return fields.map((f) => {
    if (f === 'ignored' || f === 'unmapped') return f;
    if (taken.has(f)) return 'ignored';
    taken.add(f);
    return f;
  });
}
