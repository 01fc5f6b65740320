import { describe, expect, it } from 'vitest';
import type { ActivityEntry } from '../../contract/team-activity.ts';
import { groupByDay, localDay, presetDay, sinceInstant } from '../../renderer/src/activity/activity-days.ts';

const entry = (op: number, at: Date): ActivityEntry => ({
  op,
  at: at.toISOString(),
  by: 'Ada',
  operation: 'updateTactic',
  label: null,
  rows: 1,
  itemCount: 0,
  items: [],
});

describe('the activity feed by day', () => {
  it('groups newest-first entries into runs of one local day, keeping their order', () => {
    const entries = [
      entry(5, new Date(2027, 2, 3, 23, 59)),
      entry(4, new Date(2027, 2, 3, 0, 1)),
      entry(3, new Date(2027, 2, 2, 12, 0)),
      entry(1, new Date(2027, 1, 28, 9, 30)),
    ];
    expect(groupByDay(entries).map((d) => [d.day, d.entries.map((e) => e.op)])).toEqual([
      ['2027-03-03', [5, 4]],
      ['2027-03-02', [3]],
      ['2027-02-28', [1]],
    ]);
    expect(groupByDay([])).toEqual([]);
  });

  it('starts its presets at local midnight: today, the last 7 days, this month, or all', () => {
    const now = new Date(2027, 2, 3, 15, 45);
    expect(presetDay('today', now)).toBe('2027-03-03');
    expect(presetDay('week', now)).toBe('2027-02-25');
    expect(presetDay('month', now)).toBe('2027-03-01');
    expect(presetDay('all', now)).toBeNull();
    expect(localDay(new Date(sinceInstant('2027-03-01')))).toBe('2027-03-01');
    expect(new Date(sinceInstant('2027-03-01')).getHours()).toBe(0);
  });
});
