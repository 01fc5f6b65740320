/**
 * Plans of about N tree nodes for the tree benchmark, from the store benchmark's generator: 20 departments,
 * 8 objectives, goals about a tenth of the tactics, many-to-many links and a sprinkling of gaps.
 */
import type { GapReport } from '../../contract/gaps.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import { validatePlanDocument } from '../../core/plan-json.ts';
import { largePlan } from '../large-plan.ts';

export const BENCH_NODES = [1000, 5000, 20000] as const;

export function benchPlan(nodes: number): { plan: PlanDocument; gaps: GapReport } {
  // The tree has the plan, the Unaligned header, the objectives, the goals and the tactics.
  const objectives = 8;
  const goals = Math.round((nodes - 2 - objectives) / 11);
  const tactics = nodes - 2 - objectives - goals;
  // Through the validator, so the plan has every field the app's plans have (defaults filled in).
  const plan = validatePlanDocument(largePlan({ departments: 20, objectives, goals, tactics }));
  return { plan, gaps: analyzeGaps(plan, '2027-06-01') };
}

/** Plan sizes of the selected-tree benchmark, in tactics (the sizes of issue 17: bench/large-plan.ts's plan and up). */
export const SELECTED_TACTICS = [2000, 20000, 100000, 200000] as const;

/** The benchmark plan with this many tactics: 20 departments, 8 objectives and a goal per ten tactics. */
export function benchPlanOfTactics(tactics: number): { plan: PlanDocument; gaps: GapReport } {
  const goals = Math.max(1, Math.round(tactics / 10));
  const plan = validatePlanDocument(largePlan({ departments: 20, objectives: 8, goals, tactics }));
  return { plan, gaps: analyzeGaps(plan, '2027-06-01') };
}

/**
 * The tactic the selected-tree benchmark selects (as after an edit or "Show in tree"): one in the middle of the
 * plan with a second goal (every seventh tactic has one, in another objective), so long dashed links cross the
 * screen.
 */
export const selectedTactic = (tactics: number) => `t${7 * Math.floor(tactics / 14)}`;
