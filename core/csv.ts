/** CSV export: one row per tactic with its whole lineage up to the objectives it serves. */
import { csvFormatRows } from 'd3-dsv';
import type { PlanDocument } from '../contract/plan-format.ts';

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

/** Multi-valued cells (a tactic serving several goals) are joined with this separator, in link order. */
export const CSV_LIST_SEPARATOR = '; ';

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
      t.status,
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

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}
