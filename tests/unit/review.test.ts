import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { interpolatePlan, monthStatus, periodMonths, reviewRows } from '../../core/review.ts';
import { kpi, objective, planDoc } from '../helpers/plans.ts';

describe('periodMonths', () => {
  it('lists the months of the plan period, across a year end', () => {
    expect(periodMonths('2027-01-01', '2027-12-31', '2026-11-23')).toHaveLength(12);
    expect(periodMonths('2027-10-15', '2028-02-01', '2026-11-23')).toEqual([
      '2027-10',
      '2027-11',
      '2027-12',
      '2028-01',
      '2028-02',
    ]);
    expect(periodMonths(null, null, '2026-11-23')).toEqual(periodMonths('2026-01-01', '2026-12-31', '2000-01-01'));
  });
});

describe('interpolatePlan', () => {
  it('runs from baseline to target, reaching the target in the last month', () => {
    const months = periodMonths('2027-01-01', '2027-04-30', '2027-01-01');
    expect(interpolatePlan(kpi(10), months)).toEqual([13, 12, 11, 10]);
    expect(
      interpolatePlan({ name: 'NPS', unit: null, baseline: 20, target: 40, direction: 'increase' }, months),
    ).toEqual([25, 30, 35, 40]);
  });

  it('has no plan without both baseline and target', () => {
    expect(interpolatePlan(kpi(null), ['2027-01', '2027-02'])).toEqual([null, null]);
  });

  it('rounds each month to the KPI’s own precision: 0.005 → 0.003 plans thousandths, never 0', () => {
    const months = periodMonths('2027-01-01', '2027-04-30', '2027-01-01');
    const defects = { name: 'Defects', unit: '%', baseline: 0.005, target: 0.003, direction: 'decrease' as const };
    expect(interpolatePlan(defects, months)).toEqual([0.005, 0.004, 0.004, 0.003]);
    expect(interpolatePlan({ ...defects, baseline: 14.25, target: 9 }, months)).toEqual([12.94, 11.63, 10.31, 9]);
  });

  it('runs to the value a relative target resolves to: −40 % from 120 is 72', () => {
    const months = periodMonths('2027-01-01', '2027-04-30', '2027-01-01');
    const downtime = {
      name: 'Downtime',
      unit: 'h',
      baseline: 120,
      target: -40,
      direction: 'decrease' as const,
      targetKind: 'relative' as const,
    };
    expect(interpolatePlan(downtime, months)).toEqual([108, 96, 84, 72]);
    expect(interpolatePlan({ ...downtime, baseline: null }, months)).toEqual([null, null, null, null]);
  });
});

describe('monthStatus', () => {
  it('is green on or better than plan in the KPI’s direction', () => {
    expect(monthStatus(12, 12, 'decrease', 5)).toBe('green');
    expect(monthStatus(12, 11, 'decrease', 5)).toBe('green');
    expect(monthStatus(30, 31, 'increase', 5)).toBe('green');
  });

  it('is amber within the tolerance and red beyond it, both directions', () => {
    // 5% of 12 is 0.6
    expect(monthStatus(12, 12.6, 'decrease', 5)).toBe('amber');
    expect(monthStatus(12, 12.61, 'decrease', 5)).toBe('red');
    expect(monthStatus(40, 38, 'increase', 5)).toBe('amber');
    expect(monthStatus(40, 37.9, 'increase', 5)).toBe('red');
    expect(monthStatus(40, 39.9, 'increase', 0)).toBe('red');
  });

  it('uses the baseline-to-target distance when the plan is zero, and is blank without an actual', () => {
    expect(monthStatus(0, 0.4, 'decrease', 10, 5)).toBe('amber');
    expect(monthStatus(0, 0.6, 'decrease', 10, 5)).toBe('red');
    expect(monthStatus(12, null, 'decrease', 5)).toBeNull();
    expect(monthStatus(null, 12, 'decrease', 5)).toBeNull();
  });
});

describe('reviewRows and the red-month finding', () => {
  const doc = () =>
    planDoc({
      plan: { id: 'p', title: 'P', periodStart: '2027-01-01', periodEnd: '2027-04-30' },
      objectives: [objective('o1'), objective('o2', { kpi: null })],
    });

  it('gives each KPI its months, taking a hand-set plan over the line', () => {
    const d = doc();
    d.review.months.push(
      { itemId: 'o1', month: '2027-02', plan: 12.5, actual: 14 },
      { itemId: 'o1', month: '2027-01', plan: null, actual: 13 },
    );
    const [row, ...rest] = reviewRows(d, '2027-05-01');
    expect(rest).toEqual([]);
    // 14 → 9 is written in whole numbers, but a plan value was set in tenths, so the line plans tenths (12.75
    // shows as 12.8); January is judged against the exact 12.75, so 13 is amber.
    expect(row!.months.map((m) => [m.month, m.plan, m.planSource, m.actual, m.status])).toEqual([
      ['2027-01', 12.8, 'interpolated', 13, 'amber'],
      ['2027-02', 12.5, 'set', 14, 'red'],
      ['2027-03', 10.3, 'interpolated', null, null],
      ['2027-04', 9, 'interpolated', null, null],
    ]);
    // Written and measured in whole numbers: the line is shown in whole numbers.
    const whole = doc();
    whole.review.months.push({ itemId: 'o1', month: '2027-01', plan: null, actual: 13 });
    expect(reviewRows(whole, '2027-05-01')[0]!.months.map((m) => m.plan)).toEqual([13, 12, 10, 9]);
  });

  it('flags a red month without a countermeasure until one is recorded', () => {
    const d = doc();
    d.review.months.push({ itemId: 'o1', month: '2027-02', plan: null, actual: 14 });
    const found = analyzeGaps(d, '2027-05-01').findings.filter((f) => f.kind === 'red_month_without_countermeasure');
    expect(found.map((f) => [f.id, f.message])).toEqual([
      ['o1', 'Churn (O1) was red in 2027-02: 14 against a plan of 12, and has no countermeasure.'],
    ]);
    d.review.countermeasures.push({
      id: 'c1',
      itemId: 'o1',
      month: '2027-02',
      rootCause: 'Price rise',
      action: 'Call churners',
      owner: 'Ana',
      due: null,
      status: 'open',
    });
    expect(analyzeGaps(d, '2027-05-01').counts.red_month_without_countermeasure).toBe(0);
  });
});

describe('annual and breakthrough objectives', () => {
  it('flags an annual objective serving no breakthrough and a breakthrough nothing serves', () => {
    const d = planDoc({
      objectives: [
        objective('b1', { horizon: 'breakthrough' }),
        objective('b2', { horizon: 'breakthrough' }),
        objective('a1', { supports: [{ objectiveId: 'b1', strength: 'strong' }] }),
        objective('a2'),
      ],
    });
    const findings = analyzeGaps(d, '2027-01-01').findings;
    expect(findings.filter((f) => f.kind === 'annual_serves_no_breakthrough').map((f) => f.id)).toEqual(['a2']);
    expect(findings.filter((f) => f.kind === 'breakthrough_without_annual').map((f) => f.id)).toEqual(['b2']);
  });

  it('says nothing of the corner when the plan has only one horizon', () => {
    const d = planDoc({ objectives: [objective('a1'), objective('a2')] });
    expect(analyzeGaps(d, '2027-01-01').counts.annual_serves_no_breakthrough).toBe(0);
  });
});
