import { describe, expect, it } from 'vitest';
import type { DeleteEffect } from '../../contract/api.ts';
import { applyChange, isPatchable, type PatchableOperation } from '../../renderer/src/domain/plan-patch.ts';
import { samplePlanDocument, writePlanFile, openPlan } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';
import { alignedPlan } from '../helpers/plans.ts';
import path from 'node:path';

/**
 * The renderer patches its copy of the plan from each operation's result instead of reloading it. Every patchable
 * operation, run against a real plan file, must leave the patched copy equal to what getPlan then returns.
 */
describe('applyChange', () => {
  const cases: [string, PatchableOperation, unknown][] = [
    ['plan settings', 'updatePlan', { title: 'Renamed', vision: 'Why', settings: { ownerLoadLimit: 3 } }],
    ['a department at the start', 'createDepartment', { name: 'Legal', afterId: null }],
    ['a department in the middle', 'createDepartment', { name: 'Legal', afterId: 'd-cs' }],
    ['a department at the end', 'createDepartment', { name: 'Legal' }],
    ['a department edit', 'updateDepartment', { id: 'd-hr', name: 'People', head: null }],
    ['a department delete', 'deleteDepartment', { id: 'd-cs' }],
    ['reordered departments', 'reorderDepartments', { ids: ['d-hr', 'd-cs'] }],
    ['an objective after another', 'createObjective', { title: 'Lift CSAT', afterId: 'o1' }],
    ['an objective edit', 'updateObjective', { id: 'o1', kpi: null, owner: 'Someone' }],
    ['an objective delete', 'deleteObjective', { id: 'o1' }],
    ['reordered objectives', 'reorderObjectives', { ids: ['o3', 'o1'] }],
    [
      'a goal with links, after another',
      'createGoal',
      { departmentId: 'd-it', title: 'G', supports: [{ objectiveId: 'o5', strength: 'weak' }], afterId: 'g-cs-1' },
    ],
    ['a goal edit', 'updateGoal', { id: 'g-cs-1', departmentId: 'd-sales', title: 'New' }],
    ['a goal delete', 'deleteGoal', { id: 'g-cs-1' }],
    ['reordered goals', 'reorderGoals', { ids: ['g-it-1', 'g-cs-1'] }],
    [
      'a tactic under a goal',
      'createTactic',
      { departmentId: 'd-it', title: 'T', supports: [{ goalId: 'g-it-1', strength: 'strong' }], afterId: null },
    ],
    [
      'a goal in a new department, after another goal',
      'createInNewDepartment',
      {
        kind: 'goal',
        department: { name: 'Legal' },
        item: { title: 'G', supports: [{ objectiveId: 'o1', strength: 'strong' }], afterId: 'g-cs-1' },
      },
    ],
    [
      'a tactic in a new department',
      'createInNewDepartment',
      { kind: 'tactic', department: { name: 'Legal' }, item: { title: 'T', afterId: null } },
    ],
    ['a tactic edit', 'updateTactic', { id: 't-cs-1-1', status: 'off_track', tags: ['A', 'B'] }],
    ['a tactic delete', 'deleteTactic', { id: 't-cs-1-1' }],
    ['reordered tactics', 'reorderTactics', { ids: ['t-it-ai-1', 't-cs-1-1'] }],
    ['a new link', 'setLink', { kind: 'tactic-goal', fromId: 't-it-ai-1', toId: 'g-it-1', strength: 'medium' }],
    ['a re-weighted link', 'setLink', { kind: 'goal-objective', fromId: 'g-cs-1', toId: 'o1', strength: 'weak' }],
    ['a removed link', 'removeLink', { kind: 'goal-objective', fromId: 'g-cs-1', toId: 'o1' }],
    [
      'a new annual -> breakthrough link',
      'setLink',
      { kind: 'annual-breakthrough', fromId: 'o4', toId: 'o1', strength: 'weak' },
    ],
    ['a removed annual -> breakthrough link', 'removeLink', { kind: 'annual-breakthrough', fromId: 'o3', toId: 'o1' }],
    ['a breakthrough objective made annual', 'updateObjective', { id: 'o1', horizon: 'annual' }],
    ['an annual objective made breakthrough', 'updateObjective', { id: 'o3', horizon: 'breakthrough' }],
    ['a link that was not there', 'removeLink', { kind: 'tactic-goal', fromId: 't-it-ai-1', toId: 'g-it-1' }],
  ];

  it.each(cases)('patches %s exactly as the file has it', (_name, operation, input) => {
    const file = path.join(tempDir(), 'plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const session = openPlan(file);
    const before = session.dispatch('getPlan', {});
    const result = session.dispatch(operation, input);
    const patched = applyChange(before, operation, input as never, result as never);
    expect(patched).toEqual(session.dispatch('getPlan', {}));
    session.close();
  });

  it('keeps the lists a change did not touch, so views memoised on them do not recompute', () => {
    const plan = alignedPlan();
    const next = applyChange(plan, 'updateTactic', { id: 't1' }, { ...plan.tactics[0]!, title: 'Renamed' });
    expect(next.objectives).toBe(plan.objectives);
    expect(next.goals).toBe(plan.goals);
    expect(next.tactics).not.toBe(plan.tactics);
    const effect: DeleteEffect = {
      kind: 'tactic',
      id: 't1',
      goals: [],
      tactics: [],
      links: [],
      newlyOrphaned: [],
      summary: '',
    };
    expect(applyChange(plan, 'deleteTactic', { id: 't1' }, effect).goals).toBe(plan.goals);
  });

  it('leaves conversions, undo and reads to a reload', () => {
    expect(isPatchable('convertItem')).toBe(false);
    expect(isPatchable('undo')).toBe(false);
    expect(isPatchable('getPlan')).toBe(false);
    expect(isPatchable('setLink')).toBe(true);
  });
});
