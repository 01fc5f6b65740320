import type { PlanDocument } from '../../../contract/plan-format.ts';

/**
 * Department colours come from the Okabe-Ito palette (distinguishable with the common colour-vision deficiencies),
 * as CSS classes `tree-dept-0` … `tree-dept-7` defined per theme in tree.css. Colour is never the only cue: goal
 * nodes name their department, and every node's tooltip does.
 */
export const DEPARTMENT_SLOTS = 8;

export function departmentSlots(plan: PlanDocument): Map<string, number> {
  return new Map(plan.departments.map((d, i) => [d.id, i % DEPARTMENT_SLOTS]));
}
