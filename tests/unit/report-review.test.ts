import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ReviewState } from '../../contract/api.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import { periodMonths, reviewRows } from '../../core/review.ts';
import type { Block, Chapter } from '../../renderer/src/report/blocks.ts';
import { departmentSlice } from '../../renderer/src/report/department-slice.ts';
import { DEFAULT_OPTIONS } from '../../renderer/src/report/options.ts';
import { paginate } from '../../renderer/src/report/paginate.ts';
import { planFacts } from '../../renderer/src/report/report-data.ts';
import { reviewChapter } from '../../renderer/src/report/sections/review.tsx';
import { samplePlanDocument } from '../../services/plan-files.ts';

const TODAY = '2027-03-15';

function chapterOf(doc: PlanDocument, department?: string): Chapter {
  const review: ReviewState = {
    months: periodMonths(doc.plan.periodStart, doc.plan.periodEnd, TODAY),
    tolerance: doc.plan.settings.reviewTolerance,
    kpis: reviewRows(doc, TODAY),
    countermeasures: doc.review.countermeasures,
    tacticUpdates: doc.review.tacticUpdates,
  };
  const gaps = analyzeGaps(doc, TODAY);
  const sliced = department ? departmentSlice(doc, gaps, department) : { plan: doc, gaps };
  const facts = planFacts({ ...sliced, review, logo: null, preparedOn: TODAY });
  return reviewChapter({ facts, options: DEFAULT_OPTIONS, body: { paper: 'A4', landscape: false }, box: () => BOX });
}
const BOX = { width: 1000, height: 640 };
const tables = (c: Chapter) => c.blocks.filter((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

describe('the report’s monthly review chapter', () => {
  it('is a landscape chapter with a bowling chart row per KPI and the countermeasures', () => {
    const doc = samplePlanDocument();
    const chapter = chapterOf(doc);
    expect(chapter.format).toEqual({ paper: 'A4', landscape: true });
    expect(chapter.newPage).toBe(true);
    const [chart, measures, tactics] = tables(chapter);
    const withKpi = [...doc.objectives, ...doc.goals].filter((x) => x.kpi);
    expect(chart!.table.rows).toHaveLength(withKpi.length);
    // KPI, run chart and the plan's twelve months.
    expect(chart!.table.columns).toHaveLength(2 + 12);
    expect(measures!.table.rows.map((r) => r.key)).toEqual(doc.review.countermeasures.map((c) => c.id));
    expect(tactics!.table.rows).toHaveLength(1);
    // The red month without a countermeasure is named, with its month in words.
    const missing = chapter.blocks.find((b) => b.key === 'review:missing');
    expect(missing?.kind === 'flow' && renderToStaticMarkup(missing.node)).toContain('O3 Feb 2027');
  });

  it('prints a longer period as one chart per twelve months', () => {
    const doc = samplePlanDocument();
    doc.plan.periodEnd = '2028-06-30';
    const chapter = chapterOf(doc);
    const charts = tables(chapter).filter((b) => b.key.startsWith('review:chart-'));
    expect(charts.map((c) => c.table.columns.length - 2)).toEqual([12, 6]);
    // Each chart is headed by its months; the columns name the months alone.
    expect(charts[1]!.table.columns[2]!.label).toBe('Jan');
    const headings = chapter.blocks.filter((b) => b.kind === 'flow' && /^review:chart-\d+:heading$/.test(b.key));
    expect(headings.map((b) => b.kind === 'flow' && renderToStaticMarkup(b.node))).toEqual([
      expect.stringContaining('Bowling chart, Jan 2027 to Dec 2027'),
      expect.stringContaining('Bowling chart, Jan 2028 to Jun 2028'),
    ]);
  });

  it('never splits a row: each page holds whole rows under the chart’s header', () => {
    const chapter = chapterOf(samplePlanDocument());
    const measures = {
      flow: new Map(chapter.blocks.filter((b) => b.kind === 'flow').map((b) => [b.key, 40])),
      tables: new Map(tables(chapter).map((b) => [b.key, { head: 24, rows: b.table.rows.map(() => 90) }])),
      fit: new Map(),
    };
    const { pages } = paginate([chapter], measures, () => BOX);
    const chart = tables(chapter)[0]!;
    const pieces = pages.flatMap((p) =>
      p.items
        .filter((i) => i.kind === 'table' && i.block.key === chart.key)
        .map((i) => i as { from: number; to: number }),
    );
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]!.from).toBe(0);
    for (let i = 1; i < pieces.length; i++) expect(pieces[i]!.from).toBe(pieces[i - 1]!.to);
    expect(pieces.at(-1)!.to).toBe(chart.table.rows.length);
  });

  it('keeps to one department’s KPIs in its report', () => {
    const doc = samplePlanDocument();
    const cs = doc.departments.find((d) => d.name === 'Customer Success')!;
    const rows = tables(chapterOf(doc, cs.id))[0]!.table.rows;
    const goals = new Map(doc.goals.map((g) => [g.id, g]));
    const keys = rows.map((r) => r.key.split(':')[0]!);
    expect(keys.some((id) => goals.get(id)?.departmentId === cs.id)).toBe(true);
    expect(keys.length).toBeLessThan([...doc.objectives, ...doc.goals].filter((x) => x.kpi).length);
  });
});
