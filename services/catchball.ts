/**
 * Catchball between leadership and a department: issuing a draft file, the rules of editing one, and applying
 * a reviewed change set to the master plan.
 */
import type { Change, ChangeSet, Conflict, DraftStatus, MergeResult } from '../contract/catchball.ts';
import { HoshinError } from '../contract/errors.ts';
import type { Goal, Note, PlanDocument, Strength, Tactic } from '../contract/plan-format.ts';
import type { PlanStore } from '../db/plan-store.ts';

/**
 * What a department draft may change: its own goals and tactics, their links, and notes (on any item).
 * Every refusal is a plain sentence saying who sets the part and what to do instead (add a note), never a code.
 */
export class DraftRules {
  readonly departmentId: string;
  private readonly store: PlanStore;

  constructor(store: PlanStore, departmentId: string) {
    this.store = store;
    this.departmentId = departmentId;
  }

  private get name(): string {
    return this.store.getDepartment(this.departmentId)?.name ?? 'this department';
  }

  /** `what` is the subject of the sentence, capitalised: "Objectives", "The plan’s settings". */
  leadershipOnly(what: string): never {
    throw new HoshinError('read_only', `${what} set by leadership: add a note to propose a change.`);
  }

  ownDepartment(departmentId: string, what: 'new' | 'move'): void {
    if (departmentId === this.departmentId) return;
    const other = this.store.getDepartment(departmentId)?.name ?? 'another department';
    throw new HoshinError(
      'read_only',
      what === 'new'
        ? `In ${this.name}’s draft, new goals and tactics belong to ${this.name}, not ${other}: add a note to propose one for ${other}.`
        : `In ${this.name}’s draft, a goal or tactic cannot move to ${other}: add a note to propose the move.`,
    );
  }

  ownGoal(id: string): void {
    const goal = this.store.getGoal(id);
    if (goal && goal.departmentId !== this.departmentId) this.othersItem('goal', goal);
  }

  ownTactic(id: string): void {
    const tactic = this.store.getTactic(id);
    if (tactic && tactic.departmentId !== this.departmentId) this.othersItem('tactic', tactic);
  }

  private othersItem(kind: 'goal' | 'tactic', item: Goal | Tactic): never {
    const owner = this.store.getDepartment(item.departmentId)?.name ?? 'another department';
    throw new HoshinError(
      'read_only',
      `${kind === 'goal' ? 'Goal' : 'Tactic'} ${item.code} '${item.title}' belongs to ${owner}; only ${this.name}’s goals and tactics can change in this draft: add a note to propose a change.`,
    );
  }
}

/** Applies the accepted part of a change set; conflicts go the master's way unless resolved for the draft. */
export function applyChangeSet(
  store: PlanStore,
  changeSet: ChangeSet,
  accept: 'all' | readonly string[],
  resolve: Readonly<Record<string, 'draft' | 'master'>> = {},
  now: () => Date = () => new Date(),
): MergeResult {
  const accepted = accept === 'all' ? null : new Set(accept);
  const known = new Set([...changeSet.changes.map((c) => c.key), ...changeSet.conflicts.map((c) => c.key)]);
  for (const key of [...(accepted ?? []), ...Object.keys(resolve)]) {
    if (!known.has(key)) {
      throw new HoshinError(
        'invalid_input',
        `no change or conflict has key "${key}" (the draft or the plan changed since the review?)`,
        [{ path: 'accept', message: `unknown change "${key}"` }],
      );
    }
  }
  const chosen: Change[] = changeSet.changes.filter((c) => accepted === null || accepted.has(c.key));
  checkRequirements(store, changeSet, chosen);
  for (const c of changeSet.conflicts) if (resolve[c.key] === 'draft') chosen.push(fromConflict(c));
  const phase = (c: Change) =>
    ({
      'add:goal': 0,
      'add:tactic': 1,
      'update:goal': 2,
      'update:tactic': 3,
      link: 4,
      unlink: 5,
      'remove:tactic': 6,
      'remove:goal': 7,
    })[c.op === 'link' || c.op === 'unlink' ? c.op : `${c.op}:${c.kind}`] ?? 8;
  const ordered = [...chosen].sort((a, b) => phase(a) - phase(b));
  // Sort keys for new rows, appended after the table's last row: the last key is read once per table.
  const keys = new Map<'goal' | 'tactic', () => string>();
  const next = (table: 'goal' | 'tactic') => {
    let key = keys.get(table);
    if (!key) keys.set(table, (key = store.appendSortKeys(table)));
    return key();
  };
  // changeSet.departmentId comes from the master's issue record (trustedDiff), never from the draft's claim.
  for (const change of ordered) applyChange(store, change, next, changeSet.departmentId);
  const applied = ordered.length;
  const kept = changeSet.changes.length + changeSet.conflicts.length - applied;
  store.markDraftReturned(changeSet.draftId, now().toISOString());
  if (applied > 0) store.markDraftMerged(changeSet.draftId, now().toISOString(), applied);
  const department = store.getDepartment(changeSet.departmentId)?.name ?? changeSet.departmentId;
  const summary =
    applied === 0
      ? `Nothing merged from ${department}'s draft${changeSet.changes.length + changeSet.conflicts.length === 0 ? ': every change in it is already in the plan' : ''}.`
      : `Merged ${applied} change${applied === 1 ? '' : 's'} from ${department}'s draft` +
        (kept > 0 ? `; ${kept} kept as the plan had ${kept === 1 ? 'it' : 'them'}.` : '.');
  return { applied, kept, changeSet, summary };
}

/**
 * Refuses a selection that takes a change without what it requires (a link to a goal whose addition is not
 * accepted), naming both by code and title: merging it would drop the link silently or fail on a missing item.
 */
function checkRequirements(store: PlanStore, changeSet: ChangeSet, chosen: readonly Change[]): void {
  const taken = new Set(chosen.map((c) => c.key));
  const byKey = new Map(changeSet.changes.map((c) => [c.key, c]));
  for (const c of chosen) {
    const missing = (c.requires ?? []).filter((r) => byKey.has(r) && !taken.has(r));
    if (missing.length === 0) continue;
    const needed = missing.map((r) => describeChangeItem(store, byKey.get(r)!)).join(' and ');
    const what = describeChange(store, changeSet, c);
    throw new HoshinError(
      'invalid_input',
      `${what} needs ${needed}, which is not accepted: accept ${missing.length === 1 ? 'its addition' : 'their additions'} too, or leave ${what.startsWith('The note') ? 'the note' : 'the link'} out.`,
      [{ path: 'accept', message: `${c.key} requires ${missing.join(', ')}` }],
    );
  }
}

/** "goal SUP-4 'Publish fixes'" for the item a change adds or touches, from the change itself or the plan. */
function describeChangeItem(store: PlanStore, c: Change): string {
  const f = c.fields as { code?: unknown; title?: unknown };
  if (typeof f.code === 'string' && typeof f.title === 'string') return `${c.kind} ${f.code} '${f.title}'`;
  return describeStored(store, c.kind, c.id);
}

function describeStored(store: PlanStore, kind: string, id: string): string {
  const x = kind === 'goal' ? store.getGoal(id) : kind === 'tactic' ? store.getTactic(id) : store.getObjective(id);
  return x ? `${kind} ${x.code} '${x.title}'` : `a ${kind} not in the plan`;
}

function describeChange(store: PlanStore, changeSet: ChangeSet, c: Change): string {
  const added = (kind: string, id: string) => {
    const a = changeSet.changes.find((x) => x.op === 'add' && x.kind === kind && x.id === id);
    return a ? describeChangeItem(store, a) : describeStored(store, kind, id);
  };
  if (c.kind === 'note') {
    const itemId = String(c.fields.itemId);
    const isTactic =
      changeSet.changes.some((x) => x.op === 'add' && x.kind === 'tactic' && x.id === itemId) ||
      store.getTactic(itemId) !== undefined;
    return `The note on ${added(isTactic ? 'tactic' : store.getObjective(itemId) ? 'objective' : 'goal', itemId)}`;
  }
  const [fromKind, toKind] = c.kind === 'goal-objective' ? ['goal', 'objective'] : ['tactic', 'goal'];
  return `The link from ${added(fromKind!, c.id)} to ${added(toKind!, String(c.fields.toId))}`;
}

function fromConflict(c: Conflict): Change {
  if (c.kind === 'goal-objective' || c.kind === 'tactic-goal') {
    const toId = String(c.fields.toId?.draft ?? c.fields.toId?.master);
    const strength = c.fields.strength?.draft ?? null;
    return strength === null
      ? { key: c.key, op: 'unlink', kind: c.kind, id: c.id, fields: { toId }, requires: [] }
      : { key: c.key, op: 'link', kind: c.kind, id: c.id, fields: { toId, strength }, requires: [] };
  }
  if (c.op === 'remove') return { key: c.key, op: 'remove', kind: c.kind, id: c.id, fields: {}, requires: [] };
  // add or update: every field of the conflict takes the draft's value (null included), whether the master still
  // has the item or not, so an item the master removed comes back whole.
  const fields = Object.fromEntries(
    Object.entries(c.fields).map(([f, v]) => [f, { before: v.master, after: v.draft }]),
  );
  return { key: c.key, op: 'update', kind: c.kind, id: c.id, fields, requires: [] };
}

const afterValue = (v: unknown) =>
  v !== null && typeof v === 'object' && 'after' in v ? (v as { after: unknown }).after : v;

function applyChange(
  store: PlanStore,
  change: Change,
  next: (table: 'goal' | 'tactic') => string,
  departmentId: string,
): void {
  const f = change.fields;
  switch (`${change.op}:${change.kind}`) {
    case 'add:goal':
      store.insertGoal({ ...(f as unknown as Goal), id: change.id, supports: [] }, next('goal'));
      return;
    case 'add:tactic':
      store.insertTactic({ ...(f as unknown as Tactic), id: change.id, supports: [] }, next('tactic'));
      return;
    case 'update:goal': {
      const current = store.getGoal(change.id);
      const values = updatedValues(f);
      if (current) store.updateGoal({ ...current, ...values } as Goal);
      else store.insertGoal({ ...(values as unknown as Goal), id: change.id, supports: [] }, next('goal'));
      return;
    }
    case 'update:tactic': {
      const current = store.getTactic(change.id);
      const values = updatedValues(f);
      if (current) store.updateTactic({ ...current, ...values } as Tactic);
      else store.insertTactic({ ...(values as unknown as Tactic), id: change.id, supports: [] }, next('tactic'));
      return;
    }
    case 'remove:goal':
      store.deleteNotesOf([change.id]);
      store.deleteRow('goal', change.id);
      return;
    case 'remove:tactic':
      store.deleteNotesOf([change.id]);
      store.deleteRow('tactic', change.id);
      return;
    case 'link:goal-objective':
      requireEnds(store, 'goal', change.id, 'objective', String(f.toId));
      store.setGoalLink(change.id, String(f.toId), afterValue(f.strength) as Strength);
      return;
    case 'link:tactic-goal':
      requireEnds(store, 'tactic', change.id, 'goal', String(f.toId));
      store.setTacticLink(change.id, String(f.toId), afterValue(f.strength) as Strength);
      return;
    case 'unlink:goal-objective':
      store.removeGoalLink(change.id, String(f.toId));
      return;
    case 'unlink:tactic-goal':
      store.removeTacticLink(change.id, String(f.toId));
      return;
    case 'add:note':
      // A note from a draft is the issued department's, whatever item it is on (an objective's included).
      store.insertNote({ ...(f as unknown as Note), id: change.id, departmentId });
      return;
    case 'update:note': {
      const current = store.getNote(change.id);
      if (current) store.updateNote({ ...current, ...updatedValues(f) } as Note);
      return;
    }
    default:
      throw new HoshinError('invalid_input', `cannot apply ${change.op} of a ${change.kind} from a draft`);
  }
}

/** `{ field: { before, after } }` -> `{ field: after }`. */
function updatedValues(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, afterValue(v)]));
}

function requireEnds(
  store: PlanStore,
  fromKind: 'goal' | 'tactic',
  fromId: string,
  toKind: 'objective' | 'goal',
  toId: string,
): void {
  const from = fromKind === 'goal' ? store.getGoal(fromId) : store.getTactic(fromId);
  const to = toKind === 'objective' ? store.getObjective(toId) : store.getGoal(toId);
  if (!from || !to) {
    const missing = !from ? `the ${fromKind} it starts from` : `the ${toKind} it points at`;
    const fromName = from ? `${fromKind} ${from.code} '${from.title}'` : `a ${fromKind}`;
    const toName = to ? `${toKind} ${to.code} '${to.title}'` : `a ${toKind}`;
    throw new HoshinError(
      'invalid_input',
      `The link from ${fromName} to ${toName} needs ${missing}, which is not in the plan: accept the change that adds it too.`,
      [{ path: 'accept', message: `link ${fromId} -> ${toId} needs ${missing}` }],
    );
  }
}

export function draftStatus(store: PlanStore, doc: PlanDocument): DraftStatus[] {
  const newest = new Map<string, ReturnType<PlanStore['draftIssues']>[number]>();
  for (const issue of store.draftIssues()) newest.set(issue.departmentId, issue);
  const departmentOf = new Map<string, string>();
  for (const g of doc.goals) departmentOf.set(g.id, g.departmentId);
  for (const t of doc.tactics) departmentOf.set(t.id, t.departmentId);
  const open = new Map<string, number>();
  for (const n of doc.notes) {
    // The department that raised it; a note from before 0005 counts for its item's department.
    const d = n.departmentId ?? departmentOf.get(n.itemId);
    if (d && n.answer === null) open.set(d, (open.get(d) ?? 0) + 1);
  }
  return doc.departments.map((d) => {
    const issue = newest.get(d.id);
    return {
      departmentId: d.id,
      draftId: issue?.draftId ?? null,
      issuedAt: issue?.issuedAt ?? null,
      returnedAt: issue?.returnedAt ?? null,
      mergedAt: issue?.mergedAt ?? null,
      mergedChanges: issue?.mergedChanges ?? null,
      openNotes: open.get(d.id) ?? 0,
    };
  });
}
