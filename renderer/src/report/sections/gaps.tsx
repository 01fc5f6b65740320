import { findingText, fixText, ruleText } from '../../i18n/service-text.ts';
import type { Finding } from '../../../../contract/gaps.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import type { BuildContext } from './build-context.ts';
import { headingBlock, paragraphBlock, subheadingBlock } from './headings.tsx';
import { t } from '../../i18n/intl.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';

const KIND_LABEL: Record<Finding['kind'], MessageKey> = {
  orphaned_goal: 'rpt.kind.orphaned_goal',
  orphaned_tactic: 'rpt.kind.orphaned_tactic',
  uncovered_objective: 'rpt.kind.uncovered_objective',
  unexecuted_objective: 'rpt.kind.unexecuted_objective',
  goal_without_tactics: 'rpt.kind.goal_without_tactics',
  missing_owner: 'rpt.kind.missing_owner',
  missing_kpi_target: 'rpt.kind.missing_kpi_target',
  kpi_without_baseline: 'rpt.kind.kpi_without_baseline',
  overdue_tactic: 'rpt.kind.overdue_tactic',
  tactic_without_due_date: 'rpt.kind.tactic_without_due_date',
  owner_overloaded: 'rpt.kind.owner_overloaded',
  too_many_objectives: 'rpt.kind.too_many_objectives',
  weakly_supported_objective: 'rpt.kind.weakly_supported_objective',
  annual_serves_no_breakthrough: 'rpt.kind.annual_serves_no_breakthrough',
  breakthrough_without_annual: 'rpt.kind.breakthrough_without_annual',
  breakthrough_annuals_not_carried: 'rpt.kind.breakthrough_annuals_not_carried',
  red_month_without_countermeasure: 'rpt.kind.red_month_without_countermeasure',
  weights_not_100: 'rpt.kind.weights_not_100',
  department_kpi_without_goal: 'rpt.kind.department_kpi_without_goal',
};

/** The gap analysis as `hoshin check` reports it: each finding, the rule that fired, and the recommended action. */
export function gapsChapter(ctx: BuildContext): Chapter {
  const { facts } = ctx;
  const { gaps } = facts.data;
  const table = (label: string, findings: Finding[]): TableSpec => ({
    label,
    columns: [
      { key: 'item', label: t('rpt.col.item'), width: '11%' },
      { key: 'kind', label: t('rpt.col.gap'), width: '15%' },
      { key: 'finding', label: t('rpt.col.finding'), width: '48%' },
      { key: 'action', label: t('rpt.col.action'), width: '26%' },
    ],
    rows: findings.map((f, i) => ({
      key: `${f.kind}:${f.id}:${i}`,
      cells: [
        <strong className="rpt-code">{facts.findingSubject(f)}</strong>,
        t(KIND_LABEL[f.kind]),
        <>
          {findingText(f)}
          <span className="rpt-cell-sub">{t('rpt.gaps.rule', { rule: ruleText(f.kind, f.rule) })}</span>
        </>,
        fixText(f).replace(/…$/, ''),
      ],
    })),
  });
  const errors = gaps.findings.filter((f) => f.severity === 'error');
  const warnings = gaps.findings.filter((f) => f.severity !== 'error');
  const blocks: Block[] = [
    headingBlock('gaps', t('rpt.gaps'), 1, t('rpt.gaps.kicker')),
    paragraphBlock(
      'gaps:intro',
      <p className="rpt-body">
        {errors.length === 0 ? t('rpt.gaps.none') : t('rpt.gaps.some', { count: errors.length })}
        {warnings.length > 0 ? t('rpt.gaps.warnings', { count: warnings.length }) : null}
      </p>,
    ),
  ];
  if (errors.length > 0) {
    blocks.push(subheadingBlock('gaps:errors', t('rpt.gaps.structural')), {
      kind: 'table',
      key: 'gaps:errors-table',
      spaceBefore: 4,
      table: { ...table(t('rpt.gaps.structural'), errors), className: 'rpt-table--errors' },
    });
  }
  if (warnings.length > 0) {
    blocks.push(subheadingBlock('gaps:warnings', t('rpt.gaps.warningsHeading')), {
      kind: 'table',
      key: 'gaps:warnings-table',
      spaceBefore: 4,
      table: table(t('rpt.gaps.warningsHeading'), warnings),
    });
  }
  return {
    id: 'gaps',
    section: 'gaps',
    title: t('rpt.gaps'),
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks,
  };
}
