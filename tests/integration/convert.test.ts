/** convertItem: Tab / Shift+Tab in the outline, one level at a time, as one undo step. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HoshinError } from '../../contract/errors.ts';
import { openPlan, samplePlanDocument, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

function sample(): PlanSession {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return openPlan(file);
}

describe('convertItem', () => {
  it('makes an objective a goal under the objective above, its goals following to the new parent', () => {
    const s = sample();
    const before = s.dispatch('getPlan', {});
    const supporters = before.goals.filter((g) => g.supports.some((l) => l.objectiveId === 'o2')).map((g) => g.id);
    const r = s.dispatch('convertItem', {
      id: 'o2',
      to: 'goal',
      parentId: 'o1',
      departmentId: 'd-cs',
      afterId: 'g-cs-1',
    });
    expect(r.kind).toBe('goal');
    expect(r.item).toMatchObject({
      id: 'o2',
      title: before.objectives[1]!.title,
      departmentId: 'd-cs',
      supports: [{ objectiveId: 'o1', strength: 'strong' }],
    });
    expect(r.relinked.sort()).toEqual(supporters.sort());
    const after = s.dispatch('getPlan', {});
    expect(after.objectives.map((o) => o.id)).not.toContain('o2');
    expect(after.goals.map((g) => g.id).indexOf('o2')).toBe(after.goals.map((g) => g.id).indexOf('g-cs-1') + 1);
    for (const g of supporters)
      expect(after.goals.find((x) => x.id === g)!.supports.map((l) => l.objectiveId)).toContain('o1');
    expect(s.dispatch('getHistory', {}).undoLabel).toMatch(/^Make CS-\d+ '.*' a goal$/);
    s.dispatch('undo', {});
    expect(s.dispatch('getPlan', {})).toEqual(before);
    s.close();
  });

  it('makes a goal a tactic under another goal, taking its tactics along, and back (tactic -> goal)', () => {
    const s = sample();
    const before = s.dispatch('getPlan', {});
    const tactics = before.tactics.filter((t) => t.supports.some((l) => l.goalId === 'g-cs-2')).map((t) => t.id);
    const down = s.dispatch('convertItem', { id: 'g-cs-2', to: 'tactic', parentId: 'g-cs-1', strength: 'medium' });
    expect(down.item).toMatchObject({
      id: 'g-cs-2',
      code: 'CS-1.4',
      status: 'not_started',
      supports: [{ goalId: 'g-cs-1', strength: 'medium' }],
    });
    expect(down.relinked.sort()).toEqual(tactics.sort());
    const up = s.dispatch('convertItem', { id: 'g-cs-2', to: 'goal', parentId: 'o1' });
    expect(up.item).toMatchObject({
      id: 'g-cs-2',
      departmentId: 'd-cs',
      supports: [{ objectiveId: 'o1', strength: 'strong' }],
    });
    s.dispatch('undo', {});
    s.dispatch('undo', {});
    expect(s.dispatch('getPlan', {})).toEqual(before);
    s.close();
  });

  it('makes a goal an objective, naming the tactics it leaves unaligned', () => {
    const s = sample();
    const r = s.dispatch('convertItem', { id: 'g-sup-1', to: 'objective' });
    expect(r.kind).toBe('objective');
    expect(r.item).toMatchObject({ id: 'g-sup-1', code: 'O6', horizon: 'annual' });
    const orphans = s.dispatch('analyzeGaps', {}).orphanedTactics;
    for (const t of r.orphaned) expect(orphans).toContain(t);
    s.close();
  });

  it('refuses skipping a level, a missing parent, and a goal under itself', () => {
    const s = sample();
    const refusal = (input: Parameters<PlanSession['dispatch']>[1]) => {
      try {
        s.dispatch('convertItem', input);
      } catch (err) {
        return (err as HoshinError).issues;
      }
      throw new Error('accepted');
    };
    expect(refusal({ id: 'o1', to: 'tactic', parentId: 'g-cs-1' })).toEqual([
      { path: 'to', message: 'an objective can become goal, one level at a time, not a tactic' },
    ]);
    expect(refusal({ id: 'o1', to: 'goal' })).toEqual([
      { path: 'parentId', message: 'a goal must support an objective: give its id' },
    ]);
    expect(refusal({ id: 'g-cs-1', to: 'tactic', parentId: 'g-cs-1' })).toEqual([
      { path: 'parentId', message: 'no other goal has id "g-cs-1"' },
    ]);
    expect(refusal({ id: 'nope', to: 'goal', parentId: 'o1' })).toEqual([
      { path: 'id', message: 'no objective, goal or tactic has id "nope"' },
    ]);
    expect(s.dispatch('getHistory', {}).canUndo).toBe(false);
    s.close();
  });
});

describe('convertItem and carried items', () => {
  it('keeps the item a rollover carried it from, down a level and back up', () => {
    const file = path.join(tempDir(), 'plan.hoshin');
    const doc = samplePlanDocument();
    writePlanFile(file, {
      ...doc,
      goals: doc.goals.map((g) => (g.id === 'g-cs-2' ? { ...g, carriedFrom: 'g-last-year' } : g)),
      objectives: doc.objectives.map((o) => (o.id === 'o2' ? { ...o, carriedFrom: 'o-last-year' } : o)),
    });
    const s = openPlan(file);
    try {
      const down = s.dispatch('convertItem', { id: 'g-cs-2', to: 'tactic', parentId: 'g-cs-1', strength: 'medium' });
      expect(down.item).toMatchObject({ id: 'g-cs-2', carriedFrom: 'g-last-year' });
      const up = s.dispatch('convertItem', { id: 'g-cs-2', to: 'goal', parentId: 'o1' });
      expect(up.item).toMatchObject({ id: 'g-cs-2', carriedFrom: 'g-last-year' });
      const goal = s.dispatch('convertItem', { id: 'o2', to: 'goal', parentId: 'o1', departmentId: 'd-cs' });
      expect(goal.item).toMatchObject({ id: 'o2', carriedFrom: 'o-last-year' });
      expect(s.dispatch('getPlan', {}).goals.find((g) => g.id === 'o2')!.carriedFrom).toBe('o-last-year');
    } finally {
      s.close();
    }
  });
});
