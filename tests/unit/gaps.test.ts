import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../contract/gaps.ts';
import { analyzeGaps, FOCUS_LIMITS, hasStructuralGaps, RULES } from '../../core/gaps.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { alignedPlan, goal, kpi, objective, planDoc, tactic } from '../helpers/plans.ts';

const TODAY = '2027-01-15';
const kinds = (doc: ReturnType<typeof planDoc>, id: string) =>
  analyzeGaps(doc, TODAY)
    .findings.filter((f) => f.id === id)
    .map((f) => f.kind);

describe('analyzeGaps: structural gaps', () => {
  it('finds nothing wrong in a fully aligned, owned, measured plan', () => {
    const report = analyzeGaps(alignedPlan(), TODAY);
    expect(report.findings).toEqual([]);
    expect(hasStructuralGaps(report)).toBe(false);
    expect(Object.values(report.counts).every((n) => n === 0)).toBe(true);
  });

  it('flags a goal that supports no objective as orphaned, and its tactics with it', () => {
    const doc = planDoc({
      objectives: [objective('o1')],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }]), goal('g2', [])],
      tactics: [
        tactic('t1', [{ goalId: 'g1', strength: 'strong' }]),
        tactic('t2', [{ goalId: 'g2', strength: 'strong' }]),
        // Serves an orphaned goal AND an aligned one: it still traces to o1.
        tactic('t3', [
          { goalId: 'g2', strength: 'weak' },
          { goalId: 'g1', strength: 'weak' },
        ]),
      ],
    });
    const report = analyzeGaps(doc, TODAY);
    expect(report.orphanedGoals).toEqual(['g2']);
    expect(report.orphanedTactics).toEqual(['t2']);
    const t2 = report.findings.find((f) => f.id === 't2')!;
    expect(t2.message).toBe(
      "Tactic T2 'Tactic t2' (Support) supports only goals that support no objective, so it traces to no objective.",
    );
    expect(t2.rule).toBe(RULES.orphaned_tactic);
    expect(t2.fix.action).toBe('link_to_goal');
    expect(hasStructuralGaps(report)).toBe(true);
  });

  it('flags a tactic that supports no goal, naming it and its department', () => {
    const doc = planDoc({
      departments: [{ id: 'd1', name: 'IT' }],
      objectives: [objective('o1')],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }])],
      tactics: [
        tactic('t1', [{ goalId: 'g1', strength: 'strong' }]),
        tactic('t9', [], { title: 'Chatbot pilot', code: 'IT-9' }),
      ],
    });
    const report = analyzeGaps(doc, TODAY);
    expect(report.orphanedTactics).toEqual(['t9']);
    expect(report.findings.find((f) => f.kind === 'orphaned_tactic')!.message).toBe(
      "Tactic IT-9 'Chatbot pilot' (IT) supports no goal, so it traces to no objective.",
    );
    expect(report.findings.find((f) => f.kind === 'orphaned_tactic')!.severity).toBe('error');
  });

  it('tells uncovered objectives (no goal) from unexecuted ones (goals, but no tactic)', () => {
    const doc = planDoc({
      objectives: [objective('o1'), objective('o2'), objective('o3')],
      goals: [
        goal('g1', [{ objectiveId: 'o1', strength: 'strong' }]),
        goal('g2', [{ objectiveId: 'o2', strength: 'strong' }]),
      ],
      tactics: [tactic('t1', [{ goalId: 'g1', strength: 'strong' }])],
    });
    const report = analyzeGaps(doc, TODAY);
    expect(report.uncoveredObjectives).toEqual(['o3']);
    expect(report.unexecutedObjectives).toEqual(['o2']);
    expect(kinds(doc, 'o3')).toContain('uncovered_objective');
    expect(kinds(doc, 'o2')).toContain('unexecuted_objective');
    expect(kinds(doc, 'g2')).toEqual(['goal_without_tactics']);
    // Unexecuted alone is not a structural gap for `hoshin check`; uncovered is.
    expect(hasStructuralGaps(report)).toBe(true);
    expect(hasStructuralGaps(analyzeGaps(planDoc({ ...doc, objectives: doc.objectives.slice(0, 2) }), TODAY))).toBe(
      false,
    );
  });

  it('returns the id lists sorted', () => {
    const doc = planDoc({
      objectives: [objective('zz'), objective('aa'), objective('mm')],
      goals: [goal('g-b', []), goal('g-a', [])],
      tactics: [tactic('t-c', []), tactic('t-a', [])],
    });
    const report = analyzeGaps(doc, TODAY);
    expect(report.uncoveredObjectives).toEqual(['aa', 'mm', 'zz']);
    expect(report.orphanedGoals).toEqual(['g-a', 'g-b']);
    expect(report.orphanedTactics).toEqual(['t-a', 't-c']);
  });
});

describe('analyzeGaps: hygiene findings', () => {
  it('flags items without an owner', () => {
    const doc = alignedPlan();
    doc.tactics[0]!.owner = null;
    doc.objectives[0]!.owner = null;
    const report = analyzeGaps(doc, TODAY);
    expect(report.findings.filter((f) => f.kind === 'missing_owner').map((f) => f.id)).toEqual(['o1', 't1']);
    expect(report.findings.find((f) => f.kind === 'missing_owner')!.fix.label).toBe('Assign an owner');
  });

  it('flags an objective with no KPI, and one with a KPI but no target', () => {
    const doc = planDoc({
      objectives: [objective('o1', { kpi: null }), objective('o2', { kpi: kpi(null) }), objective('o3')],
    });
    const found = analyzeGaps(doc, TODAY).findings.filter((f) => f.kind === 'missing_kpi_target');
    expect(found.map((f) => f.id)).toEqual(['o1', 'o2']);
    expect(found[1]!.message).toContain('has a KPI (Churn) but no target');
  });

  it('flags tactics past due unless done, and not on their due day', () => {
    const doc = planDoc({
      objectives: [objective('o1')],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }])],
      tactics: [
        tactic('late', [{ goalId: 'g1', strength: 'strong' }], { due: '2027-01-14', status: 'on_track' }),
        tactic('done', [{ goalId: 'g1', strength: 'strong' }], { due: '2027-01-01', status: 'done' }),
        tactic('today', [{ goalId: 'g1', strength: 'strong' }], { due: TODAY }),
        tactic('nodate', [{ goalId: 'g1', strength: 'strong' }]),
      ],
    });
    expect(
      analyzeGaps(doc, TODAY)
        .findings.filter((f) => f.kind === 'overdue_tactic')
        .map((f) => f.id),
    ).toEqual(['late']);
  });

  it('flags an owner carrying more items than the plan setting allows', () => {
    const doc = planDoc({
      plan: { id: 'p', title: 'P', settings: { ownerLoadLimit: 2 } },
      objectives: [objective('o1', { owner: 'Kim' })],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }], { owner: 'Kim' })],
      tactics: [tactic('t1', [{ goalId: 'g1', strength: 'strong' }], { owner: 'Kim' })],
    });
    const found = analyzeGaps(doc, TODAY).findings.filter((f) => f.kind === 'owner_overloaded');
    expect(found).toHaveLength(1);
    expect(found[0]!.id).toBe('Kim');
    expect(found[0]!.message).toBe("Kim owns 3 items, more than the plan's limit of 2.");
    doc.plan.settings.ownerLoadLimit = 3;
    expect(analyzeGaps(doc, TODAY).counts.owner_overloaded).toBe(0);
  });

  it('flags more objectives than a focused plan holds, per horizon', () => {
    const many = (n: number, horizon: 'annual' | 'breakthrough', prefix: string) =>
      Array.from({ length: n }, (_, i) => objective(`${prefix}${i}`, { horizon }));
    const atLimit = planDoc({
      objectives: [
        ...many(FOCUS_LIMITS.breakthrough, 'breakthrough', 'b'),
        ...many(FOCUS_LIMITS.annual, 'annual', 'a'),
      ],
    });
    expect(analyzeGaps(atLimit, TODAY).counts.too_many_objectives).toBe(0);
    const over = planDoc({ objectives: many(FOCUS_LIMITS.annual + 1, 'annual', 'a') });
    const found = analyzeGaps(over, TODAY).findings.filter((f) => f.kind === 'too_many_objectives');
    expect(found.map((f) => [f.id, f.message])).toEqual([
      ['plan', 'The plan has 9 annual objectives; a focused plan holds at most 8.'],
    ]);
  });

  it('flags an objective carried only by weak links', () => {
    const doc = planDoc({
      objectives: [objective('o1'), objective('o2')],
      goals: [
        goal('g1', [
          { objectiveId: 'o1', strength: 'weak' },
          { objectiveId: 'o2', strength: 'weak' },
        ]),
        goal('g2', [{ objectiveId: 'o2', strength: 'medium' }]),
      ],
      tactics: [
        tactic('t1', [{ goalId: 'g1', strength: 'strong' }]),
        tactic('t2', [{ goalId: 'g2', strength: 'strong' }]),
      ],
    });
    expect(
      analyzeGaps(doc, TODAY)
        .findings.filter((f) => f.kind === 'weakly_supported_objective')
        .map((f) => f.id),
    ).toEqual(['o1']);
  });
});

describe('analyzeGaps: shape of the report', () => {
  it('gives every finding a kind, id, severity, message, rule and fix, ordered by kind', () => {
    const report = analyzeGaps(samplePlanDocument(), TODAY);
    const order = report.findings.map((f) => FINDING_KINDS.indexOf(f.kind));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    for (const f of report.findings) {
      expect(f.message.length).toBeGreaterThan(10);
      expect(f.rule).toBe(RULES[f.kind]);
      expect(['error', 'warning', 'info']).toContain(f.severity);
      expect(f.fix.label.length).toBeGreaterThan(3);
    }
    expect(Object.values(report.counts).reduce((a, b) => a + b, 0)).toBe(report.findings.length);
  });

  it('finds exactly the deliberate gaps of the sample plan', () => {
    const report = analyzeGaps(samplePlanDocument(), '2027-01-15');
    expect(report.uncoveredObjectives).toEqual(['o5']);
    expect(report.unexecutedObjectives).toEqual([]);
    expect(report.orphanedGoals).toEqual(['g-mkt-2']);
    expect(report.orphanedTactics).toEqual(['t-it-ai-1', 't-mkt-2-1']);
    expect(report.findings.filter((f) => f.kind === 'goal_without_tactics').map((f) => f.id)).toEqual(['g-sales-2']);
    expect(report.findings.filter((f) => f.kind === 'missing_owner').map((f) => f.id)).toEqual(['t-sup-3-1']);
  });
});

describe('analyzeGaps: coverage', () => {
  it('counts goals and tactics carrying each objective, and the strong ones', () => {
    const doc = planDoc({
      departments: [
        { id: 'd1', name: 'Support' },
        { id: 'd2', name: 'IT' },
      ],
      objectives: [objective('o1'), objective('o2')],
      goals: [
        goal('g1', [{ objectiveId: 'o1', strength: 'strong' }]),
        goal('g2', [
          { objectiveId: 'o1', strength: 'weak' },
          { objectiveId: 'o2', strength: 'strong' },
        ]),
        goal('g3', [], { departmentId: 'd2' }),
      ],
      tactics: [
        tactic('t1', [{ goalId: 'g1', strength: 'strong' }]),
        tactic('t2', [
          { goalId: 'g1', strength: 'medium' },
          { goalId: 'g2', strength: 'strong' },
        ]),
        tactic('t3', [{ goalId: 'g3', strength: 'strong' }], { departmentId: 'd2' }),
        tactic('t4', [], { departmentId: 'd2' }),
      ],
    });
    const { coverage } = analyzeGaps(doc, TODAY);
    expect(coverage.objectives).toEqual([
      { objectiveId: 'o1', goals: 2, strongGoals: 1, tactics: 2, strongTactics: 1 },
      { objectiveId: 'o2', goals: 1, strongGoals: 1, tactics: 1, strongTactics: 1 },
    ]);
    expect(coverage.departments).toEqual([
      { departmentId: 'd1', goals: 2, alignedGoals: 2, tactics: 2, alignedTactics: 2 },
      { departmentId: 'd2', goals: 1, alignedGoals: 0, tactics: 2, alignedTactics: 0 },
    ]);
  });
});
