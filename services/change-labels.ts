/** Labels of undo steps, as the Edit menu shows them: "Undo Create objective 'Lift NPS'". */
import type { OperationName } from '../contract/api.ts';
import type { Strength } from '../contract/plan-format.ts';
import type { PlanStore } from '../db/plan-store.ts';

const VERBS: Partial<Record<OperationName, string>> = {
  updatePlan: 'Edit plan settings',
  createDepartment: 'Add department',
  updateDepartment: 'Edit department',
  deleteDepartment: 'Delete department',
  reorderDepartments: 'Reorder departments',
  createObjective: 'Add objective',
  updateObjective: 'Edit objective',
  deleteObjective: 'Delete objective',
  reorderObjectives: 'Reorder objectives',
  createGoal: 'Add goal',
  updateGoal: 'Edit goal',
  deleteGoal: 'Delete goal',
  reorderGoals: 'Reorder goals',
  createTactic: 'Add tactic',
  updateTactic: 'Edit tactic',
  deleteTactic: 'Delete tactic',
  reorderTactics: 'Reorder tactics',
  setLink: 'Link',
  removeLink: 'Unlink',
  convertItem: 'Move',
  mergeDraft: 'Merge draft',
  addNote: 'Add note',
  answerNote: 'Answer note',
  deleteNote: 'Delete note',
  setKpiMonth: 'Enter KPI value',
  setKpiMonths: 'Paste KPI values',
  addCountermeasure: 'Add countermeasure',
  updateCountermeasure: 'Edit countermeasure',
  deleteCountermeasure: 'Delete countermeasure',
  addTacticUpdate: 'Update tactic status',
};

export function changeLabel(operation: OperationName, result: unknown): string {
  const verb = VERBS[operation] ?? operation;
  if (operation === 'convertItem') {
    const { kind, item } = result as { kind: string; item: { code: string; title: string } };
    return `Make ${item.code} '${item.title}' a${kind === 'objective' ? 'n' : ''} ${kind}`;
  }
  if (operation === 'issueDraft') return `Issue draft for '${(result as { departmentName: string }).departmentName}'`;
  if (operation === 'mergeDraft') return (result as { summary: string }).summary.replace(/\.$/, '');
  const named = result as { code?: unknown; title?: unknown; name?: unknown } | null;
  if (named && typeof named === 'object') {
    if (typeof named.code === 'string' && typeof named.title === 'string')
      return `${verb} ${named.code} '${named.title}'`;
    if (typeof named.name === 'string') return `${verb} '${named.name}'`;
    if (typeof named.title === 'string') return `${verb} '${named.title}'`;
  }
  return verb;
}

interface LinkInput {
  kind: 'goal-objective' | 'tactic-goal' | 'annual-breakthrough';
  fromId: string;
  toId: string;
  strength?: Strength;
}

/**
 * The label of a link change, read before the change is made (whether the link exists, and its codes):
 * "Changed link CS-1.3 → CS-1 to medium", "Linked CS-1.3 → CS-1 (weak)", "Unlinked CS-1.3 → CS-1".
 * Null for any other operation, or when an end does not exist (the handler then refuses the change).
 */
export function linkChangeLabel(store: PlanStore, operation: OperationName, input: unknown): string | null {
  if (operation !== 'setLink' && operation !== 'removeLink') return null;
  const { kind, fromId, toId, strength } = input as LinkInput;
  const from =
    kind === 'tactic-goal'
      ? store.getTactic(fromId)
      : kind === 'goal-objective'
        ? store.getGoal(fromId)
        : store.getObjective(fromId);
  const to = kind === 'tactic-goal' ? store.getGoal(toId) : store.getObjective(toId);
  if (!from || !to) return null;
  const ends = `${from.code} → ${to.code}`;
  if (operation === 'removeLink') return `Unlinked ${ends}`;
  const links: { id: string; strength: Strength }[] =
    kind === 'tactic-goal'
      ? store.tacticSupports(fromId).map((l) => ({ id: l.goalId, strength: l.strength }))
      : kind === 'goal-objective'
        ? store.goalSupports(fromId).map((l) => ({ id: l.objectiveId, strength: l.strength }))
        : store.objectiveSupports(fromId).map((l) => ({ id: l.objectiveId, strength: l.strength }));
  const existing = links.find((l) => l.id === toId);
  return existing ? `Changed link ${ends} to ${strength}` : `Linked ${ends} (${strength})`;
}
