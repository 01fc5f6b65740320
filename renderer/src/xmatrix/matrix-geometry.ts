/**
 * Where everything of an X-matrix goes, as planners draw it: a central box crossed by an X, the four lists around
 * it (north and south as rows of text, west and east as columns of upright text) and the four corner correlation
 * grids between them, each cell a diamond (a square turned 45° to the lists) on the crossing of its row and its
 * column. Pure: given the lists' labels, a text measure and the sizes to draw at, it returns positions; the
 * view, the picture and the report draw the same geometry (matrix-drawing.tsx).
 */
import { truncate, wrap } from '../tree/text-fit.ts';

/** Measures a string's width at a font size and weight, in the unit the geometry is drawn in. */
export type GeometryMeasure = (text: string, size: number, weight: number) => number;

export interface MatrixMetrics {
  /** Space around the drawing. */
  margin: number;
  /** Space above the north list for a caption and the legend (the picture); 0 on screen. */
  caption: number;
  /** The side of a corner cell's square (a row's height, a column's width). */
  cell: number;
  /** Text size of the lists; the X's labels are a little larger. */
  font: number;
  /** Width of the north and south lists (the box's width): as wide as the longest row, within these bounds. */
  titleMin: number;
  titleMax: number;
  /** Height of the west and east lists (the box's height): as tall as the longest heading, within these bounds. */
  headMin: number;
  headMax: number;
  /** Line height of the "In full" notes under the drawing; 0: no notes drawn (they are printed elsewhere). */
  noteLine: number;
}

/** On screen (the X-matrix view). */
export const SCREEN_METRICS: MatrixMetrics = {
  margin: 12,
  caption: 0,
  cell: 28,
  font: 13,
  titleMin: 260,
  titleMax: 560,
  headMin: 140,
  headMax: 560,
  noteLine: 0,
};

/** Presentation mode: larger text and cells (the drawing then fills the screen). */
export const PRESENTATION_METRICS: MatrixMetrics = {
  ...SCREEN_METRICS,
  cell: 34,
  font: 16,
  titleMin: 320,
  titleMax: 680,
  headMin: 180,
  headMax: 680,
};

/** One entry of a list: a row (north, south) or a column (west, east). */
export interface LaneSpec {
  id: string;
  code: string;
  text: string;
  kind: 'goal' | 'annual' | 'breakthrough' | 'kpi' | 'owner';
  /** An unmet need (a gap finding); its row or column is marked. */
  gap: boolean;
}

export interface XMatrixInput {
  north: LaneSpec[];
  south: LaneSpec[];
  west: LaneSpec[];
  east: LaneSpec[];
}

export interface PlacedLane extends LaneSpec {
  side: 'north' | 'south' | 'west' | 'east';
  /** The lane's rectangle: a row's title strip (beside the box) or a column's heading strip (above/below it). */
  x: number;
  y: number;
  width: number;
  height: number;
  /** "code text", as the tooltip and the legend say it. */
  full: string;
  /** The code's width and the space after it, where the text starts. */
  codeWidth: number;
  /** What fits of the text after the code (the whole text unless `truncated`). */
  shown: string;
  truncated: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface XMatrixGeometry {
  metrics: MatrixMetrics;
  width: number;
  height: number;
  /** The central box, crossed by the X. */
  box: Rect;
  /** Rows top to bottom (north, then south) and columns left to right (west, then east). */
  rows: PlacedLane[];
  columns: PlacedLane[];
  /** Index in `rows` of the first south row, and in `columns` of the first east column. */
  firstSouth: number;
  firstEast: number;
  /** The four corner grids. */
  corners: { nw: Rect; ne: Rect; sw: Rect; se: Rect };
  /** Where the X's four labels sit (centre of the text), inside the triangles. */
  labels: Record<'north' | 'south' | 'west' | 'east', { x: number; y: number }>;
  /** The X's two strokes as an SVG path. */
  xPath: string;
  /** Texts shortened in the lists, in full ("code text"), for a legend beside the drawing. */
  inFull: string[];
  /** The notes under the drawing, one line each (empty when metrics.noteLine is 0). */
  notes: { y: number; lines: string[] };
  /** The smallest text drawn, in drawing units (the lists' font). */
  minFont: number;
}

export interface PlacedCell {
  /** The cell's square (top-left corner, side `size`) and its diamond, turned 45° inside it. */
  x: number;
  y: number;
  size: number;
  cx: number;
  cy: number;
  /** The diamond's corners, for an SVG polygon. */
  points: string;
}

const PAD = 8;
/** Room kept at a row's right end for the unmet-need mark. */
const GAP_MARK = 24;

export const fullText = (lane: Pick<LaneSpec, 'code' | 'text'>): string =>
  lane.code ? `${lane.code} ${lane.text}` : lane.text;

/** The diamond of the cell at row `row`, column `column` (indices into geometry.rows and geometry.columns). */
export function cellAt(g: XMatrixGeometry, row: number, column: number): PlacedCell {
  const r = g.rows[row]!;
  const c = g.columns[column]!;
  const size = g.metrics.cell;
  const x = c.x;
  const y = r.y;
  const cx = x + size / 2;
  const cy = y + size / 2;
  const h = size / 2 - Math.max(1, size * 0.04);
  return { x, y, size, cx, cy, points: `${cx},${cy - h} ${cx + h},${cy} ${cx},${cy + h} ${cx - h},${cy}` };
}

/**
 * Lays the X-matrix out. Rows are as tall and columns as wide as a cell; the box is as wide as the longest row
 * title and as tall as the longest column heading (within the metrics' bounds). A title or heading longer than
 * its strip is shortened with "…" and listed in `inFull`, so nothing is lost.
 */
export function layoutXMatrix(input: XMatrixInput, metrics: MatrixMetrics, measure: GeometryMeasure): XMatrixGeometry {
  const M = metrics;
  const font = M.font;
  const codeWidth = (l: LaneSpec) => (l.code ? measure(l.code, font, 700) + 6 : 0);
  const textWidth = (s: string) => measure(s, font, 500);
  const allRows = [...input.north, ...input.south];
  const allCols = [...input.west, ...input.east];

  const longestRow = Math.max(
    0,
    ...allRows.map((r) => codeWidth(r) + textWidth(r.text) + 2 * PAD + (r.gap ? GAP_MARK : 0)),
  );
  const boxWidth = Math.min(M.titleMax, Math.max(M.titleMin, Math.ceil(longestRow)));
  const longestHead = Math.max(0, ...allCols.map((c) => codeWidth(c) + measure(c.text, font, 600) + 2 * PAD));
  const boxHeight = Math.min(M.headMax, Math.max(M.headMin, Math.ceil(longestHead)));

  const left = M.margin;
  const top = M.margin + M.caption;
  const boxX = left + input.west.length * M.cell;
  const boxY = top + input.north.length * M.cell;
  const eastX = boxX + boxWidth;
  const southY = boxY + boxHeight;
  const width = eastX + input.east.length * M.cell + M.margin;
  const gridBottom = southY + input.south.length * M.cell;

  const inFull: string[] = [];
  const fit = (lane: LaneSpec, room: number, weight: number) => {
    const full = fullText(lane);
    if (measure(lane.text, font, weight) <= room) {
      return { full, shown: lane.text, truncated: false };
    }
    // A breakthrough may be both a south row and a west column (goals linked to it directly): listed once.
    if (!inFull.includes(full)) inFull.push(full);
    return { full, shown: truncate(lane.text, room, (s) => measure(s, font, weight)), truncated: true };
  };
  const rows: PlacedLane[] = allRows.map((r, i) => {
    const south = i >= input.north.length;
    const y = south ? southY + (i - input.north.length) * M.cell : top + i * M.cell;
    const room = boxWidth - 2 * PAD - codeWidth(r) - (r.gap ? GAP_MARK : 0);
    const placed = { x: boxX, y, width: boxWidth, height: M.cell, codeWidth: codeWidth(r) };
    return { ...r, side: south ? 'south' : 'north', ...placed, ...fit(r, room, 500) };
  });
  const columns: PlacedLane[] = allCols.map((c, i) => {
    const east = i >= input.west.length;
    const x = east ? eastX + (i - input.west.length) * M.cell : left + i * M.cell;
    const room = boxHeight - 2 * PAD - codeWidth(c);
    const placed = { x, y: boxY, width: M.cell, height: boxHeight, codeWidth: codeWidth(c) };
    return { ...c, side: east ? 'east' : 'west', ...placed, ...fit(c, room, 600) };
  });

  const noteWidth = width - 2 * M.margin;
  const lines = M.noteLine > 0 ? inFull.flatMap((line) => wrap(line, noteWidth, 6, (s) => measure(s, font, 400))) : [];
  const notesY = gridBottom + 28;
  const height = gridBottom + (lines.length > 0 ? 36 + lines.length * M.noteLine : 0) + M.margin;

  const cx = boxX + boxWidth / 2;
  const cy = boxY + boxHeight / 2;
  const labelInset = Math.min(boxWidth, boxHeight) / 5;
  return {
    metrics: M,
    width,
    height,
    box: { x: boxX, y: boxY, width: boxWidth, height: boxHeight },
    rows,
    columns,
    firstSouth: input.north.length,
    firstEast: input.west.length,
    corners: {
      nw: { x: left, y: top, width: boxX - left, height: boxY - top },
      ne: { x: eastX, y: top, width: width - M.margin - eastX, height: boxY - top },
      sw: { x: left, y: southY, width: boxX - left, height: gridBottom - southY },
      se: { x: eastX, y: southY, width: width - M.margin - eastX, height: gridBottom - southY },
    },
    labels: {
      north: { x: cx, y: boxY + labelInset },
      south: { x: cx, y: southY - labelInset },
      west: { x: boxX + labelInset * (boxWidth / Math.max(1, boxHeight)), y: cy },
      east: { x: eastX - labelInset * (boxWidth / Math.max(1, boxHeight)), y: cy },
    },
    xPath: `M${boxX},${boxY}L${eastX},${southY}M${eastX},${boxY}L${boxX},${southY}`,
    inFull,
    notes: { y: notesY, lines },
    minFont: font,
  };
}

/** The size of a list's content, to size the box for a sheet of paper. */
export interface PrintFit {
  metrics: MatrixMetrics;
  /** How much the drawing is scaled to fill the sheet (1: drawn as is). */
  scale: number;
  /** The smallest text on paper, in points (1 CSS pixel = 0.75 pt). */
  minFontPt: number;
}

/** Print: text of 8.4 CSS px (6.3 pt) in cells of 12 px, before the drawing is scaled to the sheet. */
export const PRINT_BASE: MatrixMetrics = {
  margin: 4,
  caption: 0,
  cell: 12,
  font: 8.4,
  titleMin: 200,
  titleMax: 200,
  headMin: 90,
  headMax: 90,
  noteLine: 0,
};

/**
 * Metrics for paper: the box takes what room the sheet leaves after the corner grids (so long titles and headings
 * show whole where the sheet allows), and the drawing is then scaled to fill it, never below 6 pt text while
 * the lists fit at all. `room` is the content box left for the drawing, in CSS pixels.
 */
export function printFit(
  counts: { rows: number; columns: number },
  room: { width: number; height: number },
  base: MatrixMetrics = PRINT_BASE,
): PrintFit {
  const grid = {
    width: counts.columns * base.cell + 2 * base.margin,
    height: counts.rows * base.cell + 2 * base.margin,
  };
  // The box gets what is left at scale 1; at least its minimum, at most as much again as the grid itself.
  const titleMax = Math.max(base.titleMin, Math.min(room.width - grid.width, 1100));
  const headMax = Math.max(base.headMin, Math.min(room.height - grid.height, 700));
  const metrics: MatrixMetrics = { ...base, titleMax, headMax };
  const scale = Math.min(1.6, room.width / (grid.width + titleMax), room.height / (grid.height + headMax));
  return { metrics, scale, minFontPt: base.font * scale * 0.75 };
}

/**
 * The X-matrix laid out for paper: metrics from printFit, then the scale that fills `room`, and the smallest
 * text that gives on paper, in points.
 */
export function layoutForPrint(
  input: XMatrixInput,
  room: { width: number; height: number },
  measure: GeometryMeasure,
  base: MatrixMetrics = PRINT_BASE,
): { geometry: XMatrixGeometry; zoom: number; minFontPt: number } {
  const counts = { rows: input.north.length + input.south.length, columns: input.west.length + input.east.length };
  const geometry = layoutXMatrix(input, printFit(counts, room, base).metrics, measure);
  const zoom = fitScale(geometry, room);
  return { geometry, zoom, minFontPt: geometry.minFont * zoom * 0.75 };
}

/** The scale at which a laid-out drawing fills `room` (never above `max`). */
export function fitScale(
  g: Pick<XMatrixGeometry, 'width' | 'height'>,
  room: { width: number; height: number },
  max = 1.6,
) {
  return Math.min(max, room.width / g.width, room.height / g.height);
}

/**
 * Presentation mode's scale: the drawing fills the screen, growing up to twice its size, and shrinks to fit
 * only while its text stays larger than on screen (at most 10 % smaller than the presentation metrics' 16 px);
 * a matrix still too large for the screen then scrolls.
 */
export function presentationScale(
  g: Pick<XMatrixGeometry, 'width' | 'height'>,
  room: { width: number; height: number },
) {
  if (room.width <= 0 || room.height <= 0) return 1;
  return Math.max(0.9, fitScale(g, room, 2));
}

/**
 * The next cell from (row, column) in a direction, skipping positions without a cell; the same position at an
 * edge. `has` says whether a position holds a cell.
 */
export function stepCell(
  g: Pick<XMatrixGeometry, 'rows' | 'columns'>,
  from: { row: number; column: number },
  direction: 'up' | 'down' | 'left' | 'right' | 'home' | 'end',
  has: (row: number, column: number) => boolean,
): { row: number; column: number } {
  const { row, column } = from;
  if (direction === 'home' || direction === 'end') {
    const order = direction === 'home' ? [...g.columns.keys()] : [...g.columns.keys()].reverse();
    const c = order.find((i) => has(row, i));
    return c === undefined ? from : { row, column: c };
  }
  const dr = direction === 'up' ? -1 : direction === 'down' ? 1 : 0;
  const dc = direction === 'left' ? -1 : direction === 'right' ? 1 : 0;
  let r = row + dr;
  let c = column + dc;
  while (r >= 0 && r < g.rows.length && c >= 0 && c < g.columns.length) {
    if (has(r, c)) return { row: r, column: c };
    r += dr;
    c += dc;
  }
  return from;
}
