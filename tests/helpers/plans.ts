/** Small plan documents for tests, built through the real validator so they are always well-formed. */
import type { PlanDocument, PlanDocumentInput } from '../../contract/plan-format.ts';
import { validatePlanDocument } from '../../core/plan-json.ts';

type Input = PlanDocumentInput;

export function planDoc(parts: Partial<Omit<Input, 'format' | 'version'>> = {}): PlanDocument {
  return validatePlanDocument({
    format: 'hoshin-plan',
    version: 1,
    plan: parts.plan ?? { id: 'p1', title: 'Test plan' },
    departments: parts.departments ?? [{ id: 'd1', name: 'Support', head: 'Ana' }],
    objectives: parts.objectives ?? [],
    goals: parts.goals ?? [],
    tactics: parts.tactics ?? [],
  });
}

export const kpi = (target: number | null = 9) => ({
  name: 'Churn',
  unit: '%',
  baseline: 14,
  target,
  direction: 'decrease' as const,
});

export const objective = (id: string, extra: Partial<Input['objectives'][number]> = {}) => ({
  id,
  code: id.toUpperCase(),
  title: `Objective ${id}`,
  horizon: 'annual' as const,
  owner: 'Olu',
  kpi: kpi(),
  ...extra,
});

export const goal = (
  id: string,
  supports: { objectiveId: string; strength: 'strong' | 'medium' | 'weak' }[],
  extra: Partial<Input['goals'][number]> = {},
) => ({ id, code: id.toUpperCase(), departmentId: 'd1', title: `Goal ${id}`, owner: 'Gil', supports, ...extra });

export const tactic = (
  id: string,
  supports: { goalId: string; strength: 'strong' | 'medium' | 'weak' }[],
  extra: Partial<Input['tactics'][number]> = {},
) => ({ id, code: id.toUpperCase(), departmentId: 'd1', title: `Tactic ${id}`, owner: 'Tia', supports, ...extra });

/** A fully aligned three-level plan: o1 <- g1 <- t1. */
export function alignedPlan(): PlanDocument {
  return planDoc({
    objectives: [objective('o1')],
    goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }])],
    tactics: [tactic('t1', [{ goalId: 'g1', strength: 'strong' }], { due: '2027-06-30' })],
  });
}
