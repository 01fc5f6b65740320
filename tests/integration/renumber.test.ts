/** renumberItem: after a move, a goal's code (and its tactics') follows its department, as one undo step. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueDraft } from '../../services/issue-draft.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

function sample() {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return openPlan(file);
}

describe('renumberItem', () => {
  it('gives a moved goal the next code of its department, its tactics following; one undo restores all', () => {
    const s = sample();
    try {
      s.dispatch('updateGoal', { id: 'g-cs-1', departmentId: 'd-it' });
      const before = s.dispatch('getPlan', {});
      expect(before.goals.find((g) => g.id === 'g-cs-1')!.code).toBe('CS-1');
      const itCodes = before.goals.filter((g) => g.departmentId === 'd-it' && g.id !== 'g-cs-1').map((g) => g.code);
      const next = `IT-${Math.max(...itCodes.map((c) => Number(c.slice(3)))) + 1}`;
      const under = before.tactics.filter((t) => /^CS-1\.\d+$/.test(t.code));
      expect(under.length).toBeGreaterThan(0);

      const r = s.dispatch('renumberItem', { id: 'g-cs-1' });
      expect(r.renamed[0]).toEqual({ id: 'g-cs-1', kind: 'goal', from: 'CS-1', to: next });
      expect(r.renamed.slice(1).sort((a, b) => a.from.localeCompare(b.from))).toEqual(
        under
          .map((t) => ({ id: t.id, kind: 'tactic', from: t.code, to: t.code.replace(/^CS-1\./, `${next}.`) }))
          .sort((a, b) => a.from.localeCompare(b.from)),
      );
      const after = s.dispatch('getPlan', {});
      expect(after.goals.find((g) => g.id === 'g-cs-1')!.code).toBe(next);
      for (const t of under)
        expect(after.tactics.find((x) => x.id === t.id)!.code).toBe(t.code.replace('CS-1.', `${next}.`));
      // Nothing else changed: every other code is as it was.
      const others = (doc: typeof before) =>
        [...doc.goals, ...doc.tactics].filter((x) => !r.renamed.some((c) => c.id === x.id)).map((x) => x.code);
      expect(others(after)).toEqual(others(before));
      const label = `Renumbered CS-1 as ${next} and its ${under.length} tactics`;
      expect(s.dispatch('getHistory', {}).undoLabel).toBe(label);
      expect(s.dispatch('undo', {}).label).toBe(label);
      expect(s.dispatch('getPlan', {})).toEqual(before);
    } finally {
      s.close();
    }
  });

  it('numbers a tactic under its goal, and refuses what already follows, an objective and an unknown id', () => {
    const s = sample();
    try {
      const t = s.dispatch('createTactic', {
        departmentId: 'd-it',
        title: 'Stray tactic',
        code: 'MISC-9',
        supports: [{ goalId: 'g-it-1', strength: 'strong' }],
      });
      const goalCode = s.dispatch('getPlan', {}).goals.find((g) => g.id === 'g-it-1')!.code;
      const r = s.dispatch('renumberItem', { id: t.id });
      expect(r.renamed).toHaveLength(1);
      expect(r.renamed[0]!.to).toMatch(new RegExp(`^${goalCode}\\.\\d+$`));
      expect(s.dispatch('getHistory', {}).undoLabel).toBe(`Renumbered MISC-9 as ${r.renamed[0]!.to}`);

      const depth = s.dispatch('getHistory', {}).undoDepth;
      expect(() => s.dispatch('renumberItem', { id: 'g-it-1' })).toThrow(
        `${goalCode} already follows IT: there is nothing to renumber`,
      );
      expect(() => s.dispatch('renumberItem', { id: t.id })).toThrow(`already follows its goal ${goalCode}`);
      expect(() => s.dispatch('renumberItem', { id: 'o1' })).toThrow('does not depend on a department');
      expect(() => s.dispatch('renumberItem', { id: 'nope' })).toThrow('no goal or tactic has id "nope"');
      expect(s.dispatch('getHistory', {}).undoDepth).toBe(depth);
    } finally {
      s.close();
    }
  });

  it('in a department draft renumbers the department’s own items only', () => {
    const dir = tempDir();
    const masterFile = path.join(dir, 'plan.hoshin');
    const draftFile = path.join(dir, 'support.hoshin');
    writePlanFile(masterFile, samplePlanDocument());
    const master = openPlan(masterFile);
    issueDraft(master, 'd-support', draftFile, { now: () => new Date('2027-01-10T09:00:00Z') });
    master.close();
    const draft = openPlan(draftFile);
    try {
      const own = draft.dispatch('createTactic', { departmentId: 'd-support', title: 'Loose tactic', code: 'X-1' });
      expect(draft.dispatch('renumberItem', { id: own.id }).renamed[0]!.to).toMatch(/^SUP-T\d+$/);
      expect(() => draft.dispatch('renumberItem', { id: 'g-cs-1' })).toThrow(/belongs to Customer Success/);
    } finally {
      draft.close();
    }
  });
});
