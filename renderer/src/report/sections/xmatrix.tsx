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
  /** The in-full list fits on the page under the matrix (else it follows as a block of its own). */
  keyInside: boolean;
}

/** The X-matrix laid out for a sheet (matrix-geometry.ts), in the report's fonts, breakthroughs at the bottom. */
function printDrawing(ctx: BuildContext, format: PageFormat): PrintDrawing {
  const { plan, gaps } = ctx.facts.data;
  const model = buildXMatrix(plan, gaps);
  const orientation: Orientation = 'bottom';
  const input = matrixInput(model, orientation);
  const measure = (text: string, size: number, weight: number) => measurer(weight, size)(text);
  const room = printRoom(ctx.box(format));
  const full = layoutForPrint(input, room, measure);
  let drawing = full;
  // Room on the same page for the list of what the matrix shortens: two columns of 8.5 pt lines, each entry
  // wrapped at its column's width. Shortening more to make that room may lengthen the list: settle it thrice.
  const keyFont = measurer(400, KEY_FONT);
  for (let i = 0; i < 3; i++) {
    const { inFull, width } = drawing.geometry;
    if (inFull.length === 0) break;
    const column = (width * drawing.zoom - KEY_GAP) / 2;
    const lines = inFull.reduce((n, line) => n + Math.max(1, Math.ceil((keyFont(line) * 1.05) / column)), 0);
    const need = KEY_HEADING + Math.ceil(lines / 2 + 0.5) * KEY_LINE;
    const left = { width: room.width, height: Math.max(200, room.height - need) };
    if (drawing.geometry.height * drawing.zoom <= left.height + 0.5)
      return { model, orientation, ...drawing, keyInside: true };
    const smaller = layoutForPrint(input, left, measure);
    // Never below 6 pt for the list's sake: the matrix then fills its page and the list follows it.
    if (smaller.minFontPt < MIN_PRINT_PT) return { model, orientation, ...full, keyInside: false };
    drawing = smaller;
  }
  return { model, orientation, ...full, keyInside: false };
}

/** The in-full list (report.css .rpt-xmd-key): its font, heading and line heights and column gap, in CSS px. */
const KEY_FONT = (8.5 * 96) / 72;
const KEY_HEADING = 30;
const KEY_LINE = 18;
const KEY_GAP = 24;

/** The room the matrix has on its page: the content box less the chapter's heading and legend. */
export function printRoom(page: { width: number; height: number }): { width: number; height: number } {
  return { width: page.width, height: Math.max(200, page.height - HEADING_ROOM) };
}

/** What the matrix had to shorten, in full under it: nothing printed is lost. */
function MatrixKey({ drawing }: { drawing: PrintDrawing }) {
  return (
    <div className="rpt-xmd-key" style={{ width: drawing.geometry.width * drawing.zoom }}>
      <p className="rpt-xmd-key__heading">{t('xmatrix.print.key')}</p>
      <ul className="rpt-xmd-key__list">
        {drawing.geometry.inFull.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
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
      <XMatrixDrawing model={drawing.model} geometry={g} orientation={drawing.orientation} print />
    </svg>
  );
}

/**
 * The X-matrix on one landscape page, drawn as in the app (matrix-drawing.tsx): the box crossed by the X, goals
 * (improvement priorities) north, breakthrough objectives south, annual objectives west, KPIs with their targets
 * and the owners east, the corner grids of diamond cells. Sized to fill the sheet with no text under 6 pt (A3
 * when the body's paper cannot); what it must shorten is listed in full under it. Tables after the matrix spell
 * out the breakthroughs and the priorities with their KPIs and owners.
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
      // Laid out for the page already (printDrawing); shrunk further only if the page has less room than thought.
      maxZoom: 1,
      render: (zoom) => (
        <div className="rpt-fit" style={{ zoom }}>
          <MatrixPrint drawing={drawing} zoom={drawing.zoom} />
          {drawing.keyInside && drawing.geometry.inFull.length > 0 ? <MatrixKey drawing={drawing} /> : null}
        </div>
      ),
    },
  ];
  if (!drawing.keyInside && drawing.geometry.inFull.length > 0) {
    blocks.push({ kind: 'flow', key: 'xmatrix:in-full', spaceBefore: 6, node: <MatrixKey drawing={drawing} /> });
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
