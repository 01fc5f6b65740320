import { useState, type FormEvent } from 'react';
import type { Note, PlanDocument } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { formatInstant, itemNames } from './change-format.ts';

/** Departments' questions and proposals still waiting for leadership's answer. */
export function NotesPanel({ plan }: { plan: PlanDocument }) {
  const open = plan.notes.filter((n) => !n.answer);
  const names = itemNames(plan);
  return (
    <section className="merge-section" aria-labelledby="open-notes-heading">
      <h3 id="open-notes-heading" className="section-heading">
        Open notes <span className="section-heading__count">{open.length}</span>
      </h3>
      {open.length === 0 ? (
        <p className="muted">No questions or proposals wait for an answer.</p>
      ) : (
        <ul className="merge-notes">
          {open.map((n) => (
            <NoteItem key={n.id} note={n} about={names.get(n.itemId) ?? n.itemId} />
          ))}
        </ul>
      )}
    </section>
  );
}

function NoteItem({ note, about }: { note: Note; about: string }) {
  const { run, reportError, notify } = useAppActions();
  const [answer, setAnswer] = useState('');
  const inputId = `note-answer-${note.id}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!answer.trim()) return;
    run('answerNote', { id: note.id, answer: answer.trim() }).then(() => {
      setAnswer('');
      notify({ message: `Answered the note on ${about}.`, undoable: true });
    }, reportError);
  };
  return (
    <li className="merge-note card" data-note-id={note.id}>
      <p className="merge-note__meta">
        <span className="merge-op">{note.kind === 'proposal' ? 'Proposal' : 'Question'}</span> on {about}
        {note.author ? ` — ${note.author}` : ''}, {formatInstant(note.createdAt)}
      </p>
      <p className="merge-note__text">{note.text}</p>
      <form className="merge-note__answer" onSubmit={submit} noValidate>
        <label className="visually-hidden" htmlFor={inputId}>
          Answer to the note on {about}
        </label>
        <input
          id={inputId}
          className="input"
          placeholder="Answer…"
          autoComplete="off"
          value={answer}
          onChange={(e) => setAnswer(e.target.value)}
        />
        <button type="submit" className="button button--small" disabled={!answer.trim()}>
          Answer
        </button>
      </form>
    </li>
  );
}
