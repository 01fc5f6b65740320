import type { Department } from '../../../../contract/plan-format.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import { formatDate, formatTarget, plural } from '../format.ts';
import { GapTag, Owner, Status, Supports } from '../marks.tsx';
import type { BuildContext } from './build-context.ts';
import { headingBlock, paragraphBlock, subheadingBlock } from './headings.tsx';

export const departmentAnchor = (d: Department) => `dept-${d.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;

/** Who does what: one chapter per department, its goals with their KPIs and its tactics with owner, due date, status. */
export function departmentChapters(ctx: BuildContext): Chapter[] {
  const { facts } = ctx;
  const { plan, gaps } = facts.data;
  const coverage = new Map(gaps.coverage.departments.map((c) => [c.departmentId, c]));
  const overview: TableSpec = {
    label: 'Departments',
    columns: [
      { key: 'name', label: 'Department', width: '36%' },
      { key: 'head', label: 'Head', width: '30%' },
      { key: 'goals', label: 'Goals', width: '17%', align: 'right' },
      { key: 'tactics', label: 'Tactics', width: '17%', align: 'right' },
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
    title: 'Departments',
    level: 1,
    format: ctx.body,
    newPage: true,
    frame: true,
    blocks: [
      headingBlock('departments', 'Departments', 1, 'Who does what'),
      paragraphBlock(
        'departments:intro',
        <p className="rpt-body">
          Each department’s goals, with the objectives they support and their KPIs, then its tactics with owner, due
          date and status. Marks show the strength of each link: ● strong, ○ medium, △ weak.
        </p>,
      ),
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
          Head: <Owner name={d.head} /> · {plural(goals.length, 'goal')} · {plural(tactics.length, 'tactic')}
          {c && c.tactics > 0 ? ` · ${Math.round((100 * c.alignedTactics) / c.tactics)}% of tactics aligned` : ''}
        </>,
      ),
    ];
    if (responsibleFor.length > 0) {
      // The objectives whose KPI this department owns, and whether a goal of its own carries each one.
      const ownGoals = new Set(goals.map((g) => g.id));
      const carriedBy = (objectiveId: string) =>
        goals.filter((g) => ownGoals.has(g.id) && g.supports.some((s) => s.objectiveId === objectiveId));
      blocks.push(subheadingBlock(`${d.id}:responsible`, 'Responsible for'), {
        kind: 'table',
        key: `${d.id}:responsible-table`,
        spaceBefore: 4,
        table: {
          label: `${d.name}: objectives it is responsible for`,
          columns: [
            { key: 'code', label: 'Code', width: '10%' },
            { key: 'objective', label: 'Objective', width: '38%' },
            { key: 'kpi', label: 'KPI and target', width: '28%' },
            { key: 'goals', label: 'Its goals for it', width: '24%' },
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
                  <span className="rpt-missing">No KPI</span>
                ),
                own.length > 0 ? own.map((g) => g.code).join(', ') : <span className="rpt-missing">None yet</span>,
              ],
            };
          }),
        },
      });
    }
    if (goals.length > 0) {
      blocks.push(subheadingBlock(`${d.id}:goals`, 'Goals'), {
        kind: 'table',
        key: `${d.id}:goals-table`,
        spaceBefore: 4,
        table: {
          label: `${d.name}: goals`,
          columns: [
            { key: 'code', label: 'Code', width: '10%' },
            { key: 'goal', label: 'Goal', width: '36%' },
            { key: 'supports', label: 'Supports', width: '16%' },
            { key: 'kpi', label: 'KPI and target', width: '24%' },
            { key: 'owner', label: 'Owner', width: '14%' },
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
                <span className="rpt-missing">No KPI</span>
              ),
              <Owner name={g.owner} />,
            ],
          })),
        },
      });
    }
    if (tactics.length > 0) {
      blocks.push(subheadingBlock(`${d.id}:tactics`, 'Tactics'), {
        kind: 'table',
        key: `${d.id}:tactics-table`,
        spaceBefore: 4,
        table: {
          label: `${d.name}: tactics`,
          columns: [
            { key: 'code', label: 'Code', width: '11%' },
            { key: 'tactic', label: 'Tactic', width: '37%' },
            { key: 'supports', label: 'Supports', width: '14%' },
            { key: 'owner', label: 'Owner', width: '15%' },
            { key: 'due', label: 'Due', width: '11%' },
            { key: 'status', label: 'Status', width: '12%' },
          ],
          rows: tactics.map((t) => ({
            key: t.id,
            className: facts.gapOf.has(t.id) ? 'rpt-row--gap' : undefined,
            cells: [
              <strong className="rpt-code">{t.code}</strong>,
              <>
                {t.title} <GapTag gap={facts.gapOf.get(t.id)} />
              </>,
              <Supports links={t.supports.map((s) => ({ code: facts.codeOf(s.goalId), strength: s.strength }))} />,
              <Owner name={t.owner} />,
              t.due ? <span className="rpt-nowrap">{formatDate(t.due)}</span> : '–',
              <Status status={t.status} />,
            ],
          })),
        },
      });
    }
    if (goals.length === 0 && tactics.length === 0) {
      blocks.push(paragraphBlock(`${d.id}:empty`, <p className="rpt-missing">No goals or tactics yet.</p>));
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
