import { createElement, Fragment, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import type { TableSpec } from '../../renderer/src/report/blocks.ts';
import { departmentSlice } from '../../renderer/src/report/department-slice.ts';
import { DEFAULT_OPTIONS } from '../../renderer/src/report/options.ts';
import type { PageFormat } from '../../renderer/src/report/page-format.ts';
import { departmentChapters } from '../../renderer/src/report/sections/departments.tsx';
import { planFacts } from '../../renderer/src/report/report-data.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

const TODAY = '2027-01-15';

/** The sample plan with Support responsible for O3 (which its goal SUP-1 serves) and O5 (which none serves). */
function plan() {
  const doc = samplePlanDocument();
  doc.objectives = doc.objectives.map((o) =>
    o.id === 'o3' || o.id === 'o5' ? { ...o, departmentId: 'd-support' } : o,
  );
  return doc;
}

function responsibleTable(doc: ReturnType<typeof plan>): TableSpec | undefined {
  const gaps = analyzeGaps(doc, TODAY);
  const facts = planFacts({ plan: doc, gaps, review: null, logo: null, preparedOn: TODAY });
  const body = {} as PageFormat;
  const chapters = departmentChapters({
    facts,
    options: DEFAULT_OPTIONS,
    body,
    box: () => ({ width: 700, height: 1000 }),
  });
  for (const c of chapters)
    for (const b of c.blocks) if (b.kind === 'table' && b.key === 'd-support:responsible-table') return b.table;
  return undefined;
}

describe('the report’s department page', () => {
  it('lists the objectives the department is responsible for, marking one it has no goal for', () => {
    const table = responsibleTable(plan())!;
    expect(table.label).toBe('Support: objectives it is responsible for');
    expect(table.rows.map((r) => r.key)).toEqual(['o3', 'o5']);
    const text = (cells: unknown[]) =>
      cells.map((c) => renderToStaticMarkup(createElement(Fragment, null, c as ReactNode)));
    const o5 = table.rows[1]!;
    expect(o5.className).toBe('rpt-row--gap');
    expect(text(o5.cells).at(-1)).toContain('None yet');
    expect(table.rows[0]!.className).toBeUndefined();
  });

  it('has no such table for a department responsible for nothing', () => {
    expect(responsibleTable(samplePlanDocument())).toBeUndefined();
  });

  it('keeps the objectives a department is responsible for in its own report, served or not', () => {
    const doc = plan();
    const sliced = departmentSlice(doc, analyzeGaps(doc, TODAY), 'd-support');
    expect(sliced.plan.objectives.map((o) => o.id)).toContain('o5');
  });
});
