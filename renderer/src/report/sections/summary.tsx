import type { Objective } from '../../../../contract/plan-format.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import { formatCount, formatMonth, formatTargetValue, formatValue } from '../format.ts';
import { appIntl, t, tRich } from '../../i18n/intl.ts';
import type { ReactNode } from 'react';
import { GapTag, Owner } from '../marks.tsx';
import type { PlanFacts } from '../report-data.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock, subheadingBlock } from './headings.tsx';

/** An empty cell; a separator; the arrow from baseline to target. */
const NONE = '–';
const SEPARATOR = ' · ';
const ARROW = ' → ';
const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;

function latestActual(facts: PlanFacts, o: Objective): { value: string; month: string } | null {
  const row = facts.data.review?.kpis.find((k) => k.itemId === o.id);
  const month = row?.months.filter((m) => m.actual !== null).at(-1);
  if (!row || !month || month.actual === null) return null;
  return { value: formatValue(month.actual, row.kpi.unit), month: formatMonth(month.month) };
}

function Tile({ value, label, tone }: { value: string; label: string; tone?: 'alarm' | 'good' }) {
  return (
    <div className={`rpt-tile${tone ? ` rpt-tile--${tone}` : ''}`}>
      <span className="rpt-tile__value">{value}</span>
      <span className="rpt-tile__label">{label}</span>
    </div>
  );
}

/** One page: the objectives with their KPI from baseline to target, how well each is carried, and the gap counts. */
export function summaryChapter(ctx: BuildContext): Chapter {
  const { facts } = ctx;
  const { plan, gaps } = facts.data;
  const structural =
    gaps.orphanedGoals.length +
    gaps.orphanedTactics.length +
    gaps.uncoveredObjectives.length +
    gaps.unexecutedObjectives.length;
  const alignedTactics = plan.tactics.length - gaps.orphanedTactics.length;
  const alignment =
    plan.tactics.length === 0
      ? NONE
      : appIntl().formatNumber(alignedTactics / plan.tactics.length, { style: 'percent' });
  const coverage = new Map(gaps.coverage.objectives.map((c) => [c.objectiveId, c]));
  const breakthroughs = plan.objectives.filter((o) => o.horizon === 'breakthrough').length;

  const objectives: TableSpec = {
    label: t('rpt.summary.objectivesTable'),
    className: 'rpt-table--summary',
    columns: [
      { key: 'code', label: t('rpt.col.code'), width: '8%' },
      { key: 'objective', label: t('rpt.col.objective'), width: '32%' },
      { key: 'kpi', label: t('rpt.col.kpi'), width: '20%' },
      { key: 'target', label: t('rpt.col.target'), width: '17%', align: 'right' },
      { key: 'actual', label: t('rpt.col.actual'), width: '11%', align: 'right' },
      { key: 'coverage', label: t('rpt.col.carried'), width: '12%', align: 'right' },
    ],
    rows: plan.objectives.map((o) => {
      const c = coverage.get(o.id);
      const actual = latestActual(facts, o);
      return {
        key: o.id,
        cells: [
          <strong className="rpt-code">{o.code}</strong>,
          <>
            <span className="rpt-cell-title">{o.title}</span>
            <span className="rpt-cell-sub">
              {o.horizon === 'breakthrough' ? t('rpt.horizon.breakthrough') : t('rpt.horizon.annual')}
              {SEPARATOR}
              <Owner name={o.owner} />
            </span>
          </>,
          o.kpi ? o.kpi.name : <span className="rpt-missing">{t('rpt.noKpi')}</span>,
          o.kpi ? (
            <>
              {o.kpi.targetKind === 'relative' ? (
                <strong>{formatTargetValue(o.kpi)}</strong>
              ) : (
                <>
                  {formatValue(o.kpi.baseline, o.kpi.unit)}
                  {ARROW}
                  <strong>{formatValue(o.kpi.target, o.kpi.unit)}</strong>
                </>
              )}
            </>
          ) : (
            NONE
          ),
          actual ? (
            <>
              {actual.value}
              <span className="rpt-cell-sub">{actual.month}</span>
            </>
          ) : (
            NONE
          ),
          facts.gapOf.get(o.id) ? (
            <GapTag gap={facts.gapOf.get(o.id)} />
          ) : (
            <>
              {t('rpt.summary.goals', { count: c?.goals ?? 0 })}
              <span className="rpt-cell-sub">{t('rpt.summary.tactics', { count: c?.tactics ?? 0 })}</span>
            </>
          ),
        ],
      };
    }),
  };

  const departments: TableSpec = {
    label: t('rpt.summary.alignment'),
    columns: [
      { key: 'department', label: t('rpt.col.department'), width: '34%' },
      { key: 'head', label: t('rpt.col.head'), width: '24%' },
      { key: 'goals', label: t('rpt.col.goalsAligned'), width: '14%', align: 'right' },
      { key: 'tactics', label: t('rpt.col.tacticsAligned'), width: '14%', align: 'right' },
      { key: 'bar', label: t('rpt.col.alignment'), width: '14%' },
    ],
    rows: gaps.coverage.departments.map((d) => {
      const dept = facts.departments.get(d.departmentId);
      const share = d.tactics === 0 ? null : d.alignedTactics / d.tactics;
      return {
        key: d.departmentId,
        cells: [
          dept?.name ?? d.departmentId,
          <Owner name={dept?.head ?? null} />,
          `${d.alignedGoals} / ${d.goals}`,
          `${d.alignedTactics} / ${d.tactics}`,
          share === null ? (
            NONE
          ) : (
            <span
              className="rpt-bar"
              role="img"
              aria-label={t('rpt.summary.aligned', { percent: Math.round(share * 100) })}
            >
              <span
                className={`rpt-bar__fill${share < 1 ? ' rpt-bar__fill--short' : ''}`}
                style={{ width: `${share * 100}%` }}
              />
            </span>
          ),
        ],
      };
    }),
  };

  const tiles: Block = {
    kind: 'flow',
    key: 'summary:tiles',
    spaceBefore: 6,
    node: (
      <div className="rpt-tiles">
        <Tile
          value={String(plan.objectives.length)}
          label={t('rpt.tile.objectives', {
            count: plan.objectives.length,
            breakthrough: breakthroughs,
            annual: plan.objectives.length - breakthroughs,
          })}
        />
        <Tile value={formatCount(plan.goals.length)} label={t('rpt.tile.goals')} />
        <Tile value={formatCount(plan.tactics.length)} label={t('rpt.tile.tactics')} />
        <Tile
          value={alignment}
          label={t('rpt.tile.alignment')}
          tone={alignedTactics === plan.tactics.length ? 'good' : undefined}
        />
        <Tile value={String(structural)} label={t('rpt.tile.gaps')} tone={structural > 0 ? 'alarm' : 'good'} />
      </div>
    ),
  };

  const gapLine: Block = {
    kind: 'flow',
    key: 'summary:gaps',
    spaceBefore: 14,
    node: (
      <ul className="rpt-chips" aria-label={t('rpt.chips')}>
        <li className={gaps.uncoveredObjectives.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          {tRich('rpt.chip.uncovered', { count: gaps.uncoveredObjectives.length, b: bold })}
        </li>
        <li className={gaps.unexecutedObjectives.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          {tRich('rpt.chip.unexecuted', { count: gaps.unexecutedObjectives.length, b: bold })}
        </li>
        <li className={gaps.orphanedGoals.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          {tRich('rpt.chip.orphanedGoals', { count: gaps.orphanedGoals.length, b: bold })}
        </li>
        <li className={gaps.orphanedTactics.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          {tRich('rpt.chip.orphanedTactics', { count: gaps.orphanedTactics.length, b: bold })}
        </li>
        <li className="rpt-chip">
          {tRich('rpt.chip.warnings', {
            count: gaps.findings.filter((f) => f.severity === 'warning').length,
            b: bold,
          })}
        </li>
      </ul>
    ),
  };

  return {
    id: 'summary',
    section: 'summary',
    title: t('rpt.summary'),
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('summary', t('rpt.summary'), 1, t('rpt.summary.kicker')),
      tiles,
      gapLine,
      subheadingBlock('summary:objectives', t('rpt.summary.objectives'), t('rpt.summary.objectivesNote')),
      { kind: 'table', key: 'summary:objectives-table', spaceBefore: 6, table: objectives },
      subheadingBlock('summary:departments', t('rpt.summary.alignment'), t('rpt.summary.alignmentNote')),
      { kind: 'table', key: 'summary:departments-table', spaceBefore: 6, table: departments },
    ],
  };
}
