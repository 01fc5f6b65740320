import { describe, expect, it } from 'vitest';
import { analyzeGaps, RULES } from '../../core/gaps.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { goal, kpi, objective, planDoc, tactic } from '../helpers/plans.ts';

const TODAY = '2027-01-15';

describe('analyzeGaps: tactics without a due date', () => {
  it('flags a tactic that is not done and has no due date, with a fix that sets one', () => {
    const doc = planDoc({
      objectives: [objective('o1')],
      goals: [goal('g1', [{ objectiveId: 'o1', strength: 'strong' }])],
      tactics: [
        tactic('nodate', [{ goalId: 'g1', strength: 'strong' }], { status: 'on_track' }),
        tactic('dated', [{ goalId: 'g1', strength: 'strong' }], { due: '2027-06-30' }),
        // Finished work needs no date to be judged by.
        tactic('done', [{ goalId: 'g1', strength: 'strong' }], { status: 'done' }),
      ],
    });
    const found = analyzeGaps(doc, TODAY).findings.filter((f) => f.kind === 'tactic_without_due_date');
    expect(found).toMatchObject([
      {
        kind: 'tactic_without_due_date',
        id: 'nodate',
        itemKind: 'tactic',
        severity: 'warning',
        message: "Tactic NODATE 'Tactic nodate' has no due date, so nobody can tell whether it is late.",
        rule: RULES.tactic_without_due_date,
        fix: { action: 'set_status_or_due', label: 'Set a due date' },
      },
    ]);
  });
});

describe('analyzeGaps: KPIs with a target but no baseline', () => {
  it('flags objectives and goals whose KPI has a target but no baseline, and nothing else', () => {
    const noBaseline = { ...kpi(9), baseline: null };
    const doc = planDoc({
      objectives: [
        objective('o1', { kpi: noBaseline }),
        // No target: that is missing_kpi_target's finding, not this one.
        objective('o2', { kpi: { ...kpi(null), baseline: null } }),
        objective('o3'),
      ],
      goals: [
        goal('g1', [{ objectiveId: 'o1', strength: 'strong' }], { kpi: { ...noBaseline, unit: 'calls' } }),
        goal('g2', [{ objectiveId: 'o2', strength: 'strong' }], { kpi: null }),
      ],
    });
    const report = analyzeGaps(doc, TODAY);
    const found = report.findings.filter((f) => f.kind === 'kpi_without_baseline');
    expect(found.map((f) => [f.itemKind, f.id, f.message])).toEqual([
      [
        'objective',
        'o1',
        "Objective O1 'Objective o1' has a KPI (Churn) with a target of 9 % but no baseline, so its progress cannot be measured.",
      ],
      [
        'goal',
        'g1',
        "Goal G1 'Goal g1' has a KPI (Churn) with a target of 9 calls but no baseline, so its progress cannot be measured.",
      ],
    ]);
    expect(found.every((f) => f.severity === 'warning' && f.rule === RULES.kpi_without_baseline)).toBe(true);
    expect(found[0]!.fix).toMatchObject({ action: 'set_kpi_baseline', label: 'Set the KPI’s baseline' });
    expect(report.findings.filter((f) => f.id === 'o2').map((f) => f.kind)).toContain('missing_kpi_target');
  });
});

describe('the sample plan and the new findings', () => {
  it('gives every tactic a due date and every KPI with a target a baseline, so neither finding fires', () => {
    const report = analyzeGaps(samplePlanDocument(), TODAY);
    expect(report.counts.tactic_without_due_date).toBe(0);
    expect(report.counts.kpi_without_baseline).toBe(0);
    expect(report.counts.breakthrough_annuals_not_carried).toBe(0);
  });
});
