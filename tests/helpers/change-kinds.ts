/** One change of every kind, on the sample plan: what undo and redo must take back and bring again exactly. */
import type { OperationName } from '../../contract/api.ts';

export const SAMPLE_CHANGES: [string, OperationName, unknown][] = [
  ['plan settings', 'updatePlan', { title: 'Renamed', vision: null, settings: { ownerLoadLimit: 2 } }],
  ['a new department', 'createDepartment', { name: 'Legal', afterId: null }],
  ['a department edit', 'updateDepartment', { id: 'd-hr', head: null }],
  ['a department delete (cascading to goals, tactics and links)', 'deleteDepartment', { id: 'd-cs' }],
  ['reordering departments', 'reorderDepartments', { ids: ['d-hr', 'd-cs'] }],
  ['a new objective inserted in the middle', 'createObjective', { title: 'Lift CSAT', afterId: 'o1' }],
  ['an objective edit', 'updateObjective', { id: 'o1', kpi: null, owner: 'Someone else' }],
  ['an objective delete', 'deleteObjective', { id: 'o1' }],
  [
    'a new goal with links',
    'createGoal',
    { departmentId: 'd-it', title: 'G', supports: [{ objectiveId: 'o5', strength: 'weak' }] },
  ],
  ['a goal moved to another department', 'updateGoal', { id: 'g-cs-1', departmentId: 'd-sales' }],
  ['a goal delete', 'deleteGoal', { id: 'g-cs-1' }],
  ['a new tactic', 'createTactic', { departmentId: 'd-it', title: 'T', tags: ['AI'], due: '2027-05-01' }],
  ['a tactic edit', 'updateTactic', { id: 't-cs-1-1', status: 'off_track', tags: [] }],
  ['a tactic delete', 'deleteTactic', { id: 't-cs-1-1' }],
  ['reordering tactics', 'reorderTactics', { ids: ['t-it-ai-1', 't-cs-1-1'] }],
  ['a new link', 'setLink', { kind: 'tactic-goal', fromId: 't-it-ai-1', toId: 'g-it-1', strength: 'medium' }],
  ['a re-weighted link', 'setLink', { kind: 'goal-objective', fromId: 'g-cs-1', toId: 'o1', strength: 'weak' }],
  ['a removed link', 'removeLink', { kind: 'goal-objective', fromId: 'g-cs-1', toId: 'o1' }],
];
