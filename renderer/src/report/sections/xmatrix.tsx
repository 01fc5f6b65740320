import type { Kpi, Strength } from '../../../../contract/plan-format.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import { formatTarget } from '../format.ts';
import { Legend, Mark, Owner } from '../marks.tsx';
import type { BuildContext } from './build-context.ts';
import { headingBlock, subheadingBlock } from './headings.tsx';
import { t } from '../../i18n/intl.ts';

/** An empty cell. */
const NONE = '–';

/** Past this many goals the north columns are departments (strongest link of their goals), not single goals. */
const GOAL_COLUMN_LIMIT = 40;
const RANK: Record<Strength, number> = { strong: 3, medium: 2, weak: 1 };

interface Column {
  id: string;
  code: string;
  title: string;
  kpi: Kpi | null;
  owner: string | null;
  /** Annual objective id -> strength. */
  marks: Map<string, Strength>;
}

function short(text: string, max = 34): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * The X-matrix on one landscape page, unrolled into a grid: annual objectives as rows (west), breakthrough
 * objectives as columns on the left (the south-west corner), improvement priorities (goals) as columns on the right
 * (the north-west corner), then each annual objective's KPI, target and owner (east, far east). Goal KPIs and owners
 * run along the bottom. Tables after the matrix spell out every column.
 */
export function xmatrixChapter(ctx: BuildContext): Chapter {
  const { facts, options } = ctx;
  const { plan } = facts.data;
  const breakthroughs = plan.objectives.filter((o) => o.horizon === 'breakthrough');
  const annuals = plan.objectives.filter((o) => o.horizon === 'annual');
  const south: Column[] = breakthroughs.map((b) => ({
    id: b.id,
    code: b.code,
    title: b.title,
    kpi: b.kpi,
    owner: b.owner,
    marks: new Map(
      annuals.flatMap((a) => a.supports.filter((s) => s.objectiveId === b.id).map((s) => [a.id, s.strength] as const)),
    ),
  }));
  const byDepartment = plan.goals.length > GOAL_COLUMN_LIMIT;
  const north: Column[] = byDepartment
    ? plan.departments.map((d) => {
        const marks = new Map<string, Strength>();
        for (const g of facts.goalsOf.get(d.id) ?? [])
          for (const s of g.supports) {
            const had = marks.get(s.objectiveId);
            if (!had || RANK[s.strength] > RANK[had]) marks.set(s.objectiveId, s.strength);
          }
        return {
          id: d.id,
          code: d.name,
          title: `${(facts.goalsOf.get(d.id) ?? []).length} goals`,
          kpi: null,
          owner: d.head,
          marks,
        };
      })
    : plan.goals.map((g) => ({
        id: g.id,
        code: g.code,
        title: g.title,
        kpi: g.kpi,
        owner: g.owner,
        marks: new Map(g.supports.map((s) => [s.objectiveId, s.strength] as const)),
      }));

  const matrix = (
    <table className="rpt-xm" aria-label={t('rpt.xmatrix.label')}>
      <thead>
        <tr>
          {south.map((c) => (
            <th key={c.id} scope="col" className="rpt-xm__col rpt-xm__col--south">
              <span className="rpt-xm__vertical">
                <strong>{c.code}</strong> {short(c.title)}
              </span>
            </th>
          ))}
          <th scope="col" className="rpt-xm__corner">
            <span className="rpt-xm__axis">{t('rpt.xmatrix.south')}</span>
            <span className="rpt-xm__axis rpt-xm__axis--main">{t('rpt.xmatrix.main')}</span>
            <span className="rpt-xm__axis rpt-xm__axis--right">
              {byDepartment ? t('rpt.xmatrix.departments') : t('rpt.xmatrix.priorities')}
            </span>
          </th>
          {north.map((c) => (
            <th key={c.id} scope="col" className="rpt-xm__col rpt-xm__col--north">
              <span className="rpt-xm__vertical">
                <strong>{c.code}</strong> {byDepartment ? c.title : short(c.title)}
              </span>
            </th>
          ))}
          <th scope="col" className="rpt-xm__kpi">
            {t('rpt.xmatrix.kpi')}
          </th>
          <th scope="col" className="rpt-xm__owner">
            {t('rpt.xmatrix.owner')}
          </th>
        </tr>
      </thead>
      <tbody>
        {annuals.map((a) => (
          <tr key={a.id}>
            {south.map((c) => (
              <td key={c.id} className="rpt-xm__mark">
                <Mark strength={c.marks.get(a.id)} />
              </td>
            ))}
            <th scope="row" className="rpt-xm__row">
              <strong className="rpt-code">{a.code}</strong> {a.title}
            </th>
            {north.map((c) => (
              <td key={c.id} className="rpt-xm__mark">
                <Mark strength={c.marks.get(a.id)} />
              </td>
            ))}
            <td className="rpt-xm__kpi">
              {a.kpi ? (
                <>
                  {a.kpi.name}
                  <span className="rpt-cell-sub">{formatTarget(a.kpi)}</span>
                </>
              ) : (
                <span className="rpt-missing">{t('rpt.noKpi')}</span>
              )}
            </td>
            <td className="rpt-xm__owner">
              <Owner name={a.owner} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          {south.map((c) => (
            <td key={c.id} className="rpt-xm__foot">
              <span className="rpt-xm__vertical">{c.kpi ? formatTarget(c.kpi) : ''}</span>
            </td>
          ))}
          <th scope="row" className="rpt-xm__foot-label">
            {t('rpt.xmatrix.kpiTarget')}
          </th>
          {north.map((c) => (
            <td key={c.id} className="rpt-xm__foot">
              <span className="rpt-xm__vertical">{c.kpi ? formatTarget(c.kpi) : ''}</span>
            </td>
          ))}
          <td colSpan={2} />
        </tr>
        <tr>
          {south.map((c) => (
            <td key={c.id} className="rpt-xm__foot">
              <span className="rpt-xm__vertical">{c.owner ?? ''}</span>
            </td>
          ))}
          <th scope="row" className="rpt-xm__foot-label">
            {t('rpt.xmatrix.owner')}
          </th>
          {north.map((c) => (
            <td key={c.id} className="rpt-xm__foot">
              <span className="rpt-xm__vertical">{c.owner ?? ''}</span>
            </td>
          ))}
          <td colSpan={2} />
        </tr>
      </tfoot>
    </table>
  );

  const columnTable = (label: string, cols: Column[], what: string): TableSpec => ({
    label,
    columns: [
      {
        key: 'code',
        label: byDepartment && what === 'north' ? t('rpt.col.department') : t('rpt.col.code'),
        width: '14%',
      },
      {
        key: 'title',
        label: what === 'south' ? t('rpt.col.breakthrough') : byDepartment ? t('rpt.col.goals') : t('rpt.col.priority'),
        width: '44%',
      },
      { key: 'kpi', label: t('rpt.col.kpiTarget'), width: '26%' },
      { key: 'owner', label: t('rpt.col.owner'), width: '16%' },
    ],
    rows: cols.map((c) => ({
      key: c.id,
      cells: [
        <strong className="rpt-code">{c.code}</strong>,
        c.title,
        c.kpi ? (
          <>
            {c.kpi.name}
            <span className="rpt-cell-sub">{formatTarget(c.kpi)}</span>
          </>
        ) : (
          NONE
        ),
        <Owner name={c.owner} />,
      ],
    })),
  });

  const blocks: Block[] = [
    headingBlock('xmatrix', t('rpt.xmatrix'), 1, t('rpt.xmatrix.kicker')),
    {
      kind: 'flow',
      key: 'xmatrix:key',
      spaceBefore: 2,
      node: <Legend />,
    },
    {
      kind: 'fit',
      key: 'xmatrix:matrix',
      spaceBefore: 6,
      // Grows to fill an A3 page a little; shrinks as far as it must to stay on one.
      maxZoom: 1.4,
      render: (zoom) => (
        <div className="rpt-fit" style={{ zoom }}>
          {matrix}
        </div>
      ),
    },
  ];
  if (south.length > 0) {
    blocks.push(subheadingBlock('xmatrix:south', t('rpt.xmatrix.breakthroughs')), {
      kind: 'table',
      key: 'xmatrix:south-table',
      spaceBefore: 4,
      table: columnTable(t('rpt.xmatrix.breakthroughs'), south, 'south'),
    });
  }
  if (north.length > 0) {
    blocks.push(
      subheadingBlock(
        'xmatrix:north',
        byDepartment ? t('rpt.xmatrix.departmentsHeading') : t('rpt.xmatrix.prioritiesHeading'),
      ),
      {
        kind: 'table',
        key: 'xmatrix:north-table',
        spaceBefore: 4,
        table: columnTable(t('rpt.xmatrix.prioritiesHeading'), north, 'north'),
      },
    );
  }
  return {
    id: 'xmatrix',
    section: 'xmatrix',
    title: t('rpt.xmatrix'),
    level: 1,
    format: { paper: options.xmatrix === 'A3' ? 'A3' : options.pageSize, landscape: true },
    newPage: true,
    frame: true,
    blocks,
  };
}
