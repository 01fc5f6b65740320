import type { KpiReview } from '../../../contract/api.ts';
import { t } from '../i18n/intl.ts';
import { runScale } from './run-scale.ts';

const W = 132;
const H = 40;
const PAD = 4;

/** Plan as a line, actuals as points coloured by status: the trend a single month's colour hides. */
export function RunChart({ row }: { row: KpiReview }) {
  const scale = runScale(row, W, H, PAD);
  const label = t('review.runChart', { code: row.code, count: row.months.filter((m) => m.actual !== null).length });
  if (!scale) {
    return (
      <svg className="rv-run" width={W} height={H} role="img" aria-label={t('review.runChartEmpty', { chart: label })}>
        <line x1={PAD} y1={H / 2} x2={W - PAD} y2={H / 2} className="rv-run__empty" />
      </svg>
    );
  }
  const { x, y } = scale;
  const plan = scale.points((m) => m.plan);
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
