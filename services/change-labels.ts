/** Labels of undo steps, as the Edit menu shows them: "Undo Create objective 'Lift NPS'". */
import type { OperationName } from '../contract/api.ts';

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
