/** renamePerson: one person renamed wherever they are named (owners, heads, countermeasures), one undo step. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { issueDraft } from '../../services/issue-draft.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

function sample() {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return openPlan(file);
}

/** Every place a person is named, as "where: name". */
function namings(doc: PlanDocument): string[] {
  return [
    ...doc.departments.map((d) => `head ${d.id}: ${d.head}`),
    ...[...doc.objectives, ...doc.goals, ...doc.tactics].map((x) => `owner ${x.id}: ${x.owner}`),
    ...(doc.review?.countermeasures ?? []).map((c) => `countermeasure ${c.id}: ${c.owner}`),
  ];
}

describe('renamePerson', () => {
  it('renames every owner and head naming the person (any case, spaces around) and one undo restores all', () => {
    const s = sample();
    try {
      // A variant spelling of the same person, as typed in a hurry.
      s.dispatch('updateTactic', { id: 't-cs-2-3', owner: '  amara okafor ' });
      const before = s.dispatch('getPlan', {});
      const depth = s.dispatch('getHistory', {}).undoDepth;

      const result = s.dispatch('renamePerson', { from: 'Amara Okafor', to: 'Amara Okafor-Reyes' });
      expect(result).toEqual({
        from: 'Amara Okafor',
        to: 'Amara Okafor-Reyes',
        departments: ['d-cs'],
        objectives: [],
        goals: ['g-cs-1'],
        tactics: ['t-cs-2-3'],
        countermeasures: ['cm-churn-2027-03'],
        count: 4,
      });
      const after = s.dispatch('getPlan', {});
      // Exactly those four places changed, to the new name; every other naming is as it was.
      const changed = new Set(['head d-cs', 'owner g-cs-1', 'owner t-cs-2-3', 'countermeasure cm-churn-2027-03']);
      const expected = namings(before).map((n) => {
        const where = n.slice(0, n.indexOf(':'));
        return changed.has(where) ? `${where}: Amara Okafor-Reyes` : n;
      });
      expect(namings(after)).toEqual(expected);
      expect(namings(after).some((n) => /amara okafor$/i.test(n))).toBe(false);

      const history = s.dispatch('getHistory', {});
      expect(history.undoDepth).toBe(depth + 1);
      expect(history.undoLabel).toBe('Renamed Amara Okafor to Amara Okafor-Reyes (4 places)');
      expect(s.dispatch('undo', {}).label).toBe('Renamed Amara Okafor to Amara Okafor-Reyes (4 places)');
      expect(s.dispatch('getPlan', {})).toEqual(before);
      s.dispatch('redo', {});
      expect(namings(s.dispatch('getPlan', {}))).toEqual(expected);
    } finally {
      s.close();
    }
  });

  it('merges a misspelt name into an existing person', () => {
    const s = sample();
    try {
      s.dispatch('updateGoal', { id: 'g-cs-2', owner: 'Lucas Moraeu' });
      const r = s.dispatch('renamePerson', { from: 'Lucas Moraeu', to: 'Lucas Moreau' });
      expect(r).toMatchObject({ goals: ['g-cs-2'], count: 1 });
      const plan = s.dispatch('getPlan', {});
      expect(plan.goals.find((g) => g.id === 'g-cs-2')!.owner).toBe('Lucas Moreau');
      expect(s.dispatch('getHistory', {}).undoLabel).toBe('Renamed Lucas Moraeu to Lucas Moreau (1 place)');
    } finally {
      s.close();
    }
  });

  it('refuses, in plain words and changing nothing, an unknown name, the same name and a blank one', () => {
    const s = sample();
    try {
      const before = s.dispatch('getPlan', {});
      const depth = s.dispatch('getHistory', {}).undoDepth;
      expect(() => s.dispatch('renamePerson', { from: 'Nobody Here', to: 'Someone' })).toThrow(
        'nobody in this plan is named "Nobody Here"',
      );
      expect(() => s.dispatch('renamePerson', { from: 'Yuki Tanaka', to: 'Yuki Tanaka' })).toThrow(
        'is the same name as now',
      );
      expect(() => s.dispatch('renamePerson', { from: 'yuki tanaka', to: 'Yuki Tanaka' })).toThrow(
        'already reads "Yuki Tanaka" everywhere',
      );
      expect(() => s.dispatch('renamePerson', { from: 'Yuki Tanaka', to: '   ' })).toThrow('must not be empty');
      expect(s.dispatch('getPlan', {})).toEqual(before);
      expect(s.dispatch('getHistory', {}).undoDepth).toBe(depth);
    } finally {
      s.close();
    }
  });

  it('is refused in a department draft, which cannot reach the other departments’ items naming the person', () => {
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
      expect(() => draft.dispatch('renamePerson', { from: 'Rahul Mehta', to: 'Rahul M. Mehta' })).toThrow(
        'Renaming a person everywhere happens in the master plan, not in a department draft',
      );
      expect(draft.dispatch('getPlan', {})).toEqual(before);
    } finally {
      draft.close();
    }
  });
});
