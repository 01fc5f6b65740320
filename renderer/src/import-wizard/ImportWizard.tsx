import { useId, useReducer, useRef, useState } from 'react';
import { useFileDrop } from '../forms/use-file-drop.ts';
import type { HoshinApi, ImportFileReport } from '../../../contract/api.ts';
import { toApiError } from '../api/index.ts';
import { focusWorkArea } from '../components/focus-return.ts';
import { useModalDialog } from '../components/use-modal-dialog.ts';
import { useAppActions } from '../state/app-context.ts';
import { correctionCount, initialMapping, mappingOf, mappingReducer, shownSheets } from './mapping-state.ts';
import { readUpload, UploadError, type Upload } from './read-upload.ts';
import { RowPreview } from './RowPreview.tsx';
import { SheetMapping } from './SheetMapping.tsx';
import '../styles/import-wizard.css';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

type Step = 'choose' | 'columns' | 'rows';

/** A word space between inline parts (JSX drops the whitespace of a line break). */
const SPACE = ' ';

interface ImportWizardProps {
  open: boolean;
  api: HoshinApi;
  onClose: () => void;
  /** After an import: show the cascade (the outline then takes the focus). */
  showOutline: () => void;
}

const STEPS: readonly { step: Step; label: MessageKey }[] = [
  { step: 'choose', label: 'import.step.choose' },
  { step: 'columns', label: 'import.step.columns' },
  { step: 'rows', label: 'import.step.rows' },
];

/**
 * File > Import from Excel/CSV… (the app gives it a new `key` each time it opens): a workbook or CSV file,
 * chosen or dropped, read by the service exactly as `hoshin import` reads it. Step 1 shows the sheets and
 * columns recognised and takes corrections (the `--mapping` object); step 2 previews every row and imports
 * into this plan, matching items by code, as one undo step. With a row in error nothing is imported unless the
 * user asks for the valid rows only. A native modal `<dialog>`: the page behind is inert, Esc closes.
 */
export function ImportWizard({ open, api, onClose, showOutline }: ImportWizardProps) {
  const { ref, returnFocus } = useModalDialog(open, { restoreFocus: false });
  const { run, notify } = useAppActions();
  const id = useId();
  const [step, setStep] = useState<Step>('choose');
  const [upload, setUpload] = useState<Upload | null>(null);
  const [report, setReport] = useState<ImportFileReport | null>(null);
  const [mapping, dispatch] = useReducer(mappingReducer, initialMapping);
  const [validOnly, setValidOnly] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  const close = (imported: boolean) => {
    onClose();
    if (imported) {
      showOutline();
      focusOutlineSoon();
    } else {
      returnFocus.current?.focus();
    }
  };

  /** Runs a preview (or the first reading) and shows its result; a refusal is shown in the dialog's words. */
  const preview = async (file: Upload, next: Step, only: boolean, message: string) => {
    setBusy(message);
    setError(null);
    try {
      const result = await api.previewImport({
        source: file.source,
        data: file.data,
        mapping: mappingOf(mapping),
        validOnly: only,
      });
      setReport(result);
      dispatch({ type: 'recognised', sheets: result.sheets });
      setStep(next);
      requestAnimationFrame(() => heading.current?.focus());
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(null);
    }
  };

  const choose = async (file: File) => {
    setError(null);
    let read: Upload;
    try {
      read = await readUpload(file);
    } catch (err) {
      setError(err instanceof UploadError ? err.message : toApiError(err).message);
      return;
    }
    setUpload(read);
    dispatch({ type: 'reset' });
    setValidOnly(false);
    await preview(read, 'columns', false, t('import.reading', { file: read.source }));
  };

  const importRows = async () => {
    if (!upload || !report) return;
    setBusy(t('import.importing'));
    setError(null);
    try {
      const result = await run('importFile', {
        source: upload.source,
        data: upload.data,
        mapping: mappingOf(mapping),
        validOnly,
      });
      if (!result.summary.written) {
        // Nothing was written: the plan changed since the preview, or every row is already in it. Say why.
        setReport(result);
        setError(
          result.summary.error > 0 ? t('import.nothingErrors') : t('import.nothingNew', { file: upload.source }),
        );
        return;
      }
      const changed = result.summary.create + result.summary.update;
      const left = result.leftOut.length;
      notify({
        message: left
          ? t('import.importedLeft', { count: changed, file: upload.source, left })
          : t('import.imported', { count: changed, file: upload.source }),
        undoable: true,
      });
      close(true);
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(null);
    }
  };

  const { dropProps } = useFileDrop((file) => void choose(file));

  const summary = report?.summary;
  const errors = summary?.error ?? 0;
  const toWrite = summary ? summary.create + summary.update : 0;
  const corrections = correctionCount(mapping);
  const canImport = !busy && toWrite > 0 && (errors === 0 || validOnly);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--import"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-steps`}
      data-import-step={step}
      onCancel={(e) => {
        e.preventDefault();
        if (busy !== t('import.importing')) close(false);
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        {t('import.title')}
      </h2>
      <ol className="import-steps" id={`${id}-steps`} aria-label={t('import.steps')}>
        {STEPS.map((s, i) => (
          <li key={s.step} aria-current={s.step === step ? 'step' : undefined}>
            {t('import.stepLabel', { n: i + 1, label: t(s.label) })}
          </li>
        ))}
      </ol>
      <div className="dialog__body import-wizard" aria-busy={busy !== null}>
        {step === 'choose' ? (
          <div className="import-drop" {...dropProps}>
            <p>{t('import.intro')}</p>
            <label className="button button--primary import-drop__choose">
              {t('import.choose')}
              <input
                ref={fileInput}
                type="file"
                accept=".xlsx,.xlsm,.csv,.tsv,.txt"
                className="visually-hidden"
                aria-label={t('import.file')}
                data-import-file=""
                disabled={busy !== null}
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  // Cleared so choosing the same file again (after fixing it) fires another change.
                  e.target.value = '';
                  if (file) void choose(file);
                }}
              />
            </label>
            <span className="muted">{t('import.drop')}</span>
          </div>
        ) : null}

        {step === 'columns' && report ? (
          <>
            <h3 className="import-wizard__heading" ref={heading} tabIndex={-1}>
              {t('import.sheets', { file: upload?.source ?? '', count: report.sheets.length })}
            </h3>
            <p className="muted">
              {corrections ? t('import.sheetsHintCorrections', { count: corrections }) : t('import.sheetsHint')}
            </p>
            <SheetMapping sheets={shownSheets(mapping)} choices={report.choices} dispatch={dispatch} />
          </>
        ) : null}

        {step === 'rows' && report && summary ? (
          <>
            <h3 className="import-wizard__heading" ref={heading} tabIndex={-1}>
              {t('import.into', { file: upload?.source ?? '' })}
            </h3>
            <p role="status" data-import-summary="">
              {t('import.summary', {
                create: summary.create,
                update: summary.update,
                unchanged: summary.unchanged,
                errors,
                departments: summary.departmentsCreated.length ? summary.departmentsCreated.join(', ') : 'none',
                newDepartments: summary.departmentsCreated.length,
              })}
            </p>
            {summary.ignoredColumns.length ? (
              <p className="muted import-wizard__ignored">
                {t('import.ignored', { columns: summary.ignoredColumns.join(', ') })}
              </p>
            ) : null}
            {errors > 0 ? (
              <label className="import-wizard__valid-only">
                <input
                  type="checkbox"
                  checked={validOnly}
                  disabled={busy !== null}
                  data-valid-only=""
                  onChange={(e) => {
                    const only = e.target.checked;
                    setValidOnly(only);
                    if (upload) void preview(upload, 'rows', only, t('import.readingRowsAgain'));
                  }}
                />
                {SPACE}
                {t('import.validOnly')}
              </label>
            ) : null}
            <RowPreview report={report} />
          </>
        ) : null}

        {busy ? (
          <p className="muted" role="status">
            {busy}
          </p>
        ) : null}
        {error ? (
          <p className="field__error import-wizard__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="dialog__actions">
        {step === 'columns' ? (
          <>
            <button type="button" className="button" onClick={() => setStep('choose')} disabled={busy !== null}>
              {t('import.another')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null || !upload}
              onClick={() => upload && void preview(upload, 'rows', validOnly, t('import.readingRows'))}
            >
              {t('import.preview')}
            </button>
          </>
        ) : null}
        {step === 'rows' ? (
          <>
            <button type="button" className="button" onClick={() => setStep('columns')} disabled={busy !== null}>
              {t('import.back')}
            </button>
            <button
              type="button"
              className="button button--primary"
              disabled={!canImport}
              data-import-go=""
              onClick={() => void importRows()}
            >
              {toWrite === 0
                ? t('import.nothing')
                : errors > 0 && !validOnly
                  ? t('import.tickFirst')
                  : t('import.go', { count: toWrite })}
            </button>
          </>
        ) : null}
        <button type="button" className="button" onClick={() => close(false)} disabled={busy === t('import.importing')}>
          {t('common.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** The outline appears once the cascade has rendered the reloaded plan: try for a few frames, then give up. */
function focusOutlineSoon(frames = 30): void {
  requestAnimationFrame(() => {
    if (!focusWorkArea() && frames > 0) focusOutlineSoon(frames - 1);
  });
}
