/** The pure parts of next year's plan: the new period's dates, and `carriedFrom` in plan JSON. */
import { describe, expect, it } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import { parsePlanJson, stringifyPlan } from '../../core/plan-json.ts';
import { nextPeriod, nextTitle, rolloverDocument, suggestedFileName } from '../../core/rollover.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

describe('nextPeriod', () => {
  it('moves a calendar year, a fiscal year and a period without an end to the given year', () => {
    expect(nextPeriod('2027-01-01', '2027-12-31', '2028')).toEqual({
      periodStart: '2028-01-01',
      periodEnd: '2028-12-31',
    });
    expect(nextPeriod('2027-04-01', '2028-03-31', '2028')).toEqual({
      periodStart: '2028-04-01',
      periodEnd: '2029-03-31',
    });
    expect(nextPeriod('2027-07-01', null, '2029')).toEqual({ periodStart: '2029-07-01', periodEnd: '2030-06-30' });
    expect(nextPeriod(null, null, '2028')).toEqual({ periodStart: '2028-01-01', periodEnd: '2028-12-31' });
  });

  it('keeps 29 February only in a leap year', () => {
    expect(nextPeriod('2027-03-01', '2028-02-29', '2028')).toEqual({
      periodStart: '2028-03-01',
      periodEnd: '2029-02-28',
    });
    expect(nextPeriod('2027-03-01', '2028-02-29', '2031')).toEqual({
      periodStart: '2031-03-01',
      periodEnd: '2032-02-29',
    });
  });

  it('refuses a period that is not a year, or not after the old one, in plain words', () => {
    const message = (period: string) => {
      try {
        nextPeriod('2027-01-01', '2027-12-31', period);
      } catch (err) {
        if (err instanceof HoshinError) return err.message;
      }
      return 'accepted';
    };
    expect(message('2028-01')).toBe('the new period must be a year written YYYY, such as 2028, not "2028-01"');
    expect(message('')).toBe('the new period must be a year written YYYY, such as 2028, not ""');
    expect(message('2026')).toBe(
      "the year 2026 does not come after this plan's period (2027-01-01 to 2027-12-31): give a later year, such as 2028",
    );
  });
});

describe('nextTitle and suggestedFileName', () => {
  it('moves the old period’s years in the title, standing alone or after letters, and nothing else', () => {
    expect(nextTitle('Plan 2027', '2027-01-01', '2027-12-31', '2028-01-01')).toBe('Plan 2028');
    expect(nextTitle('FY2027-2028 plan', '2027-04-01', '2028-03-31', '2028-04-01')).toBe('FY2028-2029 plan');
    expect(nextTitle('Vision 2030, plan 2027', '2027-01-01', '2027-12-31', '2029-01-01')).toBe(
      'Vision 2030, plan 2029',
    );
    expect(nextTitle('Plan 20271', '2027-01-01', '2027-12-31', '2028-01-01')).toBe('Plan 20271');
    expect(nextTitle('Growth plan', '2027-01-01', '2027-12-31', '2028-01-01')).toBe('Growth plan');
    expect(nextTitle('Plan 2027', null, null, '2028-01-01')).toBe('Plan 2027');
  });

  it('makes a file name from the title without characters file systems refuse', () => {
    expect(suggestedFileName('Plan 2028')).toBe('Plan 2028.hoshin');
    expect(suggestedFileName('Sales/Ops: 2028?')).toBe('Sales-Ops- 2028-.hoshin');
    expect(suggestedFileName('...')).toBe('Next year.hoshin');
  });
});

describe('rolloverDocument', () => {
  it('names at most three of the tactics that need a finished goal', () => {
    const doc = samplePlanDocument();
    const goal = doc.goals[0]!;
    // The goal's KPI target is met in its last month, but five unfinished tactics still serve it.
    const kpi = { name: 'Saves', unit: null, baseline: 0, target: 10, direction: 'increase' as const };
    const tactics = [1, 2, 3, 4, 5].map((n) => ({
      ...doc.tactics[0]!,
      id: `t-extra-${n}`,
      code: `X-${n}`,
      status: 'on_track' as const,
      supports: [{ goalId: goal.id, strength: 'strong' as const }],
    }));
    const { report } = rolloverDocument(
      {
        ...doc,
        goals: [{ ...goal, kpi }, ...doc.goals.slice(1)],
        tactics: [...doc.tactics.filter((t) => !t.supports.some((s) => s.goalId === goal.id)), ...tactics],
        review: { ...doc.review, months: [{ itemId: goal.id, month: '2027-06', plan: null, actual: 12 }] },
      },
      {
        period: '2028',
        carry: 'unfinished',
        newId: (() => {
          let n = 0;
          return () => `n${++n}`;
        })(),
        fromFile: 'a',
        toFile: 'b',
      },
    );
    expect(report.carried.find((x) => x.id === goal.id)?.reason).toBe(
      'needed by unfinished tactics X-1, X-2, X-3 and 2 more',
    );
  });
});

describe('carriedFrom in plan JSON', () => {
  const withCarried = (value: unknown) => {
    const doc = JSON.parse(stringifyPlan(samplePlanDocument()));
    doc.goals[0].carriedFrom = value;
    return JSON.stringify(doc);
  };

  it('is written after supports, only when set, and survives a round trip', () => {
    const text = stringifyPlan(parsePlanJson(withCarried('g-2027-cs-1')));
    expect(parsePlanJson(text).goals[0]!.carriedFrom).toBe('g-2027-cs-1');
    expect(Object.keys(JSON.parse(text).goals[0]).slice(-2)).toEqual(['supports', 'carriedFrom']);
    expect(stringifyPlan(parsePlanJson(text))).toBe(text);
  });

  it('leaves a plan that was never rolled over exactly as it was (null reads as absent)', () => {
    const plain = stringifyPlan(samplePlanDocument());
    expect(plain).not.toContain('carriedFrom');
    expect(stringifyPlan(parsePlanJson(withCarried(null)))).toBe(plain);
  });

  it('is an id: an empty one is refused with its path', () => {
    expect(() => parsePlanJson(withCarried(''))).toThrow('goals[0].carriedFrom: must not be empty');
  });
});
