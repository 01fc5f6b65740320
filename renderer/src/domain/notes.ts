import type { Note, PlanDocument } from '../../../contract/plan-format.ts';
import { t } from '../i18n/intl.ts';

/** Open (unanswered) notes per item id: the badge on each item in the outline, the tree and the inspector. */
export function openNoteCounts(notes: readonly Note[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const n of notes) if (n.answer === null) counts.set(n.itemId, (counts.get(n.itemId) ?? 0) + 1);
  return counts;
}

/** The notes on one item, oldest first (a conversation reads top to bottom). */
export function notesOf(notes: readonly Note[], itemId: string): Note[] {
  return notes.filter((n) => n.itemId === itemId).sort(byCreated);
}

/** Open notes first, then answered ones; oldest first within each. */
export function sortNotes(notes: readonly Note[]): Note[] {
  return [...notes].sort((a, b) => Number(a.answer !== null) - Number(b.answer !== null) || byCreated(a, b));
}

const byCreated = (a: Note, b: Note) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id);

export interface NoteSubject {
  kind: 'objective' | 'goal' | 'tactic';
  code: string;
  title: string;
  /** Null for objectives (leadership's). */
  departmentId: string | null;
}

/** What a note is about, by item id; a note whose item is gone is about nothing the plan still has. */
export function noteSubjects(plan: PlanDocument): Map<string, NoteSubject> {
  const subjects = new Map<string, NoteSubject>();
  for (const o of plan.objectives)
    subjects.set(o.id, { kind: 'objective', code: o.code, title: o.title, departmentId: null });
  for (const g of plan.goals)
    subjects.set(g.id, { kind: 'goal', code: g.code, title: g.title, departmentId: g.departmentId });
  for (const t of plan.tactics)
    subjects.set(t.id, { kind: 'tactic', code: t.code, title: t.title, departmentId: t.departmentId });
  return subjects;
}

export const NOTE_KIND_LABEL: Readonly<Record<'question' | 'proposal', string>> = {
  get question() {
    return t('note.kind.question');
  },
  get proposal() {
    return t('note.kind.proposal');
  },
};

/** "1 open note", "3 open notes". */
export const openNotesLabel = (n: number): string => t('common.openNotes', { count: n });
