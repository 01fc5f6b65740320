import type { FormEvent, ReactNode } from 'react';
import { t } from '../../i18n/intl.ts';

/** The frame of every inline fix: a labelled form, its fields, an error line, and Apply / Cancel. */
export function FixFrame({
  label,
  busy,
  error,
  canApply = true,
  applyLabel,
  onApply,
  onCancel,
  children,
}: {
  label: string;
  busy: boolean;
  error: string | null;
  canApply?: boolean;
  applyLabel?: string;
  onApply: () => void;
  onCancel: () => void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canApply && !busy) onApply();
  };
  return (
    <form
      className="fix"
      aria-label={label}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <div className="fix__fields">{children}</div>
      {error ? (
        <p className="fix__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="fix__actions">
        <button type="submit" className="button button--small button--primary" disabled={busy || !canApply}>
          {busy ? t('fix.saving') : (applyLabel ?? t('fix.apply'))}
        </button>
        <button type="button" className="button button--small" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** A labelled control inside a fix. */
export function FixField({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <label className={wide ? 'fix__field fix__field--wide' : 'fix__field'}>
      <span className="fix__label">{label}</span>
      {children}
    </label>
  );
}
