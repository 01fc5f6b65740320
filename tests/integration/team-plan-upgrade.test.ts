/**
 * A team plan pushed by an older build (its rows at an older .hoshin schema) is upgraded when a newer server
 * opens it: the same migrations a file gets, stored as one change by the server, before anyone works on it;
 * a second server process finds it upgraded and does not upgrade it again; a plan a newer server upgraded is
 * refused by an older one, changing nothing.
 */
import Database from 'better-sqlite3';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../db/migrate.ts';
import { currentSchemaVersion, loadMigrations } from '../../db/plan-file.ts';
import { PLAN_TABLES } from '../../db/plan-store.ts';
import { teamPlan } from '../../db/team/schema.ts';
import { UPGRADE_AUTHOR } from '../../db/team/team-store.ts';
import type { StoredRow } from '../../services/team/working-copy.ts';
import { TeamService } from '../../services/team/team-service.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import { memberWith, value } from '../helpers/team-members.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

/** A small plan's rows at .hoshin schema 6 (before sort keys and weights), sort orders out of insert order. */
function rowsAtSchema6(): StoredRow[] {
  const db = new Database(':memory:');
  applyMigrations(db, loadMigrations().slice(0, 6), 0);
  db.exec(`
    INSERT INTO plan (singleton, id, title) VALUES (1, 'p-old', 'Plan from an older build');
    INSERT INTO department (id, name, head, sort_order) VALUES ('d-ops', 'Operations', NULL, 1), ('d-cs', 'Customer Service', 'Ana', 0);
    INSERT INTO objective (id, code, title, horizon, sort_order) VALUES
      ('o-2', 'A1', 'Second annual', 'annual', 1), ('o-1', 'A0', 'First annual', 'annual', 0),
      ('o-b', 'B1', 'Breakthrough', 'breakthrough', 2);
    INSERT INTO objective_link (annual_id, breakthrough_id, strength, position) VALUES ('o-1', 'o-b', 'strong', 0);
    INSERT INTO goal (id, department_id, code, title, sort_order) VALUES ('g-1', 'd-cs', 'CS-1', 'Answer faster', 0);
    INSERT INTO goal_objective_link (goal_id, objective_id, strength, position) VALUES ('g-1', 'o-1', 'strong', 0);
    INSERT INTO tactic (id, department_id, code, title, sort_order) VALUES
      ('t-2', 'd-cs', 'CS-1.2', 'Later tactic', 1), ('t-1', 'd-cs', 'CS-1.1', 'Earlier tactic', 0);
    INSERT INTO tactic_goal_link (tactic_id, goal_id, strength, position) VALUES ('t-1', 'g-1', 'strong', 0), ('t-2', 'g-1', 'weak', 0);
  `);
  const tables = new Set(
    (db.prepare("select name from sqlite_master where type = 'table'").all() as { name: string }[]).map((t) => t.name),
  );
  const rows: StoredRow[] = [];
  for (const tbl of PLAN_TABLES) {
    if (!tables.has(tbl)) continue;
    const keys = (db.prepare('select name, pk from pragma_table_info(?)').all(tbl) as { name: string; pk: number }[])
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    for (const data of db.prepare(`select * from "${tbl}"`).all() as Record<string, unknown>[]) {
      rows.push({ tbl, pk: JSON.stringify(keys.map((k) => data[k])), data, version: 1 });
    }
  }
  db.close();
  return rows;
}

describe('team plans stored at an older plan format', () => {
  it('are upgraded once, as one change by the server, keeping their order and contents', async () => {
    const url = await cluster.createDatabase();
    const first = await TeamService.connect(url);
    const second = await TeamService.connect(url);
    try {
      await first.store.createPlan('p-old', 'Plan from an older build', 6, rowsAtSchema6());
      const leader = await memberWith(first, 'p-old', 'lead@example.com', 'leader');
      const plan = value(await first.call(leader, 'p-old', 'getPlan', {})) as {
        departments: { id: string }[];
        objectives: { id: string; weight: number | null; version: number }[];
        tactics: { id: string; title: string }[];
      };
      expect(plan.departments.map((d) => d.id)).toEqual(['d-cs', 'd-ops']);
      expect(plan.objectives.map((o) => o.id)).toEqual(['o-1', 'o-2', 'o-b']);
      expect(plan.objectives.map((o) => [o.weight ?? null, o.version])).toEqual([
        [null, 2],
        [null, 2],
        [null, 2],
      ]);
      expect(plan.tactics.map((t) => t.title)).toEqual(['Earlier tactic', 'Later tactic']);

      const [stored] = await first.store.db.select().from(teamPlan).where(eq(teamPlan.id, 'p-old'));
      expect(stored!.schemaVersion).toBe(currentSchemaVersion());
      const log = await first.log('p-old');
      const upgrade = log.filter((c) => c.operation === 'upgrade');
      expect(upgrade.length).toBeGreaterThan(0);
      expect(new Set(upgrade.map((c) => c.op)).size).toBe(1);
      expect(upgrade.every((c) => c.by === UPGRADE_AUTHOR && c.byUser === null)).toBe(true);
      expect(upgrade.find((c) => c.pk === '["t-1"]')?.after).toMatchObject({ sort_key: expect.any(String) });

      // The upgraded plan works as any other, and the second process opens it as it is.
      value(await first.call(leader, 'p-old', 'updateTactic', { id: 't-2', title: 'Renamed after the upgrade' }));
      const other = await memberWith(second, 'p-old', 'other@example.com', 'leader');
      const seen = value(await second.call(other, 'p-old', 'getPlan', {})) as { tactics: { title: string }[] };
      expect(seen.tactics.map((t) => t.title)).toEqual(['Earlier tactic', 'Renamed after the upgrade']);
      expect((await second.log('p-old')).filter((c) => c.operation === 'upgrade').length).toBe(upgrade.length);
      // Nobody's Undo takes the upgrade back.
      value(await first.call(leader, 'p-old', 'undo', {}));
      expect(await first.call(leader, 'p-old', 'undo', {})).toMatchObject({
        ok: false,
        error: { code: 'invalid_input' },
      });
    } finally {
      await first.close();
      await second.close();
    }
  });

  it('refuses a plan a newer server upgraded, in plain words, changing nothing', async () => {
    const url = await cluster.createDatabase();
    const team = await TeamService.connect(url);
    try {
      await team.store.createPlan('p-new', 'Plan from a newer build', currentSchemaVersion() + 1, rowsAtSchema6());
      const leader = await memberWith(team, 'p-new', 'lead@example.com', 'leader');
      const refused = await team.call(leader, 'p-new', 'getPlan', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'too_new' } });
      expect(!refused.ok && refused.error.message).toMatch(/upgraded by a newer Hoshin Planner server/);
      const counted = await team.store.db.execute<{ n: number }>(sql`select count(*)::int as n from team_change`);
      expect(counted.rows[0]!.n).toBe(0);
    } finally {
      await team.close();
    }
  });
});
