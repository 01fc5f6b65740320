import type { KpiReview, MonthStatus } from '../../../../contract/api.ts';
import type { Countermeasure, CountermeasureStatus, TacticStatus } from '../../../../contract/plan-format.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import { formatCount, formatDate, formatMonth, formatTarget, formatValue } from '../format.ts';
import { appIntl, t } from '../../i18n/intl.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';
import { Owner, Status } from '../marks.tsx';
import type { PlanFacts } from '../report-data.ts';
import type { BuildContext } from './build-context.ts';
import { runScale } from '../../review/run-scale.ts';
import { headingBlock, paragraphBlock, subheadingBlock } from './headings.tsx';

/** Months in one bowling chart: a longer period prints as one chart per twelve months. */
const MONTHS_PER_CHART = 12;
const NONE = '–';
const SEPARATOR = ' · ';

const STATUS_WORDS: Record<MonthStatus, MessageKey> = {
  green: 'rpt.review.green',
  amber: 'rpt.review.amber',
  red: 'rpt.review.red',
};
const MEASURE_STATUS: Record<CountermeasureStatus, MessageKey> = {
  open: 'review.cm.status.open',
  in_progress: 'review.cm.status.in_progress',
  done: 'review.cm.status.done',
};
const STATUS_COLOUR: Record<MonthStatus | 'none', string> = {
  green: '#276b45',
  amber: '#b07400',
  red: '#a8231b',
  none: '#8a94a3',
};

/**
 * A month's status as a shape (✓, !, ✗ drawn, so no font can drop them and they survive greyscale), with its
 * words for the PDF's text layer and assistive technology.
 */
export function StatusMark({ status }: { status: MonthStatus }) {
  const colour = STATUS_COLOUR[status];
  return (
    <span className="rpt-rv-mark" data-status={status}>
      <svg width="9" height="9" viewBox="0 0 10 10" aria-hidden="true">
        {status === 'green' ? (
          <path d="M1.5 5.4 L4 8 L8.6 2" fill="none" stroke={colour} strokeWidth="1.8" strokeLinecap="round" />
        ) : status === 'amber' ? (
          <>
            <path d="M5 1.2 V6.2" stroke={colour} strokeWidth="1.9" strokeLinecap="round" />
            <circle cx="5" cy="8.7" r="1.1" fill={colour} />
          </>
        ) : (
          <path d="M2 2 L8 8 M8 2 L2 8" stroke={colour} strokeWidth="1.8" strokeLinecap="round" />
        )}
      </svg>
      <span className="rpt-visually-hidden">{t(STATUS_WORDS[status])}</span>
    </span>
  );
}

/**
 * A countermeasure's flag (filled: one is recorded) or its empty outline (a red month still without one), drawn so
 * the narrow month column never breaks a word; the words are in the text layer and the legend.
 */
export function FlagMark({ missing }: { missing: boolean }) {
  const colour = missing ? STATUS_COLOUR.red : '#5f6b7b';
  return (
    <span className={missing ? 'rpt-rv-flag' : 'rpt-rv-has'}>
      <svg width="9" height="10" viewBox="0 0 9 10" aria-hidden="true">
        <path d="M1.5 9.5 V1" stroke={colour} strokeWidth="1.2" strokeLinecap="round" />
        <path
          d="M1.5 1.2 H7.5 L6 3.4 L7.5 5.6 H1.5 Z"
          fill={missing ? 'white' : colour}
          stroke={colour}
          strokeWidth="1"
          strokeLinejoin="round"
        />
      </svg>
      <span className="rpt-visually-hidden">{t(missing ? 'rpt.review.noMeasure' : 'rpt.review.hasMeasure')}</span>
    </span>
  );
}

const RUN_W = 132;
const RUN_H = 40;
const RUN_PAD = 4;

/** The run chart: plan as a dashed line, actuals as a line of points coloured by their month's status. */
export function ReportRunChart({ row }: { row: KpiReview }) {
  const actuals = row.months.filter((m) => m.actual !== null).length;
  const label = t('review.runChart', { code: row.code, count: actuals });
  const scale = runScale(row, RUN_W, RUN_H, RUN_PAD);
  if (!scale) {
    return (
      <svg className="rpt-rv-run" width={RUN_W} height={RUN_H} role="img" aria-label={label}>
        <line x1={RUN_PAD} y1={RUN_H / 2} x2={RUN_W - RUN_PAD} y2={RUN_H / 2} stroke="#d6dbe2" />
      </svg>
    );
  }
  const { x, y } = scale;
  const line = scale.points;
  return (
    <svg
      className="rpt-rv-run"
      width={RUN_W}
      height={RUN_H}
      viewBox={`0 0 ${RUN_W} ${RUN_H}`}
      role="img"
      aria-label={label}
    >
      <polyline points={line((m) => m.plan)} fill="none" stroke="#8a94a3" strokeWidth="1.2" strokeDasharray="3 2" />
      <polyline points={line((m) => m.actual)} fill="none" stroke="var(--rpt-accent)" strokeWidth="1.2" />
      {row.months.map((m, i) =>
        m.actual === null ? null : (
          <circle
            key={m.month}
            cx={x(i)}
            cy={y(m.actual)}
            r={2.6}
            fill={STATUS_COLOUR[m.status ?? 'none']}
            stroke="white"
            strokeWidth="0.6"
          />
        ),
      )}
    </svg>
  );
}

/** '2027-03' as the column heading: 'Mar', or 'Mar 27' when the chart spans years. */
function monthHeading(month: string, withYear: boolean): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return appIntl().formatDate(
    date,
    withYear
      ? { month: 'short', year: '2-digit', timeZone: 'UTC' }
      : {
          month: 'short',
          timeZone: 'UTC',
        },
  );
}

/** The KPIs of the items this report prints (one department's, with `--department`). */
export function reviewRows(facts: PlanFacts): KpiReview[] {
  const review = facts.data.review;
  if (!review) return [];
  return review.kpis.filter((k) => facts.objectives.has(k.itemId) || facts.goals.has(k.itemId));
}

function bowlingChart(facts: PlanFacts, rows: readonly KpiReview[], months: readonly string[]): TableSpec {
  const withYear = new Set(months.map((m) => m.slice(0, 4))).size > 1;
  const monthWidth = `${(58 / Math.max(months.length, 6)).toFixed(2)}%`;
  return {
    label: t('rpt.review.chart', { from: formatMonth(months[0]!), to: formatMonth(months.at(-1)!) }),
    className: 'rpt-table--bowling',
    columns: [
      { key: 'kpi', label: t('rpt.col.kpi'), width: '26%' },
      { key: 'trend', label: t('rpt.review.trend'), width: '16%' },
      ...months.map((m) => ({
        key: m,
        label: monthHeading(m, withYear),
        width: monthWidth,
        align: 'center' as const,
        className: 'rpt-rv-month',
      })),
    ],
    rows: rows.map((row) => {
      const byMonth = new Map(row.months.map((m) => [m.month, m]));
      const department = facts.goals.get(row.itemId)?.departmentId;
      const departmentName = department ? (facts.departments.get(department)?.name ?? null) : null;
      return {
        key: `${row.itemId}:${months[0]}`,
        cells: [
          <>
            <strong className="rpt-code">{row.code}</strong> <span className="rpt-cell-title">{row.kpi.name}</span>
            <span className="rpt-cell-sub">
              {formatTarget(row.kpi)}
              {SEPARATOR}
              {row.kpi.direction === 'increase' ? t('rpt.review.up') : t('rpt.review.down')}
              {SEPARATOR}
              <Owner name={row.owner} />
              {departmentName ? SEPARATOR : null}
              {departmentName}
            </span>
          </>,
          <ReportRunChart row={row} />,
          ...months.map((month) => {
            const m = byMonth.get(month);
            if (!m) return NONE;
            const flagged = m.status === 'red' && m.countermeasures.length === 0;
            return (
              <span className="rpt-rv-cell" data-status={m.status ?? 'none'} data-flagged={flagged || undefined}>
                <span className="rpt-rv-plan">{m.plan === null ? NONE : formatValue(m.plan, null)}</span>
                <span className="rpt-rv-actual">
                  {m.actual === null ? NONE : formatValue(m.actual, null)}
                  {m.status ? <StatusMark status={m.status} /> : null}
                </span>
                {flagged ? <FlagMark missing /> : null}
                {m.countermeasures.length > 0 ? <FlagMark missing={false} /> : null}
              </span>
            );
          }),
        ],
      };
    }),
  };
}

function measuresTable(facts: PlanFacts, measures: readonly Countermeasure[]): TableSpec {
  return {
    label: t('rpt.review.measures'),
    className: 'rpt-table--measures',
    columns: [
      { key: 'kpi', label: t('rpt.col.kpi'), width: '10%' },
      { key: 'month', label: t('rpt.review.col.month'), width: '9%' },
      { key: 'cause', label: t('rpt.review.col.cause'), width: '28%' },
      { key: 'action', label: t('rpt.review.col.action'), width: '28%' },
      { key: 'owner', label: t('rpt.col.owner'), width: '10%' },
      { key: 'due', label: t('rpt.col.due'), width: '8%' },
      { key: 'status', label: t('rpt.col.status'), width: '7%' },
    ],
    rows: measures.map((cm) => ({
      key: cm.id,
      className: cm.status === 'done' ? 'rpt-rv-done' : undefined,
      cells: [
        <strong className="rpt-code">{facts.codeOf(cm.itemId)}</strong>,
        formatMonth(cm.month),
        cm.rootCause,
        cm.action,
        <Owner name={cm.owner} />,
        cm.due ? formatDate(cm.due) : NONE,
        t(MEASURE_STATUS[cm.status]),
      ],
    })),
  };
}

function tacticsTable(
  facts: PlanFacts,
  latest: readonly { tacticId: string; date: string; status: TacticStatus; note: string | null }[],
): TableSpec {
  return {
    label: t('rpt.review.tactics'),
    columns: [
      { key: 'code', label: t('rpt.col.code'), width: '12%' },
      { key: 'tactic', label: t('rpt.col.tactic'), width: '40%' },
      { key: 'status', label: t('rpt.col.status'), width: '14%' },
      { key: 'date', label: t('rpt.review.col.date'), width: '12%' },
      { key: 'note', label: t('rpt.review.col.note'), width: '22%' },
    ],
    rows: latest.map((u) => ({
      key: u.tacticId,
      cells: [
        <strong className="rpt-code">{facts.codeOf(u.tacticId)}</strong>,
        facts.tactics.get(u.tacticId)?.title ?? '',
        <Status status={u.status} />,
        formatDate(u.date),
        u.note ?? NONE,
      ],
    })),
  };
}

/**
 * The monthly review: the bowling chart (a row per KPI with its run chart, a column per month with plan over
 * actual and the month's status), twelve months per chart on landscape pages, a row never split; the red months
 * still without a countermeasure; the countermeasures; each tactic's latest status update.
 */
export function reviewChapter(ctx: BuildContext): Chapter {
  const { facts } = ctx;
  const review = facts.data.review;
  const rows = reviewRows(facts);
  const months = review?.months ?? [];
  const shown = new Set(rows.map((r) => r.itemId));
  const measures = (review?.countermeasures ?? [])
    .filter((cm) => shown.has(cm.itemId))
    .sort((a, b) => Number(a.status === 'done') - Number(b.status === 'done') || a.month.localeCompare(b.month));
  const missing = rows.flatMap((row) =>
    row.months
      .filter((m) => m.status === 'red' && m.countermeasures.length === 0)
      .map((m) => `${row.code} ${formatMonth(m.month)}`),
  );
  const latest = new Map<string, { tacticId: string; date: string; status: TacticStatus; note: string | null }>();
  for (const u of [...(review?.tacticUpdates ?? [])].sort((a, b) => a.date.localeCompare(b.date))) {
    if (facts.tactics.has(u.tacticId)) latest.set(u.tacticId, u);
  }
  const updates = [...latest.values()].sort((a, b) =>
    facts.codeOf(a.tacticId).localeCompare(facts.codeOf(b.tacticId), undefined, { numeric: true }),
  );

  const counts = { green: 0, amber: 0, red: 0 };
  for (const row of rows) for (const m of row.months) if (m.status) counts[m.status] += 1;

  const blocks: Block[] = [
    headingBlock(
      'review',
      t('rpt.review'),
      1,
      t('rpt.review.kicker'),
      months.length > 0
        ? t('rpt.review.lead', {
            kpis: rows.length,
            from: formatMonth(months[0]!),
            to: formatMonth(months.at(-1)!),
            tolerance: appIntl().formatNumber(review?.tolerance ?? 0),
          })
        : undefined,
    ),
  ];
  if (rows.length === 0 || months.length === 0) {
    blocks.push(paragraphBlock('review:none', <p className="rpt-body">{t('rpt.review.noKpis')}</p>));
  } else {
    blocks.push(
      paragraphBlock(
        'review:legend',
        <p className="rpt-rv-legend">
          <span className="rpt-rv-chip" data-status="green">
            <StatusMark status="green" /> {t('rpt.review.legendGreen', { count: counts.green })}
          </span>
          <span className="rpt-rv-chip" data-status="amber">
            <StatusMark status="amber" /> {t('rpt.review.legendAmber', { count: counts.amber })}
          </span>
          <span className="rpt-rv-chip" data-status="red">
            <StatusMark status="red" /> {t('rpt.review.legendRed', { count: counts.red })}
          </span>
          <span className="rpt-rv-chip">
            <FlagMark missing={false} /> {t('rpt.review.hasMeasure')}
          </span>
          <span className="rpt-rv-chip" data-status="red" data-flagged>
            <FlagMark missing /> {t('rpt.review.noMeasure')}
          </span>
          <span className="rpt-rv-legend__note">{t('rpt.review.legendCell')}</span>
        </p>,
        4,
      ),
    );
    for (let start = 0; start < months.length; start += MONTHS_PER_CHART) {
      const slice = months.slice(start, start + MONTHS_PER_CHART);
      // More than one chart: each is headed by its months (its columns name the months alone).
      if (months.length > MONTHS_PER_CHART) {
        blocks.push(
          subheadingBlock(
            `review:chart-${start}:heading`,
            t('rpt.review.chart', { from: formatMonth(slice[0]!), to: formatMonth(slice.at(-1)!) }),
          ),
        );
      }
      blocks.push({
        kind: 'table',
        key: `review:chart-${start}`,
        spaceBefore: 8,
        table: bowlingChart(facts, rows, slice),
      });
    }
    if (missing.length > 0) {
      blocks.push(
        paragraphBlock(
          'review:missing',
          <p className="rpt-body rpt-rv-missing">
            <strong>{t('rpt.review.missing', { count: missing.length })}</strong> {missing.join(SEPARATOR)}
          </p>,
          12,
        ),
      );
    }
  }
  blocks.push(
    subheadingBlock(
      'review:measures',
      t('rpt.review.measures'),
      measures.length > 0
        ? t('rpt.review.measuresNote', {
            count: measures.length,
            open: formatCount(measures.filter((m) => m.status !== 'done').length),
          })
        : undefined,
    ),
  );
  if (measures.length === 0) {
    blocks.push(paragraphBlock('review:measures-none', <p className="rpt-body">{t('rpt.review.measuresNone')}</p>));
  } else {
    blocks.push({ kind: 'table', key: 'review:measures-table', spaceBefore: 6, table: measuresTable(facts, measures) });
  }
  if (updates.length > 0) {
    blocks.push(subheadingBlock('review:tactics', t('rpt.review.tactics'), t('rpt.review.tacticsNote')), {
      kind: 'table',
      key: 'review:tactics-table',
      spaceBefore: 6,
      table: tacticsTable(facts, updates),
    });
  }
  return {
    id: 'review',
    section: 'review',
    title: t('rpt.review'),
    level: 1,
    // The bowling chart is wide: landscape at the report's paper size.
    format: { paper: ctx.options.pageSize, landscape: true },
    newPage: true,
    frame: true,
    blocks,
  };
}

/** Every string the review chapter prints (for reportText, so its fonts load before measuring). */
export function reviewText(facts: PlanFacts): string[] {
  const review = facts.data.review;
  if (!review) return [];
  const parts: string[] = [];
  for (const cm of review.countermeasures) parts.push(cm.rootCause, cm.action, cm.owner ?? '');
  for (const u of review.tacticUpdates) parts.push(u.note ?? '');
  return parts;
}
