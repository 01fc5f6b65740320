import type { KeyboardEvent, ReactNode } from 'react';
import { asSentence } from '../domain/draft-lock.ts';
import { t } from '../i18n/intl.ts';
import { cellAt, type PlacedLane, type XMatrixGeometry, type XMatrixInput, type LaneSpec } from './matrix-geometry.ts';
import {
  gapReason,
  kpiHeading,
  weightedTitle,
  type CellStrength,
  type MatrixCell,
  type MatrixItem,
  type XMatrixModel,
} from './matrix-model.ts';
import type { Orientation } from './orientation.ts';

/** The unmet-need mark, a symbol (the legend says it in words). */
export const UNMET_MARK = '!';

const lane = (item: MatrixItem, kind: LaneSpec['kind']): LaneSpec => ({
  id: item.id,
  code: item.code,
  text: weightedTitle(item),
  kind,
  gap: item.gaps.length > 0,
});

/**
 * The model's lists placed around the X: goals north and breakthroughs south (or the other way up), objective
 * columns west (annual objectives, then breakthroughs, which goals may serve directly), KPIs and owners east.
 */
export function matrixInput(model: XMatrixModel, orientation: Orientation): XMatrixInput {
  const goals = model.goals.map((g) => lane(g, 'goal'));
  const breakthroughs = model.breakthroughs.map((b) => lane(b, 'breakthrough'));
  return {
    north: orientation === 'bottom' ? goals : breakthroughs,
    south: orientation === 'bottom' ? breakthroughs : goals,
    west: model.objectiveColumns.map((o) => lane(o, model.annuals.includes(o) ? 'annual' : 'breakthrough')),
    east: [
      ...model.kpis.map((k) => ({ id: k.id, code: k.code, text: kpiHeading(k), kind: 'kpi' as const, gap: false })),
      ...model.owners.map((o) => ({ id: o.id, code: '', text: o.name, kind: 'owner' as const, gap: false })),
    ],
  };
}

/** The model's cell where a row and a column of the drawing cross; undefined where the matrix has none. */
export function modelCell(model: XMatrixModel, row: LaneSpec, column: LaneSpec): MatrixCell | undefined {
  if (column.kind === 'kpi') return model.itemKpi.get(row.id)?.get(column.id);
  if (column.kind === 'owner') return model.itemOwner.get(row.id)?.get(column.id);
  if (row.kind === 'goal') return model.goalObjective.get(row.id)?.get(column.id);
  // A breakthrough row: served by annual objectives (the south-west corner); breakthrough columns are the goals'.
  return column.kind === 'annual' ? model.annualBreakthrough.get(column.id)?.get(row.id) : undefined;
}

/** Every position of the drawing that holds a cell, as [row][column] (undefined: none). */
export function cellGrid(model: XMatrixModel, g: XMatrixGeometry): (MatrixCell | undefined)[][] {
  return g.rows.map((r) => g.columns.map((c) => modelCell(model, r, c)));
}

/** The first position holding a cell, reading row by row; null when the matrix has none. */
export function firstCellOf(
  grid: readonly (readonly (MatrixCell | undefined)[])[],
): { row: number; column: number } | null {
  for (let r = 0; r < grid.length; r++) {
    const c = grid[r]!.findIndex(Boolean);
    if (c >= 0) return { row: r, column: c };
  }
  return null;
}

export interface DrawingInteraction {
  /** The cell that takes the focus with Tab (roving), as [row, column]. */
  active: { row: number; column: number } | null;
  onCellClick: (cell: MatrixCell, at: { row: number; column: number }) => void;
  onCellKey: (event: KeyboardEvent, cell: MatrixCell, at: { row: number; column: number }) => void;
  onCellFocus: (at: { row: number; column: number }) => void;
  /** Why a cell's link is read only (a department draft), or null. */
  lockOf: (cell: MatrixCell) => string | null;
  onLaneClick: (lane: PlacedLane) => void;
  /** Ids of the rows and columns the search finds, and the one Enter went to. */
  matches: ReadonlySet<string>;
  current: string | null;
}

/**
 * The X-matrix drawn from its geometry, as SVG elements (the caller gives the <svg>): corner cells as diamonds with
 * their strength as a shape, the lists' titles and headings, and the X. Each cell keeps the contract of the view:
 * `data-row-id`, `data-col-id`, `data-strength`. With `interaction`, cells are focusable buttons (editable links)
 * or images (derived cells), and titles and headings select their item.
 */
export function XMatrixDrawing({
  model,
  geometry: g,
  orientation,
  interaction,
  print = false,
}: {
  model: XMatrixModel;
  geometry: XMatrixGeometry;
  orientation: Orientation;
  interaction?: DrawingInteraction;
  /**
   * For paper (the report): positions without a cell are left out, and cells without a link are drawn as one
   * path (a 2,000-tactic plan has some 44,000 of them; as an element each, printing took half a minute). The
   * view and the picture keep every cell an element of its own, with its data-* contract.
   */
  print?: boolean;
}) {
  const font = g.metrics.font;
  const cell = g.metrics.cell;
  const parts: ReactNode[] = [];
  const grid = cellGrid(model, g);
  const right = g.width - g.metrics.margin;
  const bottom = g.corners.sw.y + g.corners.sw.height;

  // Guide lines through each row and column of the corner grids, so the eye follows a cell to its list.
  const guides: string[] = [];
  for (const r of g.rows) {
    const y = r.y + cell / 2;
    guides.push(`M${g.corners.nw.x},${y}H${g.box.x}M${g.box.x + g.box.width},${y}H${right}`);
  }
  for (const c of g.columns) {
    const x = c.x + cell / 2;
    guides.push(`M${x},${g.corners.nw.y}V${g.box.y}M${x},${g.box.y + g.box.height}V${bottom}`);
  }
  parts.push(<path key="guides" className="xm-picture__guide" d={guides.join('')} />);

  // Positions without a cell are drawn as two paths of diamonds (blank, and a breakthrough's own column), not an
  // element each; on paper blank ones are not drawn at all, and unlinked cells join two more paths (see `print`).
  const blank: string[] = [];
  const own: string[] = [];
  const unlinked: string[] = [];
  const unlinkedGap: string[] = [];
  g.rows.forEach((r, ri) =>
    g.columns.forEach((c, ci) => {
      const m = grid[ri]![ci];
      const at = cellAt(g, ri, ci);
      const key = `c${ri}:${ci}`;
      if (!m) {
        if (r.kind === 'breakthrough' && c.id === r.id) own.push(`M${at.points}Z`);
        else if (!print) blank.push(`M${at.points}Z`);
        return;
      }
      if (print && m.strength === 'none') {
        (m.gap ? unlinkedGap : unlinked).push(`M${at.points}Z`);
        return;
      }
      const pos = { row: ri, column: ci };
      const locked = interaction && m.link ? interaction.lockOf(m) : null;
      const label = locked ? `${asSentence(m.label)} ${asSentence(locked)}` : m.label;
      const active = interaction?.active?.row === ri && interaction.active.column === ci;
      parts.push(
        <g key={key} className="xm-cellwrap">
          <title>{label}</title>
          <g
            className={`xm-picture__cell-group xm-cell${m.gap ? ' is-gap' : ''}${m.link ? ' is-edit' : ' is-derived'}`}
            data-row-id={m.rowId}
            data-col-id={m.colId}
            data-strength={m.strength}
            {...(m.gap ? { 'data-gap': 'true' } : {})}
            {...(interaction
              ? {
                  role: m.link ? 'button' : 'img',
                  'aria-label': m.label,
                  ...(m.link && locked ? { 'aria-disabled': true } : {}),
                  tabIndex: active ? 0 : -1,
                  onClick: () => interaction.onCellClick(m, pos),
                  onKeyDown: (e: KeyboardEvent) => interaction.onCellKey(e, m, pos),
                  onFocus: () => interaction.onCellFocus(pos),
                }
              : {})}
          >
            <polygon className="xm-picture__cell" points={at.points} />
            <Mark strength={m.strength} x={at.cx} y={at.cy} size={cell} />
          </g>
        </g>,
      );
    }),
  );
  if (blank.length > 0) parts.unshift(<path key="blank" className="xm-picture__cell is-blank" d={blank.join('')} />);
  if (own.length > 0) parts.unshift(<path key="self" className="xm-picture__cell is-self" d={own.join('')} />);

  const laneClass = (l: PlacedLane, base: string) =>
    [
      base,
      l.gap ? 'is-gap' : '',
      interaction?.matches.has(l.id) ? 'is-match' : '',
      interaction?.current === l.id ? 'is-current' : '',
    ]
      .filter(Boolean)
      .join(' ');
  const laneProps = (l: PlacedLane) =>
    interaction
      ? {
          onClick: () => interaction.onLaneClick(l),
          ...(interaction.matches.has(l.id)
            ? { 'data-find-match': interaction.current === l.id ? 'current' : '' }
            : {}),
        }
      : {};
  const tooltip = (l: PlacedLane) =>
    l.gap ? t('xmatrix.picture.unmetTitle', { text: l.full, reason: gapReason(gapsOf(model, l.id)) }) : l.full;

  // The north and south lists: a row of text beside the box, code first.
  for (const r of g.rows) {
    const baseline = r.y + cell / 2 + font * 0.36;
    parts.push(
      <g
        key={`r${r.id}`}
        className={laneClass(r, `xm-picture__row xm-picture__row--${r.kind} xm-title`)}
        data-item-id={r.id}
        {...(r.gap ? { 'data-gap': 'true' } : {})}
        {...laneProps(r)}
      >
        <title>{tooltip(r)}</title>
        <rect className="xm-picture__title-bg" x={r.x} y={r.y} width={r.width} height={r.height} />
        <text className="xm-picture__code" x={r.x + 8} y={baseline}>
          {r.code}
        </text>
        <text className="xm-picture__title" x={r.x + 8 + r.codeWidth} y={baseline}>
          {r.shown}
        </text>
        {r.gap ? (
          <g transform={`translate(${r.x + r.width - 14},${r.y + cell / 2})`}>
            <circle className="xm-picture__gap-mark" r={Math.min(8, cell * 0.3)} />
            <text className="xm-picture__gap-text" y={font * 0.35} textAnchor="middle">
              {UNMET_MARK}
            </text>
          </g>
        ) : null}
      </g>,
    );
  }

  // The west and east lists: upright headings reading upwards from the box's bottom edge.
  for (const c of g.columns) {
    parts.push(
      <g
        key={`h${c.id}`}
        className={laneClass(c, `xm-picture__head xm-picture__head--${c.kind} xm-colhead`)}
        data-col-id={c.id}
        {...(c.gap ? { 'data-gap': 'true' } : {})}
        {...laneProps(c)}
      >
        <rect className="xm-picture__head-bg" x={c.x} y={c.y} width={c.width} height={c.height} />
        <text
          className="xm-picture__head-text"
          transform={`translate(${c.x + cell / 2 + font * 0.36},${c.y + c.height - 8}) rotate(-90)`}
        >
          {c.code ? <tspan className="xm-picture__head-code">{c.code} </tspan> : null}
          {c.shown}
        </text>
        {/* Last, so the heading's text ends with its full wording (and the reason it is unmet). */}
        <title>{tooltip(c)}</title>
      </g>,
    );
  }

  // The X across the box, the four lists named in its triangles.
  const goalsLabel = t('xmatrix.centre.north');
  const breakthroughsLabel = t('xmatrix.centre.south');
  const big = font * 1.15; // the labels' size (CSS: 1.15 × the lists' font)
  parts.push(
    <g key="centre" className="xm-picture__centre">
      <rect className="xm-picture__centre-bg" x={g.box.x} y={g.box.y} width={g.box.width} height={g.box.height} />
      <path className="xm-picture__x" d={g.xPath} />
      <text className="xm-picture__centre-label" x={g.labels.north.x} y={g.labels.north.y} textAnchor="middle">
        {orientation === 'bottom' ? goalsLabel : breakthroughsLabel}
      </text>
      <text
        className="xm-picture__centre-label"
        x={g.labels.south.x}
        y={g.labels.south.y + big * 0.35}
        textAnchor="middle"
      >
        {orientation === 'bottom' ? breakthroughsLabel : goalsLabel}
      </text>
      <text
        className="xm-picture__centre-label"
        x={g.labels.west.x}
        y={g.labels.west.y}
        textAnchor="middle"
        transform={`rotate(-90 ${g.labels.west.x} ${g.labels.west.y})`}
      >
        {t('xmatrix.centre.west')}
      </text>
      <text
        className="xm-picture__centre-label"
        x={g.labels.east.x}
        y={g.labels.east.y}
        textAnchor="middle"
        transform={`rotate(90 ${g.labels.east.x} ${g.labels.east.y})`}
      >
        {t('xmatrix.centre.east')}
      </text>
    </g>,
  );
  return <g className="xm-picture__grid">{parts}</g>;
}

function gapsOf(model: XMatrixModel, id: string): string[] {
  return [...model.goals, ...model.objectiveColumns].find((x) => x.id === id)?.gaps ?? [];
}

/** ● strong, ○ medium, △ weak, nothing for none: as shapes centred on (x, y), sized to the cell. */
export function Mark({ strength, x, y, size }: { strength: CellStrength; x: number; y: number; size: number }) {
  const k = size / 28;
  if (strength === 'strong') return <circle className="xm-picture__mark is-strong" cx={x} cy={y} r={6 * k} />;
  if (strength === 'medium') return <circle className="xm-picture__mark is-medium" cx={x} cy={y} r={5.5 * k} />;
  if (strength === 'weak')
    return (
      <path
        className="xm-picture__mark is-weak"
        d={`M${x},${y - 6 * k}L${x + 6.5 * k},${y + 5 * k}L${x - 6.5 * k},${y + 5 * k}Z`}
      />
    );
  return null;
}
