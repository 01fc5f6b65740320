import type { Change, ChangeKind, ChangeOp } from '../../../contract/catchball.ts';
import type { PlanDocument, Strength, TacticStatus } from '../../../contract/plan-format.ts';
import { STATUS_LABEL, STRENGTH_LABEL, STRENGTH_SYMBOL } from '../domain/constants.ts';
import { appIntl, getLocale, hasMessage, t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

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
  return isStrength(v) ? `${STRENGTH_SYMBOL[v]} ${STRENGTH_LABEL[v].toLocaleLowerCase(getLocale())}` : formatValue(v);
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

/** A field's name: the catalogue's, else its code name in words ("periodStart" → "Period start"). */
export const fieldLabel = (field: string): string => {
  const key = `change.field.${field}`;
  return hasMessage(key) ? t(key) : fieldWords(field);
};
const fieldWords = (field: string): string =>
  field.charAt(0).toUpperCase() +
  field
    .slice(1)
    .replace(/([A-Z])/g, ' $1')
    .toLowerCase();

const KIND_LABEL: Record<ChangeKind, MessageKey> = {
  plan: 'change.kind.plan',
  department: 'change.kind.department',
  objective: 'change.kind.objective',
  goal: 'change.kind.goal',
  tactic: 'change.kind.tactic',
  note: 'change.kind.note',
  'goal-objective': 'change.kind.link',
  'tactic-goal': 'change.kind.link',
};
export const kindLabel = (kind: ChangeKind): string => t(KIND_LABEL[kind]);
/** The kind as it stands inside a sentence ("New goal: …"; German keeps its capital). */
const kindInSentence = (kind: ChangeKind): string =>
  t('change.kindLower', { kind: kind === 'goal-objective' || kind === 'tactic-goal' ? 'link' : kind });

export function opLabel(op: ChangeOp, fields: Record<string, unknown>): string {
  return t('change.chip', { op: op === 'link' && isFieldChange(fields['strength']) ? 'reweight' : op });
}

/** The short tag before a change: "Added tactic", "Re-weighted" (a link's kind says nothing a reader needs). */
export function chipLabel(change: Pick<Change, 'op' | 'kind' | 'fields'>): string {
  if (change.kind === 'goal-objective' || change.kind === 'tactic-goal') return opLabel(change.op, change.fields);
  return t('change.chipKind', { op: change.op, kind: kindInSentence(change.kind) });
}

/** A required change, as "rejected with" names it: "goal CS-4 Win back". */
export const requiredLabel = (kind: ChangeKind, name: string): string =>
  t('changes.required', { kind: kindInSentence(kind), name });

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
    if (op === 'unlink') return t('change.unlinked', { target });
    if (isFieldChange(strength)) {
      return t('change.reweighted', {
        target,
        before: formatStrength(strength.before),
        after: formatStrength(strength.after),
      });
    }
    return strength
      ? t('change.linkedWith', { target, strength: formatStrength(strength) })
      : t('change.linked', { target });
  }
  if (kind === 'note') {
    const text = typeof fields['text'] === 'string' ? fields['text'] : '';
    const noteKind = fields['kind'] === 'proposal' ? 'proposal' : 'question';
    const author = typeof fields['author'] === 'string' ? fields['author'] : '';
    return author ? t('change.noteBy', { kind: noteKind, text, author }) : t('change.note', { kind: noteKind, text });
  }
  const title = typeof fields['title'] === 'string' ? fields['title'] : name(change.id);
  if (op === 'add') return t('change.added', { kind: kindInSentence(kind), title });
  if (op === 'remove') return t('change.removed', { kind: kindInSentence(kind), name: name(change.id) });
  const changed = Object.keys(fields).map(fieldLabel).join(', ');
  // English and the Romance languages lower-case the field names inside the sentence; German nouns keep capitals.
  return t('change.changed', { fields: getLocale() === 'de' ? changed : changed.toLocaleLowerCase(getLocale()) });
}

/** Draft issue times are instants; shown as a day and time in the reader's zone. */
export function formatInstant(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : appIntl().formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
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
