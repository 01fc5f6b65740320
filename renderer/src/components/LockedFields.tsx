import { useId, useMemo, type ReactNode } from 'react';
import { FieldLockContext } from '../forms/field-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { asSentence } from '../domain/draft-lock.ts';
import { t } from '../i18n/intl.ts';

interface LockedFieldsProps {
  /** Why the part is read only; null: not locked (children shown as they are). */
  reason: string | null;
  /** The item a note would be about (the button opens its note form); null: the Notes view is offered. */
  itemId: string | null;
  /**
   * Disable every control inside with a disabled fieldset (a form with nothing to navigate). Otherwise only the
   * fields and link controls that read FieldLockContext are disabled, and links to other items stay usable.
   */
  fieldset?: boolean;
  children: ReactNode;
}

/**
 * A draft's read-only part: its controls shown disabled, so nothing can be typed only to be refused, with the
 * reason beside them and the way to propose a change instead: a note.
 */
export function LockedFields({ reason, itemId, fieldset, children }: LockedFieldsProps) {
  const { sendRequest } = useAppActions();
  const id = useId();
  const lock = useMemo(() => (reason === null ? null : { reason, id }), [reason, id]);
  if (lock === null) return <>{children}</>;
  return (
    <FieldLockContext value={lock}>
      <div className="lock-reason" id={id} data-lock-reason="">
        <p className="lock-reason__text">{asSentence(lock.reason)}</p>
        {itemId ? (
          <button type="button" className="button button--small" onClick={() => sendRequest({ type: 'note', itemId })}>
            {t('common.addNote')}
          </button>
        ) : (
          <a className="button button--small" href="#/notes">
            {t('lock.writeNote')}
          </a>
        )}
      </div>
      {fieldset ? (
        <fieldset className="locked-fields" disabled aria-describedby={id}>
          <legend className="visually-hidden">{t('lock.legend')}</legend>
          {children}
        </fieldset>
      ) : (
        <div className="locked-fields" data-locked="">
          {children}
        </div>
      )}
    </FieldLockContext>
  );
}
