import { useId, useState, type FormEvent } from 'react';
import type { Note } from '../../../contract/plan-format.ts';
import { fieldMessage } from '../forms/field-errors.ts';
import { NOTE_KIND_LABEL } from '../domain/notes.ts';
import { useAppActions } from '../state/app-context.ts';
import { formatInstant } from './change-format.ts';
import { readNoteAuthor } from './note-author.ts';
import { t } from '../i18n/intl.ts';

/** Between the author and the time. */
const SEPARATOR = ' · ';

interface NoteEntryProps {
  note: Note;
  /** "CS-1 Cut churn": shown when the list mixes items (the Notes panel); omitted on the item's own inspector. */
  about?: string;
  /** Leadership answers in the master; a draft shows the answer or that one is awaited. */
  canAnswer: boolean;
}

/** One note: kind, text, who wrote it and when, and its answer (or a form to answer it). */
export function NoteEntry({ note, about, canAnswer }: NoteEntryProps) {
  const { run, notify } = useAppActions();
  const id = useId();
  const [answer, setAnswer] = useState('');
  const [error, setError] = useState<string | null>(null);
  const subject = about ?? t('note.thisItem');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer.trim()) {
      setError(t('note.answerFirst'));
      return;
    }
    const answeredBy = readNoteAuthor();
    run('answerNote', { id: note.id, answer: answer.trim(), ...(answeredBy ? { answeredBy } : {}) }).then(
      () => {
        setAnswer('');
        setError(null);
        notify({ message: t('note.answered', { kind: note.kind, item: subject }), undoable: true });
      },
      (err: unknown) => setError(fieldMessage(err, 'answer')),
    );
  };

  return (
    <li
      className={note.answer === null ? 'note-entry is-open' : 'note-entry is-answered'}
      data-note-id={note.id}
      data-note-kind={note.kind}
      data-item-id={note.itemId}
    >
      <p className="note-entry__meta">
        <span className={`note-kind note-kind--${note.kind}`}>{NOTE_KIND_LABEL[note.kind]}</span>
        {about ? <span className="note-entry__about">{about}</span> : null}
        <span className="note-entry__by">
          {note.author ?? t('note.unsigned')}
          {SEPARATOR}
          <time dateTime={note.createdAt}>{formatInstant(note.createdAt)}</time>
        </span>
      </p>
      <p className="note-entry__text">{note.text}</p>
      {note.answer !== null ? (
        <div className="note-entry__answer">
          <p className="note-entry__answer-meta">
            {note.answeredBy ? t('note.answerFrom', { name: note.answeredBy }) : t('note.answerMeta')}
            {note.answeredAt ? (
              <>
                {SEPARATOR}
                <time dateTime={note.answeredAt}>{formatInstant(note.answeredAt)}</time>
              </>
            ) : null}
          </p>
          <p className="note-entry__answer-text">{note.answer}</p>
        </div>
      ) : canAnswer ? (
        <form className="note-entry__answer-form" onSubmit={submit} noValidate>
          <label className="visually-hidden" htmlFor={`${id}-answer`}>
            {t('note.answerTo', { kind: note.kind, item: subject })}
          </label>
          <input
            id={`${id}-answer`}
            className="input"
            placeholder={t('note.answerPlaceholder')}
            autoComplete="off"
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
          <button type="submit" className="button button--small">
            {t('note.answer')}
          </button>
          {error ? (
            <p className="field__error note-entry__error" id={`${id}-error`}>
              {error}
            </p>
          ) : null}
        </form>
      ) : (
        <p className="note-entry__waiting muted">{t('note.waiting')}</p>
      )}
    </li>
  );
}
