/**
 * A run chart's scale (pure): months spread across the width, the KPI's plan and actual values across the
 * height, padded. The review view's chart and the report's draw from the same scale.
 */
import type { KpiReview } from '../../../contract/api.ts';

type Month = KpiReview['months'][number];

export interface RunScale {
  x: (index: number) => number;
  y: (value: number) => number;
  /** An SVG polyline's points through the months `pick` gives a value for. */
  points: (pick: (m: Month) => number | null) => string;
}

/** The scale of `row` in a `width` × `height` box with `pad` around; null when it has no value at all. */
export function runScale(row: KpiReview, width: number, height: number, pad: number): RunScale | null {
  const values = row.months.flatMap((m) => [m.plan, m.actual]).filter((v): v is number => v !== null);
  if (values.length === 0) return null;
  const min = Math.min(...values);
  const span = Math.max(...values) - min || 1;
  const n = Math.max(row.months.length - 1, 1);
  const x = (i: number) => pad + ((width - 2 * pad) * i) / n;
  const y = (v: number) => height - pad - ((height - 2 * pad) * (v - min)) / span;
  const points = (pick: (m: Month) => number | null) =>
    row.months
      .map((m, i) => {
        const v = pick(m);
        return v === null ? null : `${x(i).toFixed(1)},${y(v).toFixed(1)}`;
      })
      .filter((p): p is string => p !== null)
      .join(' ');
  return { x, y, points };
}
