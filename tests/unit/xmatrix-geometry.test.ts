/** The X-matrix's geometry (pure): the box and its X, the four lists around it, diamond cells, paper sizes. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { parsePlanJson } from '../../core/plan-json.ts';
import { contentBox } from '../../renderer/src/report/page-format.ts';
import { printRoom } from '../../renderer/src/report/sections/xmatrix.tsx';
import { cellGrid, matrixInput } from '../../renderer/src/xmatrix/matrix-drawing.tsx';
import {
  cellAt,
  layoutForPrint,
  layoutXMatrix,
  presentationScale,
  stepCell,
  SCREEN_METRICS,
  type LaneSpec,
  type XMatrixInput,
} from '../../renderer/src/xmatrix/matrix-geometry.ts';
import { buildXMatrix } from '../../renderer/src/xmatrix/matrix-model.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { xmatrixPlan } from '../helpers/xmatrix-plan.ts';

/** A measure like a sans font's: 0.56 em a character (0.62 bold). */
const measure = (text: string, size: number, weight: number) => text.length * size * (weight >= 600 ? 0.62 : 0.56);
const lanes = (n: number, kind: LaneSpec['kind'], prefix: string, text = 'A title'): LaneSpec[] =>
  Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, code: `${prefix}${i + 1}`, text, kind, gap: false }));
const input = (north: number, south: number, west: number, east: number): XMatrixInput => ({
  north: lanes(north, 'goal', 'g'),
  south: lanes(south, 'breakthrough', 'b'),
  west: lanes(west, 'annual', 'a'),
  east: lanes(east, 'kpi', 'k'),
});

describe('layoutXMatrix', () => {
  it('lists a shortened text once, though the lane stands both as a row and as a column', () => {
    const long = 'Become the reference supplier for every plant in the region by the end of the decade';
    const b = { id: 'b1', code: 'B1', text: long, kind: 'breakthrough' as const, gap: false };
    const g = layoutXMatrix(
      { north: lanes(2, 'goal', 'g'), south: [b], west: [b], east: [] },
      SCREEN_METRICS,
      (t, size) => t.length * size * 2,
    );
    expect(g.inFull).toEqual([`B1 ${long}`]);
  });

  it('puts the lists around the box: north rows above it, south rows below, west and east columns beside', () => {
    const g = layoutXMatrix(input(4, 2, 3, 5), SCREEN_METRICS, measure);
    const { box } = g;
    const north = g.rows.slice(0, g.firstSouth);
    const south = g.rows.slice(g.firstSouth);
    const west = g.columns.slice(0, g.firstEast);
    const east = g.columns.slice(g.firstEast);
    expect([north.length, south.length, west.length, east.length]).toEqual([4, 2, 3, 5]);
    for (const r of north) expect(r.y + r.height).toBeLessThanOrEqual(box.y);
    for (const r of south) expect(r.y).toBeGreaterThanOrEqual(box.y + box.height);
    for (const r of g.rows) expect([r.x, r.width]).toEqual([box.x, box.width]);
    for (const c of west) expect(c.x + c.width).toBeLessThanOrEqual(box.x);
    for (const c of east) expect(c.x).toBeGreaterThanOrEqual(box.x + box.width);
    for (const c of g.columns) expect([c.y, c.height]).toEqual([box.y, box.height]);
    // The X runs corner to corner of the box.
    expect(g.xPath).toBe(
      `M${box.x},${box.y}L${box.x + box.width},${box.y + box.height}M${box.x + box.width},${box.y}L${box.x},${box.y + box.height}`,
    );
    expect(g.width).toBe(box.x + box.width + 5 * SCREEN_METRICS.cell + SCREEN_METRICS.margin);
  });

  it('draws each cell as a diamond on its row and column, inside its corner grid', () => {
    const g = layoutXMatrix(input(3, 2, 2, 4), SCREEN_METRICS, measure);
    const inside = (x: number, y: number, r: { x: number; y: number; width: number; height: number }) =>
      x >= r.x && x <= r.x + r.width && y >= r.y && y <= r.y + r.height;
    for (let ri = 0; ri < g.rows.length; ri++) {
      for (let ci = 0; ci < g.columns.length; ci++) {
        const c = cellAt(g, ri, ci);
        expect(c.cy).toBe(g.rows[ri]!.y + SCREEN_METRICS.cell / 2);
        expect(c.cx).toBe(g.columns[ci]!.x + SCREEN_METRICS.cell / 2);
        const corner =
          ri < g.firstSouth
            ? ci < g.firstEast
              ? g.corners.nw
              : g.corners.ne
            : ci < g.firstEast
              ? g.corners.sw
              : g.corners.se;
        const points = c.points.split(' ').map((p) => p.split(',').map(Number) as [number, number]);
        expect(points).toHaveLength(4);
        for (const [x, y] of points) expect(inside(x, y, corner)).toBe(true);
        // A square turned 45°: top, right, bottom, left corners, equally far from the centre.
        const [top, rightP, bottom, left] = points;
        expect(top![0]).toBe(c.cx);
        expect(bottom![0]).toBe(c.cx);
        expect(rightP![1]).toBe(c.cy);
        expect(left![1]).toBe(c.cy);
        expect(c.cy - top![1]).toBeCloseTo(rightP![0] - c.cx, 6);
      }
    }
  });

  it('grows the box to the longest title and heading, and lists in full what it still has to shorten', () => {
    const long = 'An annual objective with a title far longer than any box may grow to, and then some more words';
    const data = input(2, 1, 2, 2);
    data.west[0] = { ...data.west[0]!, text: `${long} · 40 %` };
    data.north[1] = { ...data.north[1]!, text: `${long} ${long}` };
    const g = layoutXMatrix(data, SCREEN_METRICS, measure);
    expect(g.box.height).toBe(SCREEN_METRICS.headMax);
    expect(g.box.width).toBe(SCREEN_METRICS.titleMax);
    const heading = g.columns[0]!;
    expect(heading.truncated).toBe(true);
    expect(heading.shown.endsWith('…')).toBe(true);
    expect(g.inFull).toContain(`a1 ${long} · 40 %`);
    expect(g.inFull).toContain(`g2 ${long} ${long}`);
    // What fits is shown whole.
    expect(g.columns[1]!.truncated).toBe(false);
    expect(g.columns[1]!.shown).toBe('A title');
    expect(g.inFull).toHaveLength(2);
  });

  it('lays the sample plan out with goals north when breakthroughs are at the bottom, and the other way up', () => {
    const plan = samplePlanDocument();
    const model = buildXMatrix(plan, analyzeGaps(plan, '2027-01-15'));
    const bottom = layoutXMatrix(matrixInput(model, 'bottom'), SCREEN_METRICS, measure);
    expect(bottom.rows.slice(0, bottom.firstSouth).every((r) => r.kind === 'goal')).toBe(true);
    expect(bottom.rows.slice(bottom.firstSouth).every((r) => r.kind === 'breakthrough')).toBe(true);
    const top = layoutXMatrix(matrixInput(model, 'top'), SCREEN_METRICS, measure);
    expect(top.rows.slice(0, top.firstSouth).every((r) => r.kind === 'breakthrough')).toBe(true);
    // Every model cell is drawn once.
    const drawn = cellGrid(model, bottom).flat().filter(Boolean).length;
    const expected =
      model.goals.length * (model.objectiveColumns.length + model.kpis.length + model.owners.length) +
      model.breakthroughs.length * (model.annuals.length + model.kpis.length + model.owners.length);
    expect(drawn).toBe(expected);
  });
});

describe('stepCell', () => {
  it('moves to the next cell in a direction, skipping positions without one, and stays at an edge', () => {
    const g = layoutXMatrix(input(2, 1, 3, 2), SCREEN_METRICS, measure);
    // Row 2 (the breakthrough) has no cell in column 1.
    const has = (r: number, c: number) => !(r === 2 && c === 1);
    expect(stepCell(g, { row: 2, column: 0 }, 'right', has)).toEqual({ row: 2, column: 2 });
    expect(stepCell(g, { row: 1, column: 1 }, 'down', has)).toEqual({ row: 1, column: 1 });
    expect(stepCell(g, { row: 0, column: 0 }, 'up', has)).toEqual({ row: 0, column: 0 });
    expect(stepCell(g, { row: 0, column: 2 }, 'right', has)).toEqual({ row: 0, column: 3 });
    expect(stepCell(g, { row: 1, column: 3 }, 'home', has)).toEqual({ row: 1, column: 0 });
    expect(stepCell(g, { row: 1, column: 0 }, 'end', has)).toEqual({ row: 1, column: 4 });
  });
});

describe('presentationScale', () => {
  it('fills the screen up to twice the size, and shrinks no more than 10 % (the rest scrolls)', () => {
    expect(presentationScale({ width: 500, height: 400 }, { width: 1900, height: 1000 })).toBe(2);
    expect(presentationScale({ width: 1000, height: 500 }, { width: 1500, height: 1000 })).toBe(1.5);
    expect(presentationScale({ width: 4000, height: 500 }, { width: 1500, height: 1000 })).toBe(0.9);
  });
});

describe('the X-matrix on paper', () => {
  it('prints 30 annual objectives × 35 KPIs × 25 priorities on A3 landscape with no text under 6 pt', () => {
    const plan = parsePlanJson(
      JSON.stringify(xmatrixPlan({ breakthroughs: 4, annuals: 30, priorities: 25, kpis: 35, departments: 8 })),
    );
    const model = buildXMatrix(plan, analyzeGaps(plan, '2027-01-15'));
    expect([model.annuals.length, model.kpis.length, model.goals.length]).toEqual([30, 35, 25]);
    const room = printRoom(contentBox({ paper: 'A3', landscape: true }, 'normal'));
    const { geometry, zoom, minFontPt } = layoutForPrint(matrixInput(model, 'bottom'), room, measure);
    expect(minFontPt).toBeGreaterThanOrEqual(6);
    // The whole drawing is on the sheet.
    expect(geometry.width * zoom).toBeLessThanOrEqual(room.width + 0.01);
    expect(geometry.height * zoom).toBeLessThanOrEqual(room.height + 0.01);
    // Every list's entry is drawn whole or listed in full beside the matrix.
    for (const lane of [...geometry.rows, ...geometry.columns]) {
      if (lane.truncated) expect(geometry.inFull).toContain(lane.full);
      else expect(lane.shown).toBe(lane.text);
    }
  });

  it('gives a small plan on A4 landscape text larger than 6 pt, scaled up to fill the sheet', () => {
    const plan = samplePlanDocument();
    const model = buildXMatrix(plan, analyzeGaps(plan, '2027-01-15'));
    const room = printRoom(contentBox({ paper: 'A4', landscape: true }, 'normal'));
    const { minFontPt } = layoutForPrint(matrixInput(model, 'bottom'), room, measure);
    expect(minFontPt).toBeGreaterThanOrEqual(6);
  });
});
