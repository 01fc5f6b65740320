import type { Objective } from '../../../../contract/plan-format.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import { formatMonth, formatTargetValue, formatValue } from '../format.ts';
import { GapTag, Owner } from '../marks.tsx';
import type { PlanFacts } from '../report-data.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock, subheadingBlock } from './headings.tsx';

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
  const alignment = plan.tactics.length === 0 ? '–' : `${Math.round((100 * alignedTactics) / plan.tactics.length)}%`;
  const coverage = new Map(gaps.coverage.objectives.map((c) => [c.objectiveId, c]));
  const breakthroughs = plan.objectives.filter((o) => o.horizon === 'breakthrough').length;

  const objectives: TableSpec = {
    label: 'Objectives with their KPI, baseline, target and coverage',
    className: 'rpt-table--summary',
    columns: [
      { key: 'code', label: 'Code', width: '8%' },
      { key: 'objective', label: 'Objective', width: '32%' },
      { key: 'kpi', label: 'KPI', width: '20%' },
      { key: 'target', label: 'Baseline → target', width: '17%', align: 'right' },
      { key: 'actual', label: 'Latest actual', width: '11%', align: 'right' },
      { key: 'coverage', label: 'Carried by', width: '12%', align: 'right' },
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
              {o.horizon === 'breakthrough' ? 'Breakthrough' : 'Annual'} · <Owner name={o.owner} />
            </span>
          </>,
          o.kpi ? o.kpi.name : <span className="rpt-missing">No KPI</span>,
          o.kpi ? (
            <>
              {o.kpi.targetKind === 'relative' ? (
                <strong>{formatTargetValue(o.kpi)}</strong>
              ) : (
                <>
                  {formatValue(o.kpi.baseline, o.kpi.unit)} → <strong>{formatValue(o.kpi.target, o.kpi.unit)}</strong>
                </>
              )}
            </>
          ) : (
            '–'
          ),
          actual ? (
            <>
              {actual.value}
              <span className="rpt-cell-sub">{actual.month}</span>
            </>
          ) : (
            '–'
          ),
          facts.gapOf.get(o.id) ? (
            <GapTag gap={facts.gapOf.get(o.id)} />
          ) : (
            <>
              {c?.goals ?? 0} goals
              <span className="rpt-cell-sub">{c?.tactics ?? 0} tactics</span>
            </>
          ),
        ],
      };
    }),
  };

  const departments: TableSpec = {
    label: 'Alignment by department',
    columns: [
      { key: 'department', label: 'Department', width: '34%' },
      { key: 'head', label: 'Head', width: '24%' },
      { key: 'goals', label: 'Goals aligned', width: '14%', align: 'right' },
      { key: 'tactics', label: 'Tactics aligned', width: '14%', align: 'right' },
      { key: 'bar', label: 'Alignment', width: '14%' },
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
            '–'
          ) : (
            <span className="rpt-bar" role="img" aria-label={`${Math.round(share * 100)}% aligned`}>
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
          label={`objectives (${breakthroughs} breakthrough, ${plan.objectives.length - breakthroughs} annual)`}
        />
        <Tile value={plan.goals.length.toLocaleString('en-GB')} label="department goals" />
        <Tile value={plan.tactics.length.toLocaleString('en-GB')} label="tactics" />
        <Tile
          value={alignment}
          label="of tactics trace to an objective"
          tone={alignedTactics === plan.tactics.length ? 'good' : undefined}
        />
        <Tile value={String(structural)} label="structural gaps" tone={structural > 0 ? 'alarm' : 'good'} />
      </div>
    ),
  };

  const gapLine: Block = {
    kind: 'flow',
    key: 'summary:gaps',
    spaceBefore: 14,
    node: (
      <ul className="rpt-chips" aria-label="Gap counts">
        <li className={gaps.uncoveredObjectives.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          <strong>{gaps.uncoveredObjectives.length}</strong> uncovered objectives
        </li>
        <li className={gaps.unexecutedObjectives.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          <strong>{gaps.unexecutedObjectives.length}</strong> unexecuted objectives
        </li>
        <li className={gaps.orphanedGoals.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          <strong>{gaps.orphanedGoals.length}</strong> orphaned goals
        </li>
        <li className={gaps.orphanedTactics.length ? 'rpt-chip rpt-chip--alarm' : 'rpt-chip'}>
          <strong>{gaps.orphanedTactics.length}</strong> orphaned tactics
        </li>
        <li className="rpt-chip">
          <strong>{gaps.findings.filter((f) => f.severity === 'warning').length}</strong> warnings
        </li>
      </ul>
    ),
  };

  return {
    id: 'summary',
    section: 'summary',
    title: 'Summary',
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('summary', 'Summary', 1, 'The plan on a page'),
      tiles,
      gapLine,
      subheadingBlock(
        'summary:objectives',
        'Objectives',
        'Each objective’s KPI from its baseline to this plan’s target, and what carries it.',
      ),
      { kind: 'table', key: 'summary:objectives-table', spaceBefore: 6, table: objectives },
      subheadingBlock(
        'summary:departments',
        'Alignment by department',
        'Goals and tactics that trace to an objective, of each department’s total.',
      ),
      { kind: 'table', key: 'summary:departments-table', spaceBefore: 6, table: departments },
    ],
  };
}
