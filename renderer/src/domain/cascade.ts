import type { GapReport } from '../../../contract/gaps.ts';
import type { Department, Goal, Objective, PlanDocument, Strength, Tactic } from '../../../contract/plan-format.ts';

export interface TacticNode {
  tactic: Tactic;
  /** Strength of this tactic's link to the goal it is listed under; null in the unaligned list. */
  strength: Strength | null;
}
export interface GoalNode {
  goal: Goal;
  strength: Strength | null;
  tactics: TacticNode[];
}
export interface ObjectiveNode {
  objective: Objective;
  goals: GoalNode[];
}
export interface Cascade {
  objectives: ObjectiveNode[];
  /** Goals that support no objective, each with the tactics under it. */
  unalignedGoals: GoalNode[];
  /** Tactics that support no goal. */
  unalignedTactics: Tactic[];
}

/**
 * The plan as an outline. Links are many-to-many, so a goal supporting two objectives is listed under both (and
 * its tactics with it): the outline shows every link, not a tree. Order is the plan's sort order at every level.
 */
export function buildCascade(plan: PlanDocument): Cascade {
  const tacticsOfGoal = new Map<string, TacticNode[]>();
  for (const g of plan.goals) tacticsOfGoal.set(g.id, []);
  for (const t of plan.tactics) {
    for (const s of t.supports) tacticsOfGoal.get(s.goalId)?.push({ tactic: t, strength: s.strength });
  }
  const goalsOfObjective = new Map<string, GoalNode[]>();
  for (const o of plan.objectives) goalsOfObjective.set(o.id, []);
  for (const g of plan.goals) {
    for (const s of g.supports) {
      goalsOfObjective
        .get(s.objectiveId)
        ?.push({ goal: g, strength: s.strength, tactics: tacticsOfGoal.get(g.id) ?? [] });
    }
  }
  return {
    objectives: plan.objectives.map((o) => ({ objective: o, goals: goalsOfObjective.get(o.id) ?? [] })),
    unalignedGoals: plan.goals
      .filter((g) => g.supports.length === 0)
      .map((g) => ({ goal: g, strength: null, tactics: tacticsOfGoal.get(g.id) ?? [] })),
    unalignedTactics: plan.tactics.filter((t) => t.supports.length === 0),
  };
}

export type GapFlag = 'uncovered' | 'unexecuted' | 'orphaned';

/** The structural gap flags per item id, straight from the report's id lists (the one source of gap truth). */
export function gapFlags(report: GapReport | null): Map<string, GapFlag> {
  const flags = new Map<string, GapFlag>();
  if (!report) return flags;
  for (const id of report.uncoveredObjectives) flags.set(id, 'uncovered');
  for (const id of report.unexecutedObjectives) flags.set(id, 'unexecuted');
  for (const id of report.orphanedGoals) flags.set(id, 'orphaned');
  for (const id of report.orphanedTactics) flags.set(id, 'orphaned');
  return flags;
}

export function departmentNames(plan: PlanDocument): Map<string, string> {
  return new Map(plan.departments.map((d: Department) => [d.id, d.name]));
}
