import { useEffect, useId, useState } from 'react';
import type { HoshinApi } from '../../../contract/api.ts';
import type { PlanHeader } from '../../../contract/plan-format.ts';
import type { CarryMode, RolloverReport } from '../../../contract/rollover.ts';
import { toApiError } from '../api/index.ts';
import { useModalDialog } from '../components/use-modal-dialog.ts';
import type { Notice } from '../state/app-context.ts';
import { usePlatform } from '../platform/platform.ts';
import '../styles/next-year.css';
import { getLocale, t, tRich } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import { sayText } from '../i18n/service-text.ts';

const CHOICES: readonly { carry: CarryMode; label: MessageKey; hint: MessageKey }[] = [
  { carry: 'unfinished', label: 'nextYear.carry.unfinished', hint: 'nextYear.carry.unfinishedHint' },
  { carry: 'all', label: 'nextYear.carry.all', hint: 'nextYear.carry.allHint' },
  { carry: 'none', label: 'nextYear.carry.none', hint: 'nextYear.carry.noneHint' },
];

/** "3 of 4 goals" for every level, from the preview's counts. */
function carriedLine(r: RolloverReport): string {
  const levels = ['breakthrough', 'annual', 'goal', 'tactic'] as const;
  return levels
    .map((level) =>
      t(`nextYear.of.${level}`, {
        carried: r.summary.carried[level],
        total: r.summary.carried[level] + r.summary.left[level],
      }),
    )
    .join(getLocale() === 'ja' ? '、' : ', ');
}

interface NextYearDialogProps {
  open: boolean;
  api: HoshinApi;
  header: PlanHeader | null;
  onClose: () => void;
  notify: (notice: Notice) => void;
}

const PREVIEW_PAUSE_MS = 250;

/**
 * (The app gives it a new `key` each time it opens, so each opening starts from the year after this plan's.)
 * File > Start Next Year's Plan…: the year and what to carry, with a live preview (previewRollover, which writes
 * nothing) of what the new plan would hold. Creating it writes a new file (desktop: main asks where and offers
 * to open it; web mode: a download); the open plan is never changed.
 */
export function NextYearDialog({ open, api, header, onClose, notify }: NextYearDialogProps) {
  const { ref } = useModalDialog(open);
  const { files, browser: webMode } = usePlatform();
  const id = useId();
  const startYear = Number((header?.periodStart ?? header?.periodEnd ?? '').slice(0, 4)) || new Date().getFullYear();
  const [period, setPeriod] = useState(String(startYear + 1));
  const [carry, setCarry] = useState<CarryMode>('unfinished');
  const [preview, setPreview] = useState<RolloverReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!open) return;
    let current = true;
    // A pause after typing before asking: the preview reads the whole plan (seconds at 200,000 tactics), and a
    // year typed digit by digit would otherwise ask four times.
    const timer = window.setTimeout(() => {
      api.previewRollover({ period: period.trim(), carry }).then(
        (report) => {
          if (!current) return;
          setPreview(report);
          setError(null);
        },
        (err: unknown) => {
          if (!current) return;
          setPreview(null);
          setError(toApiError(err).message);
        },
      );
    }, PREVIEW_PAUSE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [open, api, period, carry]);

  const create = async () => {
    if (!preview || busy) return;
    setBusy(true);
    try {
      if (webMode) {
        const name = await files.nextYear(period.trim(), carry);
        notify({
          message: t('nextYear.downloaded', { file: name ?? '' }),
        });
        onClose();
      } else {
        const file = await files.nextYear(period.trim(), carry);
        // Cancelled or refused (main showed why): the dialog stays for another try.
        if (file) {
          notify({ message: t('nextYear.saved', { file: file.split(/[\\/]/).pop() ?? file }) });
          onClose();
        }
      }
    } catch (err) {
      setError(toApiError(err).message);
    } finally {
      setBusy(false);
    }
  };

  const baselines = preview?.changed.filter((c) => c.field === 'baseline').length ?? 0;
  const dues = preview?.changed.filter((c) => c.field === 'due').length ?? 0;
  return (
    <dialog
      ref={ref}
      className="dialog dialog--next-year"
      aria-labelledby={`${id}-title`}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        {t('nextYear.title')}
      </h2>
      <form
        className="dialog__body next-year"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <p className="muted">{t('nextYear.intro')}</p>
        <div className={error ? 'field has-error' : 'field'}>
          <label className="field__label" htmlFor={`${id}-year`}>
            {t('nextYear.year')}
          </label>
          <input
            id={`${id}-year`}
            className="input next-year__year"
            inputMode="numeric"
            value={period}
            onChange={(e) => setPeriod(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          {error ? (
            <p className="field__error" id={`${id}-error`} role="alert">
              {error}
            </p>
          ) : null}
        </div>
        <fieldset className="next-year__carry">
          <legend className="field__label">{t('nextYear.carry')}</legend>
          {CHOICES.map((c) => (
            <label key={c.carry} className="next-year__choice">
              <input
                type="radio"
                name={`${id}-carry`}
                value={c.carry}
                checked={carry === c.carry}
                onChange={() => setCarry(c.carry)}
              />
              <span>
                {t(c.label)} <span className="field__hint">{t(c.hint)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {preview ? (
          <div className="next-year__preview" data-rollover-summary aria-live="polite">
            <p>
              {tRich('nextYear.carries', {
                title: preview.to.title,
                start: preview.to.periodStart ?? '',
                end: preview.to.periodEnd ?? '',
                carried: carriedLine(preview),
                b: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
            <p>{t('nextYear.reset', { baselines, dues })}</p>
            {preview.left.length + preview.changed.length > 0 ? (
              <details>
                <summary>{t('nextYear.details')}</summary>
                {/* It scrolls, so it takes the focus: a keyboard can scroll it too. */}
                <ul className="next-year__list" tabIndex={0} aria-label={t('nextYear.details')}>
                  {preview.left.map((x) => (
                    <li key={`left-${x.id}`}>
                      {t('nextYear.left', { code: x.code, title: x.title, reason: sayText(x.reasonText, x.reason) })}
                    </li>
                  ))}
                  {preview.changed.map((c) => (
                    <li key={`changed-${c.id}-${c.field}`}>{sayText(c.text, c.message)}</li>
                  ))}
                </ul>
              </details>
            ) : null}
          </div>
        ) : null}
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!preview || busy}>
            {webMode ? t('nextYear.download') : t('nextYear.create')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
