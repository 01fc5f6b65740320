import { describe, expect, it } from 'vitest';
import { analyzeGaps, RULES } from '../../core/gaps.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { goal, objective, planDoc, tactic } from '../helpers/plans.ts';

const TODAY = '2027-01-15';
const strong = 'strong' as const;

describe('analyzeGaps: weights that do not add up to 100', () => {
  it('flags each level whose weights are set but do not add up, naming the level, the sum and the fix', () => {
    const doc = planDoc({
      departments: [
        { id: 'd1', name: 'Support', head: 'Ana' },
        { id: 'd2', name: 'Sales', head: 'Sam' },
      ],
      objectives: [
        objective('b1', { horizon: 'breakthrough', weight: 60 }),
        objective('b2', { horizon: 'breakthrough', weight: 40 }),
        objective('o1', { weight: 50 }),
        objective('o2', { weight: 30 }),
        objective('o3'),
      ],
      goals: [
        goal('g1', [{ objectiveId: 'o1', strength: strong }], { weight: 70 }),
        goal('g2', [{ objectiveId: 'o2', strength: strong }], { weight: 40 }),
        // Sales gives no weights at all: nothing to add up.
        goal('g3', [{ objectiveId: 'o3', strength: strong }], { departmentId: 'd2' }),
      ],
    });
    const found = analyzeGaps(doc, TODAY).findings.filter((f) => f.kind === 'weights_not_100');
    expect(found).toMatchObject([
      {
        kind: 'weights_not_100',
        id: 'o1',
        itemKind: 'objective',
        severity: 'warning',
        message: 'The weights of the annual objectives add up to 80 %, not 100 % (O3 has no weight).',
        rule: RULES.weights_not_100,
        fix: { action: 'set_weights', label: 'Change the weights so they add up to 100 % (add 20 %)' },
      },
      {
        kind: 'weights_not_100',
        id: 'g1',
        itemKind: 'goal',
        severity: 'warning',
        message: 'The weights of the Support goals add up to 110 %, not 100 %.',
        rule: RULES.weights_not_100,
        fix: { action: 'set_weights', label: 'Change the weights so they add up to 100 % (take away 10 %)' },
      },
    ]);
  });

  it('takes thirds written with decimals as 100, and a level without weights as fine', () => {
    const doc = planDoc({
      objectives: [
        objective('o1', { weight: 33.33 }),
        objective('o2', { weight: 33.33 }),
        objective('o3', { weight: 33.34 }),
        objective('b1', { horizon: 'breakthrough' }),
      ],
    });
    expect(analyzeGaps(doc, TODAY).counts.weights_not_100).toBe(0);
  });

  it('gives a sum as written, without binary noise', () => {
    const doc = planDoc({ objectives: [objective('o1', { weight: 33.33 }), objective('o2', { weight: 33.33 })] });
    const [f] = analyzeGaps(doc, TODAY).findings.filter((x) => x.kind === 'weights_not_100');
    expect(f!.message).toBe('The weights of the annual objectives add up to 66.66 %, not 100 %.');
    expect(f!.fix.label).toBe('Change the weights so they add up to 100 % (add 33.34 %)');
  });
});

describe('analyzeGaps: a responsible department that carries no goal for the objective', () => {
  const departments = [
    { id: 'd1', name: 'Support', head: 'Ana' },
    { id: 'd2', name: 'Production', head: 'Pia' },
  ];

  it('flags an objective whose responsible department has no goal of its own supporting it', () => {
    const doc = planDoc({
      departments,
      objectives: [objective('o1', { departmentId: 'd2' }), objective('o2', { departmentId: 'd1' })],
      goals: [
        // Support's goal serves o1, but Production answers for o1.
        goal('g1', [{ objectiveId: 'o1', strength: strong }]),
        goal('g2', [{ objectiveId: 'o2', strength: strong }]),
      ],
      tactics: [tactic('t1', [{ goalId: 'g1', strength: strong }], { due: '2027-06-30' })],
    });
    const found = analyzeGaps(doc, TODAY).findings.filter((f) => f.kind === 'department_kpi_without_goal');
    expect(found).toMatchObject([
      {
        kind: 'department_kpi_without_goal',
        id: 'o1',
        itemKind: 'objective',
        severity: 'warning',
        message:
          "Production is responsible for objective O1 'Objective o1' and its KPI (Churn), but none of Production’s goals supports it, so the department answers for a result it does not work on.",
        rule: RULES.department_kpi_without_goal,
        fix: { action: 'create_goal', label: 'Create a goal for this objective in Production…' },
      },
    ]);
  });

  it('counts a goal on an annual objective serving a breakthrough, as coverage does', () => {
    const doc = planDoc({
      departments,
      objectives: [
        objective('b1', { horizon: 'breakthrough', departmentId: 'd2' }),
        objective('o1', { supports: [{ objectiveId: 'b1', strength: strong }] }),
      ],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: strong }], { departmentId: 'd2' })],
    });
    expect(analyzeGaps(doc, TODAY).counts.department_kpi_without_goal).toBe(0);
  });

  it('does not count a goal that names the department only as a supporting one', () => {
    const doc = planDoc({
      departments,
      objectives: [objective('o1', { departmentId: 'd2' })],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: strong }], { supportingDepartmentIds: ['d2'] })],
    });
    expect(analyzeGaps(doc, TODAY).counts.department_kpi_without_goal).toBe(1);
  });
});

describe('the sample plan and the new rules', () => {
  it('has no weights and no responsible departments, so neither rule fires', () => {
    const report = analyzeGaps(samplePlanDocument(), TODAY);
    expect(report.counts.weights_not_100).toBe(0);
    expect(report.counts.department_kpi_without_goal).toBe(0);
  });
});
