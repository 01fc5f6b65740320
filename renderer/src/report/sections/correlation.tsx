import type { Chapter, TableRow, TableSpec } from '../blocks.ts';
import { GapTag, Legend, Mark } from '../marks.tsx';
import type { BuildContext } from './build-context.ts';
import { headingBlock, paragraphBlock } from './headings.tsx';
import { t } from '../../i18n/intl.ts';

/**
 * Goals (rows, grouped by department) against objectives (columns), X-matrix style. An empty row is a goal serving
 * nothing, an empty column an objective nothing serves: both are flagged.
 */
export function correlationChapter(ctx: BuildContext): Chapter {
  const { facts } = ctx;
  const { plan } = facts.data;
  const objectiveWidth = plan.objectives.length > 0 ? Math.min(9, 50 / plan.objectives.length) : 9;
  const restWidth = 100 - objectiveWidth * plan.objectives.length;
  const columns: TableSpec['columns'] = [
    { key: 'code', label: t('rpt.col.goal'), width: `${restWidth * 0.2}%` },
    { key: 'title', label: t('rpt.col.departmentGoal'), width: `${restWidth * 0.8}%` },
    ...plan.objectives.map((o) => ({
      key: o.id,
      label: (
        <span className={facts.gapOf.get(o.id) === 'uncovered' ? 'rpt-colhead rpt-colhead--gap' : 'rpt-colhead'}>
          {o.code}
        </span>
      ),
      width: `${objectiveWidth}%`,
      align: 'center' as const,
      className: 'rpt-matrix-cell',
    })),
  ];
  const rows: TableRow[] = [];
  for (const dept of plan.departments) {
    const goals = facts.goalsOf.get(dept.id) ?? [];
    if (goals.length === 0) continue;
    rows.push({ key: `dept:${dept.id}`, group: true, cells: [dept.name] });
    for (const g of goals) {
      const strength = new Map(g.supports.map((s) => [s.objectiveId, s.strength]));
      rows.push({
        key: g.id,
        className: facts.gapOf.get(g.id) === 'orphan' ? 'rpt-row--gap' : undefined,
        cells: [
          <strong className="rpt-code">{g.code}</strong>,
          <>
            {g.title} <GapTag gap={facts.gapOf.get(g.id) === 'orphan' ? 'orphan' : undefined} />
          </>,
          ...plan.objectives.map((o) => <Mark strength={strength.get(o.id)} />),
        ],
      });
    }
  }
  const uncovered = plan.objectives.filter((o) => facts.gapOf.get(o.id) === 'uncovered');
  // Empty columns the gap analysis does not flag: breakthroughs it judges through the annual objectives serving them.
  const served = new Set(plan.goals.flatMap((g) => g.supports.map((s) => s.objectiveId)));
  const servedByAnnual = new Set(plan.objectives.flatMap((o) => o.supports.map((s) => s.objectiveId)));
  const throughAnnuals = plan.objectives.filter(
    (o) => !served.has(o.id) && servedByAnnual.has(o.id) && facts.gapOf.get(o.id) !== 'uncovered',
  );
  return {
    id: 'correlation',
    section: 'correlation',
    title: t('rpt.correlation'),
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('correlation', t('rpt.correlation'), 1, t('rpt.correlation.kicker')),
      paragraphBlock(
        'correlation:key',
        <div className="rpt-tree-key">
          <p>
            {[
              t('rpt.correlation.intro'),
              uncovered.length > 0
                ? t('rpt.correlation.empty', { codes: uncovered.map((o) => o.code).join(', ') })
                : throughAnnuals.length > 0
                  ? t('rpt.correlation.allAnnual')
                  : t('rpt.correlation.all'),
              throughAnnuals.length > 0
                ? t('rpt.correlation.through', {
                    codes: throughAnnuals.map((o) => o.code).join(', '),
                    count: throughAnnuals.length,
                  })
                : '',
            ]
              .filter(Boolean)
              .join(' ')}
          </p>
          <Legend />
        </div>,
        4,
      ),
      {
        kind: 'table',
        key: 'correlation:table',
        spaceBefore: 10,
        table: { label: t('rpt.correlation.table'), className: 'rpt-table--matrix', columns, rows },
      },
    ],
  };
}
