/**
 * The team server's service layer, shared by `hoshin team …` and the HTTP server: the database (migrated on
 * connect), people and roles, sign-in, plans published from files and pulled back to files, the change log,
 * and each plan's host (its working copy) kept current through PostgreSQL LISTEN/NOTIFY, so several server
 * processes on one database serve the same live plan.
 */
import { ACTIVITY_PAGE_MAX, type ActivityEntry } from '../../contract/team-activity.ts';
import path from 'node:path';
import pg from 'pg';
import type { Envelope, OperationName } from '../../contract/api.ts';
import { HoshinError } from '../../contract/errors.ts';
import { connectTeamDatabase, migrateTeamDatabase } from '../../db/team/connect.ts';
import { TEAM_ROLES, type TeamRole } from '../../db/team/schema.ts';
import { NOTIFY_CHANNEL, TeamStore, type ChangeRow } from '../../db/team/team-store.ts';
import { currentSchemaVersion } from '../../db/plan-file.ts';
import { openPlanForReading, writePlanFile } from '../plan-files.ts';
import type { Member } from './access.ts';
import { hashPassword, randomPassword, verifyPassword } from './passwords.ts';
import { PlanHost, type ChangeEvent } from './plan-host.ts';
import { rowsOfDatabase } from './working-copy.ts';

/** Five failed sign-ins for one email within 15 minutes lock it for the rest of those 15 minutes. */
export const LOGIN_LIMIT = { failures: 5, minutes: 15 };

/** One row a change wrote, as `team log --json` and GET /plans/<planId>/changes list them. */
export interface ChangeEntry {
  at: string;
  by: string;
  operation: string;
  itemId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface SignedIn {
  userId: string;
  email: string;
  name: string;
}

export class TeamService {
  readonly store: TeamStore;
  private readonly pool: pg.Pool;
  private readonly url: string;
  private readonly hosts = new Map<string, Promise<PlanHost>>();
  private listener: pg.Client | null = null;

  private constructor(url: string, pool: pg.Pool, store: TeamStore) {
    this.url = url;
    this.pool = pool;
    this.store = store;
  }

  /** Connects and applies pending team migrations (one transaction). */
  static async connect(url: string): Promise<TeamService> {
    const { pool, db } = await connectTeamDatabase(url);
    try {
      await migrateTeamDatabase(pool);
    } catch (err) {
      await pool.end().catch(() => {});
      throw err;
    }
    return new TeamService(url, pool, new TeamStore(db));
  }

  /** Starts hearing every server process's changes (team serve). */
  async listen(): Promise<void> {
    if (this.listener) return;
    const client = new pg.Client({ connectionString: this.url });
    client.on('error', () => {});
    await client.connect();
    client.on('notification', (message) => {
      if (message.channel !== NOTIFY_CHANNEL || !message.payload) return;
      let event: ChangeEvent;
      try {
        event = JSON.parse(message.payload) as ChangeEvent;
      } catch {
        return;
      }
      void this.hosts.get(event.planId)?.then((host) => host.notified(event));
    });
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    this.listener = client;
  }

  async close(): Promise<void> {
    for (const host of this.hosts.values()) await host.then((h) => h.close()).catch(() => {});
    this.hosts.clear();
    await this.listener?.end().catch(() => {});
    await this.pool.end().catch(() => {});
  }

  // ---- people ----

  async addUser(input: {
    email: string;
    name?: string;
    password: string;
    role: TeamRole;
    planId?: string;
    departments?: string[];
  }): Promise<{ id: string; email: string }> {
    const email = input.email.trim().toLowerCase();
    if (!/^[^\s@]+@[^\s@]+$/.test(email))
      throw new HoshinError('invalid_input', `"${input.email}" is not an email address`);
    if (!TEAM_ROLES.includes(input.role)) {
      throw new HoshinError('invalid_input', `the role must be one of ${TEAM_ROLES.join(', ')}, not "${input.role}"`);
    }
    if (input.password.length < 10) {
      throw new HoshinError('invalid_input', 'the password must have at least 10 characters');
    }
    const planId = input.planId ?? '*';
    let departmentIds: string[] = [];
    if (input.role === 'department_head') {
      if (!input.planId)
        throw new HoshinError('invalid_input', 'a department head needs --plan <planId> and --department');
      if (!input.departments?.length)
        throw new HoshinError('invalid_input', 'a department head needs at least one --department');
      departmentIds = await this.resolveDepartments(input.planId, input.departments);
    } else if (input.planId && !(await this.store.plan(input.planId))) {
      throw new HoshinError('not_found', `there is no team plan with id ${input.planId}`);
    }
    const user = await this.store.addUser(email, input.name?.trim() || email, await hashPassword(input.password));
    await this.store.setRole(user.id, planId, input.role, departmentIds);
    return { id: user.id, email: user.email };
  }

  private async resolveDepartments(planId: string, given: string[]): Promise<string[]> {
    const host = await this.host(planId);
    const doc = await host.document();
    return given.map((g) => {
      const d = doc.departments.find((x) => x.id === g || x.name.toLowerCase() === g.trim().toLowerCase());
      if (!d) {
        const list = doc.departments.map((x) => `${x.name} (${x.id})`).join(', ');
        throw new HoshinError('not_found', `the plan has no department "${g}"; its departments: ${list}`);
      }
      return d.id;
    });
  }

  users() {
    return this.store.users();
  }

  async removeUser(email: string): Promise<void> {
    if (!(await this.store.removeUser(email))) throw new HoshinError('not_found', `no account has the email ${email}`);
  }

  // ---- sign-in ----

  async login(email: string, password: string): Promise<{ token: string; csrf: string; expiresAt: Date }> {
    const since = new Date(Date.now() - LOGIN_LIMIT.minutes * 60_000);
    if ((await this.store.loginFailuresSince(email, since)) >= LOGIN_LIMIT.failures) {
      throw new HoshinError(
        'rate_limited',
        `Too many failed sign-ins for ${email.trim().toLowerCase()}: wait ${LOGIN_LIMIT.minutes} minutes and try again.`,
      );
    }
    const user = await this.store.userByEmail(email);
    // An unknown email costs as much as a wrong password, so timing does not tell which accounts exist.
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
    if (!user || !ok) {
      await this.store.recordLoginFailure(email);
      throw new HoshinError('unauthorized', 'The email or the password is wrong.');
    }
    await this.store.clearLoginFailures(email);
    return this.store.createSession(user.id);
  }

  async signedIn(token: string | undefined): Promise<(SignedIn & { csrf: string }) | null> {
    if (!token) return null;
    const s = await this.store.session(token);
    return s ? { userId: s.user.id, email: s.user.email, name: s.user.name, csrf: s.csrf } : null;
  }

  logout(token: string): Promise<void> {
    return this.store.endSession(token);
  }

  /** The user's membership of a plan; `not_found` for a plan they may not see (or that does not exist). */
  async member(user: SignedIn, planId: string): Promise<Member> {
    const role = (await this.store.plan(planId)) ? await this.store.roleOn(user.userId, planId) : null;
    if (!role) throw new HoshinError('not_found', `there is no team plan with id ${planId} that you may open`);
    return { userId: user.userId, name: user.name, role: role.role, departmentIds: role.departmentIds };
  }

  async plansOf(user: SignedIn): Promise<{ id: string; title: string; role: TeamRole }[]> {
    const out: { id: string; title: string; role: TeamRole }[] = [];
    for (const p of await this.store.plans()) {
      const role = await this.store.roleOn(user.userId, p.id);
      if (role) out.push({ id: p.id, title: p.title, role: role.role });
    }
    return out;
  }

  // ---- plans ----

  private host(planId: string): Promise<PlanHost> {
    let host = this.hosts.get(planId);
    if (!host) {
      host = PlanHost.open(planId, this.store);
      this.hosts.set(planId, host);
      host.catch(() => this.hosts.delete(planId));
    }
    return host;
  }

  async call(
    member: Member,
    planId: string,
    operation: OperationName,
    input: unknown,
    client: string | null = null,
  ): Promise<Envelope<unknown>> {
    let host: PlanHost;
    try {
      host = await this.host(planId);
    } catch (err) {
      // A plan that cannot be opened (gone, too new, its upgrade failed) is a refusal like any other.
      if (err instanceof HoshinError) return { ok: false, error: err.toJSON() };
      throw err;
    }
    return host.call(member, operation, input, client);
  }

  async subscribe(planId: string, listener: (event: ChangeEvent) => void): Promise<() => void> {
    return (await this.host(planId)).listen(listener);
  }

  /** Publishes a plan file as a team plan; answers its id (the plan's own id). */
  async push(file: string): Promise<{ planId: string; title: string }> {
    const session = openPlanForReading(file);
    try {
      const doc = session.store.loadDocument();
      if (doc.draft) {
        throw new HoshinError('invalid_input', `${path.basename(file)} is a department draft: publish the master plan`);
      }
      await this.store.createPlan(
        doc.plan.id,
        doc.plan.title,
        currentSchemaVersion(),
        rowsOfDatabase(session.store.sqlite),
      );
      return { planId: doc.plan.id, title: doc.plan.title };
    } finally {
      session.close();
    }
  }

  /** Writes a team plan as it is now to a new plan file. */
  async pull(planId: string, out: string, force = false): Promise<void> {
    if (!(await this.store.plan(planId))) throw new HoshinError('not_found', `there is no team plan with id ${planId}`);
    const doc = await (await this.host(planId)).document();
    writePlanFile(out, doc, force);
  }

  async log(planId: string, filter: { since?: Date; itemId?: string } = {}): Promise<ChangeRow[]> {
    if (!(await this.store.plan(planId))) throw new HoshinError('not_found', `there is no team plan with id ${planId}`);
    return this.store.log(planId, filter);
  }

  /** The change history in the contract's shape (`team log --json`, GET /plans/<planId>/changes). */
  /** The plan's activity feed: one entry per change, newest first (see TeamStore.activity). */
  async activity(
    planId: string,
    filter: { since?: Date; before?: number; limit?: number } = {},
  ): Promise<ActivityEntry[]> {
    const limit = Math.min(Math.max(filter.limit ?? 100, 1), ACTIVITY_PAGE_MAX);
    return (await this.store.activity(planId, { ...filter, limit })).map((a) => ({ ...a, at: a.at.toISOString() }));
  }

  async changes(planId: string, filter: { since?: Date; itemId?: string } = {}): Promise<ChangeEntry[]> {
    return (await this.log(planId, filter)).map((c) => ({
      at: c.at.toISOString(),
      by: c.by,
      operation: c.operation,
      itemId: c.itemId,
      before: c.before,
      after: c.after,
    }));
  }
}

/** A valid hash of a random password nobody knows, checked when the email is unknown. */
let dummy: Promise<string> | undefined;
const dummyHash = () => (dummy ??= hashPassword(randomPassword()));
