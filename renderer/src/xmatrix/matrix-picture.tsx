import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { measureText, type TextMeasure } from '../picture/measure.ts';
import { truncate, wrap } from '../tree/text-fit.ts';
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
import { t } from '../i18n/intl.ts';

/** Geometry of the X-matrix picture, in CSS pixels at 1:1. */
export const MATRIX_PICTURE = {
  margin: 24,
  cell: 28,
  /** The title column: as wide as the longest code and title, within these bounds (longer titles end in …). */
  titleMin: 260,
  titleMax: 560,
  /** The header row: as tall as the longest column heading, within these bounds. */
  headMin: 120,
  headMax: 560,
  /** Line height of the "In full" notes under the matrix (headings and titles the grid had to shorten). */
  noteLine: 19,
  caption: 44,
  fontSize: 13,
} as const;

export interface MatrixPictureLayout {
  width: number;
  height: number;
  titleWidth: number;
  headHeight: number;
  /** Headings and titles shortened in the grid, printed in full under it (`code`: text). */
  inFull: string[];
  /** Every correlation cell drawn, with its top-left corner. */
  cells: { cell: MatrixCell; x: number; y: number }[];
}

const headText = (code: string, text: string) => (code ? `${code} ${text}` : text);

/** The unmet-need mark, a symbol (the legend says it in words). */
const UNMET_MARK = '!';

const kpiText = (k: XMatrixModel['kpis'][number]): string => kpiHeading(k);

interface Column {
  id: string;
  code: string;
  text: string;
  kind: 'annual' | 'breakthrough' | 'kpi' | 'owner';
  gap: string;
}

interface Row {
  item: MatrixItem;
  kind: 'goal' | 'breakthrough';
}

/**
 * The X-matrix as one SVG document (a string), laid out as the view lays it out: objective columns (annual, then
 * breakthrough) west, the title column, KPI and owner columns east; goal rows north of the header and breakthrough
 * rows south of it (or the other way up), the central cell drawn as an X with the four lists named around it.
 * Strength marks are shapes (filled circle, ring, triangle), not characters, so no font can drop them. Column
 * headings are never cut: the header row grows to the longest (up to headMax). Classes, not colours:
 * `inlinePictureStyles` resolves them. Each cell keeps the view's `data-row-id` / `data-col-id` / `data-strength`.
 */
export function matrixPictureSvg(
  model: XMatrixModel,
  orientation: Orientation,
  title: string,
  measure: TextMeasure = measureText,
): { svg: string; layout: MatrixPictureLayout } {
  const P = MATRIX_PICTURE;
  const font = P.fontSize;
  const objectiveCols: Column[] = model.objectiveColumns.map((o) => ({
    id: o.id,
    code: o.code,
    text: weightedTitle(o),
    kind: model.annuals.includes(o) ? 'annual' : 'breakthrough',
    gap: gapReason(o.gaps),
  }));
  const eastCols: Column[] = [
    ...model.kpis.map((k) => ({ id: k.id, code: k.code, text: kpiText(k), kind: 'kpi' as const, gap: '' })),
    ...model.owners.map((o) => ({ id: o.id, code: '', text: o.name, kind: 'owner' as const, gap: '' })),
  ];
  // Titles carry their weight where one is given ("Cut churn · 40 %"), as on screen.
  const weighted = (item: MatrixItem): MatrixItem => ({ ...item, title: weightedTitle(item) });
  const goalRows: Row[] = model.goals.map((item) => ({ item: weighted(item), kind: 'goal' }));
  const breakthroughRows: Row[] = model.breakthroughs.map((item) => ({ item: weighted(item), kind: 'breakthrough' }));

  const longestHead = Math.max(
    0,
    ...[...objectiveCols, ...eastCols].map((c) => measure(headText(c.code, c.text), font, 600)),
  );
  const headHeight = Math.min(P.headMax, Math.max(P.headMin, Math.ceil(longestHead) + 16));
  const longestTitle = Math.max(
    0,
    ...[...goalRows, ...breakthroughRows].map((r) => measure(`${r.item.code}  ${r.item.title}`, font, 500) + 34),
  );
  const titleWidth = Math.min(P.titleMax, Math.max(P.titleMin, Math.ceil(longestTitle)));

  const x0 = P.margin;
  const titleX = x0 + objectiveCols.length * P.cell;
  const eastX = titleX + titleWidth;
  const width = eastX + eastCols.length * P.cell + P.margin;
  const top = P.margin + P.caption;
  const northRows = orientation === 'bottom' ? goalRows : breakthroughRows;
  const southRows = orientation === 'bottom' ? breakthroughRows : goalRows;
  const headY = top + northRows.length * P.cell;
  const southY = headY + headHeight;
  const gridBottom = southY + southRows.length * P.cell;

  // What the grid cannot show whole is printed in full under it, so nothing is lost from the picture.
  const headRoom = headHeight - 16;
  const inFull: string[] = [];
  for (const c of [...objectiveCols, ...eastCols]) {
    const full = headText(c.code, c.text);
    if (measure(full, font, 600) > headRoom) inFull.push(full);
  }
  for (const r of [...goalRows, ...breakthroughRows]) {
    const room = titleWidth - 16 - measure(r.item.code, font, 700) - 8 - (r.item.gaps.length > 0 ? 24 : 0);
    if (measure(r.item.title, font, 500) > room) inFull.push(`${r.item.code} ${r.item.title}`);
  }
  const noteWidth = width - 2 * P.margin;
  const noteLines = inFull.flatMap((line) => wrap(line, noteWidth, 6, (x) => measure(x, font, 400)));
  const notesHeight = noteLines.length > 0 ? 36 + noteLines.length * P.noteLine : 0;
  const height = gridBottom + notesHeight + P.margin;
  const rowY = (index: number, south: boolean) => (south ? southY : top) + index * P.cell;
  const objectiveX = (i: number) => x0 + i * P.cell;
  const eastColX = (i: number) => eastX + i * P.cell;

  const cells: MatrixPictureLayout['cells'] = [];
  const parts: ReactNode[] = [];

  // Rows: their cells west and east, their title in the middle.
  const drawRow = (row: Row, y: number) => {
    const { item } = row;
    const gap = item.gaps.length > 0;
    const west =
      row.kind === 'goal'
        ? objectiveCols.map((c) => model.goalObjective.get(item.id)?.get(c.id))
        : objectiveCols.map((c) =>
            c.kind === 'annual' ? model.annualBreakthrough.get(c.id)?.get(item.id) : undefined,
          );
    const east = [
      ...model.kpis.map((k) => model.itemKpi.get(item.id)?.get(k.id)),
      ...model.owners.map((o) => model.itemOwner.get(item.id)?.get(o.id)),
    ];
    west.forEach((cell, i) => {
      const self = row.kind === 'breakthrough' && objectiveCols[i]?.id === item.id;
      if (cell) cells.push({ cell, x: objectiveX(i), y });
      parts.push(cellNode(cell, objectiveX(i), y, self, `w${item.id}${i}`));
    });
    east.forEach((cell, i) => {
      if (cell) cells.push({ cell, x: eastColX(i), y });
      parts.push(cellNode(cell, eastColX(i), y, false, `e${item.id}${i}`));
    });
    const codeWidth = measure(item.code, font, 700);
    const rowText = `${item.code} ${item.title}`;
    const room = titleWidth - 16 - codeWidth - 8 - (gap ? 24 : 0);
    parts.push(
      <g
        key={`t${item.id}`}
        className={`xm-picture__row xm-picture__row--${row.kind}${gap ? ' is-gap' : ''}`}
        data-item-id={item.id}
      >
        <title>
          {gap ? t('xmatrix.picture.unmetTitle', { text: rowText, reason: gapReason(item.gaps) }) : rowText}
        </title>
        <rect className="xm-picture__title-bg" x={titleX} y={y} width={titleWidth} height={P.cell} />
        <text className="xm-picture__code" x={titleX + 8} y={y + 18.5}>
          {item.code}
        </text>
        <text className="xm-picture__title" x={titleX + 16 + codeWidth} y={y + 18.5}>
          {truncate(item.title, room, (s) => measure(s, font, 500))}
        </text>
        {gap ? (
          <g transform={`translate(${titleX + titleWidth - 16},${y + P.cell / 2})`}>
            <circle className="xm-picture__gap-mark" r={8} />
            <text className="xm-picture__gap-text" y={4.5} textAnchor="middle">
              {UNMET_MARK}
            </text>
          </g>
        ) : null}
      </g>,
    );
  };
  northRows.forEach((r, i) => drawRow(r, rowY(i, false)));
  southRows.forEach((r, i) => drawRow(r, rowY(i, true)));

  // The header row: every column's heading, rotated, reading upwards from the bottom of the row.
  const drawHead = (c: Column, x: number) => {
    const full = headText(c.code, c.text);
    const shown = truncate(full, headHeight - 16, (s) => measure(s, font, 600));
    const rest = c.code && shown.startsWith(c.code) ? shown.slice(c.code.length) : shown;
    parts.push(
      <g
        key={`h${c.id}`}
        className={`xm-picture__head xm-picture__head--${c.kind}${c.gap ? ' is-gap' : ''}`}
        data-col-id={c.id}
      >
        <title>{c.gap ? t('xmatrix.picture.unmetTitle', { text: full, reason: c.gap }) : full}</title>
        <rect className="xm-picture__head-bg" x={x} y={headY} width={P.cell} height={headHeight} />
        <text
          className="xm-picture__head-text"
          transform={`translate(${x + P.cell / 2 + 4.5},${headY + headHeight - 8}) rotate(-90)`}
        >
          {c.code && shown.startsWith(c.code) ? (
            <>
              <tspan className="xm-picture__head-code">{c.code}</tspan>
              {rest}
            </>
          ) : (
            shown
          )}
        </text>
      </g>,
    );
  };
  objectiveCols.forEach((c, i) => drawHead(c, objectiveX(i)));
  eastCols.forEach((c, i) => drawHead(c, eastColX(i)));

  // The centre: an X across the title column's header cell, the four lists named around it.
  const cx = titleX + titleWidth / 2;
  const cy = headY + headHeight / 2;
  const goalsLabel = t('xmatrix.centre.north');
  const breakthroughsLabel = t('xmatrix.centre.south');
  const north = orientation === 'bottom' ? goalsLabel : breakthroughsLabel;
  const south = orientation === 'bottom' ? breakthroughsLabel : goalsLabel;
  parts.push(
    <g key="centre" className="xm-picture__centre">
      <rect className="xm-picture__centre-bg" x={titleX} y={headY} width={titleWidth} height={headHeight} />
      <path
        className="xm-picture__x"
        d={`M${titleX},${headY}L${eastX},${southY}M${eastX},${headY}L${titleX},${southY}`}
      />
      <text className="xm-picture__centre-label" x={cx} y={headY + 20} textAnchor="middle">
        {north}
      </text>
      <text className="xm-picture__centre-label" x={cx} y={southY - 10} textAnchor="middle">
        {south}
      </text>
      <text className="xm-picture__centre-label" x={titleX + 8} y={cy + 4}>
        {t('xmatrix.centre.west')}
      </text>
      <text className="xm-picture__centre-label" x={eastX - 8} y={cy + 4} textAnchor="end">
        {t('xmatrix.centre.east')}
      </text>
    </g>,
  );

  const legendY = P.margin + 22;
  const svg = (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      className="xm-picture"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={title}
    >
      <title>{title}</title>
      <rect className="xm-picture__bg" width={width} height={height} />
      <text className="xm-picture__caption" x={P.margin} y={legendY}>
        {title}
      </text>
      <g className="xm-picture__legend" transform={`translate(${width - P.margin - 330},${legendY - 5})`}>
        <Mark strength="strong" x={6} y={0} />
        <text className="xm-picture__legend-text" x={16} y={4.5}>
          {t('xmatrix.picture.strong')}
        </text>
        <Mark strength="medium" x={76} y={0} />
        <text className="xm-picture__legend-text" x={86} y={4.5}>
          {t('xmatrix.picture.medium')}
        </text>
        <Mark strength="weak" x={156} y={0} />
        <text className="xm-picture__legend-text" x={166} y={4.5}>
          {t('xmatrix.picture.weak')}
        </text>
        <circle className="xm-picture__gap-mark" cx={226} cy={0} r={7} />
        <text className="xm-picture__gap-text" x={226} y={4} textAnchor="middle">
          {UNMET_MARK}
        </text>
        <text className="xm-picture__legend-text" x={238} y={4.5}>
          {t('xmatrix.picture.unmet')}
        </text>
      </g>
      <g className="xm-picture__grid">{parts}</g>
      {noteLines.length > 0 ? (
        <g className="xm-picture__notes">
          <text className="xm-picture__notes-heading" x={P.margin} y={gridBottom + 28}>
            {t('xmatrix.picture.inFull')}
          </text>
          {noteLines.map((line, i) => (
            <text key={i} className="xm-picture__note" x={P.margin} y={gridBottom + 28 + (i + 1) * P.noteLine}>
              {line}
            </text>
          ))}
        </g>
      ) : null}
    </svg>
  );
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(svg)}\n`,
    layout: { width, height, titleWidth, headHeight, inFull, cells },
  };
}

function cellNode(cell: MatrixCell | undefined, x: number, y: number, self: boolean, key: string): ReactNode {
  const size = MATRIX_PICTURE.cell;
  if (!cell) {
    return (
      <rect
        key={key}
        className={self ? 'xm-picture__cell is-self' : 'xm-picture__cell is-blank'}
        x={x}
        y={y}
        width={size}
        height={size}
      />
    );
  }
  return (
    <g
      key={key}
      className={cell.gap ? 'xm-picture__cell-group is-gap' : 'xm-picture__cell-group'}
      data-row-id={cell.rowId}
      data-col-id={cell.colId}
      data-strength={cell.strength}
    >
      <rect className="xm-picture__cell" x={x} y={y} width={size} height={size} />
      <Mark strength={cell.strength} x={x + size / 2} y={y + size / 2} />
    </g>
  );
}

/** ● strong, ○ medium, △ weak, nothing for none: as shapes centred on (x, y). */
function Mark({ strength, x, y }: { strength: CellStrength; x: number; y: number }) {
  if (strength === 'strong') return <circle className="xm-picture__mark is-strong" cx={x} cy={y} r={6.5} />;
  if (strength === 'medium') return <circle className="xm-picture__mark is-medium" cx={x} cy={y} r={6} />;
  if (strength === 'weak')
    return (
      <path className="xm-picture__mark is-weak" d={`M${x},${y - 6.5}L${x + 7},${y + 5.5}L${x - 7},${y + 5.5}Z`} />
    );
  return null;
}
