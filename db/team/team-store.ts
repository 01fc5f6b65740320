/**
 * Reads and writes of the team database (PostgreSQL through drizzle): people, roles, sessions, sign-in
 * failures, plans and their rows, and the append-only change record. Knows tables, not rules: roles and
 * conflicts are services/team's.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { and, asc, desc, eq, gt, or, sql } from 'drizzle-orm';
import { HoshinError } from '../../contract/errors.ts';
import type { TeamDb } from './connect.ts';
import {
  teamChange,
  teamLoginFailure,
  teamPlan,
  teamRole,
  teamRow,
  teamSession,
  teamUser,
  type TeamRole,
} from './schema.ts';

/** Sessions last 12 hours from sign-in. */
export const SESSION_HOURS = 12;

export interface TeamUserRow {
  id: string;
  email: string;
  name: string;
  passwordHash: string;
}

export interface ChangeRow {
  seq: number;
  op: number;
  at: Date;
  by: string;
  byUser: string | null;
  operation: string;
  tbl: string;
  pk: string;
  itemId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  version: number;
  label: string | null;
  undoes: number | null;
  redoes: number | null;
}

/** What a change is besides its rows: its label, and the undo (or the undo's redo) it is. */
export interface ChangeMeta {
  label: string | null;
  undoes: number | null;
  redoes?: number | null;
  /** The .hoshin schema version the rows are written in: refused when the plan's is newer (a newer server upgraded it). */
  schemaVersion?: number;
}

export interface NewChange {
  tbl: string;
  pk: string;
  itemId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export const NOTIFY_CHANNEL = 'hoshin_team';

/** Who the change record names for a schema upgrade of a plan's rows. */
export const UPGRADE_AUTHOR = 'Hoshin Planner (plan format upgrade)';

/** How many of an operation's items an activity entry names (the count says how many there were). */
export const ACTIVITY_ITEMS = 12;

/** One operation in a plan's activity feed. */
export interface ActivityRow {
  op: number;
  at: Date;
  by: string;
  operation: string;
  label: string | null;
  rows: number;
  itemCount: number;
  items: { id: string; code: string | null; title: string | null }[];
}

export interface PlanRows {
  seq: number;
  schemaVersion: number;
  rows: { tbl: string; pk: string; data: Record<string, unknown>; version: number }[];
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
/** pg_advisory_xact_lock key of a plan: one writer per plan across every server process. */
const planLock = (planId: string) => sql`pg_advisory_xact_lock(hashtextextended(${`hoshin-plan:${planId}`}, 0))`;

export class TeamStore {
  readonly db: TeamDb;
  /** A store of a `locked` transaction: the plan's advisory lock is held. */
  private readonly inLock: boolean;

  constructor(db: TeamDb, inLock = false) {
    this.db = db;
    this.inLock = inLock;
  }

  /**
   * Runs `fn` in one transaction holding the plan's advisory lock (one writer per plan across every server
   * process), with a store whose queries run in that transaction. It commits when `fn` resolves.
   */
  async locked<T>(planId: string, fn: (store: TeamStore) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select ${planLock(planId)}`);
      return fn(new TeamStore(tx as unknown as TeamDb, true));
    });
  }

  // ---- people and roles ----

  async addUser(email: string, name: string, passwordHash: string): Promise<TeamUserRow> {
    const normalized = email.trim().toLowerCase();
    const existing = await this.userByEmail(normalized);
    if (existing) throw new HoshinError('exists', `${normalized} already has an account`);
    const row = { id: randomUUID(), email: normalized, name, passwordHash };
    await this.db.insert(teamUser).values(row);
    return row;
  }

  async userByEmail(email: string): Promise<TeamUserRow | null> {
    const [row] = await this.db.select().from(teamUser).where(eq(teamUser.email, email.trim().toLowerCase()));
    return row ?? null;
  }

  async users(): Promise<(TeamUserRow & { roles: { planId: string; role: TeamRole; departmentIds: string[] }[] })[]> {
    const users = await this.db.select().from(teamUser).orderBy(asc(teamUser.email));
    const roles = await this.db.select().from(teamRole);
    return users.map((u) => ({
      ...u,
      roles: roles
        .filter((r) => r.userId === u.id)
        .map((r) => ({ planId: r.planId, role: r.role, departmentIds: r.departmentIds })),
    }));
  }

  async removeUser(email: string): Promise<boolean> {
    const removed = await this.db
      .delete(teamUser)
      .where(eq(teamUser.email, email.trim().toLowerCase()))
      .returning({ id: teamUser.id });
    return removed.length > 0;
  }

  /** Sets the user's role on `planId` ('*': every plan), replacing the one they had there. */
  async setRole(userId: string, planId: string, role: TeamRole, departmentIds: string[]): Promise<void> {
    await this.db
      .insert(teamRole)
      .values({ userId, planId, role, departmentIds })
      .onConflictDoUpdate({ target: [teamRole.userId, teamRole.planId], set: { role, departmentIds } });
  }

  /** The user's role on the plan: the plan's own, else their role on every plan; null when they have none. */
  async roleOn(userId: string, planId: string): Promise<{ role: TeamRole; departmentIds: string[] } | null> {
    const rows = await this.db
      .select()
      .from(teamRole)
      .where(and(eq(teamRole.userId, userId), or(eq(teamRole.planId, planId), eq(teamRole.planId, '*'))));
    const row = rows.find((r) => r.planId === planId) ?? rows.find((r) => r.planId === '*');
    return row ? { role: row.role, departmentIds: row.departmentIds } : null;
  }

  // ---- sessions and sign-in failures ----

  async createSession(userId: string): Promise<{ token: string; csrf: string; expiresAt: Date }> {
    const token = randomBytes(32).toString('base64url');
    const csrf = randomBytes(24).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600_000);
    await this.db.insert(teamSession).values({ tokenHash: sha256(token), userId, csrf, expiresAt });
    return { token, csrf, expiresAt };
  }

  async session(token: string): Promise<{ user: TeamUserRow; csrf: string } | null> {
    const [row] = await this.db
      .select({ user: teamUser, csrf: teamSession.csrf })
      .from(teamSession)
      .innerJoin(teamUser, eq(teamUser.id, teamSession.userId))
      .where(and(eq(teamSession.tokenHash, sha256(token)), gt(teamSession.expiresAt, new Date())));
    return row ?? null;
  }

  async endSession(token: string): Promise<void> {
    await this.db.delete(teamSession).where(eq(teamSession.tokenHash, sha256(token)));
  }

  async recordLoginFailure(email: string): Promise<void> {
    await this.db.insert(teamLoginFailure).values({ email: email.trim().toLowerCase() });
  }

  async loginFailuresSince(email: string, since: Date): Promise<number> {
    const [row] = await this.db
      .select({ n: sql<number>`count(*)::int` })
      .from(teamLoginFailure)
      .where(and(eq(teamLoginFailure.email, email.trim().toLowerCase()), gt(teamLoginFailure.at, since)));
    return row?.n ?? 0;
  }

  async clearLoginFailures(email: string): Promise<void> {
    await this.db.delete(teamLoginFailure).where(eq(teamLoginFailure.email, email.trim().toLowerCase()));
  }

  // ---- plans ----

  async plans(): Promise<{ id: string; title: string; seq: number }[]> {
    return this.db
      .select({ id: teamPlan.id, title: teamPlan.title, seq: teamPlan.seq })
      .from(teamPlan)
      .orderBy(asc(teamPlan.title));
  }

  async plan(planId: string): Promise<{ id: string; title: string; seq: number; schemaVersion: number } | null> {
    const [row] = await this.db.select().from(teamPlan).where(eq(teamPlan.id, planId));
    return row ?? null;
  }

  /** Publishes a plan's rows (team push); refuses a plan id that is already published. */
  async createPlan(
    id: string,
    title: string,
    schemaVersion: number,
    rows: readonly { tbl: string; pk: string; data: Record<string, unknown> }[],
  ): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [existing] = await tx.select({ id: teamPlan.id }).from(teamPlan).where(eq(teamPlan.id, id));
      if (existing) throw new HoshinError('exists', `a team plan with id ${id} (“${title}”) is already published`);
      await tx.insert(teamPlan).values({ id, title, schemaVersion, seq: 0 });
      for (let i = 0; i < rows.length; i += 500) {
        await tx.insert(teamRow).values(rows.slice(i, i + 500).map((r) => ({ ...r, planId: id, version: 1 })));
      }
    });
  }

  /** The plan's rows as one consistent snapshot, with the seq and .hoshin schema version they are at. */
  async planRows(planId: string): Promise<PlanRows> {
    return this.db.transaction(async (tx) => new TeamStore(tx as unknown as TeamDb).planRowsNow(planId), {
      isolationLevel: 'repeatable read',
    });
  }

  /** planRows inside the caller's transaction (a locked store's). */
  async planRowsNow(planId: string): Promise<PlanRows> {
    const [plan] = await this.db
      .select({ seq: teamPlan.seq, schemaVersion: teamPlan.schemaVersion })
      .from(teamPlan)
      .where(eq(teamPlan.id, planId));
    if (!plan) throw new HoshinError('not_found', `there is no team plan with id ${planId}`);
    const rows = await this.db
      .select({ tbl: teamRow.tbl, pk: teamRow.pk, data: teamRow.data, version: teamRow.version })
      .from(teamRow)
      .where(eq(teamRow.planId, planId));
    return { seq: plan.seq, schemaVersion: plan.schemaVersion, rows };
  }

  /**
   * Stores a schema upgrade of the plan's rows (the .hoshin migrations a newer server applied to them) as one
   * change by the server, in batches, and moves the plan to `schemaVersion`. Call it from a locked store.
   */
  async writeUpgrade(
    planId: string,
    expectedSeq: number,
    schemaVersion: number,
    changes: readonly NewChange[],
    notice: (seq: number, at: Date) => string,
  ): Promise<{ seq: number; versions: Map<string, number> }> {
    const [plan] = await this.db.select({ seq: teamPlan.seq }).from(teamPlan).where(eq(teamPlan.id, planId));
    if (!plan) throw new HoshinError('not_found', `there is no team plan with id ${planId}`);
    if (plan.seq !== expectedSeq) throw new StaleCopy(plan.seq);
    const versions = new Map<string, number>();
    const current = await this.db
      .select({ tbl: teamRow.tbl, pk: teamRow.pk, version: teamRow.version })
      .from(teamRow)
      .where(eq(teamRow.planId, planId));
    const before = new Map(current.map((r) => [`${r.tbl}\0${r.pk}`, r.version]));
    const at = new Date();
    let op = 0;
    let last = plan.seq;
    for (let i = 0; i < changes.length; i += 500) {
      const batch = changes.slice(i, i + 500).map((c) => {
        const key = `${c.tbl}\0${c.pk}`;
        const version = c.after === null ? 0 : (before.get(key) ?? 0) + 1;
        versions.set(key, version);
        return { ...c, version };
      });
      const gone = batch.filter((c) => c.after === null);
      if (gone.length > 0) {
        const pairs = sql.join(
          gone.map((c) => sql`(${c.tbl}, ${c.pk})`),
          sql`, `,
        );
        await this.db
          .delete(teamRow)
          .where(and(eq(teamRow.planId, planId), sql`(${teamRow.tbl}, ${teamRow.pk}) in (${pairs})`));
      }
      const kept = batch.filter((c) => c.after !== null);
      if (kept.length > 0) {
        await this.db
          .insert(teamRow)
          .values(kept.map((c) => ({ planId, tbl: c.tbl, pk: c.pk, data: c.after!, version: c.version })))
          .onConflictDoUpdate({
            target: [teamRow.planId, teamRow.tbl, teamRow.pk],
            set: { data: sql`excluded.data`, version: sql`excluded.version` },
          });
      }
      const seqs = await this.db
        .insert(teamChange)
        .values(
          batch.map((c) => ({
            planId,
            op,
            at,
            by: UPGRADE_AUTHOR,
            byUser: null,
            operation: 'upgrade',
            tbl: c.tbl,
            pk: c.pk,
            itemId: c.itemId,
            before: c.before,
            after: c.after,
            version: c.version,
          })),
        )
        .returning({ seq: teamChange.seq });
      const numbers = seqs.map((r) => r.seq);
      if (!op) op = Math.min(...numbers);
      last = Math.max(last, ...numbers);
    }
    if (op) {
      await this.db
        .update(teamChange)
        .set({ op })
        .where(and(eq(teamChange.planId, planId), eq(teamChange.op, 0), sql`${teamChange.seq} >= ${op}`));
      await this.db
        .update(teamChange)
        .set({ label: `Upgrade to plan format ${schemaVersion}` })
        .where(eq(teamChange.seq, op));
    }
    await this.db.update(teamPlan).set({ seq: last, schemaVersion }).where(eq(teamPlan.id, planId));
    if (op) await this.db.execute(sql`select pg_notify(${NOTIFY_CHANNEL}, ${notice(last, at)})`);
    return { seq: last, versions };
  }

  async changesAfter(planId: string, seq: number): Promise<ChangeRow[]> {
    return this.db
      .select()
      .from(teamChange)
      .where(and(eq(teamChange.planId, planId), gt(teamChange.seq, seq)))
      .orderBy(asc(teamChange.seq));
  }

  /** Changes of one row after `version`, newest first (for conflict checks). */
  async rowChangesAfter(planId: string, tbl: string, pk: string, version: number): Promise<ChangeRow[]> {
    return this.db
      .select()
      .from(teamChange)
      .where(
        and(
          eq(teamChange.planId, planId),
          eq(teamChange.tbl, tbl),
          eq(teamChange.pk, pk),
          gt(teamChange.version, version),
        ),
      )
      .orderBy(desc(teamChange.seq));
  }

  /**
   * The user's changes Undo may still take back, newest first: their operations (not undos) that no undo has
   * undone, each with its label.
   */
  async undoable(planId: string, userId: string, limit = 50): Promise<{ op: number; label: string | null }[]> {
    return (await this.history(planId, userId, limit, 0)).undoable;
  }

  /**
   * The user's undos Redo may take back, newest first, each with the label of the change it undid: undos not yet
   * redone, made after the user's last ordinary change (a new change of one's own ends what can be redone).
   */
  async redoable(planId: string, userId: string, limit = 50): Promise<{ op: number; label: string | null }[]> {
    return (await this.history(planId, userId, 0, limit)).redoable;
  }

  /** Both of the user's stacks in one query (what the header's Undo and Redo show after every change). */
  async history(
    planId: string,
    userId: string,
    undoLimit = 50,
    redoLimit = 50,
  ): Promise<{ undoable: { op: number; label: string | null }[]; redoable: { op: number; label: string | null }[] }> {
    const rows = await this.db.execute<{ kind: 'undo' | 'redo'; op: number | string; label: string | null }>(sql`
      (select 'undo' as kind, c.op, c.label from ${teamChange} c
        where c.plan_id = ${planId} and c.by_user = ${userId} and c.seq = c.op and c.undoes is null
          and not exists (select 1 from ${teamChange} u where u.plan_id = ${planId} and u.undoes = c.op)
        order by c.op desc limit ${undoLimit})
      union all
      (select 'redo' as kind, u.op, c.label from ${teamChange} u
        left join ${teamChange} c on c.plan_id = u.plan_id and c.seq = u.undoes
        where u.plan_id = ${planId} and u.by_user = ${userId} and u.seq = u.op and u.undoes is not null
          and not exists (select 1 from ${teamChange} r where r.plan_id = ${planId} and r.redoes = u.op)
          and not exists (select 1 from ${teamChange} n where n.plan_id = ${planId} and n.by_user = ${userId}
            and n.seq = n.op and n.undoes is null and n.redoes is null and n.op > u.op)
        order by u.op desc limit ${redoLimit})`);
    const pick = (kind: 'undo' | 'redo') =>
      rows.rows
        .filter((r) => r.kind === kind)
        .map((r) => ({ op: Number(r.op), label: r.label }))
        .sort((a, b) => b.op - a.op);
    return { undoable: pick('undo'), redoable: pick('redo') };
  }

  async opRows(planId: string, op: number): Promise<ChangeRow[]> {
    return this.db
      .select()
      .from(teamChange)
      .where(and(eq(teamChange.planId, planId), eq(teamChange.op, op)))
      .orderBy(asc(teamChange.seq));
  }

  /** The newest change of a row (who changed it last, and when). */
  async lastRowChange(planId: string, tbl: string, pk: string): Promise<ChangeRow | null> {
    const [row] = await this.db
      .select()
      .from(teamChange)
      .where(and(eq(teamChange.planId, planId), eq(teamChange.tbl, tbl), eq(teamChange.pk, pk)))
      .orderBy(desc(teamChange.seq))
      .limit(1);
    return row ?? null;
  }

  /** The plan's changes, oldest first: all, or those after `since`, or one item's. */
  async log(planId: string, filter: { since?: Date; itemId?: string } = {}, limit = 10_000): Promise<ChangeRow[]> {
    return this.db
      .select()
      .from(teamChange)
      .where(
        and(
          eq(teamChange.planId, planId),
          filter.since ? gt(teamChange.at, filter.since) : undefined,
          filter.itemId ? eq(teamChange.itemId, filter.itemId) : undefined,
        ),
      )
      .orderBy(asc(teamChange.seq))
      .limit(limit);
  }

  /**
   * The plan's changes one entry per operation, newest first: who, when, what (its label), and the items it
   * touched (departments, objectives, goals and tactics named by their code and title as the change left them).
   * `since` keeps those after a time; `before` (an op) pages back.
   */
  async activity(planId: string, filter: { since?: Date; before?: number; limit: number }): Promise<ActivityRow[]> {
    const rows = await this.db.execute<{
      op: string | number;
      at: Date | string;
      by: string;
      operation: string;
      label: string | null;
      rows: number;
      items: string[] | null;
      named: { id: string; code: string | null; title: string | null }[] | null;
    }>(sql`
      select op, min(at) as at, min(by) as by, min(operation) as operation, max(label) as label,
        count(*)::int as rows,
        array_agg(distinct item_id) filter (where item_id is not null) as items,
        jsonb_agg(distinct jsonb_build_object('id', item_id,
          'code', coalesce(after->>'code', before->>'code'),
          'title', coalesce(after->>'title', before->>'title', after->>'name', before->>'name')))
          filter (where tbl in ('department', 'objective', 'goal', 'tactic') and item_id is not null) as named
      from ${teamChange}
      where plan_id = ${planId}
        ${filter.since ? sql`and at > ${filter.since}` : sql``}
        ${filter.before !== undefined ? sql`and op < ${filter.before}` : sql``}
      group by op order by op desc limit ${filter.limit}`);
    return rows.rows.map((r) => {
      const named = new Map((r.named ?? []).map((n) => [n.id, n]));
      const items = r.items ?? [];
      return {
        op: Number(r.op),
        at: new Date(r.at),
        by: r.by,
        operation: r.operation,
        label: r.label,
        rows: r.rows,
        itemCount: items.length,
        items: items.slice(0, ACTIVITY_ITEMS).map((id) => ({
          id,
          code: named.get(id)?.code ?? null,
          title: named.get(id)?.title ?? null,
        })),
      };
    });
  }

  /**
   * Stores one operation's rows, under the plan's advisory lock: each row's version grows by one, every row gets
   * a change record, the plan's seq moves to the last of them, and a notification goes to every server process
   * on commit. Refused (StaleCopy) when the plan's seq is not `expectedSeq`: the caller's working copy is behind.
   *
   * Called on a locked store (TeamStore.locked), it runs in that transaction in four round trips (rows, change
   * records, their op, the plan and NOTIFY): the lock is what every server process waits on, so its hold is the
   * plan's ceiling on changes per second. Elsewhere it opens its own transaction and takes the lock first.
   */
  async writeChanges(
    planId: string,
    expectedSeq: number,
    who: { name: string; userId: string | null },
    operation: string,
    changes: readonly NewChange[],
    notice: (seq: number, at: Date) => string,
    meta: ChangeMeta = { label: null, undoes: null },
  ): Promise<{ seq: number; at: Date; versions: Map<string, number> }> {
    if (!this.inLock) {
      return this.locked(planId, (store) =>
        store.writeChanges(planId, expectedSeq, who, operation, changes, notice, meta),
      );
    }
    const db = this.db;
    const at = new Date();
    const versions = new Map<string, number>();
    const gone = changes.filter((c) => c.after === null);
    const kept = changes.filter((c) => c.after !== null);
    if (gone.length > 0) {
      const pairs = sql.join(
        gone.map((c) => sql`(${c.tbl}, ${c.pk})`),
        sql`, `,
      );
      await db
        .delete(teamRow)
        .where(and(eq(teamRow.planId, planId), sql`(${teamRow.tbl}, ${teamRow.pk}) in (${pairs})`));
      for (const c of gone) versions.set(`${c.tbl}\0${c.pk}`, 0);
    }
    if (kept.length > 0) {
      // PostgreSQL counts the versions: a new row is 1, a changed one its version plus one.
      const written = await db
        .insert(teamRow)
        .values(kept.map((c) => ({ planId, tbl: c.tbl, pk: c.pk, data: c.after!, version: 1 })))
        .onConflictDoUpdate({
          target: [teamRow.planId, teamRow.tbl, teamRow.pk],
          set: { data: sql`excluded.data`, version: sql`${teamRow.version} + 1` },
        })
        .returning({ tbl: teamRow.tbl, pk: teamRow.pk, version: teamRow.version });
      for (const r of written) versions.set(`${r.tbl}\0${r.pk}`, r.version);
    }
    let op = 0;
    let last = expectedSeq;
    if (changes.length > 0) {
      const seqs = await db
        .insert(teamChange)
        .values(
          changes.map((c, i) => ({
            planId,
            op: 0,
            at,
            by: who.name,
            byUser: who.userId,
            operation,
            tbl: c.tbl,
            pk: c.pk,
            itemId: c.itemId,
            before: c.before,
            after: c.after,
            version: versions.get(`${c.tbl}\0${c.pk}`) ?? 0,
            // What the change is, on its first row only.
            label: i === 0 ? meta.label : null,
            undoes: meta.undoes,
            redoes: meta.redoes ?? null,
          })),
        )
        .returning({ seq: teamChange.seq });
      const numbers = seqs.map((r) => r.seq);
      op = Math.min(...numbers);
      last = Math.max(...numbers);
      await db
        .update(teamChange)
        .set({ op })
        .where(and(eq(teamChange.planId, planId), sql`${teamChange.seq} between ${op} and ${last}`));
    }
    // The plan moves to the new seq only from the seq the caller caught up to, at a schema it knows; NOTIFY is
    // sent at commit, so a refusal here (which rolls the transaction back) notifies nobody.
    const moved = await db.execute<{ ok: boolean }>(sql`
      with moved as (
        update ${teamPlan} set seq = ${last}
        where id = ${planId} and seq = ${expectedSeq}
          ${meta.schemaVersion !== undefined ? sql`and schema_version <= ${meta.schemaVersion}` : sql``}
        returning id)
      select pg_notify(${NOTIFY_CHANNEL}, ${notice(last, at)}) is null as ok from moved`);
    if (moved.rows.length === 0) {
      const [plan] = await db
        .select({ seq: teamPlan.seq, schemaVersion: teamPlan.schemaVersion })
        .from(teamPlan)
        .where(eq(teamPlan.id, planId));
      if (!plan) throw new HoshinError('not_found', `there is no team plan with id ${planId}`);
      if (meta.schemaVersion !== undefined && plan.schemaVersion > meta.schemaVersion) throw newerPlan();
      throw new StaleCopy(plan.seq);
    }
    return { seq: last, at, versions };
  }
}

/** A server older than the plan: another server upgraded the plan's rows to a schema this one does not know. */
export function newerPlan(): HoshinError {
  return new HoshinError(
    'too_new',
    'This team plan was upgraded by a newer Hoshin Planner server; update this server to work on it. Nothing was changed.',
  );
}

/** The working copy is behind the database: another process changed the plan since it was last caught up. */
export class StaleCopy extends Error {
  readonly seq: number;

  constructor(seq: number) {
    super(`the working copy is behind (plan seq ${seq})`);
    this.seq = seq;
  }
}
