/** Notes: questions and proposals on any item, open in a department draft (they are how a draft proposes). */
import type { Note } from '../../contract/plan-format.ts';
import type { DomainDeclarations } from './declaration.ts';
import { invalid, notFound } from './support.ts';

export const noteOps = {
  addNote: {
    draft: 'open',
    run: ({ store, newId, draftBlock }, input) => {
      if (!store.getObjective(input.itemId) && !store.getGoal(input.itemId) && !store.getTactic(input.itemId)) {
        throw invalid('itemId', `no objective, goal or tactic has id "${input.itemId}"`);
      }
      if (input.id !== undefined && store.getNote(input.id))
        throw invalid('id', `"${input.id}" is already used by another note`);
      const note: Note = {
        id: input.id ?? newId(),
        itemId: input.itemId,
        kind: input.kind,
        text: input.text,
        author: input.author ?? null,
        createdAt: new Date().toISOString(),
        answer: null,
        answeredBy: null,
        answeredAt: null,
        // In a draft, the note is the department's; in the master, leadership's own.
        departmentId: draftBlock?.departmentId ?? null,
      };
      store.insertNote(note);
      return note;
    },
  },
  answerNote: {
    draft: 'open',
    run: ({ store }, { id, answer, answeredBy }) => {
      const note = store.getNote(id);
      if (!note) throw notFound('note', id);
      const answered: Note =
        answer === null
          ? { ...note, answer: null, answeredBy: null, answeredAt: null }
          : { ...note, answer, answeredBy: answeredBy ?? null, answeredAt: new Date().toISOString() };
      store.updateNote(answered);
      return answered;
    },
  },
  deleteNote: { draft: 'open', run: ({ store }, { id }) => ({ removed: store.deleteNote(id) }) },
} satisfies DomainDeclarations;
