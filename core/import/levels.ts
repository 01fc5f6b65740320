/**
 * Which level a sheet holds, from its name (X-matrix quadrant sheets: "Breakthrough objectives", "Annual
 * objectives", "Improvement priorities", "Tactics", "KPIs" and their synonyms), and which level a Level/Type cell
 * names ("key result", "initiative", ...).
 */
import { normaliseHeader } from './headers.ts';
import type { RowLevel, SheetLevel } from './types.ts';

const SHEET_NAMES: [SheetLevel, string[]][] = [
  [
    'breakthrough',
    [
      'breakthroughobjectives',
      'breakthroughobjective',
      'breakthrough',
      'breakthroughs',
      '35year',
      '35years',
      '35yearobjectives',
      'longterm',
      'longtermobjectives',
      'strategic',
      'strategicobjectives',
    ],
  ],
  ['annual', ['annualobjectives', 'annualobjective', 'annual', 'objectives', 'objective']],
  [
    'goal',
    [
      'improvementpriorities',
      'improvementpriority',
      'priorities',
      'priority',
      'goals',
      'goal',
      'initiatives',
      'departmentgoals',
      'keyresults',
    ],
  ],
  ['tactic', ['tactics', 'tactic', 'actions', 'action', 'projects', 'project', 'actionplan', 'tasks']],
  ['kpi', ['kpis', 'kpi', 'metrics', 'metric', 'targets', 'measures', 'indicators']],
  ['correlation', ['correlation', 'correlations', 'matrix', 'xmatrix', 'correlationmatrix', 'correlationgrid', 'grid']],
  // Our own export's header and department sheets: by exact name only ("Department goals" is a goal sheet).
  ['plan', ['plan', 'plansettings', 'settings', 'aboutthisplan']],
  ['departments', ['departments', 'departmentlist']],
  ['ignored', ['links', 'gaps', 'readme', 'instructions', 'legend', 'notes', 'cover', 'summary']],
];

const SHEET_LEVEL = new Map<string, SheetLevel>();
for (const [level, names] of SHEET_NAMES) for (const n of names) SHEET_LEVEL.set(n, level);

/** The level a sheet's name says it holds, or null when the name says nothing (then its columns decide). */
export function levelOfSheetName(name: string): SheetLevel | null {
  const key = normaliseHeader(name);
  const exact = SHEET_LEVEL.get(key);
  if (exact) return exact;
  // "Annual objectives 2027", "Tactics (Sales)": the first known name the sheet's name starts with.
  for (const [level, names] of SHEET_NAMES) {
    if (level === 'ignored' || level === 'plan' || level === 'departments') continue;
    if (names.some((n) => n.length >= 5 && key.startsWith(n))) return level;
  }
  return null;
}

const ROW_WORDS: [RowLevel, string[]][] = [
  [
    'breakthrough',
    [
      'breakthrough',
      'breakthroughobjective',
      'longterm',
      'longtermobjective',
      'strategic',
      'strategicobjective',
      '35year',
      '35yearobjective',
      'vision',
    ],
  ],
  ['annual', ['annual', 'annualobjective', 'objective', 'yearlyobjective']],
  ['goal', ['goal', 'priority', 'improvementpriority', 'keyresult', 'kr', 'departmentgoal']],
  ['tactic', ['tactic', 'action', 'project', 'initiative', 'task', 'activity']],
  ['kpi', ['kpi', 'metric', 'measure', 'indicator']],
];
const ROW_LEVEL = new Map<string, RowLevel>();
for (const [level, words] of ROW_WORDS) for (const w of words) ROW_LEVEL.set(w, level);

/** The level a Level/Type cell names ("Key Result" -> goal), or null when it names none. */
export function levelOfWord(text: string): RowLevel | null {
  const key = normaliseHeader(text);
  return ROW_LEVEL.get(key) ?? ROW_LEVEL.get(key.replace(/s$/, '')) ?? null;
}

export const LEVEL_WORDS = 'breakthrough, annual, goal, tactic, kpi (or objective, key result, initiative, action…)';
