import { describe, expect, it } from 'vitest';
import type { Kpi } from '../../contract/plan-format.ts';
import { formatKpi, formatKpiTarget } from '../../renderer/src/domain/format.ts';
import { formatTarget, formatValue } from '../../renderer/src/report/format.ts';
import { formatTargetOf, formatValue as reviewValue } from '../../renderer/src/review/paste.ts';
import { kpiHeading } from '../../renderer/src/xmatrix/matrix-model.ts';

const defects: Kpi = { name: 'Defects', unit: '%', baseline: 0.005, target: 0.003, direction: 'decrease' };
const downtime: Kpi = {
  name: 'Downtime',
  unit: 'h',
  baseline: 120,
  target: -40,
  direction: 'decrease',
  targetKind: 'relative',
};

describe('numbers as given', () => {
  it('keeps 0.003 % as 0.003 % in the app, the report, the review and the X-matrix', () => {
    expect(formatKpi(defects)).toBe('decrease Defects from 0.005% to 0.003%');
    expect(formatKpiTarget(defects)).toBe('0.003%');
    expect(formatValue(0.003, '%')).toBe('0.003%');
    expect(formatTarget(defects)).toBe('0.005% → 0.003%');
    expect(reviewValue(0.003)).toBe('0.003');
    expect(reviewValue(0.1 + 0.2)).toBe('0.3');
    expect(kpiHeading({ id: 'kpi:o1', itemId: 'o1', code: 'O1', kpi: defects })).toBe('Defects → 0.003 %');
    expect(formatValue(1234.5, 'EUR')).toBe('EUR 1,234.5');
  });
});

describe('relative targets', () => {
  it('say their change and the value it comes to', () => {
    expect(formatKpi(downtime)).toBe('decrease Downtime from 120 h by −40 % to 72 h');
    expect(formatKpiTarget(downtime)).toBe('−40 % from baseline 120 h → 72 h');
    expect(formatTarget(downtime)).toBe('−40 % from baseline 120 h → 72 h');
    expect(formatTargetOf(downtime)).toBe('72 (−40 %)');
    expect(kpiHeading({ id: 'kpi:o1', itemId: 'o1', code: 'O1', kpi: downtime, department: 'Production' })).toBe(
      'Downtime → −40 % (72 h) · Production',
    );
    const unknown = { ...downtime, baseline: null };
    expect(formatKpi(unknown)).toBe('decrease Downtime by −40 % (from a baseline not set yet)');
    expect(formatTarget(unknown)).toBe('−40 % from the baseline (not set yet)');
  });
});
