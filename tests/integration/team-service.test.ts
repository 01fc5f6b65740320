/**
 * The team server's service layer on a real PostgreSQL (a private cluster, a database per test): plans
 * published from files and pulled back, roles enforced per operation, stale updates refused with who changed
 * what, two server processes (two services on one database) seeing each other's changes, the change log.
 */
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamMigrations } from '../../db/team/connect.ts';
import type { ChangeEvent } from '../../services/team/plan-host.ts';
import { TeamService } from '../../services/team/team-service.ts';
import { openPlanForReading, samplePlanDocument } from '../../services/plan-files.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import { memberWith, PASSWORD, published as publishedOn, value } from '../helpers/team-members.ts';
import { tempDir } from '../helpers/temp.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

const published = () => publishedOn(cluster);

describe('team plans on PostgreSQL', () => {
  it('publishes a plan file and pulls it back unchanged; edits are stored and pulled', async () => {
    const { team, planId } = await published();
    try {
      const leader = await memberWith(team, planId, 'lead@example.com', 'leader');
      const plan = value(await team.call(leader, planId, 'getPlan', {})) as {
        tactics: { id: string; version: number }[];
      };
      expect(plan.tactics.length).toBe(samplePlanDocument().tactics.length);
      expect(plan.tactics.every((t) => t.version === 1)).toBe(true);
      value(await team.call(leader, planId, 'updateTactic', { id: 't-cs-1-1', title: 'Knowledge base, live' }));
      const out = path.join(tempDir(), 'pulled.hoshin');
      await team.pull(planId, out);
      const pulled = openPlanForReading(out);
      try {
        const doc = pulled.store.loadDocument();
        expect(doc.tactics.find((t) => t.id === 't-cs-1-1')!.title).toBe('Knowledge base, live');
        const { tactics: _t, ...rest } = doc;
        const { tactics: _s, ...sample } = samplePlanDocument();
        expect({ ...rest, draft: rest.draft ?? undefined }).toMatchObject({ ...sample, draft: undefined });
      } finally {
        pulled.close();
      }
      const log = await team.log(planId);
      expect(log).toHaveLength(1);
      expect(log[0]).toMatchObject({ operation: 'updateTactic', by: 'lead', itemId: 't-cs-1-1', version: 2 });
      expect(log[0]!.before!['title']).not.toBe('Knowledge base, live');
      expect(log[0]!.after!['title']).toBe('Knowledge base, live');
    } finally {
      await team.close();
    }
  });

  it('enforces roles in every operation: viewer, department head, leader', async () => {
    const { team, planId } = await published();
    try {
      const viewer = await memberWith(team, planId, 'view@example.com', 'viewer');
      const head = await memberWith(team, planId, 'amara@example.com', 'department_head', ['Customer Success']);
      const leader = await memberWith(team, planId, 'lead@example.com', 'leader');

      const refused = await team.call(viewer, planId, 'updateTactic', { id: 't-cs-1-1', title: 'x' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!refused.ok && refused.error.message).toMatch(/viewer/);
      value(await team.call(viewer, planId, 'addNote', { itemId: 'o1', kind: 'question', text: 'Why 9 %?' }));

      value(await team.call(head, planId, 'updateTactic', { id: 't-cs-1-1', owner: 'Amara Okafor' }));
      const other = await team.call(head, planId, 'updateGoal', { id: 'g-it-1', title: 'Not mine' });
      expect(other).toMatchObject({ ok: false, error: { code: 'forbidden' } });
      expect(!other.ok && other.error.message).toMatch(/leader role; you are department head of Customer Success/);
      const objective = await team.call(head, planId, 'updateObjective', { id: 'o1', title: 'Mine now' });
      expect(objective).toMatchObject({ ok: false, error: { code: 'forbidden' } });

      value(await team.call(leader, planId, 'updateObjective', { id: 'o1', title: 'Cut churn to 9 %' }));
      expect((await team.log(planId)).map((c) => c.operation)).toEqual(['addNote', 'updateTactic', 'updateObjective']);
    } finally {
      await team.close();
    }
  });

  it('refuses a stale change of the same field, naming who changed it; another field still applies', async () => {
    const { team, planId } = await published();
    try {
      const amara = await memberWith(team, planId, 'amara@example.com', 'leader');
      const yuki = await memberWith(team, planId, 'yuki@example.com', 'leader');
      const seen = value(await team.call(yuki, planId, 'getPlan', {})) as {
        tactics: { id: string; version: number }[];
      };
      const version = seen.tactics.find((t) => t.id === 't-cs-1-1')!.version;
      value(await team.call(amara, planId, 'updateTactic', { id: 't-cs-1-1', title: 'Amara’s title', version }));
      const stale = await team.call(yuki, planId, 'updateTactic', { id: 't-cs-1-1', title: 'Yuki’s title', version });
      expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!stale.ok && stale.error.message).toMatch(
        /^amara changed the title \d+ s ago \(it is now “Amara’s title”\)/,
      );
      // A different field, changed by nobody since that version, is not a conflict.
      value(await team.call(yuki, planId, 'updateTactic', { id: 't-cs-1-1', owner: 'Yuki Tanaka', version }));
      const now = value(await team.call(yuki, planId, 'getPlan', {})) as {
        tactics: { id: string; title: string; owner: string; version: number }[];
      };
      expect(now.tactics.find((t) => t.id === 't-cs-1-1')).toMatchObject({
        title: 'Amara’s title',
        owner: 'Yuki Tanaka',
        version: version + 2,
      });
    } finally {
      await team.close();
    }
  });

  it('keeps two server processes on one database in step, and tells listeners of each change', async () => {
    const { team, url, planId } = await published();
    const second = await TeamService.connect(url);
    try {
      await team.listen();
      await second.listen();
      const a = await memberWith(team, planId, 'a@example.com', 'leader');
      const b = await second.member(
        (await second.signedIn((await second.login('a@example.com', PASSWORD)).token))!,
        planId,
      );
      // Both processes have the plan loaded before either changes it.
      value(await team.call(a, planId, 'getPlan', {}));
      value(await second.call(b, planId, 'getPlan', {}));
      const heard: ChangeEvent[] = [];
      await second.subscribe(planId, (e) => heard.push(e));

      value(await team.call(a, planId, 'updateTactic', { id: 't-cs-1-1', status: 'at_risk' }));
      await expect.poll(() => heard.length).toBe(1);
      expect(heard[0]).toMatchObject({ planId, operation: 'updateTactic', by: 'a', touched: ['t-cs-1-1'] });
      const fromSecond = value(await second.call(b, planId, 'getPlan', {})) as {
        tactics: { id: string; status: string }[];
      };
      expect(fromSecond.tactics.find((t) => t.id === 't-cs-1-1')!.status).toBe('at_risk');

      // And the other way round, with both writing in turn: nothing lost.
      for (let i = 0; i < 10; i++) {
        const [x, y] = i % 2 ? [team, second] : [second, team];
        const who = i % 2 ? a : b;
        value(await x.call(who, planId, 'createTactic', { title: `From ${i}`, departmentId: 'd-cs', supports: [] }));
        void y;
      }
      const all = value(await team.call(a, planId, 'getPlan', {})) as { tactics: { title: string }[] };
      expect(all.tactics.filter((t) => t.title.startsWith('From ')).map((t) => t.title)).toEqual(
        Array.from({ length: 10 }, (_, i) => `From ${i}`),
      );
    } finally {
      await second.close();
      await team.close();
    }
  });

  it('signs in only with the right password, and locks an email after five failures', async () => {
    const { team, planId } = await published();
    try {
      await memberWith(team, planId, 'v@example.com', 'viewer');
      for (let i = 0; i < 5; i++) {
        await expect(team.login('v@example.com', 'wrong password!')).rejects.toMatchObject({ code: 'unauthorized' });
      }
      await expect(team.login('v@example.com', PASSWORD)).rejects.toMatchObject({ code: 'rate_limited' });
      await expect(team.login('nobody@example.com', PASSWORD)).rejects.toMatchObject({ code: 'unauthorized' });
      await expect(
        team.addUser({ email: 'short@example.com', password: 'short', role: 'viewer' }),
      ).rejects.toMatchObject({ code: 'invalid_input' });
    } finally {
      await team.close();
    }
  });
});

describe('undo in a team plan', () => {
  it('takes back one’s own last change only, and refuses when someone changed it since', async () => {
    const { team, planId } = await published();
    try {
      const amara = await memberWith(team, planId, 'amara@example.com', 'leader');
      const yuki = await memberWith(team, planId, 'yuki@example.com', 'leader');
      const title = (s: string) => ({ id: 't-cs-1-1', title: s });
      const read = async () =>
        (
          value(await team.call(amara, planId, 'getPlan', {})) as { tactics: { id: string; title: string }[] }
        ).tactics.find((t) => t.id === 't-cs-1-1')!.title;
      const original = await read();

      value(await team.call(amara, planId, 'updateTactic', title('Amara 1')));
      const added = value(
        await team.call(yuki, planId, 'createTactic', { title: 'Yuki’s new one', departmentId: 'd-it', supports: [] }),
      ) as { id: string };
      const history = value(await team.call(amara, planId, 'getHistory', {})) as {
        canUndo: boolean;
        undoLabel: string;
      };
      expect(history).toMatchObject({ canUndo: true, canRedo: false });
      expect(history.undoLabel).toMatch(/Amara 1|tactic/i);

      // Amara's undo takes back her rename, not Yuki's newer tactic.
      const undone = await team.call(amara, planId, 'undo', {});
      expect(undone).toMatchObject({ ok: true, history: { canUndo: false } });
      expect(await read()).toBe(original);
      const plan = value(await team.call(amara, planId, 'getPlan', {})) as { tactics: { id: string }[] };
      expect(plan.tactics.some((t) => t.id === added.id)).toBe(true);
      expect(await team.call(amara, planId, 'undo', {})).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'You have no change of your own in this plan to undo.' },
      });

      // Yuki renames the tactic after Amara did: Amara's undo would overwrite him, so it is refused.
      value(await team.call(amara, planId, 'updateTactic', title('Amara 2')));
      value(await team.call(yuki, planId, 'updateTactic', title('Yuki 2')));
      const refused = await team.call(amara, planId, 'undo', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!refused.ok && refused.error.message).toMatch(/^yuki changed “Yuki 2” \d+ s ago, so .* cannot be undone/);
      expect(await read()).toBe('Yuki 2');
      // Yuki's own undo of his new tactic removes it.
      value(await team.call(yuki, planId, 'undo', {}));
      expect(await read()).toBe('Amara 2');
      value(await team.call(yuki, planId, 'undo', {}));
      const after = value(await team.call(yuki, planId, 'getPlan', {})) as { tactics: { id: string }[] };
      expect(after.tactics.some((t) => t.id === added.id)).toBe(false);
      const log = await team.log(planId);
      expect(log.filter((c) => c.operation === 'undo').every((c) => c.undoes !== null)).toBe(true);
    } finally {
      await team.close();
    }
  });
});

describe('team database migrations', () => {
  it('0001 (undo labels) upgrades a version-1 database in place, keeping its plans and changes', async () => {
    const url = await cluster.createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const [first] = teamMigrations();
      for (const statement of first!.statements) await client.query(statement);
      await client.query('create table team_schema (version integer not null); insert into team_schema values (1)');
      await client.query(`insert into team_plan (id, title, schema_version, seq) values ('p1', 'Old plan', 7, 1)`);
      await client.query(
        `insert into team_change (plan_id, op, by, operation, tbl, pk, item_id, version) values ('p1', 1, 'Ada', 'updateTactic', 'tactic', '["t1"]', 't1', 2)`,
      );
    } finally {
      await client.end();
    }
    const team = await TeamService.connect(url);
    try {
      const [change] = await team.log('p1');
      expect(change).toMatchObject({ by: 'Ada', operation: 'updateTactic', label: null, undoes: null });
      const version = await team.store.db.execute<{ version: number }>(sql`select version from team_schema`);
      expect(version.rows[0]!.version).toBe(teamMigrations().length);
    } finally {
      await team.close();
    }
  });

  it('0002 (redo) upgrades a version-2 database in place: earlier undos stay undos, nothing is a redo', async () => {
    const url = await cluster.createDatabase();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const [first, second] = teamMigrations();
      for (const statement of [...first!.statements, ...second!.statements]) await client.query(statement);
      await client.query('create table team_schema (version integer not null); insert into team_schema values (2)');
      await client.query(`insert into team_plan (id, title, schema_version, seq) values ('p1', 'Old plan', 8, 2)`);
      await client.query(
        `insert into team_change (plan_id, op, by, by_user, operation, tbl, pk, item_id, version, label, undoes) values
          ('p1', 1, 'Ada', 'u1', 'updateTactic', 'tactic', '["t1"]', 't1', 2, 'Rename tactic', null),
          ('p1', 2, 'Ada', 'u1', 'undo', 'tactic', '["t1"]', 't1', 3, 'Undo Rename tactic', 1)`,
      );
    } finally {
      await client.end();
    }
    const team = await TeamService.connect(url);
    try {
      const log = await team.log('p1');
      expect(log.map((c) => [c.operation, c.undoes, c.redoes])).toEqual([
        ['updateTactic', null, null],
        ['undo', 1, null],
      ]);
      // The old undo can be redone now.
      expect(await team.store.redoable('p1', 'u1')).toEqual([{ op: 2, label: 'Rename tactic' }]);
      const version = await team.store.db.execute<{ version: number }>(sql`select version from team_schema`);
      expect(version.rows[0]!.version).toBe(teamMigrations().length);
    } finally {
      await team.close();
    }
  });
});
