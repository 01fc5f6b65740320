/**
 * `hoshin note` and `hoshin notes`: catchball notes from the command line (a public contract: see README).
 *
 * - `note <file> --item <id|code> --kind question|proposal --text "…" [--author "…"]` adds a note, prints its id;
 * - `note <file> --answer <noteId> --text "…" [--author "…"]` answers one;
 * - `notes <file> [--json]` lists them; the JSON is `{"notes":[{id,itemId,itemCode,kind,text,author,createdAt,
 *   answer,answeredBy,answeredAt}]}` in the file's order.
 * In a department draft a note may go on any item, read-only ones included: it is how a department proposes.
 */
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { Note, PlanDocument } from '../contract/plan-format.ts';
import { openPlan, withPlanForReading, type PlanSession } from '../services/plan-files.ts';
import { parseOptions, type Options } from './parse-options.ts';

export interface NotesIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Builds the caller's usage error, so `hoshin` prints it with its "(see: hoshin help)" hint. */
export type UsageErrorFactory = (message: string) => Error;

/** The CLI's row (a public contract: exactly these keys; the raising department is not part of it). */
export interface NoteRow extends Omit<Note, 'departmentId'> {
  itemCode: string | null;
}

function parseFile(args: string[], options: Options, usage: UsageErrorFactory) {
  const parsed = parseOptions(args, options, usage);
  if (parsed.positionals.length !== 1) throw usage('expected <file.hoshin>');
  return { file: parsed.positionals[0]!, values: parsed.values as Record<string, string | boolean | undefined> };
}

function withSession<T>(file: string, fn: (s: PlanSession) => T): T {
  const session = openPlan(file);
  try {
    return fn(session);
  } finally {
    session.close();
  }
}

/** The objective, goal or tactic named by id or by code (codes compared without regard to case). */
export function findItem(doc: PlanDocument, idOrCode: string): { id: string; code: string; title: string } | null {
  const items = [...doc.objectives, ...doc.goals, ...doc.tactics];
  const wanted = idOrCode.trim();
  return items.find((x) => x.id === wanted) ?? items.find((x) => x.code.toLowerCase() === wanted.toLowerCase()) ?? null;
}

export function noteRows(doc: PlanDocument): NoteRow[] {
  const codes = new Map<string, string>();
  for (const x of [...doc.objectives, ...doc.goals, ...doc.tactics]) codes.set(x.id, x.code);
  return doc.notes.map((n) => ({
    id: n.id,
    itemId: n.itemId,
    itemCode: codes.get(n.itemId) ?? null,
    kind: n.kind,
    text: n.text,
    author: n.author,
    createdAt: n.createdAt,
    answer: n.answer,
    answeredBy: n.answeredBy,
    answeredAt: n.answeredAt,
  }));
}

export function noteCommand(args: string[], io: NotesIo, usage: UsageErrorFactory): number {
  const { file, values } = parseFile(
    args,
    {
      item: { type: 'string' },
      kind: { type: 'string' },
      text: { type: 'string' },
      answer: { type: 'string' },
      author: { type: 'string' },
    },
    usage,
  );
  const text = typeof values.text === 'string' ? values.text : undefined;
  const author = typeof values.author === 'string' ? values.author : undefined;
  if (text === undefined) throw usage('note needs --text "…"');
  if (typeof values.answer === 'string') {
    if (values.item !== undefined || values.kind !== undefined)
      throw usage('note takes either --answer <noteId> or --item <id|code> --kind …, not both');
    const noteId = values.answer;
    withSession(file, (s) => {
      if (!s.store.getNote(noteId)) {
        throw new HoshinError('not_found', `${path.basename(file)} has no note with id "${noteId}"`);
      }
      s.dispatch('answerNote', { id: noteId, answer: text, ...(author !== undefined ? { answeredBy: author } : {}) });
    });
    io.stderr(`Answered note ${noteId}\n`);
    return 0;
  }
  if (typeof values.item !== 'string') throw usage('note needs --item <id|code> (or --answer <noteId>)');
  if (values.kind !== 'question' && values.kind !== 'proposal')
    throw usage(
      values.kind === undefined
        ? 'note needs --kind question|proposal'
        : `--kind must be question or proposal, not "${String(values.kind)}"`,
    );
  const kind = values.kind;
  const wanted = values.item;
  const note = withSession(file, (s) => {
    const item = findItem(s.dispatch('getPlan', {}), wanted);
    if (!item) {
      throw new HoshinError(
        'not_found',
        `${path.basename(file)} has no objective, goal or tactic with id or code "${wanted}"`,
      );
    }
    return s.dispatch('addNote', {
      itemId: item.id,
      kind,
      text,
      ...(author !== undefined ? { author } : {}),
    });
  });
  io.stdout(`${note.id}\n`);
  return 0;
}

export function notesCommand(args: string[], io: NotesIo, usage: UsageErrorFactory): number {
  const { file, values } = parseFile(args, { json: { type: 'boolean' } }, usage);
  // Listing only reads: the file is opened read-only (an older one is read from a temporary copy), never written.
  const doc = withPlanForReading(file, (s) => s.dispatch('getPlan', {}));
  const rows = noteRows(doc);
  if (values.json === true) {
    io.stdout(`${JSON.stringify({ notes: rows }, null, 2)}\n`);
    return 0;
  }
  io.stdout(formatNotes(doc, rows));
  return 0;
}

function formatNotes(doc: PlanDocument, rows: NoteRow[]): string {
  if (rows.length === 0) return 'No notes yet.\n';
  const titles = new Map<string, string>();
  for (const x of [...doc.objectives, ...doc.goals, ...doc.tactics]) titles.set(x.id, x.title);
  const open = rows.filter((r) => r.answer === null).length;
  const lines = [`${rows.length} note${rows.length === 1 ? '' : 's'}, ${open} without an answer`, ''];
  for (const r of rows) {
    const item = r.itemCode === null ? '(item deleted)' : `${r.itemCode} '${titles.get(r.itemId) ?? ''}'`;
    const by = [r.author, r.createdAt.slice(0, 10)].filter(Boolean).join(', ');
    lines.push(`${r.kind === 'question' ? 'Question' : 'Proposal'} on ${item} (${by}):`, `  ${r.text}`);
    if (r.answer !== null) {
      const answeredBy = [r.answeredBy, r.answeredAt?.slice(0, 10)].filter(Boolean).join(', ');
      lines.push(`  Answer${answeredBy ? ` (${answeredBy})` : ''}: ${r.answer}`);
    } else lines.push('  No answer yet.');
    lines.push(`  id: ${r.id}`, '');
  }
  return `${lines.join('\n')}`;
}
