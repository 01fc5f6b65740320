/**
 * CSV export, in two flavours:
 * - `tactics` (the default, `hoshin export --format csv`): one row per tactic with its whole lineage up to the
 *   objectives it serves;
 * - `full` (`--csv full`): one row per objective, goal and tactic, so an objective nobody carries and a goal
 *   without tactics have a row too.
 * Column names are the stable contract (snake_case, for scripts); values are plain words ("On track", "Orphaned
 * goal"), never the contract's codes. Files meant for a spreadsheet start with a UTF-8 byte-order mark
 * (`withBom`): without it Excel on Windows reads UTF-8 as the ANSI code page and garbles every accent.
 */
import { csvFormatRows } from 'd3-dsv';
import type { GapReport } from '../contract/gaps.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import {
  DIRECTION_WORDS,
  FINDING_WORDS,
  HORIZON_WORDS,
  STATUS_WORDS,
  STRENGTH_WORDS,
  TARGET_KIND_WORDS,
} from './plain-words.ts';

export const CSV_COLUMNS = [
  'tactic_id',
  'tactic_code',
  'tactic',
  'department',
  'owner',
  'due',
  'status',
  'tags',
  'goal_codes',
  'goals',
  'goal_departments',
  'objective_codes',
  'objectives',
  'aligned',
] as const;

export const CSV_FULL_COLUMNS = [
  'item_id',
  'kind',
  'code',
  'title',
  'department',
  'owner',
  'horizon',
  'kpi',
  'baseline',
  'target',
  'due',
  'status',
  'tags',
  'supports_codes',
  'supports',
  'supported_by_codes',
  'objective_codes',
  'findings',
  'weight',
  'supporting_departments',
  'target_kind',
] as const;

export type CsvFlavour = 'tactics' | 'full';
export const CSV_FLAVOURS: readonly CsvFlavour[] = ['tactics', 'full'];

/** Multi-valued cells (a tactic serving several goals) are joined with this separator, in link order. */
export const CSV_LIST_SEPARATOR = '; ';

/** The UTF-8 byte-order mark Excel needs to read a CSV file as UTF-8. */
export const CSV_BOM = '\uFEFF';

export function withBom(csv: string): string {
  return csv.startsWith(CSV_BOM) ? csv : CSV_BOM + csv;
}

export function planToCsv(doc: PlanDocument): string {
  const departments = new Map(doc.departments.map((d) => [d.id, d.name]));
  const goals = new Map(doc.goals.map((g) => [g.id, g]));
  const objectives = new Map(doc.objectives.map((o) => [o.id, o]));
  const rows: string[][] = [[...CSV_COLUMNS]];
  for (const t of doc.tactics) {
    const tacticGoals = t.supports.map((s) => goals.get(s.goalId)!).filter(Boolean);
    const objectiveIds = unique(tacticGoals.flatMap((g) => g.supports.map((s) => s.objectiveId)));
    const tacticObjectives = objectiveIds.map((id) => objectives.get(id)!).filter(Boolean);
    rows.push([
      t.id,
      t.code,
      t.title,
      departments.get(t.departmentId) ?? t.departmentId,
      t.owner ?? '',
      t.due ?? '',
      STATUS_WORDS[t.status],
      t.tags.join(CSV_LIST_SEPARATOR),
      tacticGoals.map((g) => g.code).join(CSV_LIST_SEPARATOR),
      tacticGoals.map((g) => g.title).join(CSV_LIST_SEPARATOR),
      unique(tacticGoals.map((g) => departments.get(g.departmentId) ?? g.departmentId)).join(CSV_LIST_SEPARATOR),
      tacticObjectives.map((o) => o.code).join(CSV_LIST_SEPARATOR),
      tacticObjectives.map((o) => o.title).join(CSV_LIST_SEPARATOR),
      tacticObjectives.length > 0 ? 'yes' : 'no',
    ]);
  }
  return `${csvFormatRows(rows)}\n`;
}

/**
 * One row per item (objectives, then goals, then tactics, each in plan order). `supports` names what the item
 * serves, with the link's strength ("CS-1 (Strong)"); `supported_by_codes` what serves it; `objective_codes` the
 * objectives it traces to (itself for an objective); `findings` the gap analysis's findings on it, in words.
 */
export function planToFullCsv(doc: PlanDocument, gaps: GapReport): string {
  const departments = new Map(doc.departments.map((d) => [d.id, d.name]));
  const codeOf = new Map<string, string>();
  for (const x of [...doc.objectives, ...doc.goals, ...doc.tactics]) codeOf.set(x.id, x.code);
  const supportedBy = new Map<string, string[]>();
  const addSupporter = (to: string, from: string) => supportedBy.set(to, [...(supportedBy.get(to) ?? []), from]);
  for (const o of doc.objectives) for (const s of o.supports) addSupporter(s.objectiveId, o.id);
  for (const g of doc.goals) for (const s of g.supports) addSupporter(s.objectiveId, g.id);
  for (const t of doc.tactics) for (const s of t.supports) addSupporter(s.goalId, t.id);
  const goalObjectives = new Map(doc.goals.map((g) => [g.id, g.supports.map((s) => s.objectiveId)]));
  const findingsOf = new Map<string, string[]>();
  for (const f of gaps.findings)
    if (f.itemKind !== 'plan' && f.itemKind !== 'owner')
      findingsOf.set(f.id, unique([...(findingsOf.get(f.id) ?? []), FINDING_WORDS[f.kind]]));

  const codes = (ids: string[]) => ids.map((id) => codeOf.get(id) ?? id).join(CSV_LIST_SEPARATOR);
  const links = (list: { id: string; strength: keyof typeof STRENGTH_WORDS }[]) =>
    list.map((l) => `${codeOf.get(l.id) ?? l.id} (${STRENGTH_WORDS[l.strength]})`).join(CSV_LIST_SEPARATOR);
  const kpiCells = (kpi: PlanDocument['objectives'][number]['kpi']): string[] =>
    kpi
      ? [
          `${DIRECTION_WORDS[kpi.direction]} ${kpi.name}${kpi.unit ? ` (${kpi.unit})` : ''}`,
          num(kpi.baseline),
          num(kpi.target),
        ]
      : ['', '', ''];
  const findings = (id: string) => (findingsOf.get(id) ?? []).join(CSV_LIST_SEPARATOR);

  const rows: string[][] = [[...CSV_FULL_COLUMNS]];
  for (const o of doc.objectives) {
    rows.push([
      o.id,
      'Objective',
      o.code,
      o.title,
      // An objective's department is the one responsible for it.
      o.departmentId ? (departments.get(o.departmentId) ?? o.departmentId) : '',
      o.owner ?? '',
      HORIZON_WORDS[o.horizon],
      ...kpiCells(o.kpi),
      '',
      '',
      '',
      codes(o.supports.map((s) => s.objectiveId)),
      links(o.supports.map((s) => ({ id: s.objectiveId, strength: s.strength }))),
      codes(supportedBy.get(o.id) ?? []),
      o.code,
      findings(o.id),
      num(o.weight ?? null),
      '',
      targetKind(o.kpi),
    ]);
  }
  for (const g of doc.goals) {
    const objectiveIds = g.supports.map((s) => s.objectiveId);
    rows.push([
      g.id,
      'Goal',
      g.code,
      g.title,
      departments.get(g.departmentId) ?? g.departmentId,
      g.owner ?? '',
      '',
      ...kpiCells(g.kpi),
      '',
      '',
      '',
      codes(objectiveIds),
      links(g.supports.map((s) => ({ id: s.objectiveId, strength: s.strength }))),
      codes(supportedBy.get(g.id) ?? []),
      codes(objectiveIds),
      findings(g.id),
      num(g.weight ?? null),
      (g.supportingDepartmentIds ?? []).map((id) => departments.get(id) ?? id).join(CSV_LIST_SEPARATOR),
      targetKind(g.kpi),
    ]);
  }
  for (const t of doc.tactics) {
    const goalIds = t.supports.map((s) => s.goalId);
    rows.push([
      t.id,
      'Tactic',
      t.code,
      t.title,
      departments.get(t.departmentId) ?? t.departmentId,
      t.owner ?? '',
      '',
      '',
      '',
      '',
      t.due ?? '',
      STATUS_WORDS[t.status],
      t.tags.join(CSV_LIST_SEPARATOR),
      codes(goalIds),
      links(t.supports.map((s) => ({ id: s.goalId, strength: s.strength }))),
      '',
      codes(unique(goalIds.flatMap((id) => goalObjectives.get(id) ?? []))),
      findings(t.id),
      '',
      '',
      '',
    ]);
  }
  return `${csvFormatRows(rows)}\n`;
}

function targetKind(kpi: PlanDocument['objectives'][number]['kpi']): string {
  return kpi ? TARGET_KIND_WORDS[kpi.targetKind ?? 'absolute'] : '';
}

function num(value: number | null): string {
  return value === null ? '' : String(value);
}

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
