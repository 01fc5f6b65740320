/**
 * One test per migration (opening a file made at the previous version), plus the migration runner's
 * guarantees: backup first, one transaction, foreign keys handled around table rebuilds.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { generateKeyBetween } from 'fractional-indexing';
import { afterEach, describe, expect, it } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import {
  currentSchemaVersion,
  HOSHIN_APPLICATION_ID,
  loadMigrations,
  setMigrationsFolder,
} from '../../db/plan-file.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { parsePlanJson, stringifyPlan } from '../../core/plan-json.ts';
import { openPlan } from '../../services/plan-files.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

const realMigrations = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../db/migrations');

afterEach(() => setMigrationsFolder(realMigrations));
/** The schema version of this build, read before any test points the runner at extra migrations. */
const CURRENT = currentSchemaVersion();

/** A file exactly as a build that knew only the first `version` migrations would have written it. */
function fileAtVersion(dir: string, version: number): string {
  const file = path.join(dir, `v${version}.hoshin`);
  const db = new Database(file);
  db.pragma(`application_id = ${HOSHIN_APPLICATION_ID}`);
  applyMigrations(db, loadMigrations().slice(0, version), 0);
  db.pragma('journal_mode = WAL');
  // Before 0007 (schema version 8) a row's place was an integer sort_order; since, a fractional-indexing sort_key.
  const [order, first] = version >= 8 ? ['sort_key', "'a0'"] : ['sort_order', '0'];
  db.exec(`
    insert into plan (id, title) values ('p-old', 'Plan from v${version}');
    insert into department (id, name, ${order}) values ('d1', 'Support', ${first});
    insert into objective (id, code, title, horizon, ${order}) values ('o1', 'O1', 'Cut churn', 'annual', ${first});
    insert into goal (id, department_id, code, title, ${order}) values ('g1', 'd1', 'SUP-1', 'Fix first time', ${first});
    insert into tactic (id, department_id, code, title, tags, ${order}) values ('t1', 'd1', 'SUP-1.1', 'Knowledge base', '["FCR"]', ${first});
    insert into goal_objective_link (goal_id, objective_id, strength, position) values ('g1', 'o1', 'strong', 0);
    insert into tactic_goal_link (tactic_id, goal_id, strength, position) values ('t1', 'g1', 'medium', 0);
  `);
  db.close();
  return file;
}

function writeMigrationFolder(dir: string, extra: string[]): string {
  const folder = path.join(dir, 'migrations');
  fs.cpSync(realMigrations, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalPath, 'utf8'));
  extra.forEach((sql, i) => {
    const idx = journal.entries.length;
    const tag = `${String(idx).padStart(4, '0')}_test_${i}`;
    fs.writeFileSync(path.join(folder, `${tag}.sql`), sql);
    journal.entries.push({ idx, version: '6', when: Date.now(), tag, breakpoints: true });
  });
  fs.writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

describe('migration 0001 (owner-load limit, link indexes) from a version-1 file', () => {
  it('upgrades the file after backing it up, keeping every row', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 1);
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(1);
      const doc = session.dispatch('getPlan', {});
      expect(doc.plan).toMatchObject({ id: 'p-old', title: 'Plan from v1', settings: { ownerLoadLimit: 8 } });
      expect(doc.tactics[0]).toMatchObject({
        id: 't1',
        tags: ['FCR'],
        supports: [{ goalId: 'g1', strength: 'medium' }],
      });
      expect(doc.goals[0]!.supports).toEqual([{ objectiveId: 'o1', strength: 'strong' }]);
      const indexes = session.store.sqlite
        .prepare(
          "select name from sqlite_master where type = 'index' and name in ('goal_objective_link_objective', 'tactic_goal_link_goal')",
        )
        .all();
      expect(indexes.map((r) => (r as { name: string }).name).sort()).toEqual([
        'goal_objective_link_objective',
        'tactic_goal_link_goal',
      ]);
      expect(session.store.sqlite.pragma('user_version', { simple: true })).toBe(CURRENT);
      expect(session.store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    } finally {
      session.close();
    }
    const backup = openBackup(dir);
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('select title from plan').get()).toEqual({ title: 'Plan from v1' });
    backup.close();
  });

  it('does nothing (and backs nothing up) when the file is current', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, CURRENT);
    const session = openPlan(file);
    expect(session.opened.migratedFrom).toBeNull();
    expect(session.opened.backup).toBeNull();
    session.close();
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.bak'))).toEqual([]);
  });
});

describe('migration 0002 (catchball notes and drafts) from a version-2 file', () => {
  it('adds the note and draft tables, keeping every row; a plain plan stays plain', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 2);
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(2);
      const doc = session.dispatch('getPlan', {});
      expect(doc).toMatchObject({ notes: [], draft: null, plan: { title: 'Plan from v2' } });
      expect(doc.tactics[0]!.supports).toEqual([{ goalId: 'g1', strength: 'medium' }]);
      const tables = session.store.sqlite
        .prepare(
          "select name from sqlite_master where type = 'table' and name in ('note', 'draft_info', 'draft_issue')",
        )
        .all();
      expect(tables).toHaveLength(3);
    } finally {
      session.close();
    }
  });
});

describe('migration 0003 (X-matrix objective links, monthly review) from a version-3 file', () => {
  it('adds the objective links and review tables with defaults, keeping every row', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 3);
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(3);
      const doc = session.dispatch('getPlan', {});
      expect(doc.plan.settings).toMatchObject({ ownerLoadLimit: 8, reviewTolerance: 5 });
      expect(doc.objectives[0]!.supports).toEqual([]);
      expect(doc.review).toEqual({ months: [], countermeasures: [], tacticUpdates: [] });
      expect(doc.goals[0]!.supports).toEqual([{ objectiveId: 'o1', strength: 'strong' }]);
      // The new link works in the upgraded file.
      session.dispatch('createObjective', { id: 'b1', title: 'Breakthrough', horizon: 'breakthrough' });
      session.dispatch('setLink', { kind: 'annual-breakthrough', fromId: 'o1', toId: 'b1', strength: 'medium' });
      expect(session.dispatch('getPlan', {}).objectives[0]!.supports).toEqual([
        { objectiveId: 'b1', strength: 'medium' },
      ]);
    } finally {
      session.close();
    }
  });
});

describe('migration 0004 (trusted draft issue record) from a version-4 file', () => {
  it('keeps drafts issued before it, which still merge by their recorded department only', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 4);
    const raw = new Database(file);
    raw.exec(
      `insert into draft_issue (draft_id, department_id, issued_at) values ('old-draft', 'd1', '2026-01-05T10:00:00.000Z')`,
    );
    raw.close();
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(4);
      expect(session.store.draftIssue('old-draft')).toMatchObject({
        departmentId: 'd1',
        issuedAt: '2026-01-05T10:00:00.000Z',
        planId: null,
        baseHash: null,
      });
      const { draft: _none, ...base } = session.dispatch('getPlan', {});
      const block = {
        id: 'old-draft',
        planId: 'p-old',
        departmentId: 'd1',
        issuedAt: '2026-01-05T10:00:00.000Z',
        base,
      };
      const edited = { ...base, goals: base.goals.map((g) => ({ ...g, title: 'Fix it first time' })), draft: block };
      const cs = session.dispatch('reviewDraft', { draft: edited });
      expect(cs.changes.map((c) => c.key)).toEqual(['update:goal:g1']);
      // A draft issued now carries the plan and the base hash.
      const issued = session.dispatch('issueDraft', { department: 'support' });
      expect(session.store.draftIssue(issued.draftId)).toMatchObject({
        planId: 'p-old',
        baseHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });
    } finally {
      session.close();
    }
  });
});

describe('migration 0005 (the department that raised a note) from a version-5 file', () => {
  it('keeps older notes, which count for their item’s department, and a deleted department keeps its notes', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 5);
    const raw = new Database(file);
    raw.exec(
      `insert into note (id, item_id, kind, text, created_at, sort_order) values ('n-old', 'g1', 'question', 'Why?', '2026-01-05T10:00:00.000Z', 0)`,
    );
    raw.close();
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(5);
      expect(session.dispatch('getPlan', {}).notes).toMatchObject([{ id: 'n-old', departmentId: null }]);
      expect(session.dispatch('getDraftStatus', {}).find((d) => d.departmentId === 'd1')!.openNotes).toBe(1);
    } finally {
      session.close();
    }
    const db = new Database(file);
    try {
      db.pragma('foreign_keys = ON');
      db.exec(`insert into department (id, name, sort_key) values ('d2', 'Sales', 'a5')`);
      db.exec(`update note set department_id = 'd2'`);
      db.exec(`delete from department where id = 'd2'`);
      expect(db.prepare(`select id, department_id as d from note`).all()).toEqual([{ id: 'n-old', d: null }]);
    } finally {
      db.close();
    }
  });
});

describe('migration 0006 (the item a rollover carried each item from) from a version-6 file', () => {
  it('adds an empty carried_from to objectives, goals and tactics: older items read and export as before', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 6);
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(6);
      const doc = session.dispatch('getPlan', {});
      for (const item of [...doc.objectives, ...doc.goals, ...doc.tactics])
        expect(item).not.toHaveProperty('carriedFrom');
      expect(doc.goals).toMatchObject([
        { id: 'g1', code: 'SUP-1', supports: [{ objectiveId: 'o1', strength: 'strong' }] },
      ]);
    } finally {
      session.close();
    }
    const db = new Database(file);
    try {
      for (const table of ['objective', 'goal', 'tactic']) {
        expect(db.prepare(`select carried_from as c from ${table}`).all()).toEqual([{ c: null }]);
      }
      // Not a reference: it names an item of another file, so any id is kept as it is.
      db.pragma('foreign_keys = ON');
      db.exec(`update goal set carried_from = 'g-of-last-year'`);
    } finally {
      db.close();
    }
    const reopened = openPlan(file);
    try {
      expect(reopened.dispatch('getPlan', {}).goals[0]!.carriedFrom).toBe('g-of-last-year');
    } finally {
      reopened.close();
    }
  });
});

describe('migration 0007 (sort keys instead of renumbered sort orders) from a version-7 file', () => {
  it('keeps every table in its order, with valid keys, and an insert then writes one row', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 7);
    // 4,000 tactics (past 62 and 62² rows, where the key grows a digit) in an order unlike their insert order,
    // with gaps and a tie as renumbering left them (a tie keeps the older row first).
    const order = Array.from({ length: 4000 }, (_, i) => (i * 7919) % 4000);
    const db = new Database(file);
    db.transaction(() => {
      const insert = db.prepare(
        `insert into tactic (id, department_id, code, title, sort_order) values (?, 'd1', ?, 'T', ?)`,
      );
      order.forEach((n, i) => insert.run(`x${i}`, `X-${i}`, n * 3 + 5));
      db.exec(`insert into tactic (id, department_id, code, title, sort_order) values ('tie', 'd1', 'X-T', 'T', 5)`);
      db.exec(`insert into department (id, name, sort_order) values ('d0', 'Sales', -1)`);
    })();
    const expected = db.prepare('select id from tactic order by sort_order, rowid').pluck().all() as string[];
    db.close();

    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(7);
      const doc = session.dispatch('getPlan', {});
      expect(doc.tactics.map((t) => t.id)).toEqual(expected);
      expect(doc.departments.map((d) => d.name)).toEqual(['Sales', 'Support']);
      const keys = session.store.sqlite
        .prepare('select sort_key from tactic order by sort_key')
        .pluck()
        .all() as string[];
      expect(keys[0]).toBe('d0000');
      expect(keys.slice(1).every((k, i) => k > keys[i]!)).toBe(true);
      // The keys are the fractional-indexing package's own: it accepts each one as a neighbour.
      expect(() => keys.forEach((k) => generateKeyBetween(k, null))).not.toThrow();

      const between = expected[2000]!;
      const undoRows = () => session.store.sqlite.prepare('select count(*) from temp.undo_entry').pluck().get();
      const rowsBefore = undoRows() as number;
      const added = session.dispatch('createTactic', {
        title: 'Between two',
        departmentId: 'd1',
        supports: [],
        afterId: between,
      });
      const ids = session.dispatch('getPlan', {}).tactics.map((t) => t.id);
      expect(ids.indexOf(added.id)).toBe(ids.indexOf(between) + 1);
      expect(ids.length).toBe(expected.length + 1);
      // One inserted row (its undo is one delete), not a renumbering of the 4,000 after it.
      expect((undoRows() as number) - rowsBefore).toBe(1);
    } finally {
      session.close();
    }
  });
});

describe('migration 0008 (weights, responsible and supporting departments, relative targets) from a version-8 file', () => {
  it('adds empty weights and departments: older items read and export as before, and the new fields hold', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 8);
    const raw = new Database(file);
    raw.exec(`update objective set kpi_name = 'Churn', kpi_baseline = 14, kpi_target = 9, kpi_direction = 'decrease'`);
    raw.close();
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(8);
      const doc = session.dispatch('getPlan', {});
      for (const item of [...doc.objectives, ...doc.goals]) {
        expect(item).not.toHaveProperty('weight');
        expect(item.kpi ?? {}).not.toHaveProperty('targetKind');
      }
      expect(doc.objectives[0]).not.toHaveProperty('departmentId');
      expect(doc.goals[0]).not.toHaveProperty('supportingDepartmentIds');
      expect(doc.objectives[0]!.kpi).toEqual({
        name: 'Churn',
        unit: null,
        baseline: 14,
        target: 9,
        direction: 'decrease',
      });
      session.dispatch('createDepartment', { id: 'd2', name: 'Production' });
      session.dispatch('updateObjective', { id: 'o1', weight: 100, departmentId: 'd2' });
      session.dispatch('updateGoal', { id: 'g1', weight: 62.5, supportingDepartmentIds: ['d2'] });
    } finally {
      session.close();
    }
    const db = new Database(file);
    try {
      expect(db.prepare(`select weight, department_id as d from objective`).all()).toEqual([{ weight: 100, d: 'd2' }]);
      expect(db.prepare(`select weight from goal`).all()).toEqual([{ weight: 62.5 }]);
      expect(db.prepare(`select goal_id as g, department_id as d from goal_supporting_department`).all()).toEqual([
        { g: 'g1', d: 'd2' },
      ]);
      // Deleting the department leaves the objective without one and the goal without that supporter.
      db.pragma('foreign_keys = ON');
      db.exec(`delete from department where id = 'd2'`);
      expect(db.prepare(`select department_id as d from objective`).all()).toEqual([{ d: null }]);
      expect(db.prepare(`select count(*) as n from goal_supporting_department`).get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});

describe('migration 0009 (week start, fiscal-year start) from a version-9 file', () => {
  it('starts weeks on Monday and fiscal years in January, exports as before, and keeps what is set', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, 9);
    const session = openPlan(file);
    try {
      expect(session.opened.migratedFrom).toBe(9);
      const doc = session.dispatch('getPlan', {});
      expect(doc.plan.settings).toMatchObject({ weekStart: 1, fiscalYearStart: 1 });
      // A plan that never set them exports without them, as it did before they existed.
      const exported = JSON.parse(stringifyPlan(doc)) as { plan: { settings: object } };
      expect(exported.plan.settings).not.toHaveProperty('weekStart');
      expect(exported.plan.settings).not.toHaveProperty('fiscalYearStart');
      session.dispatch('updatePlan', { settings: { weekStart: 7, fiscalYearStart: 4 } });
      expect(() => session.dispatch('updatePlan', { settings: { weekStart: 8 } })).toThrow(/day of the week/);
      expect(() => session.dispatch('updatePlan', { settings: { fiscalYearStart: 0 } })).toThrow(/month/);
    } finally {
      session.close();
    }
    const db = new Database(file);
    try {
      expect(db.prepare(`select week_start as w, fiscal_year_start as f from plan`).get()).toEqual({ w: 7, f: 4 });
    } finally {
      db.close();
    }
    // The plan JSON carries them, and reading it back gives them again.
    const reopened = openPlan(file);
    try {
      const json = stringifyPlan(reopened.dispatch('getPlan', {}));
      expect(JSON.parse(json).plan.settings).toMatchObject({ weekStart: 7, fiscalYearStart: 4 });
      expect(parsePlanJson(json).plan.settings).toMatchObject({ weekStart: 7, fiscalYearStart: 4 });
    } finally {
      reopened.close();
    }
  });
});

describe('the migration runner', () => {
  it('rebuilds a table with foreign keys off, so links to it survive, and turns them back on', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, CURRENT);
    // What drizzle-kit emits for a column change SQLite cannot ALTER: create, copy, drop, rename.
    setMigrationsFolder(
      writeMigrationFolder(dir, [
        `PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE __new_goal (id text PRIMARY KEY NOT NULL, department_id text NOT NULL REFERENCES department(id) ON DELETE cascade,
  code text NOT NULL, title text NOT NULL, description text, owner text, kpi_name text, kpi_unit text, kpi_baseline real,
  kpi_target real, kpi_direction text, carried_from text, sort_key text NOT NULL, kpi_target_kind text, weight real, note text);--> statement-breakpoint
INSERT INTO __new_goal (id, department_id, code, title, description, owner, kpi_name, kpi_unit, kpi_baseline, kpi_target, kpi_direction, carried_from, sort_key, kpi_target_kind, weight)
  SELECT id, department_id, code, title, description, owner, kpi_name, kpi_unit, kpi_baseline, kpi_target, kpi_direction, carried_from, sort_key, kpi_target_kind, weight FROM goal;--> statement-breakpoint
DROP TABLE goal;--> statement-breakpoint
ALTER TABLE __new_goal RENAME TO goal;--> statement-breakpoint
PRAGMA foreign_keys=ON;`,
      ]),
    );
    const session = openPlan(file);
    try {
      const doc = session.dispatch('getPlan', {});
      expect(doc.goals[0]!.supports).toEqual([{ objectiveId: 'o1', strength: 'strong' }]);
      expect(doc.tactics[0]!.supports).toEqual([{ goalId: 'g1', strength: 'medium' }]);
      expect(session.store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(session.store.sqlite.pragma('user_version', { simple: true })).toBe(CURRENT + 1);
    } finally {
      session.close();
    }
  });

  it('rolls everything back when a migration would break a reference, leaving the file as it was', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, CURRENT);
    const before = sha256(file);
    setMigrationsFolder(
      writeMigrationFolder(dir, [
        'CREATE TABLE extra_note (id text PRIMARY KEY);',
        "INSERT INTO tactic_goal_link (tactic_id, goal_id, strength, position) VALUES ('t1', 'no-such-goal', 'weak', 1);",
      ]),
    );
    const error = catchError(() => openPlan(file));
    expect(error.code).toBe('migration_failed');
    expect(error.message).toMatch(/would break 1 reference\(s\); nothing was changed/);
    expect(sha256(file)).toBe(before);
    setMigrationsFolder(realMigrations);
    const session = openPlan(file);
    expect(
      session.store.sqlite.prepare("select count(*) as n from sqlite_master where name = 'extra_note'").get(),
    ).toEqual({
      n: 0,
    });
    session.close();
  });

  it('rolls back a migration whose SQL fails, naming the version', () => {
    const dir = tempDir();
    const file = fileAtVersion(dir, CURRENT);
    const before = sha256(file);
    setMigrationsFolder(
      writeMigrationFolder(dir, ['ALTER TABLE plan ADD COLUMN colour text;', 'SELECT * FROM missing_table;']),
    );
    const error = catchError(() => openPlan(file));
    expect(error.code).toBe('migration_failed');
    expect(error.message).toMatch(new RegExp(`schema version ${CURRENT + 2} failed: no such table: missing_table`));
    expect(sha256(file)).toBe(before);
  });
});

function catchError(fn: () => unknown): HoshinError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(HoshinError);
    return err as HoshinError;
  }
  throw new Error('expected an error');
}

function openBackup(dir: string): Database.Database {
  const backups = fs.readdirSync(dir).filter((f) => f.endsWith('.bak'));
  expect(backups).toHaveLength(1);
  expect(backups[0]).toMatch(/^v1\.hoshin\.v1-.*\.bak$/);
  return new Database(path.join(dir, backups[0]!), { readonly: true });
}
