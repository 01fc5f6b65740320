import { useRef, useState, type ChangeEvent } from 'react';
import { useFileDrop } from '../forms/use-file-drop.ts';
import type { ActualsReport } from '../../../contract/api.ts';
import { useAppActions } from '../state/app-context.ts';
import { ActualsFileError, readActualsFile, type ActualsFile } from './actuals-file.ts';
import { reviewApi } from './review-api.ts';

const ACTION_WORDS: Record<ActualsReport['rows'][number]['action'], string> = {
  create: 'New',
  update: 'Changed',
  unchanged: 'Unchanged',
  error: 'Error',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * "Load actuals from file…": a CSV file or workbook (chosen, or dropped on the review), previewed row by row as
 * `hoshin actual --from --dry-run` shows it, then loaded in one undo step. Nothing is loaded while a row has an
 * error. `onLoaded` refreshes the chart.
 */
export function ActualsFromFile({ onLoaded }: { onLoaded: () => void }) {
  const { run, reportError, notify } = useAppActions();
  const [preview, setPreview] = useState<{ file: ActualsFile; report: ActualsReport } | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const open = async (chosen: File) => {
    setBusy(true);
    try {
      const file = await readActualsFile(chosen);
      setPreview({ file, report: await reviewApi().previewActuals(file) });
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
          ? `Loaded ${plural(written, 'value')} from ${preview.file.source}.`
          : `Nothing to load: every value in ${preview.file.source} is already in the plan.`,
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
          Load actuals from file…
        </button>
        <span className="muted rv-actuals__hint">or drop a CSV or Excel file here</span>
        <input
          ref={input}
          type="file"
          accept=".csv,.tsv,.txt,.xlsx"
          className="visually-hidden"
          tabIndex={-1}
          aria-label="Actuals file"
          onChange={onFile}
        />
      </div>
      {preview && report ? (
        <section className="card rv-actuals__preview" aria-labelledby="rv-actuals-heading" aria-busy={busy}>
          <h2 className="rv-section__title" id="rv-actuals-heading">
            Actuals from {preview.file.source}
          </h2>
          <p role="status" data-summary="">
            {plural(report.summary.create, 'new value')}, {plural(report.summary.update, 'changed value')},{' '}
            {report.summary.unchanged} unchanged
            {report.summary.error > 0 ? `, ${plural(report.summary.error, 'row')} in error` : ''}.
            {report.summary.error > 0
              ? ' Nothing is loaded while a row has an error: correct the file and choose it again.'
              : ''}
          </p>
          <div className="rv-actuals__scroll">
            <table className="rv-actuals__table">
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">KPI</th>
                  <th scope="col">Month</th>
                  <th scope="col">Value</th>
                  <th scope="col">What happens</th>
                </tr>
              </thead>
              <tbody>
                {report.rows.map((r) => (
                  <tr key={`${r.sheet}/${r.row}`} data-action={r.action}>
                    <td>{r.row}</td>
                    <td>{r.code ?? '–'}</td>
                    <td>{r.month ?? '–'}</td>
                    <td>{r.value ?? '–'}</td>
                    <td>
                      <span className="rv-actuals__action">{ACTION_WORDS[r.action]}</span>{' '}
                      {r.message.replace(`${r.sheet}, row ${r.row}: `, '')}
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
              {toWrite > 0 ? `Load ${plural(toWrite, 'value')}` : 'Nothing to load'}
            </button>
            <button type="button" className="button" onClick={() => setPreview(null)} disabled={busy}>
              Cancel
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}
