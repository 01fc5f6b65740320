import { useLayoutEffect, useRef } from 'react';
import type { Chapter, Measures } from './blocks.ts';
import type { PageFormat } from './page-format.ts';
import { ReportTable } from './ReportTable.tsx';

/**
 * Lays every block out once, off screen, at its chapter's content width, and reports the heights the pagination
 * needs: each flow block, each table's header and rows, the natural size of each fit block.
 */
export function MeasureArea({
  chapters,
  box,
  onMeasured,
}: {
  chapters: readonly Chapter[];
  box: (format: PageFormat) => { width: number; height: number };
  onMeasured: (measures: Measures) => void;
}) {
  const root = useRef<HTMLDivElement | null>(null);
  useLayoutEffect(() => {
    const el = root.current;
    if (!el) return;
    const measures: Measures = { flow: new Map(), tables: new Map(), fit: new Map() };
    for (const node of el.querySelectorAll<HTMLElement>('[data-measure]')) {
      measures.flow.set(node.dataset.measure!, node.getBoundingClientRect().height);
    }
    for (const table of el.querySelectorAll<HTMLTableElement>('[data-measure-table]')) {
      measures.tables.set(table.dataset.measureTable!, {
        head: table.tHead?.getBoundingClientRect().height ?? 0,
        rows: [...(table.tBodies[0]?.rows ?? [])].map((r) => r.getBoundingClientRect().height),
      });
    }
    for (const node of el.querySelectorAll<HTMLElement>('[data-measure-fit]')) {
      const child = node.firstElementChild as HTMLElement | null;
      const rect = (child ?? node).getBoundingClientRect();
      measures.fit.set(node.dataset.measureFit!, {
        width: Math.max(1, child?.scrollWidth ?? rect.width),
        height: Math.max(1, rect.height),
      });
    }
    onMeasured(measures);
  }, [chapters, onMeasured]);

  return (
    <div ref={root} className="rpt-measure" aria-hidden="true">
      {chapters.map((chapter) => (
        <div key={chapter.id} className="rpt-measure__chapter" style={{ width: box(chapter.format).width }}>
          {chapter.blocks.map((block) => {
            switch (block.kind) {
              case 'flow':
                return (
                  <div key={block.key} className="rpt-block" data-measure={block.key}>
                    {block.node}
                  </div>
                );
              case 'table':
                return (
                  <div key={block.key} className="rpt-block">
                    <ReportTable spec={block.table} measureKey={block.key} />
                  </div>
                );
              case 'fit':
                return block.natural ? null : (
                  <div key={block.key} className="rpt-block rpt-block--measure-fit" data-measure-fit={block.key}>
                    {block.render(1)}
                  </div>
                );
              case 'sliced':
                return null;
            }
          })}
        </div>
      ))}
    </div>
  );
}
