import { renderToStaticMarkup } from 'react-dom/server';
import { measureText, type TextMeasure } from '../picture/measure.ts';
import { layoutXMatrix, cellAt, type MatrixMetrics } from './matrix-geometry.ts';
import { cellGrid, matrixInput, Mark, UNMET_MARK, XMatrixDrawing } from './matrix-drawing.tsx';
import type { MatrixCell, XMatrixModel } from './matrix-model.ts';
import type { Orientation } from './orientation.ts';
import { t } from '../i18n/intl.ts';

/** Geometry of the X-matrix picture, in CSS pixels at 1:1. */
export const MATRIX_PICTURE = {
  margin: 24,
  cell: 28,
  /** The box's width: as wide as the longest code and title, within these bounds (longer titles end in …). */
  titleMin: 260,
  titleMax: 560,
  /** The box's height: as tall as the longest column heading, within these bounds. */
  headMin: 120,
  headMax: 560,
  /** Line height of the "In full" notes under the matrix (headings and titles the grid had to shorten). */
  noteLine: 19,
  caption: 44,
  fontSize: 13,
} as const;

const METRICS: MatrixMetrics = {
  margin: MATRIX_PICTURE.margin,
  caption: MATRIX_PICTURE.caption,
  cell: MATRIX_PICTURE.cell,
  font: MATRIX_PICTURE.fontSize,
  titleMin: MATRIX_PICTURE.titleMin,
  titleMax: MATRIX_PICTURE.titleMax,
  headMin: MATRIX_PICTURE.headMin,
  headMax: MATRIX_PICTURE.headMax,
  noteLine: MATRIX_PICTURE.noteLine,
};

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

/**
 * The X-matrix as one SVG document (a string), drawn as the view draws it (matrix-geometry.ts, matrix-drawing.tsx):
 * the box crossed by the X with the four lists around it, the corner grids of diamond cells. Strength marks are
 * shapes (filled circle, ring, triangle), not characters, so no font can drop them. Headings and titles the lists
 * had to shorten are printed in full under the drawing. Classes, not colours: `inlinePictureStyles` resolves them.
 * Each cell keeps the view's `data-row-id` / `data-col-id` / `data-strength`.
 */
export function matrixPictureSvg(
  model: XMatrixModel,
  orientation: Orientation,
  title: string,
  measure: TextMeasure = measureText,
): { svg: string; layout: MatrixPictureLayout } {
  const P = MATRIX_PICTURE;
  const g = layoutXMatrix(matrixInput(model, orientation), METRICS, measure);
  const { width, height } = g;
  const grid = cellGrid(model, g);
  const cells: MatrixPictureLayout['cells'] = [];
  grid.forEach((row, ri) =>
    row.forEach((cell, ci) => {
      if (!cell) return;
      const at = cellAt(g, ri, ci);
      cells.push({ cell, x: at.x, y: at.y });
    }),
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
      <g
        className="xm-picture__legend"
        transform={`translate(${Math.max(P.margin, width - P.margin - 330)},${legendY - 5})`}
      >
        <Mark strength="strong" x={6} y={0} size={P.cell} />
        <text className="xm-picture__legend-text" x={16} y={4.5}>
          {t('xmatrix.picture.strong')}
        </text>
        <Mark strength="medium" x={76} y={0} size={P.cell} />
        <text className="xm-picture__legend-text" x={86} y={4.5}>
          {t('xmatrix.picture.medium')}
        </text>
        <Mark strength="weak" x={156} y={0} size={P.cell} />
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
      <XMatrixDrawing model={model} geometry={g} orientation={orientation} />
      {g.notes.lines.length > 0 ? (
        <g className="xm-picture__notes">
          <text className="xm-picture__notes-heading" x={P.margin} y={g.notes.y}>
            {t('xmatrix.picture.inFull')}
          </text>
          {g.notes.lines.map((line, i) => (
            <text key={i} className="xm-picture__note" x={P.margin} y={g.notes.y + (i + 1) * P.noteLine}>
              {line}
            </text>
          ))}
        </g>
      ) : null}
    </svg>
  );
  return {
    svg: `<?xml version="1.0" encoding="UTF-8"?>\n${renderToStaticMarkup(svg)}\n`,
    layout: { width, height, titleWidth: g.box.width, headHeight: g.box.height, inFull: g.inFull, cells },
  };
}
