/** The X-matrix exported as a picture: one SVG document laid out like the view, every cell and heading in it (pure). */
import { DOMParser } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { buildXMatrix } from '../../renderer/src/xmatrix/matrix-model.ts';
import { MATRIX_PICTURE, matrixPictureSvg } from '../../renderer/src/xmatrix/matrix-picture.tsx';
import { samplePlanDocument } from '../../services/plan-files.ts';

function parseXml(text: string): Document {
  const problems: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: unknown) => problems.push(`${level}: ${String(message)}`),
  }).parseFromString(text, 'image/svg+xml');
  expect(problems).toEqual([]);
  return doc as unknown as Document;
}

const sample = () => {
  const plan = samplePlanDocument();
  return { plan, model: buildXMatrix(plan, analyzeGaps(plan, '2027-01-15')) };
};

describe('matrixPictureSvg', () => {
  it('is well-formed SVG holding every correlation cell of the model inside its viewBox', () => {
    const { model } = sample();
    for (const orientation of ['bottom', 'top'] as const) {
      const { svg, layout } = matrixPictureSvg(model, orientation, 'Sample: X-matrix');
      const doc = parseXml(svg);
      const root = doc.documentElement;
      expect(root.getAttribute('viewBox')).toBe(`0 0 ${layout.width} ${layout.height}`);
      const expected =
        model.goals.length * (model.objectiveColumns.length + model.kpis.length + model.owners.length) +
        model.breakthroughs.length * (model.annuals.length + model.kpis.length + model.owners.length);
      expect(layout.cells).toHaveLength(expected);
      const groups = Array.from(doc.getElementsByTagName('g')).filter((g) => g.hasAttribute('data-strength'));
      expect(groups).toHaveLength(expected);
      for (const { x, y } of layout.cells) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(x + MATRIX_PICTURE.cell).toBeLessThanOrEqual(layout.width);
        expect(y + MATRIX_PICTURE.cell).toBeLessThanOrEqual(layout.height);
      }
      // The cell contract of the view: each drawn cell is the model's, with its strength.
      for (const g of groups) {
        const row = g.getAttribute('data-row-id')!;
        const col = g.getAttribute('data-col-id')!;
        const cell =
          model.goalObjective.get(row)?.get(col) ??
          model.annualBreakthrough.get(row)?.get(col) ??
          model.itemKpi.get(row)?.get(col) ??
          model.itemOwner.get(row)?.get(col);
        expect(cell?.strength).toBe(g.getAttribute('data-strength'));
      }
    }
  });

  it('names every objective, goal, KPI and owner, and puts goals north when breakthroughs are at the bottom', () => {
    const { plan, model } = sample();
    const { svg, layout } = matrixPictureSvg(model, 'bottom', 'Sample: X-matrix');
    const doc = parseXml(svg);
    const titles = Array.from(doc.getElementsByTagName('title')).map((t) => t.textContent ?? '');
    for (const x of [...plan.objectives, ...plan.goals]) {
      expect(titles.some((t) => t.startsWith(`${x.code} ${x.title}`))).toBe(true);
    }
    for (const o of model.owners) expect(titles).toContain(o.name);
    for (const k of model.kpis) expect(titles.some((t) => t.startsWith(`${k.code} ${k.kpi.name}`))).toBe(true);
    const yOf = (id: string) => layout.cells.find((c) => c.cell.rowId === id)!.y;
    const goalY = yOf(model.goals[0]!.id);
    const breakthroughY = yOf(model.breakthroughs[0]!.id);
    expect(goalY).toBeLessThan(breakthroughY);
    const top = matrixPictureSvg(model, 'top', 'Sample: X-matrix').layout;
    const topY = (id: string) => top.cells.find((c) => c.cell.rowId === id)!.y;
    expect(topY(model.goals[0]!.id)).toBeGreaterThan(topY(model.breakthroughs[0]!.id));
  });

  it('prints in full under the grid every heading and title the grid shortens, so no text is lost', () => {
    const { plan } = sample();
    const long = 'A much longer annual objective title than any in the sample plan, running well past any heading';
    plan.objectives[0]!.title = long;
    const model = buildXMatrix(plan, analyzeGaps(plan, '2027-01-15'));
    const { svg, layout } = matrixPictureSvg(model, 'bottom', 't');
    expect(layout.headHeight).toBeLessThanOrEqual(MATRIX_PICTURE.headMax);
    expect(layout.inFull).toContain(`${plan.objectives[0]!.code} ${long}`);
    const doc = parseXml(svg);
    const shown = Array.from(doc.getElementsByTagName('text'))
      .map((t) => t.textContent ?? '')
      .join(' ');
    for (const x of [...plan.objectives, ...plan.goals]) {
      for (const word of x.title.split(/\s+/)) expect(shown).toContain(word);
    }
    expect(layout.height).toBeGreaterThan(
      Math.max(...layout.cells.map((c) => c.y)) + MATRIX_PICTURE.cell + 36 + MATRIX_PICTURE.noteLine,
    );
  });
});
