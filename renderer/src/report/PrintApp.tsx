import { useCallback, useEffect, useState } from 'react';
import type { HoshinApi } from '../../../contract/api.ts';
import type { ReportOptions } from '../../../contract/report.ts';
import { toApiError } from '../api/index.ts';
import { readStoredLogo } from './logo-store.ts';
import { loadReportData, todayIso, type ReportData } from './report-data.ts';
import { departmentSlice } from './department-slice.ts';
import { ReportDocument } from './ReportDocument.tsx';
import { t } from '../i18n/intl.ts';

/**
 * report.html: the report alone, for printing. Sets `data-report-ready` on <html> once every page is laid out with
 * its fonts (what `hoshin report` and the Electron export wait for), or `data-report-error` with the reason.
 * With `print=1` (web mode's Print button) it opens the browser's print dialog itself.
 */
export function PrintApp({
  api,
  options,
  inject,
  autoPrint,
}: {
  api: HoshinApi | null;
  options: ReportOptions;
  inject: boolean;
  autoPrint: boolean;
}) {
  const [data, setData] = useState<ReportData | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const input = window.hoshinReportInput;
    const preparedOn = input?.preparedOn ?? todayIso();
    if (inject) {
      window.hoshinReport = {
        render: (report) =>
          setData({
            plan: report.plan,
            gaps: report.gaps,
            review: report.review,
            logo: report.logo ?? (options.logo ? readStoredLogo() : null),
            preparedOn,
          }),
      };
      return;
    }
    if (!api) return;
    loadReportData(api).then(
      (loaded) =>
        setData({
          ...loaded,
          ...(options.department ? departmentSlice(loaded.plan, loaded.gaps, options.department) : {}),
          logo: input?.logo ?? (options.logo ? readStoredLogo() : null),
          preparedOn,
        }),
      (err: unknown) => setError(toApiError(err).message),
    );
  }, [api, inject, options.logo, options.department]);

  useEffect(() => {
    if (data) document.title = t('rpt.docTitle', { plan: data.plan.plan.title });
  }, [data]);
  useEffect(() => {
    if (error) document.documentElement.dataset.reportError = error;
  }, [error]);

  const onReady = useCallback(
    (pages: number) => {
      document.documentElement.dataset.reportPages = String(pages);
      document.documentElement.dataset.reportReady = 'true';
      if (autoPrint) window.print();
    },
    [autoPrint],
  );

  if (error) {
    return (
      <p className="rpt-progress" role="alert">
        {t('rpt.failed', { error })}
      </p>
    );
  }
  if (!data) return <p className="rpt-progress">{t('rpt.reading')}</p>;
  return <ReportDocument data={data} options={options} onReady={onReady} className="rpt-doc--print" />;
}
