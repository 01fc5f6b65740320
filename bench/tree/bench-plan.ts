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
