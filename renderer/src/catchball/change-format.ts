import type { Change, ChangeKind, ChangeOp } from '../../../contract/catchball.ts';
import type { PlanDocument, Strength, TacticStatus } from '../../../contract/plan-format.ts';
import { STATUS_LABEL, STRENGTH_LABEL, STRENGTH_SYMBOL } from '../domain/constants.ts';

/** Names of every item either side knows, so a change about an item the master lacks still reads well. */
export function itemNames(...docs: readonly (PlanDocument | null)[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const doc of docs) {
    if (!doc) continue;
    for (const d of doc.departments) if (!names.has(d.id)) names.set(d.id, d.name);
    for (const item of [...doc.objectives, ...doc.goals, ...doc.tactics]) {
      if (!names.has(item.id)) names.set(item.id, `${item.code} ${item.title}`);
    }
  }
  return names;
}

const isStrength = (v: unknown): v is Strength => v === 'strong' || v === 'medium' || v === 'weak';
const isStatus = (v: unknown): v is TacticStatus => typeof v === 'string' && v in STATUS_LABEL;

export function formatStrength(v: unknown): string {
  return isStrength(v) ? `${STRENGTH_SYMBOL[v]} ${STRENGTH_LABEL[v].toLowerCase()}` : formatValue(v);
}

export function formatValue(v: unknown): string {
  if (v === null || v === undefined || v === '') return '—';
  if (isStrength(v)) return formatStrength(v);
  if (isStatus(v)) return STATUS_LABEL[v];
  if (Array.isArray(v)) return v.length === 0 ? '—' : v.map(formatValue).join(', ');
  if (typeof v === 'object') {
    return Object.entries(v)
      .filter(([, x]) => x !== null && x !== '')
      .map(([k, x]) => `${k}: ${formatValue(x)}`)
      .join('; ');
  }
  return String(v as string | number | boolean);
}

const FIELD_LABELS: Record<string, string> = {
  departmentId: 'Department',
  itemId: 'About',
  answeredBy: 'Answered by',
  answeredAt: 'Answered',
  createdAt: 'Written',
};
export const fieldLabel = (field: string): string =>
  FIELD_LABELS[field] ??
  field.charAt(0).toUpperCase() +
    field
      .slice(1)
      .replace(/([A-Z])/g, ' $1')
      .toLowerCase();

const KIND_LABEL: Record<ChangeKind, string> = {
  plan: 'Plan',
  department: 'Department',
  objective: 'Objective',
  goal: 'Goal',
  tactic: 'Tactic',
  note: 'Note',
  'goal-objective': 'Link',
  'tactic-goal': 'Link',
};
export const kindLabel = (kind: ChangeKind): string => KIND_LABEL[kind];

export function opLabel(op: ChangeOp, fields: Record<string, unknown>): string {
  if (op === 'link') return isFieldChange(fields['strength']) ? 'Re-weighted' : 'Linked';
  return { add: 'Added', update: 'Changed', remove: 'Removed', unlink: 'Unlinked', link: 'Linked' }[op];
}

/** The short tag before a change: "Added tactic", "Re-weighted" (a link's kind says nothing a reader needs). */
export function chipLabel(change: Pick<Change, 'op' | 'kind' | 'fields'>): string {
  const op = opLabel(change.op, change.fields);
  if (change.kind === 'goal-objective' || change.kind === 'tactic-goal') return op;
  return `${op} ${kindLabel(change.kind).toLowerCase()}`;
}

export interface FieldChangeValue {
  before: unknown;
  after: unknown;
}
export function isFieldChange(v: unknown): v is FieldChangeValue {
  return typeof v === 'object' && v !== null && 'before' in v && 'after' in v;
}

/** The item a change belongs under: a link under its goal or tactic, a note under the item it is about. */
export function groupId(change: { kind: ChangeKind; id: string; fields: Record<string, unknown> }): string {
  if (change.kind === 'note' && typeof change.fields['itemId'] === 'string') return change.fields['itemId'];
  return change.id;
}

export interface ChangeGroup<T> {
  id: string;
  items: T[];
}
export function groupChanges<T extends Pick<Change, 'kind' | 'id' | 'fields'>>(
  changes: readonly T[],
): ChangeGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const c of changes) {
    const id = groupId(c);
    const list = groups.get(id);
    if (list) list.push(c);
    else groups.set(id, [c]);
  }
  return [...groups].map(([id, items]) => ({ id, items }));
}

/** One line for a change, used for its row and its checkbox's accessible name. */
export function describeChange(
  change: Pick<Change, 'op' | 'kind' | 'id' | 'fields'>,
  names: Map<string, string>,
): string {
  const name = (id: unknown) => (typeof id === 'string' ? (names.get(id) ?? id) : '');
  const { op, kind, fields } = change;
  if (kind === 'goal-objective' || kind === 'tactic-goal') {
    const target = name(fields['toId']);
    const strength = fields['strength'];
    if (op === 'unlink') return `No longer supports ${target}`;
    if (isFieldChange(strength)) {
      return `Support of ${target}: ${formatStrength(strength.before)} → ${formatStrength(strength.after)}`;
    }
    return `Supports ${target}${strength ? ` (${formatStrength(strength)})` : ''}`;
  }
  if (kind === 'note') {
    const text = typeof fields['text'] === 'string' ? fields['text'] : '';
    const who = typeof fields['author'] === 'string' && fields['author'] ? ` — ${fields['author']}` : '';
    return `${fields['kind'] === 'proposal' ? 'Proposal' : 'Question'}: “${text}”${who}`;
  }
  const title = typeof fields['title'] === 'string' ? fields['title'] : name(change.id);
  if (op === 'add') return `New ${kindLabel(kind).toLowerCase()}: ${title}`;
  if (op === 'remove') return `Removed ${kindLabel(kind).toLowerCase()} ${name(change.id)}`;
  return `Changed ${Object.keys(fields).map(fieldLabel).join(', ').toLowerCase()}`;
}

/** Draft issue times are instants; shown as a day and time in the reader's zone. */
const instantFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
export function formatInstant(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : instantFormat.format(date);
}

/**
 * The changes that would really be applied: the accepted ones whose requirements (`requires`) are applied too.
 * Rejecting an added goal thus rejects the links and notes that need it, and accepting it again brings them back.
 */
export function effectiveAccepted(changes: readonly Change[], accepted: ReadonlySet<string>): Set<string> {
  const keys = new Set(changes.map((c) => c.key));
  const byKey = new Map(changes.map((c) => [c.key, c]));
  const memo = new Map<string, boolean>();
  const applies = (key: string, seen: Set<string>): boolean => {
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (!accepted.has(key) || seen.has(key)) return false;
    seen.add(key);
    const ok = (byKey.get(key)?.requires ?? []).every((r) => !keys.has(r) || applies(r, seen));
    memo.set(key, ok);
    return ok;
  };
  return new Set(changes.filter((c) => applies(c.key, new Set())).map((c) => c.key));
}

/** The changes `change` needs that are not going to be applied (what it is rejected with). */
export function missingRequirements(
  change: Change,
  changes: readonly Change[],
  effective: ReadonlySet<string>,
): Change[] {
  return (change.requires ?? [])
    .map((r) => changes.find((c) => c.key === r))
    .filter((c): c is Change => c !== undefined && !effective.has(c.key));
}
