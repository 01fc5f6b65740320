import { describe, expect, it } from 'vitest';
import { analyzeGaps, hasStructuralGaps, RULES } from '../../core/gaps.ts';
import { goal, kpi, objective, planDoc, tactic } from '../helpers/plans.ts';

const TODAY = '2027-01-15';
const breakthrough = (id: string) => objective(id, { horizon: 'breakthrough' });
const annual = (id: string, serves: string[], strength: 'strong' | 'medium' | 'weak' = 'strong') =>
  objective(id, { supports: serves.map((objectiveId) => ({ objectiveId, strength })) });
const findingsOf = (doc: ReturnType<typeof planDoc>, id: string) =>
  analyzeGaps(doc, TODAY).findings.filter((f) => f.id === id);

describe('analyzeGaps: breakthrough objectives are carried through their annual objectives', () => {
  it('does not flag a breakthrough whose annual objective has a goal with a tactic', () => {
    // The shape of a real X-matrix: goals serve annual objectives only, annual objectives serve breakthroughs.
    const doc = planDoc({
      objectives: [breakthrough('b1'), annual('a1', ['b1'])],
      goals: [goal('g1', [{ objectiveId: 'a1', strength: 'strong' }])],
      tactics: [tactic('t1', [{ goalId: 'g1', strength: 'strong' }], { due: '2027-06-30' })],
    });
    const report = analyzeGaps(doc, TODAY);
    expect(report.findings).toEqual([]);
    expect(report.uncoveredObjectives).toEqual([]);
    expect(report.unexecutedObjectives).toEqual([]);
    expect(hasStructuralGaps(report)).toBe(false);
  });

  it('is carried when one of several annual objectives is, even if the others are not', () => {
    const doc = planDoc({
      objectives: [breakthrough('b1'), annual('a1', ['b1']), annual('a2', ['b1'], 'weak')],
      goals: [goal('g1', [{ objectiveId: 'a1', strength: 'strong' }])],
      tactics: [tactic('t1', [{ goalId: 'g1', strength: 'strong' }], { due: '2027-06-30' })],
    });
    expect(findingsOf(doc, 'b1')).toEqual([]);
    // The annual objective nobody carries is still the structural gap it was.
    expect(findingsOf(doc, 'a2').map((f) => f.kind)).toEqual(['uncovered_objective']);
  });

  it('names the annual objectives when none of them has a goal, and offers to create one there', () => {
    const doc = planDoc({
      objectives: [
        breakthrough('b1'),
        annual('a1', ['b1']),
        annual('a2', ['b1']),
        annual('a3', []),
        objective('o9', { code: 'X9' }),
      ],
      goals: [goal('g9', [{ objectiveId: 'o9', strength: 'strong' }])],
      tactics: [tactic('t9', [{ goalId: 'g9', strength: 'strong' }], { due: '2027-06-30' })],
    });
    const report = analyzeGaps(doc, TODAY);
    const b1 = report.findings.filter((f) => f.id === 'b1');
    expect(b1.map((f) => f.kind)).toEqual(['breakthrough_annuals_not_carried']);
    expect(b1[0]).toMatchObject({
      kind: 'breakthrough_annuals_not_carried',
      id: 'b1',
      itemKind: 'objective',
      severity: 'warning',
      message:
        "Breakthrough objective B1 'Objective b1' is served by 2 annual objectives (A1, A2), but none of them has a department goal yet, so nobody carries it this year.",
      rule: RULES.breakthrough_annuals_not_carried,
      fix: { action: 'create_goal', label: 'Create a goal for one of its annual objectives…', targets: ['a1', 'a2'] },
    });
    // Not an uncovered objective itself: the error sits on the annual objectives, where the fix belongs.
    expect(report.uncoveredObjectives).toEqual(['a1', 'a2', 'a3']);
    expect(hasStructuralGaps(report)).toBe(true);
  });

  it('says when its annual objectives have goals but no tactic, and offers their goals', () => {
    const doc = planDoc({
      objectives: [breakthrough('b1'), annual('a1', ['b1']), annual('a2', ['b1'])],
      goals: [
        goal('g2', [{ objectiveId: 'a2', strength: 'strong' }]),
        goal('g1', [{ objectiveId: 'a1', strength: 'strong' }]),
      ],
    });
    const report = analyzeGaps(doc, TODAY);
    const [b1] = report.findings.filter((f) => f.id === 'b1');
    expect(b1!.kind).toBe('breakthrough_annuals_not_carried');
    expect(b1!.message).toBe(
      "Breakthrough objective B1 'Objective b1' is served by 2 annual objectives (A1, A2), but none of their goals has a tactic yet, so nothing is being done about it this year.",
    );
    expect(b1!.fix).toMatchObject({
      action: 'create_tactic',
      label: 'Add a tactic to one of their goals',
      targets: ['g2', 'g1'],
    });
    expect(report.unexecutedObjectives).toEqual(['a1', 'a2']);
  });

  it('still calls a breakthrough with neither goals nor annual objectives uncovered', () => {
    const doc = planDoc({ objectives: [breakthrough('b1'), annual('a1', [])] });
    expect(
      findingsOf(doc, 'b1')
        .map((f) => f.kind)
        .sort(),
    ).toEqual(['breakthrough_without_annual', 'uncovered_objective']);
    expect(analyzeGaps(doc, TODAY).uncoveredObjectives).toContain('b1');
  });

  it('judges a breakthrough with goals of its own by them, or by an annual objective that is carried out', () => {
    const withOwnGoal = planDoc({
      objectives: [breakthrough('b1'), annual('a1', ['b1'])],
      goals: [goal('g1', [{ objectiveId: 'b1', strength: 'strong' }])],
    });
    // Its own goal has no tactic and its annual objective has no goal: unexecuted, as before.
    expect(findingsOf(withOwnGoal, 'b1').map((f) => f.kind)).toEqual(['unexecuted_objective']);
    const carriedByAnnual = planDoc({
      ...withOwnGoal,
      goals: [...withOwnGoal.goals, goal('g2', [{ objectiveId: 'a1', strength: 'strong' }])],
      tactics: [tactic('t2', [{ goalId: 'g2', strength: 'strong' }], { due: '2027-06-30' })],
    });
    expect(findingsOf(carriedByAnnual, 'b1')).toEqual([]);
  });

  it('counts the goals and tactics of its annual objectives in its coverage, strong only when both links are', () => {
    const doc = planDoc({
      objectives: [
        breakthrough('b1'),
        annual('a1', ['b1'], 'strong'),
        annual('a2', ['b1'], 'medium'),
        objective('a3', { kpi: kpi() }),
      ],
      goals: [
        goal('g1', [{ objectiveId: 'a1', strength: 'strong' }]),
        // Serves both annual objectives: counted once.
        goal('g2', [
          { objectiveId: 'a1', strength: 'weak' },
          { objectiveId: 'a2', strength: 'strong' },
        ]),
        goal('g3', [{ objectiveId: 'a3', strength: 'strong' }]),
      ],
      tactics: [
        tactic('t1', [{ goalId: 'g1', strength: 'strong' }]),
        tactic('t2', [{ goalId: 'g2', strength: 'strong' }]),
        tactic('t3', [{ goalId: 'g3', strength: 'strong' }]),
      ],
    });
    const b1 = analyzeGaps(doc, TODAY).coverage.objectives.find((c) => c.objectiveId === 'b1');
    expect(b1).toEqual({ objectiveId: 'b1', goals: 2, strongGoals: 1, tactics: 2, strongTactics: 1 });
  });
});

describe('analyzeGaps: an unexecuted breakthrough with goals of its own', () => {
  it("offers its own goals and its annual objectives' goals for the tactic", () => {
    const doc = planDoc({
      objectives: [breakthrough('b1'), annual('a1', ['b1'])],
      goals: [
        goal('g-annual', [{ objectiveId: 'a1', strength: 'strong' }]),
        goal('g-own', [{ objectiveId: 'b1', strength: 'strong' }]),
      ],
    });
    const [b1] = analyzeGaps(doc, TODAY).findings.filter((f) => f.id === 'b1');
    expect(b1!.kind).toBe('unexecuted_objective');
    expect(b1!.fix.targets).toEqual(['g-annual', 'g-own']);
  });
});
