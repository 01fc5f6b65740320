/**
 * One team plan served by this process: its working copy (services/team/working-copy.ts) and the way every
 * operation reaches PostgreSQL. Operations on the plan run one at a time here, and one at a time across server
 * processes (the plan's advisory lock):
 *
 * 0. a change takes the plan's advisory lock (TeamStore.locked) and holds it until it commits;
 * 1. catch up: rows other processes wrote since the copy's seq are applied first;
 * 2. a stale update (its `version` older than the item's, with a field it sets changed since) is refused
 *    with who changed it and when, never applied over their change;
 * 3. the operation runs in the working copy's transaction, under the caller's role (services/team/access.ts),
 *    capturing every row it writes;
 * 4. those rows go to PostgreSQL in one transaction (versions, change record, plan seq, NOTIFY); only when it
 *    commits does the working copy commit; if it fails the working copy rolls back and nothing changed.
 *
 * Undo takes back the member's own last change and redo their own last undo (from the change record, not the
 * working copy's undo log, which holds everyone's); both refuse when someone changed those rows since.
 */
import { z } from 'zod';
import type { Envelope, HistoryState, OperationName } from '../../contract/api.ts';
import { HoshinError } from '../../contract/errors.ts';
import { OPERATION_META } from '../../contract/operation-meta.ts';
import { currentSchemaVersion } from '../../db/plan-file.ts';
import { newerPlan, UPGRADE_AUTHOR, type TeamStore } from '../../db/team/team-store.ts';
import { needsPreparation, prepareInput, type AccessGuard } from '../dispatch.ts';
import { effectsOf } from '../effects.ts';
import { teamGuard, type Member } from './access.ts';
import { itemIdOf, WorkingCopy } from './working-copy.ts';

/** A change as every client of the plan hears of it (the SSE event and the NOTIFY payload). */
export interface ChangeEvent {
  planId: string;
  seq: number;
  operation: string;
  by: string;
  at: string;
  touched: string[];
  /** The page that made the change (its events stream skips it), when it said. */
  client?: string | null;
}

const VERSIONED: Partial<Record<OperationName, string>> = {
  updateDepartment: 'department',
  updateObjective: 'objective',
  updateGoal: 'goal',
  updateTactic: 'tactic',
};
const CREATED: Partial<Record<OperationName, string>> = {
  createDepartment: 'department',
  createObjective: 'objective',
  createGoal: 'goal',
  createTactic: 'tactic',
};
const versionInput = z.object({ id: z.string(), version: z.number().int().min(0).optional() }).loose();

/** NOTIFY payloads must stay under 8,000 bytes: beyond this many ids the event lists none (reload all). */
const MAX_NOTIFIED_IDS = 150;

export class PlanHost {
  readonly planId: string;
  private copy: WorkingCopy;
  private readonly store: TeamStore;
  private queue: Promise<unknown> = Promise.resolve();
  private guard: AccessGuard | null = null;
  private readonly listeners = new Set<(event: ChangeEvent) => void>();
  /** The catch-up queued for notifications and not yet started (see `notified`). */
  private pendingCatchUp: Promise<void> | null = null;
  /** The newest seq a notification named (a process's own changes are applied already: no catch-up for them). */
  private heardSeq = 0;

  private constructor(planId: string, store: TeamStore, copy: WorkingCopy) {
    this.planId = planId;
    this.store = store;
    this.copy = copy;
  }

  static async open(planId: string, store: TeamStore): Promise<PlanHost> {
    const host = new PlanHost(planId, store, null as unknown as WorkingCopy);
    host.copy = await host.load();
    return host;
  }

  /**
   * The plan's working copy. Rows stored at an older .hoshin schema (pushed by an older build) are upgraded
   * first, under the plan's lock, as one change by the server: the same migrations a file gets, the result
   * stored before anyone works on it. A failed upgrade changes nothing; a plan a newer server upgraded is refused.
   */
  private async load(): Promise<WorkingCopy> {
    const options = { fileName: this.planId, guard: () => this.guard };
    const current = currentSchemaVersion();
    const snapshot = await this.store.planRows(this.planId);
    if (snapshot.schemaVersion > current) throw newerPlan();
    if (snapshot.schemaVersion === current) return new WorkingCopy(snapshot.rows, snapshot.seq, options);
    return this.store.locked(this.planId, async (locked) => {
      const now = await locked.planRowsNow(this.planId);
      if (now.schemaVersion > current) throw newerPlan();
      const copy = new WorkingCopy(now.rows, now.seq, options, now.schemaVersion);
      // Another process may have upgraded it while this one waited for the lock.
      if (now.schemaVersion === current) return copy;
      try {
        const changes = copy
          .changesFrom(now.rows)
          .map((d) => ({ ...d, itemId: itemIdOf(d.tbl, d.after ?? d.before, d.pk) }));
        const written = await locked.writeUpgrade(
          this.planId,
          now.seq,
          current,
          changes,
          this.notice('upgrade', UPGRADE_AUTHOR, changes, null),
        );
        copy.seq = written.seq;
        for (const [key, v] of written.versions) {
          const [tbl, pk] = key.split('\0') as [string, string];
          copy.setVersion(tbl, pk, v);
        }
        return copy;
      } catch (err) {
        copy.close();
        throw err;
      }
    });
  }

  /** Runs `fn` after every call queued before it (one operation at a time on the working copy). */
  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => {});
    return next;
  }

  /** Applies what other processes wrote since the copy's seq (through `store`: inside the plan's lock, or not). */
  private async catchUp(store: TeamStore = this.store): Promise<void> {
    // One query: the changes after the copy's seq (none when it is up to date). Every change is written under the
    // plan's lock, so their seqs follow commit order and the last one is the plan's seq.
    const changes = await store.changesAfter(this.planId, this.copy.seq);
    if (changes.length === 0) return;
    this.copy.apply(changes, changes[changes.length - 1]!.seq);
  }

  /**
   * Runs a change with the plan's advisory lock held from catch-up to commit, so no other process writes in
   * between: `fn` runs the operation in the working copy (left open) and stores its rows through the locked
   * store; the working copy commits only once PostgreSQL has, and rolls back if anything fails.
   */
  private async change<T>(
    fn: (locked: TeamStore) => Promise<{ value: T; written: Awaited<ReturnType<TeamStore['writeChanges']>> | null }>,
  ): Promise<T> {
    let result: { value: T; written: Awaited<ReturnType<TeamStore['writeChanges']>> | null };
    try {
      result = await this.store.locked(this.planId, async (locked) => {
        await this.catchUp(locked);
        return fn(locked);
      });
    } catch (err) {
      this.copy.rollback();
      throw err;
    }
    this.copy.commit();
    if (result.written) {
      this.copy.seq = result.written.seq;
      for (const [key, v] of result.written.versions) {
        const [tbl, pk] = key.split('\0') as [string, string];
        this.copy.setVersion(tbl, pk, v);
      }
    }
    return result.value;
  }

  /** The envelope web mode answers, for `member` calling `operation` with the raw `input`. */
  call(
    member: Member,
    operation: OperationName,
    rawInput: unknown,
    client: string | null = null,
  ): Promise<Envelope<unknown>> {
    return this.serial(async () => {
      if (operation === 'undo' || operation === 'redo') return this.takeBack(operation, member, client);
      if (operation === 'getHistory') {
        await this.catchUp();
        return { ok: true as const, value: await this.history(member) };
      }
      const { input, version } = splitVersion(operation, rawInput);
      const prepared = needsPreparation(operation) ? await prepareInput(operation, input) : undefined;
      const run = () => {
        const store = this.copy.store;
        this.guard = teamGuard(member, {
          departmentName: (id) => store.getDepartment(id)?.name ?? 'a removed department',
          departmentId: (wanted) => {
            const key = wanted.trim().toLowerCase();
            // The plan's departments only (a whole-plan read here would cost every department head's draft).
            const found = store
              .orderedIds('department')
              .find((id) => id === wanted || store.getDepartment(id)?.name.toLowerCase() === key);
            return found ?? null;
          },
          draftDepartment: (draftId) => store.draftIssue(draftId)?.departmentId ?? null,
        });
        try {
          return this.copy.begin(() => this.copy.dispatch(operation, input, prepared));
        } finally {
          this.guard = null;
        }
      };
      if (OPERATION_META[operation].kind === 'read') {
        await this.catchUp();
        const read = run();
        this.copy.commit();
        return { ok: true as const, value: this.withVersions(operation, read.value) };
      }
      const value = await this.change(async (locked) => {
        if (version !== undefined) await this.checkVersion(locked, member, operation, input, version);
        const ran = run();
        if (ran.deltas.length === 0) return { value: ran.value, written: null };
        const label = this.copy.dispatch('getHistory', {}).undoLabel;
        const changes = ran.deltas.map((d) => ({ ...d, itemId: itemIdOf(d.tbl, d.after ?? d.before, d.pk) }));
        const written = await locked.writeChanges(
          this.planId,
          this.copy.seq,
          { name: member.name, userId: member.userId },
          operation,
          changes,
          this.notice(operation, member.name, changes, client),
          { label, undoes: null, schemaVersion: currentSchemaVersion() },
        );
        return { value: ran.value, written };
      });
      return {
        ok: true as const,
        value: this.withVersions(operation, value),
        ...(await this.effects(member, operation)),
      };
    }).catch((err: unknown) => failure(err));
  }

  /** The NOTIFY payload of a change: what every client of the plan hears of it. */
  private notice(
    operation: string,
    by: string,
    changes: readonly { itemId: string | null }[],
    client: string | null,
  ): (seq: number, at: Date) => string {
    const touched = [...new Set(changes.map((c) => c.itemId).filter((id): id is string => id !== null))];
    return (seq, at) =>
      JSON.stringify({
        planId: this.planId,
        seq,
        operation,
        by,
        at: at.toISOString(),
        touched: touched.length <= MAX_NOTIFIED_IDS ? touched : [],
        client,
      } satisfies ChangeEvent);
  }

  /** Web mode's `touched` and `history`, the history being this member's own (what their Undo would undo). */
  private async effects(member: Member, operation: OperationName) {
    const effects = effectsOf(this.copy.dispatch, operation);
    return effects.history ? { ...effects, history: await this.history(member) } : effects;
  }

  /** Undo and redo in a team plan: the member's own last change, and their own last undo. */
  private async history(member: Member): Promise<HistoryState> {
    const { undoable, redoable } = await this.store.history(this.planId, member.userId);
    return {
      canUndo: undoable.length > 0,
      canRedo: redoable.length > 0,
      undoLabel: undoable[0]?.label ?? (undoable.length > 0 ? 'your last change' : null),
      redoLabel: redoable[0]?.label ?? (redoable.length > 0 ? 'your last undone change' : null),
      undoDepth: undoable.length,
      redoDepth: redoable.length,
    };
  }

  /**
   * Undo takes back the member's own last change; redo takes back their own last undo (until they make a new
   * change). Either puts every row the change wrote back to its state before it, as one new change recorded
   * with the change it takes back, and is refused, changing nothing, when anyone has changed one of those rows
   * since. A redo is an ordinary change again: Undo can take it back.
   */
  private async takeBack(kind: 'undo' | 'redo', member: Member, client: string | null): Promise<Envelope<unknown>> {
    const label = await this.change(async (locked) => {
      const [last] =
        kind === 'undo'
          ? await locked.undoable(this.planId, member.userId, 1)
          : await locked.redoable(this.planId, member.userId, 1);
      if (!last) {
        throw new HoshinError(
          'invalid_input',
          kind === 'undo'
            ? 'You have no change of your own in this plan to undo.'
            : 'You have no undone change of your own in this plan to redo.',
        );
      }
      const name = last.label ?? (kind === 'undo' ? 'your last change' : 'your last undone change');
      const rows = await locked.opRows(this.planId, last.op);
      for (const row of rows) {
        // Unchanged since (or changed and changed back, as by one's own later undos): nobody's work is lost.
        if (this.copy.rowVersion(row.tbl, row.pk) === row.version || this.copy.rowIs(row.tbl, row.pk, row.after)) {
          continue;
        }
        const since = await locked.lastRowChange(this.planId, row.tbl, row.pk);
        const who = since && since.byUser !== member.userId ? since.by : 'a later change of yours';
        throw new HoshinError(
          'conflict',
          `${who} changed ${describeRow(row.tbl, since?.after ?? row.after)} ${since ? ago(since.at) : 'since'}, so “${name}” cannot be ${kind === 'undo' ? 'undone' : 'redone'} without undoing theirs: change it back by hand.`,
        );
      }
      const ran = this.copy.begin(() => {
        this.copy.restore([...rows].reverse().map((r) => ({ tbl: r.tbl, pk: r.pk, data: r.before })));
        const broken = this.copy.db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) {
          throw new HoshinError(
            'conflict',
            `“${name}” cannot be ${kind === 'undo' ? 'undone' : 'redone'}: items it depends on were removed since.`,
          );
        }
      });
      const changes = ran.deltas.map((d) => ({ ...d, itemId: itemIdOf(d.tbl, d.after ?? d.before, d.pk) }));
      const written = await locked.writeChanges(
        this.planId,
        this.copy.seq,
        { name: member.name, userId: member.userId },
        kind,
        changes,
        this.notice(kind, member.name, changes, client),
        kind === 'undo'
          ? {
              label: last.label ? `Undo ${last.label}` : 'Undo',
              undoes: last.op,
              schemaVersion: currentSchemaVersion(),
            }
          : { label: last.label, undoes: null, redoes: last.op, schemaVersion: currentSchemaVersion() },
      );
      return { value: last.label, written };
    });
    const history = await this.history(member);
    // The same answer as a file's undo and redo: what was taken back, and the new head.
    return { ok: true as const, value: { label, history }, touched: OPERATION_META[kind].touches, history };
  }

  /** Departments, objectives, goals and tactics in getPlan carry their version (the one an update may name). */
  private withVersions(operation: OperationName, value: unknown): unknown {
    if (value === null || typeof value !== 'object') return value;
    // A changed or new item says its version too, so the page's next update of it names the right one.
    const itemTable = VERSIONED[operation] ?? CREATED[operation];
    if (itemTable) {
      const id = (value as { id?: unknown }).id;
      return typeof id === 'string' ? { ...value, version: this.copy.version(itemTable, id) } : value;
    }
    if (operation !== 'getPlan') return value;
    const doc = value as Record<string, { id: string }[]>;
    const tables: [string, string][] = [
      ['departments', 'department'],
      ['objectives', 'objective'],
      ['goals', 'goal'],
      ['tactics', 'tactic'],
    ];
    const out: Record<string, unknown> = { ...doc };
    for (const [key, tbl] of tables) {
      out[key] = (doc[key] ?? []).map((item) => ({ ...item, version: this.copy.version(tbl, item.id) }));
    }
    return out;
  }

  /** Refuses an update made against an older version when a field it sets was changed since. */
  private async checkVersion(
    store: TeamStore,
    member: Member,
    operation: OperationName,
    input: Record<string, unknown>,
    version: number,
  ) {
    const tbl = VERSIONED[operation];
    const id = input['id'];
    if (!tbl || typeof id !== 'string') return;
    const current = this.copy.version(tbl, id);
    if (current <= version) return;
    const changes = await store.rowChangesAfter(this.planId, tbl, JSON.stringify([id]), version);
    const given = Object.keys(input).filter((k) => k !== 'id');
    for (const change of changes) {
      // One's own later change is no conflict: the page had not yet heard of its version.
      if (change.byUser === member.userId) continue;
      const changed = changedColumns(change.before, change.after);
      const field = given.find((f) => columnsOf(f).some((c) => changed.has(c)));
      if (!field) continue;
      const now = change.after ? describeValue(field, change.after) : 'removed';
      throw new HoshinError(
        'conflict',
        `${change.by} changed the ${fieldName(field)} ${ago(change.at)} (it is now ${now}); your change was not applied. Reload to see theirs, then apply yours again.`,
      );
    }
  }

  /**
   * A change another process (or this one) committed: catch up, then tell this plan's listeners. Notifications
   * that arrive while a catch-up waits its turn share it (one query brings all their rows), so a burst of
   * changes costs one catch-up, not one each; each event is still told, in order, once its rows are here.
   */
  notified(event: ChangeEvent): void {
    this.heardSeq = Math.max(this.heardSeq, event.seq);
    const caughtUp = (this.pendingCatchUp ??= this.serial(async () => {
      // From here on, a new notification may bring rows this catch-up does not see: it queues its own.
      this.pendingCatchUp = null;
      if (this.heardSeq > this.copy.seq) await this.catchUp();
    }).catch(() => {}));
    void caughtUp.then(() => {
      for (const listener of this.listeners) listener(event);
    });
  }

  listen(listener: (event: ChangeEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The plan as a document (team pull). */
  document() {
    return this.serial(async () => {
      await this.catchUp();
      return this.copy.store.loadDocument();
    });
  }

  close(): void {
    this.listeners.clear();
    this.copy.close();
  }
}

function splitVersion(operation: OperationName, raw: unknown): { input: Record<string, unknown>; version?: number } {
  const input = (raw ?? {}) as Record<string, unknown>;
  if (!VERSIONED[operation] || typeof input !== 'object' || !('version' in input)) return { input };
  const parsed = versionInput.safeParse(input);
  if (!parsed.success) {
    throw new HoshinError('invalid_input', 'version must be a whole number: the version of the item you last saw', [
      { path: 'version', message: 'must be a whole number of 0 or more' },
    ]);
  }
  const { version, ...rest } = parsed.data;
  return { input: rest, version };
}

const snake = (field: string) => field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
/** The columns a contract field is stored in (a KPI in five, a link list in none of the item's). */
function columnsOf(field: string): string[] {
  if (field === 'kpi') return ['kpi_name', 'kpi_unit', 'kpi_baseline', 'kpi_target', 'kpi_direction'];
  if (field === 'supports') return [];
  return [snake(field)];
}

function changedColumns(before: Record<string, unknown> | null, after: Record<string, unknown> | null): Set<string> {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return new Set([...keys].filter((k) => JSON.stringify(before?.[k]) !== JSON.stringify(after?.[k])));
}

function fieldName(field: string): string {
  return field === 'kpi' ? 'KPI' : snake(field).replace(/_/g, ' ').replace(/ id$/, '');
}

function describeValue(field: string, row: Record<string, unknown>): string {
  if (field === 'kpi') return row['kpi_name'] ? `“${String(row['kpi_name'])}”` : 'no KPI';
  const value = row[snake(field)];
  return value === null || value === undefined ? 'empty' : `“${String(value)}”`;
}

function describeRow(tbl: string, row: Record<string, unknown> | null): string {
  const title = row?.['title'] ?? row?.['name'] ?? row?.['code'];
  return typeof title === 'string' ? `“${title}”` : `the ${tbl.replace(/_/g, ' ')}`;
}

function ago(at: Date): string {
  const s = Math.max(0, Math.round((Date.now() - at.getTime()) / 1000));
  if (s < 60) return `${s} s ago`;
  if (s < 3600) return `${Math.round(s / 60)} min ago`;
  if (s < 86_400) return `${Math.round(s / 3600)} h ago`;
  return `on ${at.toISOString().slice(0, 10)}`;
}

function failure(err: unknown): Envelope<never> {
  if (err instanceof HoshinError) return { ok: false, error: err.toJSON() };
  console.error('team operation failed:', err);
  return {
    ok: false,
    error: { code: 'internal', message: 'Something went wrong on the team server; nothing was changed.' },
  };
}
