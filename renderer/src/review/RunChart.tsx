import type { KpiReview } from '../../../contract/api.ts';
import { t } from '../i18n/intl.ts';

const W = 132;
const H = 40;
const PAD = 4;

/** Plan as a line, actuals as points coloured by status: the trend a single month's colour hides. */
export function RunChart({ row }: { row: KpiReview }) {
  const values = row.months.flatMap((m) => [m.plan, m.actual]).filter((v): v is number => v !== null);
  const label = t('review.runChart', { code: row.code, count: row.months.filter((m) => m.actual !== null).length });
  if (values.length === 0) {
    return (
      <svg className="rv-run" width={W} height={H} role="img" aria-label={t('review.runChartEmpty', { chart: label })}>
        <line x1={PAD} y1={H / 2} x2={W - PAD} y2={H / 2} className="rv-run__empty" />
      </svg>
    );
  }
  const min = Math.min(...values);
  const max = Math.max(...values);
  const span = max - min || 1;
  const n = Math.max(row.months.length - 1, 1);
  const x = (i: number) => PAD + ((W - 2 * PAD) * i) / n;
  const y = (v: number) => H - PAD - ((H - 2 * PAD) * (v - min)) / span;
  const plan = row.months
    .map((m, i) => (m.plan === null ? null : `${x(i).toFixed(1)},${y(m.plan).toFixed(1)}`))
    .filter((p): p is string => p !== null)
    .join(' ');
  return (
    <svg className="rv-run" width={W} height={H} viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label}>
      <polyline points={plan} className="rv-run__plan" />
      {row.months.map((m, i) =>
        m.actual === null ? null : (
          <circle
            key={m.month}
            cx={x(i)}
            cy={y(m.actual)}
            r={2.8}
            className="rv-run__actual"
            data-status={m.status ?? 'none'}
          />
        ),
      )}
    </svg>
  );
}
