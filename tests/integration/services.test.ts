import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import { openPlan, samplePlanDocument, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { alignedPlan } from '../helpers/plans.ts';
import { tempDir } from '../helpers/temp.ts';

function session(doc = alignedPlan()): PlanSession {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, doc);
  let n = 0;
  const s = openPlan(file, { today: () => '2027-01-15', newId: () => `new-${++n}` });
  return s;
}

function refused(fn: () => unknown): HoshinError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(HoshinError);
    return err as HoshinError;
  }
  throw new Error('expected a refusal');
}

describe('creating items', () => {
  it('creates each kind with generated ids and codes, at the end or after a sibling', () => {
    const s = session();
    const o = s.dispatch('createObjective', { title: 'Raise NPS', horizon: 'breakthrough' });
    expect(o).toMatchObject({ id: 'new-1', code: 'O2', horizon: 'breakthrough', owner: null, kpi: null });
    const d = s.dispatch('createDepartment', { name: 'Customer Success', head: 'Amara' });
    const g = s.dispatch('createGoal', {
      departmentId: d.id,
      title: 'Health scores',
      supports: [{ objectiveId: o.id, strength: 'medium' }],
    });
    expect(g.code).toBe('CS-1');
    const t = s.dispatch('createTactic', {
      departmentId: d.id,
      title: 'Score model',
      supports: [{ goalId: g.id, strength: 'strong' }],
    });
    expect(t.code).toBe('CS-1.1');
    const t2 = s.dispatch('createTactic', { departmentId: d.id, title: 'Loose end' });
    expect(t2.code).toBe('CS-T1');
    const first = s.dispatch('createObjective', { title: 'First', afterId: null });
    const middle = s.dispatch('createObjective', { title: 'After O1', afterId: 'o1' });
    expect(s.dispatch('getPlan', {}).objectives.map((x) => x.id)).toEqual([first.id, 'o1', middle.id, o.id]);
    s.close();
  });

  it('keeps a client-chosen id, and refuses one already used by any item', () => {
    const s = session();
    expect(s.dispatch('createDepartment', { id: 'd-it', name: 'IT' }).id).toBe('d-it');
    const error = refused(() => s.dispatch('createObjective', { id: 'd-it', title: 'Clash' }));
    expect(error.issues).toEqual([{ path: 'id', message: '"d-it" is already used by another item' }]);
    s.close();
  });

  it('names the field and reason for invalid input, and writes nothing', () => {
    const s = session();
    const before = s.dispatch('getPlan', {});
    const e1 = refused(() => s.dispatch('createObjective', { title: '', horizon: 'decade', colour: 'red' }));
    expect(e1.code).toBe('invalid_input');
    expect(e1.issues).toEqual(
      expect.arrayContaining([
        { path: 'title', message: 'must not be empty' },
        { path: 'horizon', message: 'must be one of breakthrough, annual' },
        { path: 'colour', message: 'unknown key' },
      ]),
    );
    const e2 = refused(() =>
      s.dispatch('createGoal', {
        departmentId: 'd1',
        title: 'G',
        supports: [
          { objectiveId: 'o1', strength: 'strong' },
          { objectiveId: 'nope', strength: 'weak' },
        ],
      }),
    );
    expect(e2.issues).toEqual([{ path: 'supports[1].objectiveId', message: 'no objective has id "nope"' }]);
    const e3 = refused(() => s.dispatch('createTactic', { departmentId: 'd9', title: 'T' }));
    expect(e3.message).toBe('departmentId: no department has id "d9"');
    expect(refused(() => s.dispatch('updateTactic', { id: 't1', due: '2027-13-01' })).issues?.[0]?.path).toBe('due');
    expect(refused(() => s.dispatch('getPlan' as never, 'x')).code).toBe('invalid_input');
    expect(refused(() => s.dispatch('dropEverything' as never, {})).code).toBe('not_found');
    expect(s.dispatch('getPlan', {})).toEqual(before);
    s.close();
  });
});

describe('updating', () => {
  it('patches only the given fields; null clears an optional field', () => {
    const s = session();
    const t = s.dispatch('updateTactic', { id: 't1', status: 'at_risk', tags: ['VoC', 'NPS'], owner: null });
    expect(t).toMatchObject({
      status: 'at_risk',
      tags: ['VoC', 'NPS'],
      owner: null,
      due: '2027-06-30',
      title: 'Tactic t1',
    });
    const o = s.dispatch('updateObjective', {
      id: 'o1',
      kpi: { name: 'NPS', baseline: 20, target: 40, direction: 'increase' },
    });
    expect(o.kpi).toEqual({ name: 'NPS', unit: null, baseline: 20, target: 40, direction: 'increase' });
    const plan = s.dispatch('updatePlan', {
      vision: 'Customers want one contact to fix it.',
      settings: { ownerLoadLimit: 3 },
    });
    expect(plan).toMatchObject({
      title: 'Test plan',
      vision: 'Customers want one contact to fix it.',
      settings: { ownerLoadLimit: 3 },
    });
    expect(
      refused(() => s.dispatch('updatePlan', { periodStart: '2027-06-01', periodEnd: '2027-01-01' })).issues,
    ).toEqual([{ path: 'periodEnd', message: 'the period must not end before it starts' }]);
    expect(refused(() => s.dispatch('updateGoal', { id: 'nope', title: 'x' })).code).toBe('not_found');
    s.close();
  });

  it('reorders the listed items among the places they already hold', () => {
    const s = session(samplePlanDocument());
    const before = s.dispatch('getPlan', {}).objectives.map((o) => o.id);
    expect(before).toEqual(['o1', 'o2', 'o3', 'o4', 'o5']);
    expect(s.dispatch('reorderObjectives', { ids: ['o4', 'o2'] })).toEqual(['o1', 'o4', 'o3', 'o2', 'o5']);
    expect(s.dispatch('getPlan', {}).objectives.map((o) => o.id)).toEqual(['o1', 'o4', 'o3', 'o2', 'o5']);
    expect(refused(() => s.dispatch('reorderObjectives', { ids: ['o1', 'o1'] })).issues).toEqual([
      { path: 'ids[1]', message: '"o1" is listed twice' },
    ]);
    s.close();
  });
});

describe('links', () => {
  it('creates a link, re-weights it, removes it, and the gap analysis follows', () => {
    const s = session();
    const t = s.dispatch('createTactic', { departmentId: 'd1', title: 'Chatbot pilot' });
    expect(s.dispatch('analyzeGaps', {}).orphanedTactics).toEqual([t.id]);
    s.dispatch('setLink', { kind: 'tactic-goal', fromId: t.id, toId: 'g1', strength: 'weak' });
    s.dispatch('setLink', { kind: 'tactic-goal', fromId: t.id, toId: 'g1', strength: 'strong' });
    expect(s.dispatch('getPlan', {}).tactics.find((x) => x.id === t.id)!.supports).toEqual([
      { goalId: 'g1', strength: 'strong' },
    ]);
    expect(s.dispatch('analyzeGaps', {}).orphanedTactics).toEqual([]);
    expect(s.dispatch('removeLink', { kind: 'tactic-goal', fromId: t.id, toId: 'g1' })).toEqual({ removed: true });
    expect(s.dispatch('removeLink', { kind: 'tactic-goal', fromId: t.id, toId: 'g1' })).toEqual({ removed: false });
    expect(
      refused(() => s.dispatch('setLink', { kind: 'goal-objective', fromId: t.id, toId: 'o1', strength: 'weak' }))
        .issues,
    ).toEqual([{ path: 'fromId', message: `no goal has id "${t.id}"` }]);
    s.close();
  });
});

describe('deleting states what it takes with it', () => {
  it('a department takes its goals, tactics and their links; tactics elsewhere left without an aligned goal are named', () => {
    const s = session(samplePlanDocument());
    s.dispatch('createDepartment', { id: 'd-x', name: 'Experience' });
    s.dispatch('createGoal', {
      id: 'g-x',
      departmentId: 'd-x',
      title: 'X',
      supports: [{ objectiveId: 'o1', strength: 'strong' }],
    });
    s.dispatch('createTactic', {
      id: 't-y',
      departmentId: 'd-it',
      title: 'Depends on X',
      supports: [{ goalId: 'g-x', strength: 'strong' }],
    });
    const preview = s.dispatch('previewDelete', { kind: 'department', id: 'd-x' });
    expect(preview).toMatchObject({ goals: ['g-x'], tactics: [], newlyOrphaned: ['t-y'] });
    expect(preview.links).toHaveLength(2);
    expect(preview.summary).toBe(
      "Deleting department 'Experience' also deletes 1 goal and 2 links; 1 item will then trace to no objective.",
    );
    expect(s.dispatch('getPlan', {}).goals.some((g) => g.id === 'g-x')).toBe(true);
    const done = s.dispatch('deleteDepartment', { id: 'd-x' });
    expect(done).toEqual(preview);
    const after = s.dispatch('getPlan', {});
    expect(after.goals.some((g) => g.id === 'g-x')).toBe(false);
    expect(after.tactics.find((t) => t.id === 't-y')!.supports).toEqual([]);
    s.close();
  });

  it('deleting the sample IT department removes its items and every link touching them', () => {
    const s = session(samplePlanDocument());
    const doc = s.dispatch('getPlan', {});
    const goals = doc.goals.filter((g) => g.departmentId === 'd-it').map((g) => g.id);
    const tactics = doc.tactics.filter((t) => t.departmentId === 'd-it').map((t) => t.id);
    const effect = s.dispatch('deleteDepartment', { id: 'd-it' });
    expect(effect.goals.sort()).toEqual(goals.sort());
    expect(effect.tactics.sort()).toEqual(tactics.sort());
    const after = s.dispatch('getPlan', {});
    expect(after.tactics.flatMap((t) => t.supports).some((l) => goals.includes(l.goalId))).toBe(false);
    expect(after.departments.map((d) => d.id)).not.toContain('d-it');
    s.close();
  });

  it('an objective leaves goals that served only it, and their tactics, orphaned', () => {
    const s = session();
    const effect = s.dispatch('deleteObjective', { id: 'o1' });
    expect(effect).toMatchObject({
      links: [{ kind: 'goal-objective', fromId: 'g1', toId: 'o1', strength: 'strong' }],
      newlyOrphaned: ['g1', 't1'],
    });
    expect(s.dispatch('analyzeGaps', {}).orphanedGoals).toEqual(['g1']);
    s.close();
  });

  it('a goal and a tactic', () => {
    const s = session();
    expect(s.dispatch('previewDelete', { kind: 'goal', id: 'g1' })).toMatchObject({ newlyOrphaned: ['t1'] });
    expect(s.dispatch('deleteTactic', { id: 't1' }).summary).toBe(
      "Deleting tactic T1 'Tactic t1' also deletes 1 link.",
    );
    expect(s.dispatch('deleteGoal', { id: 'g1' }).newlyOrphaned).toEqual([]);
    expect(refused(() => s.dispatch('deleteGoal', { id: 'g1' })).code).toBe('not_found');
    s.close();
  });
});
