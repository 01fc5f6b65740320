import { describe, expect, it } from 'vitest';
import { fiscalYear, fiscalYearOf, periodMonths } from '../../core/review.ts';
import { nextPeriod } from '../../core/rollover.ts';

describe('the fiscal year of a plan', () => {
  it('is named by the year it starts in and ends the day before the next starts', () => {
    expect(fiscalYear(2027, 1)).toEqual({ start: '2027-01-01', end: '2027-12-31' });
    expect(fiscalYear(2027, 4)).toEqual({ start: '2027-04-01', end: '2028-03-31' });
    expect(fiscalYear(2027, 3)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
    expect(fiscalYearOf('2027-02-15', 4)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
    expect(fiscalYearOf('2027-04-01', 4)).toEqual({ start: '2027-04-01', end: '2028-03-31' });
  });

  it('gives the review’s months of a plan without a period, a calendar year by default', () => {
    expect(periodMonths(null, null, '2027-02-15')).toEqual([
      '2027-01',
      '2027-02',
      '2027-03',
      '2027-04',
      '2027-05',
      '2027-06',
      '2027-07',
      '2027-08',
      '2027-09',
      '2027-10',
      '2027-11',
      '2027-12',
    ]);
    const april = periodMonths(null, null, '2027-02-15', 4);
    expect(april).toHaveLength(12);
    expect([april[0], april[11]]).toEqual(['2026-04', '2027-03']);
    // A plan's own period wins over the fiscal year.
    expect(periodMonths('2027-01-01', '2027-03-31', '2027-02-15', 4)).toEqual(['2027-01', '2027-02', '2027-03']);
  });

  it('gives next year’s period of a plan without dates', () => {
    expect(nextPeriod(null, null, '2028')).toEqual({ periodStart: '2028-01-01', periodEnd: '2028-12-31' });
    expect(nextPeriod(null, null, '2028', 4)).toEqual({ periodStart: '2028-04-01', periodEnd: '2029-03-31' });
    // Dates given are moved a year, whatever the fiscal year.
    expect(nextPeriod('2027-07-01', '2028-06-30', '2028', 4)).toEqual({
      periodStart: '2028-07-01',
      periodEnd: '2029-06-30',
    });
  });
});
