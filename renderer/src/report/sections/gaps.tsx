import type { Finding } from '../../../../contract/gaps.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock, paragraphBlock, subheadingBlock } from './headings.tsx';

const KIND_LABEL: Record<Finding['kind'], string> = {
  orphaned_goal: 'Orphaned goal',
  orphaned_tactic: 'Orphaned tactic',
  uncovered_objective: 'Uncovered objective',
  unexecuted_objective: 'Unexecuted objective',
  goal_without_tactics: 'Goal without tactics',
  missing_owner: 'Missing owner',
  missing_kpi_target: 'Missing KPI target',
  kpi_without_baseline: 'No KPI baseline',
  overdue_tactic: 'Overdue tactic',
  tactic_without_due_date: 'No due date',
  owner_overloaded: 'Overloaded owner',
  too_many_objectives: 'Too many objectives',
  weakly_supported_objective: 'Weakly supported',
  annual_serves_no_breakthrough: 'Serves no breakthrough',
  breakthrough_without_annual: 'Breakthrough not moved',
  breakthrough_annuals_not_carried: 'Annual objectives not carried',
  red_month_without_countermeasure: 'Red month, no countermeasure',
  weights_not_100: 'Weights not 100 %',
  department_kpi_without_goal: 'Responsible, no goal',
};

/** The gap analysis as `hoshin check` reports it: each finding, the rule that fired, and the recommended action. */
export function gapsChapter(ctx: BuildContext): Chapter {
  const { facts } = ctx;
  const { gaps } = facts.data;
  const table = (label: string, findings: Finding[]): TableSpec => ({
    label,
    columns: [
      { key: 'item', label: 'Item', width: '11%' },
      { key: 'kind', label: 'Gap', width: '15%' },
      { key: 'finding', label: 'Finding and rule', width: '48%' },
      { key: 'action', label: 'Recommended action', width: '26%' },
    ],
    rows: findings.map((f, i) => ({
      key: `${f.kind}:${f.id}:${i}`,
      cells: [
        <strong className="rpt-code">{facts.findingSubject(f)}</strong>,
        KIND_LABEL[f.kind],
        <>
          {f.message}
          <span className="rpt-cell-sub">Rule: {f.rule}</span>
        </>,
        f.fix.label.replace(/…$/, ''),
      ],
    })),
  });
  const errors = gaps.findings.filter((f) => f.severity === 'error');
  const warnings = gaps.findings.filter((f) => f.severity !== 'error');
  const blocks: Block[] = [
    headingBlock('gaps', 'Gap analysis', 1, 'Where the plan does not hold together'),
    paragraphBlock(
      'gaps:intro',
      <p className="rpt-body">
        {errors.length === 0
          ? 'No structural gaps: every tactic traces to an objective and every objective is carried by a department goal.'
          : `${errors.length} structural ${errors.length === 1 ? 'gap breaks' : 'gaps break'} the cascade: work that serves no objective, or an objective nobody carries. Each is listed with the rule that fired and the action that closes it.`}
        {warnings.length > 0
          ? ` ${warnings.length} further ${warnings.length === 1 ? 'warning' : 'warnings'} follow.`
          : ''}
      </p>,
    ),
  ];
  if (errors.length > 0) {
    blocks.push(subheadingBlock('gaps:errors', 'Structural gaps'), {
      kind: 'table',
      key: 'gaps:errors-table',
      spaceBefore: 4,
      table: { ...table('Structural gaps', errors), className: 'rpt-table--errors' },
    });
  }
  if (warnings.length > 0) {
    blocks.push(subheadingBlock('gaps:warnings', 'Warnings'), {
      kind: 'table',
      key: 'gaps:warnings-table',
      spaceBefore: 4,
      table: table('Warnings', warnings),
    });
  }
  return {
    id: 'gaps',
    section: 'gaps',
    title: 'Gap analysis',
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks,
  };
}
