import type { ReactNode } from 'react';
import type { ReportMargins } from '../../../contract/report.ts';
import type { Page, PageItem } from './blocks.ts';
import { contentBox, marginsMm, pageName } from './page-format.ts';
import { ReportTable } from './ReportTable.tsx';
import { t } from '../i18n/intl.ts';

export interface RunningText {
  title: string;
  period: string;
  organisation: string;
}

function itemNode(item: PageItem): ReactNode {
  switch (item.kind) {
    case 'flow':
      return item.block.node;
    case 'table':
      return <ReportTable spec={item.block.table} from={item.from} to={item.to} continued={item.from > 0} />;
    case 'slice':
      return item.block.slicer.render(item.from, item.to);
    case 'fit':
      return item.block.render(item.zoom);
  }
}

function itemKey(item: PageItem): string {
  return item.kind === 'table' || item.kind === 'slice' ? `${item.block.key}@${item.from}` : item.block.key;
}

/**
 * One sheet: exactly the paper's size (its CSS named page sets the PDF page's size), the running header in the top
 * margin, the footer with the page number in the bottom one, the content box in between.
 */
export function ReportPage({
  page,
  total,
  margins,
  running,
  watermark,
}: {
  page: Page;
  total: number;
  margins: ReportMargins;
  running: RunningText;
  watermark: boolean;
}) {
  const m = marginsMm(margins);
  // The measured width, to the pixel: text must wrap here exactly as it did when measured.
  const { width } = contentBox(page.format, margins);
  return (
    <section
      className={`rpt-page rpt-page--${pageName(page.format)}`}
      aria-label={t('rpt.page', { page: page.number, total })}
    >
      {page.frame ? (
        <div className="rpt-running" style={{ top: `${m.top - 13}mm`, left: `${m.left}mm`, right: `${m.right}mm` }}>
          <span className="rpt-running__title">{running.title}</span>
          <span className="rpt-running__period">
            {watermark ? <strong className="rpt-running__draft">{t('rpt.draftMark')}</strong> : null}
            {running.period}
          </span>
        </div>
      ) : null}
      <div className="rpt-page__body" style={{ top: `${m.top}mm`, left: `${m.left}mm`, width }}>
        {page.items.map((item) => (
          <div
            key={itemKey(item)}
            className={item.kind === 'fit' ? 'rpt-block rpt-block--fit' : 'rpt-block'}
            style={item.space ? { marginTop: item.space } : undefined}
          >
            {itemNode(item)}
          </div>
        ))}
      </div>
      {page.frame ? (
        <div
          className="rpt-footer"
          style={{ bottom: `${m.bottom - 14}mm`, left: `${m.left}mm`, right: `${m.right}mm` }}
        >
          <span>{running.organisation}</span>
          <span className="rpt-footer__page">{t('rpt.page', { page: page.number, total })}</span>
        </div>
      ) : null}
      {watermark ? (
        <div className="rpt-watermark" aria-hidden="true">
          {t('rpt.watermark')}
        </div>
      ) : null}
    </section>
  );
}
