import { useId, useState, type FormEvent, type Ref } from 'react';
import type { NoteKind } from '../../../contract/plan-format.ts';
import { fieldMessage } from '../forms/field-errors.ts';
import { useAppActions } from '../state/app-context.ts';
import { readNoteAuthor, writeNoteAuthor } from './note-author.ts';
import { NOTE_KIND_LABEL } from '../domain/notes.ts';
import { t, tRich } from '../i18n/intl.ts';

interface NoteFormProps {
  /** The item the note is about; null asks for one first (the Notes panel's picker). */
  itemId: string | null;
  /** "CS-1 Cut churn", for the confirmation. */
  about: string;
  textRef?: Ref<HTMLTextAreaElement>;
  onAdded?: () => void;
}

/**
 * A catchball note: a question or a proposal about one item, written by whoever holds the file. Notes are the one
 * thing a department may add to read-only items, so this form is never disabled in a draft.
 */
export function NoteForm({ itemId, about, textRef, onAdded }: NoteFormProps) {
  const { run, notify } = useAppActions();
  const id = useId();
  const [kind, setKind] = useState<NoteKind>('question');
  const [text, setText] = useState('');
  const [author, setAuthor] = useState(readNoteAuthor);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!itemId) {
      setError(t('note.chooseItem'));
      return;
    }
    if (!text.trim()) {
      setError(t('note.writeFirst'));
      return;
    }
    setBusy(true);
    try {
      await run('addNote', {
        itemId,
        kind,
        text: text.trim(),
        ...(author.trim() ? { author: author.trim() } : {}),
      });
      writeNoteAuthor(author);
      setText('');
      setError(null);
      notify({ message: t('note.added', { kind, item: about }), undoable: true });
      onAdded?.();
    } catch (err) {
      // The refusal stays at the form, in the words of the field it is about.
      setError(fieldMessage(err, 'text'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="note-form"
      onSubmit={(e) => void submit(e)}
      noValidate
      aria-label={t('note.formLabel', { item: about })}
    >
      <fieldset className="note-form__kind">
        <legend className="field__label">{t('note.kind')}</legend>
        {(['question', 'proposal'] as const).map((k) => (
          <label key={k} className="note-form__choice">
            <input type="radio" name={`${id}-kind`} value={k} checked={kind === k} onChange={() => setKind(k)} />
            {NOTE_KIND_LABEL[k]}
          </label>
        ))}
      </fieldset>
      <div className={error ? 'field has-error' : 'field'}>
        <label className="field__label" htmlFor={`${id}-text`}>
          {t('note.text')}
        </label>
        <textarea
          id={`${id}-text`}
          ref={textRef}
          className="textarea"
          rows={3}
          value={text}
          placeholder={kind === 'proposal' ? t('note.placeholder.proposal') : t('note.placeholder.question')}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit(e);
          }}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        {error ? (
          <p className="field__error" id={`${id}-error`}>
            {error}
          </p>
        ) : null}
      </div>
      <div className="note-form__row">
        <div className="field note-form__author">
          <label className="field__label" htmlFor={`${id}-author`}>
            {tRich('note.yourName', { muted: (chunks) => <span className="muted">{chunks}</span> })}
          </label>
          <input
            id={`${id}-author`}
            className="input"
            autoComplete="name"
            value={author}
            onChange={(e) => setAuthor(e.target.value)}
          />
        </div>
        <button type="submit" className="button button--small button--primary" disabled={busy}>
          {t('note.submit')}
        </button>
      </div>
    </form>
  );
}
