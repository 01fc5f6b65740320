/**
 * previewDelete's "will then trace to no objective" list, computed in SQL, against the definition computed by
 * hand from the whole plan: a tactic is orphaned when every goal it supports either goes (deleted, or left with
 * no objective) or carries no objective already, and it is not itself deleted.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { parsePlanJson } from '../../core/plan-json.ts';
import { openPlan, writePlanFile } from '../../services/plan-files.ts';
import { largePlan } from '../../bench/large-plan.ts';
import { tempDir } from '../helpers/temp.ts';

function expectedOrphans(doc: PlanDocument, kind: 'objective' | 'department' | 'goal', id: string): string[] {
  const deletedGoals = new Set(
    kind === 'goal'
      ? [id]
      : kind === 'department'
        ? doc.goals.filter((g) => g.departmentId === id).map((g) => g.id)
        : [],
  );
  const deletedTactics = new Set(
    kind === 'department' ? doc.tactics.filter((t) => t.departmentId === id).map((t) => t.id) : [],
  );
  const carries = (goalId: string) => {
    const g = doc.goals.find((x) => x.id === goalId)!;
    return !deletedGoals.has(goalId) && g.supports.some((s) => kind !== 'objective' || s.objectiveId !== id);
  };
  const carriedBefore = (goalId: string) => doc.goals.find((x) => x.id === goalId)!.supports.length > 0;
  const goalsOrphaned =
    kind === 'objective'
      ? doc.goals.filter((g) => g.supports.length === 1 && g.supports[0]!.objectiveId === id).map((g) => g.id)
      : [];
  const tactics = doc.tactics
    .filter((t) => !deletedTactics.has(t.id))
    // Only tactics that traced to an objective through a goal that now goes can become orphans.
    .filter((t) => t.supports.some((s) => carriedBefore(s.goalId) && !carries(s.goalId)))
    .filter((t) => !t.supports.some((s) => carries(s.goalId)))
    .map((t) => t.id);
  return [...goalsOrphaned, ...tactics].sort();
}

describe('previewDelete orphans', () => {
  it('match the definition for every objective, several departments and goals of a generated plan', () => {
    const file = path.join(tempDir(), 'plan.hoshin');
    writePlanFile(
      file,
      parsePlanJson(JSON.stringify(largePlan({ departments: 6, objectives: 5, goals: 60, tactics: 600 }))),
    );
    const s = openPlan(file);
    try {
      // Some goals left with no objective and some tactics linked to a second goal, so every branch is exercised.
      s.dispatch('removeLink', {
        kind: 'goal-objective',
        fromId: 'g1',
        toId: s.dispatch('getPlan', {}).goals[1]!.supports[0]!.objectiveId,
      });
      s.dispatch('setLink', { kind: 'tactic-goal', fromId: 't3', toId: 'g1', strength: 'weak' });
      s.dispatch('setLink', { kind: 'tactic-goal', fromId: 't4', toId: 'g7', strength: 'weak' });
      // Another department's tactic under g1 only, already orphaned: deleting g1's department does not newly orphan it.
      s.dispatch('createTactic', {
        id: 't-extra',
        departmentId: 'd0',
        title: 'Already orphaned',
        supports: [{ goalId: 'g1', strength: 'medium' }],
      });
      const doc = s.dispatch('getPlan', {});
      const targets: ['objective' | 'department' | 'goal', string][] = [
        ...doc.objectives.map((o) => ['objective', o.id] as ['objective', string]),
        ['department', 'd0'],
        ['department', 'd1'],
        ['department', 'd3'],
        ['goal', 'g0'],
        ['goal', 'g7'],
        ['goal', 'g1'],
      ];
      let nonEmpty = 0;
      for (const [kind, id] of targets) {
        const got = s.dispatch('previewDelete', { kind, id }).newlyOrphaned;
        expect([...got].sort(), `${kind} ${id}`).toEqual(expectedOrphans(doc, kind, id));
        if (got.length > 0) nonEmpty++;
      }
      expect(nonEmpty).toBeGreaterThan(3);
    } finally {
      s.close();
    }
  });
});
