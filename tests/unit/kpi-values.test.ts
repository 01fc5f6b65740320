import { describe, expect, it } from 'vitest';
import {
  decimalsOf,
  describeRelativeTarget,
  kpiPrecision,
  relativeChangeText,
  resolvedTarget,
  roundForKpi,
} from '../../contract/kpi-values.ts';
import { parseTarget, parseTargetKind, parseWeight } from '../../core/import/values.ts';

const relative = (baseline: number | null, target: number | null) => ({
  baseline,
  target,
  targetKind: 'relative' as const,
});

describe('KPI values', () => {
  it('resolves a relative target from the baseline, and an absolute one as it is', () => {
    expect(resolvedTarget(relative(120, -40))).toBe(72);
    expect(resolvedTarget(relative(900, 15))).toBe(1035);
    expect(resolvedTarget(relative(0.5, -10))).toBe(0.45);
    expect(resolvedTarget(relative(null, -40))).toBeNull();
    expect(resolvedTarget({ baseline: 120, target: 72, targetKind: null })).toBe(72);
    expect(resolvedTarget({ baseline: 120, target: 72 })).toBe(72);
  });

  it('counts the decimals as written', () => {
    expect([0.003, 120, 12.5, 1.5e-7, 1e21, -0.25].map(decimalsOf)).toEqual([3, 0, 1, 8, 0, 2]);
  });

  it('takes the precision from the baseline and target, and rounds computed values to it', () => {
    expect(kpiPrecision({ baseline: 14, target: 9 })).toBe(0);
    expect(kpiPrecision({ baseline: 0.005, target: 0.003 })).toBe(3);
    expect(roundForKpi(12.75, { baseline: 14, target: 9 })).toBe(13);
    expect(roundForKpi(0.0045, { baseline: 0.005, target: 0.003 })).toBe(0.005);
    // A relative target's percent does not count, the value it resolves to does (up to two decimals more).
    expect(kpiPrecision(relative(120, -40))).toBe(0);
    expect(kpiPrecision(relative(120, -33.3))).toBe(2);
  });

  it('describes a relative target with a real minus sign and the value it comes to', () => {
    const unit = (n: number) => `${n} h`;
    expect(describeRelativeTarget(relative(120, -40), unit)).toBe('−40 % from baseline 120 h → 72 h');
    expect(describeRelativeTarget(relative(null, -40), unit)).toBe('−40 % from the baseline (not set yet)');
    expect(relativeChangeText(15)).toBe('+15 %');
  });
});

describe('import: targets, target kinds and weights', () => {
  it('reads a change from the baseline in words or as a signed percent, and a number as absolute', () => {
    const read = (cell: string | number, unit: string | null = 'h') => {
      const parsed = parseTarget(cell, unit);
      return parsed.ok ? parsed.value : parsed.problem;
    };
    expect(read('-40%')).toEqual({ value: -40, relative: true });
    expect(read('−40 %')).toEqual({ value: -40, relative: true });
    expect(read('+15 %')).toEqual({ value: 15, relative: true });
    expect(read('reduce by 40 %')).toEqual({ value: -40, relative: true });
    expect(read('Cut 12.5%')).toEqual({ value: -12.5, relative: true });
    expect(read('increase by 15%')).toEqual({ value: 15, relative: true });
    expect(read('-40 % from baseline', '%')).toEqual({ value: -40, relative: true });
    expect(read('20 % vs baseline')).toEqual({ value: 20, relative: true });
    // For a KPI measured in percent a signed percent is a value; words say it is a change.
    expect(read('-5%', '%')).toEqual({ value: -5, relative: false });
    expect(read('reduce by 5 %', '%')).toEqual({ value: -5, relative: true });
    expect(read(72)).toEqual({ value: 72, relative: false });
    expect(read('0.003')).toEqual({ value: 0.003, relative: false });
    expect(read('ninety')).toBe("'ninety' is not a number");
  });

  it('reads a Target kind and a weight', () => {
    const kind = (cell: string) => {
      const parsed = parseTargetKind(cell);
      return parsed.ok ? parsed.value : parsed.problem;
    };
    expect(['Absolute', 'Relative (% from baseline)', 'relative', '', 'sometimes'].map(kind)).toEqual([
      'absolute',
      'relative',
      'relative',
      null,
      "'sometimes' is not one of absolute, relative",
    ]);
    const weight = (cell: string | number) => {
      const parsed = parseWeight(cell);
      return parsed.ok ? parsed.value : parsed.problem;
    };
    expect([25, '12.5 %', '', 140, -1].map(weight)).toEqual([
      25,
      12.5,
      null,
      "'140' is not a percent between 0 and 100",
      "'-1' is not a percent between 0 and 100",
    ]);
  });
});
