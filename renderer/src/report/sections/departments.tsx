import type { Department } from '../../../../contract/plan-format.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import { formatDate, formatTarget } from '../format.ts';
import { GapTag, Owner, Status, Supports } from '../marks.tsx';
import type { BuildContext } from './build-context.ts';
import { headingBlock, paragraphBlock, subheadingBlock } from './headings.tsx';
import { t } from '../../i18n/intl.ts';

/** An empty cell. */
const NONE = '–';

export const departmentAnchor = (d: Department) => `dept-${d.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Who does what: one chapter per department, its goals with their KPIs and its tactics with owner, due date, status. */
export function departmentChapters(ctx: BuildContext): Chapter[] {
  const { facts } = ctx;
  const { plan, gaps } = facts.data;
  const coverage = new Map(gaps.coverage.departments.map((c) => [c.departmentId, c]));
  const overview: TableSpec = {
    label: t('rpt.departments'),
    columns: [
      { key: 'name', label: t('rpt.col.department'), width: '36%' },
      { key: 'head', label: t('rpt.col.head'), width: '30%' },
      { key: 'goals', label: t('rpt.departments.goals'), width: '17%', align: 'right' },
      { key: 'tactics', label: t('rpt.departments.tactics'), width: '17%', align: 'right' },
    ],
    rows: plan.departments.map((d) => ({
      key: d.id,
      cells: [
        <a href={`#${departmentAnchor(d)}`}>{d.name}</a>,
        <Owner name={d.head} />,
        (facts.goalsOf.get(d.id) ?? []).length.toLocaleString('en-GB'),
        (facts.tacticsOf.get(d.id) ?? []).length.toLocaleString('en-GB'),
      ],
    })),
  };
  const intro: Chapter = {
    id: 'departments',
    section: 'departments',
    title: t('rpt.departments'),
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('departments', t('rpt.departments'), 1, t('rpt.departments.kicker')),
      paragraphBlock('departments:intro', <p className="rpt-body">{t('rpt.departments.intro')}</p>),
      { kind: 'table', key: 'departments:overview', spaceBefore: 12, table: overview },
    ],
  };

  const chapters = plan.departments.map((d): Chapter => {
    const goals = facts.goalsOf.get(d.id) ?? [];
    const tactics = facts.tacticsOf.get(d.id) ?? [];
    const responsibleFor = plan.objectives.filter((o) => o.departmentId === d.id);
    const c = coverage.get(d.id);
    const blocks: Block[] = [
      headingBlock(
        departmentAnchor(d),
        d.name,
        2,
        undefined,
        <>
          {t('rpt.departments.head')}
          <Owner name={d.head} />
          {t('rpt.departments.counts', { goals: goals.length, tactics: tactics.length })}
          {c && c.tactics > 0
            ? t('rpt.departments.aligned', { percent: Math.round((100 * c.alignedTactics) / c.tactics) })
            : null}
        </>,
      ),
    ];
    if (responsibleFor.length > 0) {
      // The objectives whose KPI this department owns, and whether a goal of its own carries each one.
      const ownGoals = new Set(goals.map((g) => g.id));
      const carriedBy = (objectiveId: string) =>
        goals.filter((g) => ownGoals.has(g.id) && g.supports.some((s) => s.objectiveId === objectiveId));
      blocks.push(subheadingBlock(`${d.id}:responsible`, t('model.rpt.responsibleFor')), {
        kind: 'table',
        key: `${d.id}:responsible-table`,
        spaceBefore: 4,
        table: {
          label: t('model.rpt.responsibleTable', { department: d.name }),
          columns: [
            { key: 'code', label: t('model.rpt.col.code'), width: '10%' },
            { key: 'objective', label: t('model.rpt.col.objective'), width: '38%' },
            { key: 'kpi', label: t('model.rpt.col.kpi'), width: '28%' },
            { key: 'goals', label: t('model.rpt.col.goals'), width: '24%' },
          ],
          rows: responsibleFor.map((o) => {
            const own = carriedBy(o.id);
            return {
              key: o.id,
              className: own.length === 0 ? 'rpt-row--gap' : undefined,
              cells: [
                <strong className="rpt-code">{o.code}</strong>,
                <>
                  {o.title} <GapTag gap={facts.gapOf.get(o.id)} />
                </>,
                o.kpi ? (
                  <>
                    {o.kpi.name}
                    <span className="rpt-cell-sub">{formatTarget(o.kpi)}</span>
                  </>
                ) : (
                  <span className="rpt-missing">{t('model.rpt.noKpi')}</span>
                ),
                own.length > 0 ? (
                  own.map((g) => g.code).join(', ')
                ) : (
                  <span className="rpt-missing">{t('model.rpt.noneYet')}</span>
                ),
              ],
            };
          }),
        },
      });
    }
    if (goals.length > 0) {
      blocks.push(subheadingBlock(`${d.id}:goals`, t('rpt.departments.goals')), {
        kind: 'table',
        key: `${d.id}:goals-table`,
        spaceBefore: 4,
        table: {
          label: t('rpt.departments.goalsOf', { department: d.name }),
          columns: [
            { key: 'code', label: t('rpt.col.code'), width: '10%' },
            { key: 'goal', label: t('rpt.col.goal'), width: '36%' },
            { key: 'supports', label: t('rpt.col.supports'), width: '16%' },
            { key: 'kpi', label: t('rpt.col.kpiTarget'), width: '24%' },
            { key: 'owner', label: t('rpt.col.owner'), width: '14%' },
          ],
          rows: goals.map((g) => ({
            key: g.id,
            className: facts.gapOf.has(g.id) ? 'rpt-row--gap' : undefined,
            cells: [
              <strong className="rpt-code">{g.code}</strong>,
              <>
                {g.title} <GapTag gap={facts.gapOf.get(g.id)} />
              </>,
              <Supports links={g.supports.map((s) => ({ code: facts.codeOf(s.objectiveId), strength: s.strength }))} />,
              g.kpi ? (
                <>
                  {g.kpi.name}
                  <span className="rpt-cell-sub">{formatTarget(g.kpi)}</span>
                </>
              ) : (
                <span className="rpt-missing">{t('rpt.noKpi')}</span>
              ),
              <Owner name={g.owner} />,
            ],
          })),
        },
      });
    }
    if (tactics.length > 0) {
      blocks.push(subheadingBlock(`${d.id}:tactics`, t('rpt.departments.tactics')), {
        kind: 'table',
        key: `${d.id}:tactics-table`,
        spaceBefore: 4,
        table: {
          label: t('rpt.departments.tacticsOf', { department: d.name }),
          columns: [
            { key: 'code', label: t('rpt.col.code'), width: '11%' },
            { key: 'tactic', label: t('rpt.col.tactic'), width: '37%' },
            { key: 'supports', label: t('rpt.col.supports'), width: '14%' },
            { key: 'owner', label: t('rpt.col.owner'), width: '15%' },
            { key: 'due', label: t('rpt.col.due'), width: '11%' },
            { key: 'status', label: t('rpt.col.status'), width: '12%' },
          ],
          rows: tactics.map((x) => ({
            key: x.id,
            className: facts.gapOf.has(x.id) ? 'rpt-row--gap' : undefined,
            cells: [
              <strong className="rpt-code">{x.code}</strong>,
              <>
                {x.title} <GapTag gap={facts.gapOf.get(x.id)} />
              </>,
              <Supports links={x.supports.map((s) => ({ code: facts.codeOf(s.goalId), strength: s.strength }))} />,
              <Owner name={x.owner} />,
              x.due ? <span className="rpt-nowrap">{formatDate(x.due)}</span> : NONE,
              <Status status={x.status} />,
            ],
          })),
        },
      });
    }
    if (goals.length === 0 && tactics.length === 0) {
      blocks.push(paragraphBlock(`${d.id}:empty`, <p className="rpt-missing">{t('rpt.departments.empty')}</p>));
    }
    return {
      id: departmentAnchor(d),
      section: 'departments',
      title: d.name,
      level: 2,
      format: ctx.body,
      newPage: true,
      frame: true,
      blocks,
    };
  });
  return [intro, ...chapters];
}
