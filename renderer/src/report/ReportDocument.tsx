import { useCallback, useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { ReportOptions } from '../../../contract/report.ts';
import type { Chapter, Measures } from './blocks.ts';
import { buildChapters, reportText } from './chapters.ts';
import { loadReportFonts } from './fonts.ts';
import { formatPeriod } from './format.ts';
import { MeasureArea } from './MeasureArea.tsx';
import { contentBox, type PageFormat } from './page-format.ts';
import { PageNumbersContext, type PageNumbers } from './page-numbers.ts';
import { paginate, type Pagination } from './paginate.ts';
import { planFacts, type ReportData } from './report-data.ts';
import { ReportPage } from './ReportPage.tsx';
import '../styles/report.css';
import '../styles/report-review.css';
import { t } from '../i18n/intl.ts';

const MEASURING: PageNumbers = { total: null, firstPage: () => null };

/**
 * The report: loads the fonts for the plan's text, measures every block, paginates, then renders the pages. The
 * same component prints (report.html) and previews (the export dialog). `onReady` fires once the pages are in
 * the DOM with their fonts loaded, which is when printing may start.
 */
export function ReportDocument({
  data,
  options,
  onReady,
  className,
}: {
  data: ReportData;
  options: ReportOptions;
  onReady?: (pages: number) => void;
  className?: string;
}) {
  const facts = useMemo(() => planFacts(data), [data]);
  const [fontsFor, setFontsFor] = useState<ReportData | null>(null);
  useEffect(() => {
    let live = true;
    performance.mark('report:start');
    void loadReportFonts(reportText(facts)).then(() => {
      performance.mark('report:fonts');
      if (live) setFontsFor(data);
    });
    return () => {
      live = false;
    };
  }, [data, facts]);

  const chapters = useMemo(
    () => (fontsFor === data ? buildChapters(facts, options) : null),
    [fontsFor, data, facts, options],
  );
  const box = useCallback((format: PageFormat) => contentBox(format, options.margins), [options.margins]);
  const [laid, setLaid] = useState<{ chapters: readonly Chapter[]; pagination: Pagination } | null>(null);
  const onMeasured = useCallback(
    (measures: Measures) => {
      if (!chapters) return;
      performance.mark('report:measured');
      setLaid({ chapters, pagination: paginate(chapters, measures, box) });
    },
    [chapters, box],
  );
  const current = laid && laid.chapters === chapters ? laid.pagination : null;

  useEffect(() => {
    if (!current || !onReady) return;
    let live = true;
    performance.mark('report:pages');
    // Forces the pages' layout now, so the marks tell layout from font loading.
    document.body.getBoundingClientRect();
    performance.mark('report:laid-out');
    void document.fonts.ready.then(() => {
      performance.mark('report:ready');
      if (live) onReady(current.pages.length);
    });
    return () => {
      live = false;
    };
  }, [current, onReady]);

  const numbers = useMemo<PageNumbers>(
    () => (current ? { total: current.pages.length, firstPage: (id) => current.firstPage.get(id) ?? null } : MEASURING),
    [current],
  );
  const header = data.plan.plan;
  const running = {
    title: header.title,
    period: formatPeriod(header),
    organisation: header.organisation ?? '',
  };
  const style = { '--rpt-accent': `#${options.accent}` } as CSSProperties;

  return (
    <div className={`rpt-doc ${className ?? ''}`} style={style} aria-busy={current === null}>
      <PageNumbersContext value={numbers}>
        {chapters && !current ? <MeasureArea chapters={chapters} box={box} onMeasured={onMeasured} /> : null}
        {current
          ? current.pages.map((page) => (
              <ReportPage
                key={page.number}
                page={page}
                total={current.pages.length}
                margins={options.margins}
                running={running}
                watermark={options.watermark}
              />
            ))
          : null}
      </PageNumbersContext>
      {current === null ? <p className="rpt-progress">{t('rpt.layingOut')}</p> : null}
    </div>
  );
}
