import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReportOptions } from '../../../contract/report.ts';
import { toApiError } from '../api/index.ts';
import { usePlatform } from '../platform/platform.ts';
import { ExportOptionsForm } from '../report/ExportOptionsForm.tsx';
import { readStoredLogo, storeLogo } from '../report/logo-store.ts';
import { optionsQuery } from '../report/options.ts';
import { loadReportData, todayIso, type ReportData } from '../report/report-data.ts';
import { ReportDocument } from '../report/ReportDocument.tsx';
import { ReportPictures } from '../report/ReportPictures.tsx';
import { readStoredOptions, storeOptions } from '../report/stored-options.ts';
import { t } from '../i18n/intl.ts';

type Loaded = Omit<ReportData, 'logo' | 'preparedOn'>;

/**
 * `#/report`: the export dialog. Options on the left, the report itself on the right as it will print (the same
 * component report.html prints), then Export PDF… (the desktop app writes it through the shell) or Print / Save as
 * PDF (web mode: report.html in a new tab, printed by the browser), and the Excel and CSV exports.
 */
export function ReportView() {
  const { api, shell } = usePlatform();
  const [options, setOptions] = useState<ReportOptions>(readStoredOptions);
  const [logo, setLogo] = useState<string | null>(readStoredLogo);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [pages, setPages] = useState<number | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    loadReportData(api).then(
      (data) => live && setLoaded(data),
      (err: unknown) => live && setMessage(toApiError(err).message),
    );
    return () => {
      live = false;
    };
  }, [api]);

  const change = useCallback((next: ReportOptions) => {
    setPages(null);
    setOptions(next);
    storeOptions(next);
  }, []);
  const changeLogo = useCallback((dataUrl: string | null) => {
    setLogo(dataUrl);
    storeLogo(dataUrl);
  }, []);
  const data = useMemo<ReportData | null>(
    () => (loaded ? { ...loaded, logo: options.logo ? logo : null, preparedOn: todayIso() } : null),
    [loaded, logo, options.logo],
  );

  const query = optionsQuery(options);
  const exportWithShell = (kind: 'pdf' | 'xlsx') => {
    if (!shell) return;
    setBusy(true);
    setMessage(null);
    shell.exportReport(kind, query).then(
      (file) => {
        setBusy(false);
        if (file) setMessage(t('report.saved', { file }));
      },
      (err: unknown) => {
        setBusy(false);
        setMessage(toApiError(err).message);
      },
    );
  };
  const noSections = options.sections.length === 0;

  return (
    <section className="view report-view" aria-labelledby="report-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="report-heading" className="view__heading">
            {t('report.heading')}
          </h2>
        </div>
        <div className="report-view__actions">
          {loaded ? <ReportPictures plan={loaded.plan} gaps={loaded.gaps} onSaved={setMessage} /> : null}
          {shell ? (
            <>
              <button
                type="button"
                className="button button--primary"
                disabled={busy || noSections}
                onClick={() => exportWithShell('pdf')}
              >
                {busy ? t('report.exporting') : t('report.exportPdf')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => exportWithShell('xlsx')}>
                {t('report.exportExcel')}
              </button>
            </>
          ) : (
            <>
              <a
                className={`button button--primary${noSections ? ' is-disabled' : ''}`}
                href={`report.html#${query}&print=1`}
                target="_blank"
                rel="noopener"
                aria-disabled={noSections}
              >
                {t('report.print')}
              </a>
              <a className="button" href="/api/export.xlsx" download>
                {t('report.excel')}
              </a>
              <a className="button" href="/api/export.csv" download>
                {t('report.csv')}
              </a>
            </>
          )}
        </div>
      </div>
      {message ? (
        <p className="report-view__message" role="status">
          {message}
        </p>
      ) : null}
      <div className="report-view__body">
        <ExportOptionsForm
          options={options}
          onChange={change}
          logo={logo}
          onLogo={changeLogo}
          onLogoError={setMessage}
        />
        <div className="report-view__preview" aria-label={t('report.preview')} role="region">
          <p className="report-view__status" aria-live="polite">
            {noSections
              ? t('report.noSections')
              : pages === null
                ? t('report.layingOut')
                : t('report.pages', { count: pages })}
          </p>
          {data && !noSections ? (
            <ReportDocument data={data} options={options} onReady={setPages} className="rpt-doc--preview" />
          ) : null}
        </div>
      </div>
    </section>
  );
}
