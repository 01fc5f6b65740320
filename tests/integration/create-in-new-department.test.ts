/**
 * createInNewDepartment: the first goal (or tactic) of a plan without departments and its new department are
 * made together, as one undo step named for both; a refused item leaves no department behind.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueDraft } from '../../services/issue-draft.ts';
import { emptyPlanDocument, openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

function empty() {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, emptyPlanDocument('New plan'));
  return openPlan(file);
}

describe('createInNewDepartment', () => {
  it('creates the department and the goal in it, one undo step that takes both back out', () => {
    const s = empty();
    try {
      const o = s.dispatch('createObjective', { title: 'Keep every customer we win' });
      const made = s.dispatch('createInNewDepartment', {
        kind: 'goal',
        department: { name: 'Customer Success' },
        item: {
          title: 'Reach at-risk accounts early',
          owner: 'Amara Okafor',
          supports: [{ objectiveId: o.id, strength: 'strong' }],
        },
      });
      expect(made.kind).toBe('goal');
      expect(made.department).toMatchObject({ name: 'Customer Success', head: null });
      expect(made.item).toMatchObject({
        code: 'CS-1',
        departmentId: made.department.id,
        owner: 'Amara Okafor',
        supports: [{ objectiveId: o.id, strength: 'strong' }],
      });
      const plan = s.dispatch('getPlan', {});
      expect(plan.departments).toEqual([made.department]);
      expect(plan.goals).toEqual([made.item]);
      const history = s.dispatch('getHistory', {});
      expect(history.undoDepth).toBe(2);
      expect(history.undoLabel).toBe(
        "Add goal CS-1 'Reach at-risk accounts early' in the new department Customer Success",
      );
      s.dispatch('undo', {});
      const undone = s.dispatch('getPlan', {});
      expect(undone.departments).toEqual([]);
      expect(undone.goals).toEqual([]);
      expect(undone.objectives.map((x) => x.id)).toEqual([o.id]);
      s.dispatch('redo', {});
      expect(s.dispatch('getPlan', {})).toEqual(plan);
    } finally {
      s.close();
    }
  });

  it('creates a tactic in its new department, coded from the department', () => {
    const s = empty();
    try {
      const made = s.dispatch('createInNewDepartment', {
        kind: 'tactic',
        department: { name: 'IT' },
        item: { title: 'Roll out the health score' },
      });
      expect(made.kind).toBe('tactic');
      expect(made.item).toMatchObject({ code: 'IT-T1', departmentId: made.department.id, status: 'not_started' });
      expect(s.dispatch('getHistory', {}).undoLabel).toBe(
        "Add tactic IT-T1 'Roll out the health score' in the new department IT",
      );
    } finally {
      s.close();
    }
  });

  it('a refused item (blank title, unknown objective) leaves no department and no undo step', () => {
    const s = empty();
    try {
      const before = s.dispatch('getPlan', {});
      expect(() =>
        s.dispatch('createInNewDepartment', {
          kind: 'goal',
          department: { name: 'Customer Success' },
          item: { title: '  ' },
        }),
      ).toThrow();
      expect(() =>
        s.dispatch('createInNewDepartment', {
          kind: 'goal',
          department: { name: 'Customer Success' },
          item: { title: 'A goal', supports: [{ objectiveId: 'no-such-objective', strength: 'strong' }] },
        }),
      ).toThrow();
      expect(() =>
        s.dispatch('createInNewDepartment', { kind: 'goal', department: { name: '' }, item: { title: 'A goal' } }),
      ).toThrow();
      expect(s.dispatch('getPlan', {})).toEqual(before);
      expect(s.dispatch('getHistory', {}).undoDepth).toBe(0);
    } finally {
      s.close();
    }
  });

  it('is refused in a department draft: departments are leadership’s', () => {
    const dir = tempDir();
    const masterFile = path.join(dir, 'plan.hoshin');
    const draftFile = path.join(dir, 'support.hoshin');
    writePlanFile(masterFile, samplePlanDocument());
    const master = openPlan(masterFile);
    issueDraft(master, 'd-support', draftFile, { now: () => new Date('2027-01-10T09:00:00Z') });
    master.close();
    const draft = openPlan(draftFile);
    try {
      const before = draft.dispatch('getPlan', {});
      expect(() =>
        draft.dispatch('createInNewDepartment', {
          kind: 'goal',
          department: { name: 'New' },
          item: { title: 'A goal' },
        }),
      ).toThrow('Departments are');
      expect(draft.dispatch('getPlan', {})).toEqual(before);
    } finally {
      draft.close();
    }
  });
});
