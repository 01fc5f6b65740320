import type { Kpi, Strength } from '../../../../contract/plan-format.ts';
import type { Block, Chapter, TableSpec } from '../blocks.ts';
import { formatTarget } from '../format.ts';
import { Legend, Owner } from '../marks.tsx';
import type { PageFormat } from '../page-format.ts';
import { measurer } from '../text-measure.ts';
import { matrixInput, XMatrixDrawing } from '../../xmatrix/matrix-drawing.tsx';
import { layoutForPrint, type XMatrixGeometry } from '../../xmatrix/matrix-geometry.ts';
import { buildXMatrix, type XMatrixModel } from '../../xmatrix/matrix-model.ts';
import type { Orientation } from '../../xmatrix/orientation.ts';
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

/** No text of the printed X-matrix is smaller than this while the plan fits an A3 sheet at all. */
export const MIN_PRINT_PT = 6;
/** Room the chapter's heading and legend take above the matrix on its page, in CSS pixels. */
const HEADING_ROOM = 120;

interface PrintDrawing {
  model: XMatrixModel;
  geometry: XMatrixGeometry;
  orientation: Orientation;
  zoom: number;
  minFontPt: number;
}

/** The X-matrix laid out for a sheet (matrix-geometry.ts), in the report's fonts, breakthroughs at the bottom. */
function printDrawing(ctx: BuildContext, format: PageFormat): PrintDrawing {
  const { plan, gaps } = ctx.facts.data;
  const model = buildXMatrix(plan, gaps);
  const orientation: Orientation = 'bottom';
  const input = matrixInput(model, orientation);
  const measure = (text: string, size: number, weight: number) => measurer(weight, size)(text);
  return { model, orientation, ...layoutForPrint(input, printRoom(ctx.box(format)), measure) };
}

/** The room the matrix has on its page: the content box less the chapter's heading and legend. */
export function printRoom(page: { width: number; height: number }): { width: number; height: number } {
  return { width: page.width, height: Math.max(200, page.height - HEADING_ROOM) };
}

function MatrixPrint({ drawing, zoom }: { drawing: PrintDrawing; zoom: number }) {
  const { geometry: g } = drawing;
  return (
    <svg
      className="rpt-xmd"
      width={g.width * zoom}
      height={g.height * zoom}
      viewBox={`0 0 ${g.width} ${g.height}`}
      role="img"
      aria-label={t('rpt.xmatrix.label')}
      data-min-font-pt={(g.minFont * zoom * 0.75).toFixed(2)}
      style={{ ['--xm-font' as string]: `${g.metrics.font}px` }}
    >
      <XMatrixDrawing model={drawing.model} geometry={g} orientation={drawing.orientation} />
    </svg>
  );
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
  // The body's paper, landscape; A3 when asked for, or when the body's sheet could not print it at 6 pt or more.
  const body: PageFormat = { paper: options.xmatrix === 'A3' ? 'A3' : options.pageSize, landscape: true };
  const format: PageFormat =
    body.paper !== 'A3' && printDrawing(ctx, body).minFontPt < MIN_PRINT_PT ? { paper: 'A3', landscape: true } : body;
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

  const drawing = printDrawing(ctx, format);
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
      natural: { width: drawing.geometry.width, height: drawing.geometry.height },
      maxZoom: drawing.zoom,
      render: (zoom) => <MatrixPrint drawing={drawing} zoom={zoom} />,
    },
  ];
  if (drawing.geometry.inFull.length > 0) {
    // What the matrix had to shorten, in full beside it: nothing printed is lost.
    blocks.push({
      kind: 'flow',
      key: 'xmatrix:in-full',
      spaceBefore: 6,
      node: (
        <div className="rpt-xmd-key">
          <p className="rpt-xmd-key__heading">{t('xmatrix.print.key')}</p>
          <ul className="rpt-xmd-key__list">
            {drawing.geometry.inFull.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ),
    });
  }
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
    format,
    newPage: true,
    frame: true,
    blocks,
  };
}
