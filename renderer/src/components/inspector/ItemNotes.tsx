import { useEffect, useRef } from 'react';
import type { Note } from '../../../../contract/plan-format.ts';
import { NoteEntry } from '../../catchball/NoteEntry.tsx';
import { NoteForm } from '../../catchball/NoteForm.tsx';
import { notesOf } from '../../domain/notes.ts';
import { useAppActions } from '../../state/app-context.ts';
import { useDraft } from '../../state/draft-context.ts';
import { NoteBadge } from '../marks.tsx';
import { t } from '../../i18n/intl.ts';

/** The inspector's catchball notes on the item: every note with its answer, and the form to add one. */
export function ItemNotes({ itemId, about, notes }: { itemId: string; about: string; notes: readonly Note[] }) {
  const { request, clearRequest } = useAppActions();
  const draft = useDraft();
  const textRef = useRef<HTMLTextAreaElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const own = notesOf(notes, itemId);
  const open = own.filter((n) => n.answer === null).length;

  // "Add a note" from a lock reason or a refusal: the form takes the focus, in view.
  useEffect(() => {
    if (request?.type !== 'note' || request.itemId !== itemId) return;
    clearRequest();
    sectionRef.current?.scrollIntoView({ block: 'nearest' });
    textRef.current?.focus();
  }, [request, itemId, clearRequest]);

  return (
    <section className="inspector__section item-notes" aria-labelledby="item-notes-heading" ref={sectionRef}>
      <h4 id="item-notes-heading" className="inspector__subheading">
        {t('inspector.notes')} <NoteBadge count={open} />
      </h4>
      {own.length > 0 ? (
        <ul className="note-list">
          {own.map((n) => (
            <NoteEntry key={n.id} note={n} canAnswer={draft === null} />
          ))}
        </ul>
      ) : (
        <p className="muted item-notes__empty">
          {draft ? t('inspector.notes.emptyDraft') : t('inspector.notes.empty')}
        </p>
      )}
      <NoteForm itemId={itemId} about={about} textRef={textRef} />
    </section>
  );
}
