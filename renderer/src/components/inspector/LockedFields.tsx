import { useId, type ReactNode } from 'react';
import { useAppActions } from '../../state/app-context.ts';

/**
 * A draft's read-only part: every control inside is disabled (a disabled fieldset, so nothing can be typed only to
 * be refused), with the reason beside it and, on an item, the way to propose a change instead: a note.
 */
export function LockedFields({
  reason,
  itemId,
  children,
}: {
  reason: string | null;
  itemId: string | null;
  children: ReactNode;
}) {
  const { sendRequest } = useAppActions();
  const id = useId();
  if (reason === null) return <>{children}</>;
  return (
    <>
      <div className="lock-reason" id={id} data-lock-reason="">
        <p className="lock-reason__text">{reason}.</p>
        {itemId ? (
          <button type="button" className="button button--small" onClick={() => sendRequest({ type: 'note', itemId })}>
            Add a note
          </button>
        ) : null}
      </div>
      <fieldset className="locked-fields" disabled aria-describedby={id}>
        <legend className="visually-hidden">Read only in this draft</legend>
        {children}
      </fieldset>
    </>
  );
}
