import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import { useFieldLock } from './field-lock.ts';
import { fieldMessage, isValidationError } from './field-errors.ts';
import { t } from '../i18n/intl.ts';

/**
 * How many places name this person: heads and owners, trimmed and in any case, as `renamePerson` matches them
 * (and as the people list counts one person).
 */
export function placesNaming(plan: PlanDocument, name: string): number {
  const key = name.trim().toLocaleLowerCase();
  const is = (n: string | null | undefined) => !!n && n.trim().toLocaleLowerCase() === key;
  let count = plan.departments.filter((d) => is(d.head)).length;
  for (const x of [...plan.objectives, ...plan.goals, ...plan.tactics]) if (is(x.owner)) count += 1;
  for (const c of plan.review?.countermeasures ?? []) if (is(c.owner)) count += 1;
  return count;
}

/**
 * Beside an owner field: "Rename everywhere…" opens a one-field form that renames the person wherever they are
 * named (every owner and head), as one undo step. Esc or Cancel closes it and gives the focus back to the button.
 */
export function RenamePerson({ plan, name }: { plan: PlanDocument; name: string | null }) {
  const { run, notify, reportError } = useAppActions();
  const lock = useFieldLock();
  // A department draft cannot reach the other departments' items that name the person: the master plan renames.
  const draft = useDraft();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement | null>(null);
  // Set when the form closes; the effect gives the focus back once the button is rendered again. (Focusing from a
  // timer raced React's commit: after an awaited save the commit is a separate task, and a frame could come first.)
  const refocus = useRef(false);
  useEffect(() => {
    if (open || !refocus.current) return;
    refocus.current = false;
    button.current?.focus();
  }, [open]);
  const person = name?.trim();
  if (!person || lock || draft) return null;
  const places = placesNaming(plan, person);

  const close = () => {
    refocus.current = true;
    setOpen(false);
    setError(null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    try {
      const r = await run('renamePerson', { from: person, to: text });
      notify({
        message: t('rename.done', { from: r.from, to: r.to, count: r.count }),
        undoable: true,
      });
      close();
    } catch (err) {
      setError(fieldMessage(err, 'to'));
      if (!isValidationError(err)) reportError(err);
    } finally {
      setBusy(false);
    }
  };

  if (!open) {
    return (
      <button
        ref={button}
        type="button"
        className="button button--small rename-person__open"
        onClick={() => {
          setText(person);
          setOpen(true);
        }}
      >
        {t('rename.open', { person })}
      </button>
    );
  }
  return (
    <form className="rename-person" aria-label={t('rename.form', { person })} onSubmit={(e) => void submit(e)}>
      <div className={error ? 'field has-error' : 'field'}>
        <label className="field__label" htmlFor={id}>
          {t('rename.label', { person })}
        </label>
        <input
          id={id}
          className="input"
          value={text}
          autoFocus
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-note`}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Escape' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              e.stopPropagation();
              close();
            }
          }}
        />
        <p className={error ? 'field__error' : 'field__hint'} id={`${id}-note`}>
          {error ?? t('rename.note', { person, count: places })}
        </p>
      </div>
      <div className="rename-person__actions">
        <button type="submit" className="button button--primary button--small" disabled={busy}>
          {t('rename.submit')}
        </button>
        <button type="button" className="button button--small" onClick={close}>
          {t('rename.cancel')}
        </button>
      </div>
    </form>
  );
}
