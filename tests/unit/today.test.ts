import { describe, expect, it } from 'vitest';
import { today } from '../../contract/today.ts';
import { createContext } from '../../services/ops/context.ts';

describe('today()', () => {
  it('is the local calendar date, also just after local midnight and just before it', () => {
    expect(today(new Date(2027, 0, 31, 0, 30))).toBe('2027-01-31');
    expect(today(new Date(2027, 11, 31, 23, 59))).toBe('2027-12-31');
    expect(today(new Date(2028, 1, 29, 12))).toBe('2028-02-29');
  });

  it("is the service layer's default today (gap analysis, review months, tactic updates)", () => {
    const store = { draftBlock: () => null } as unknown as Parameters<typeof createContext>[0];
    const ctx = createContext(store, {} as Parameters<typeof createContext>[1]);
    const before = today();
    const value = ctx.today();
    // Around midnight the two calls may straddle it; either date is the local one, never UTC's.
    expect([before, today()]).toContain(value);
  });
});
