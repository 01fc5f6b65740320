import { useRef, useState, type ChangeEvent } from 'react';
import { useFileDrop } from '../forms/use-file-drop.ts';
import type { ActualsReport } from '../../../contract/api.ts';
import { useAppActions } from '../state/app-context.ts';
import { ActualsFileError, readActualsFile, type ActualsFile } from './actuals-file.ts';
import { useApi } from '../platform/platform.ts';
import { formatNumber } from '../domain/format.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

const ACTION_WORDS: Record<ActualsReport['rows'][number]['action'], MessageKey> = {
  create: 'actuals.action.create',
  update: 'actuals.action.update',
  unchanged: 'actuals.action.unchanged',
  error: 'actuals.action.error',
};

/** The service's message about a row, without the "Sheet, row 4: " the table's own columns already say. */
const rowMessage = (r: ActualsReport['rows'][number]) => r.message.replace(`${r.sheet}, row ${r.row}: `, '');

/** An empty cell. */
const NONE = '–';

/**
 * "Load actuals from file…": a CSV file or workbook (chosen, or dropped on the review), previewed row by row as
 * `hoshin actual --from --dry-run` shows it, then loaded in one undo step. Nothing is loaded while a row has an
 * error. `onLoaded` refreshes the chart.
 */
export function ActualsFromFile({ onLoaded }: { onLoaded: () => void }) {
  const { run, reportError, notify } = useAppActions();
  const api = useApi();
  const [preview, setPreview] = useState<{ file: ActualsFile; report: ActualsReport } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const open = async (chosen: File) => {
    setBusy(true);
    try {
      const file = await readActualsFile(chosen);
      setPreview({ file, report: await api.previewActuals(file) });
    } catch (err) {
      if (err instanceof ActualsFileError) notify({ message: err.message });
      else reportError(err);
    } finally {
      setBusy(false);
    }
  };

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) void open(file);
  };

  const apply = async () => {
    if (!preview) return;
    setBusy(true);
    try {
      const report = await run('importActuals', preview.file);
      if (report.summary.error > 0) {
        // The plan changed since the preview (a KPI removed, say): show why nothing was loaded.
        setPreview({ file: preview.file, report });
        return;
      }
      setPreview(null);
      const written = report.summary.create + report.summary.update;
      notify({
        message: written
          ? t('actuals.loaded', { count: written, file: preview.file.source })
          : t('actuals.nothingLoaded', { file: preview.file.source }),
        undoable: written > 0,
      });
      onLoaded();
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  const { dropProps } = useFileDrop((file) => void open(file));

  const report = preview?.report ?? null;
  const toWrite = report ? report.summary.create + report.summary.update : 0;
  return (
    <div className="rv-actuals">
      <div className="rv-actuals__drop" {...dropProps}>
        <button type="button" className="button" onClick={() => input.current?.click()} disabled={busy}>
          {t('actuals.choose')}
        </button>
        <span className="muted rv-actuals__hint">{t('actuals.drop')}</span>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('actuals.file')}
          onChange={onFile}
        />
      </div>
      {preview && report ? (
        <section className="card rv-actuals__preview" aria-labelledby="rv-actuals-heading" aria-busy={busy}>
          <h2 className="rv-section__title" id="rv-actuals-heading">
            {t('actuals.heading', { file: preview.file.source })}
          </h2>
          <p role="status" data-summary="">
            {t(report.summary.error > 0 ? 'actuals.summaryErrors' : 'actuals.summary', {
              create: report.summary.create,
              update: report.summary.update,
              unchanged: report.summary.unchanged,
              errors: report.summary.error,
            })}
          </p>
          <div className="rv-actuals__scroll">
            <table className="rv-actuals__table">
              <thead>
                <tr>
                  <th scope="col">{t('actuals.col.row')}</th>
                  <th scope="col">{t('actuals.col.kpi')}</th>
                  <th scope="col">{t('actuals.col.month')}</th>
                  <th scope="col">{t('actuals.col.value')}</th>
                  <th scope="col">{t('actuals.col.what')}</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={`${r.sheet}/${r.row}`} data-action={r.action}>
                    <td>{r.row}</td>
                    <td>{r.code ?? NONE}</td>
                    <td>{r.month ?? NONE}</td>
                    <td>{r.value === null ? NONE : formatNumber(r.value)}</td>
                    <td>
                      <span className="rv-actuals__action">{t(ACTION_WORDS[r.action])}</span> {rowMessage(r)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="rv-actuals__buttons">
            <button
              type="button"
              className="button button--primary"
              onClick={() => void apply()}
              disabled={busy || report.summary.error > 0 || toWrite === 0}
            >
              {toWrite > 0 ? t('actuals.load', { count: toWrite }) : t('actuals.nothing')}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)} disabled={busy}>
              {t('common.cancel')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
