/**
 * A team plan's working copy: the plan's rows in an in-memory SQLite database with the .hoshin schema, so every
 * operation runs exactly as it does on a file (same dispatch, same rules, one transaction). Temporary triggers
 * capture each row an operation writes (its state before and after), which the plan host stores in
 * PostgreSQL before the working copy commits; rows other processes wrote are applied here the same way.
 *
 * Invariants:
 * - Capture records only while an operation runs (`temp.team_capture.on`), never while rows are applied.
 * - A row's key is its primary key values as a JSON array (pragma table_info order), as team_row.pk stores it.
 */
import Database from 'better-sqlite3';
import { applyMigrations } from '../../db/migrate.ts';
import { currentSchemaVersion, loadMigrations } from '../../db/plan-file.ts';
import { newerPlan } from '../../db/team/team-store.ts';
import { PLAN_TABLES, PlanStore } from '../../db/plan-store.ts';
import { createDispatch, type Dispatch, type DispatchOptions } from '../dispatch.ts';

export type PlanTable = (typeof PLAN_TABLES)[number];
export type RowData = Record<string, unknown>;

export interface StoredRow {
  tbl: string;
  pk: string;
  data: RowData;
  version: number;
}

/** One row an operation wrote: its state before (null: it was new) and after (null: deleted). */
export interface RowDelta {
  tbl: PlanTable;
  pk: string;
  before: RowData | null;
  after: RowData | null;
}

interface TableInfo {
  columns: string[];
  keys: string[];
  upsert: Database.Statement;
  remove: Database.Statement;
  /** The row by its key. */
  select: Database.Statement;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

export class WorkingCopy {
  readonly db: Database.Database;
  readonly store: PlanStore;
  readonly dispatch: Dispatch;
  /** The newest team_change seq applied here. */
  seq: number;
  private readonly tables = new Map<string, TableInfo>();
  private deltas: Database.Statement | undefined;
  /** `${tbl}\0${pk}` -> the row's version. */
  private readonly versions = new Map<string, number>();

  /**
   * The copy of `rows`, stored at .hoshin schema `fromVersion` (this build's by default). Rows of an older schema
   * are loaded into that schema and then migrated here, exactly as a file would be: `changesFrom(rows)` then
   * says what the upgrade changed, for the plan host to store.
   */
  constructor(
    rows: readonly StoredRow[],
    seq: number,
    options: DispatchOptions = {},
    fromVersion: number = currentSchemaVersion(),
  ) {
    this.db = new Database(':memory:');
    const migrations = loadMigrations();
    if (fromVersion > migrations.length) throw newerPlan();
    applyMigrations(this.db, migrations.slice(0, fromVersion), 0);
    insertRows(this.db, rows);
    if (fromVersion < migrations.length) applyMigrations(this.db, migrations, fromVersion);
    this.db.pragma('foreign_keys = ON');
    this.db.exec(`
      CREATE TEMP TABLE team_capture (id INTEGER PRIMARY KEY CHECK (id = 1), "on" INTEGER NOT NULL);
      INSERT INTO team_capture (id, "on") VALUES (1, 0);
      CREATE TEMP TABLE team_delta (seq INTEGER PRIMARY KEY AUTOINCREMENT, tbl TEXT NOT NULL, pk TEXT NOT NULL,
        before TEXT, after TEXT);
    `);
    for (const table of PLAN_TABLES) this.tables.set(table, this.prepareTable(table));
    for (const row of rows) this.versions.set(`${row.tbl}\0${row.pk}`, row.version);
    this.seq = seq;
    this.store = new PlanStore(this.db);
    this.dispatch = createDispatch(this.store, options);
  }

  /** What loading `stored` here changed (a schema upgrade's rows): one delta per row added, changed or gone. */
  changesFrom(stored: readonly StoredRow[]): RowDelta[] {
    const old = new Map(stored.map((r) => [`${r.tbl}\0${r.pk}`, r]));
    const out: RowDelta[] = [];
    for (const row of this.rows()) {
      const key = `${row.tbl}\0${row.pk}`;
      const was = old.get(key);
      old.delete(key);
      if (!was || !sameRow(was.data, row.data)) {
        out.push({ tbl: row.tbl as PlanTable, pk: row.pk, before: was?.data ?? null, after: row.data });
      }
    }
    for (const gone of old.values())
      out.push({ tbl: gone.tbl as PlanTable, pk: gone.pk, before: gone.data, after: null });
    return out;
  }

  private prepareTable(table: string): TableInfo {
    const info = this.db.prepare('select name, pk from pragma_table_info(?)').all(table) as {
      name: string;
      pk: number;
    }[];
    const columns = info.map((c) => c.name);
    const keys = info
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    const t = ident(table);
    const json = (row: 'NEW' | 'OLD') => `json_object(${columns.map((c) => `'${c}', ${row}.${ident(c)}`).join(', ')})`;
    const pk = (row: 'NEW' | 'OLD') => `json_array(${keys.map((k) => `${row}.${ident(k)}`).join(', ')})`;
    const when = `WHEN (SELECT "on" FROM temp.team_capture) = 1`;
    this.db.exec(`
      CREATE TEMP TRIGGER team_${table}_insert AFTER INSERT ON main.${t} ${when} BEGIN
        INSERT INTO team_delta (tbl, pk, before, after) VALUES ('${table}', ${pk('NEW')}, NULL, ${json('NEW')}); END;
      CREATE TEMP TRIGGER team_${table}_update AFTER UPDATE ON main.${t} ${when} BEGIN
        INSERT INTO team_delta (tbl, pk, before, after) VALUES ('${table}', ${pk('OLD')}, ${json('OLD')}, NULL);
        INSERT INTO team_delta (tbl, pk, before, after) VALUES ('${table}', ${pk('NEW')}, NULL, ${json('NEW')}); END;
      CREATE TEMP TRIGGER team_${table}_delete AFTER DELETE ON main.${t} ${when} BEGIN
        INSERT INTO team_delta (tbl, pk, before, after) VALUES ('${table}', ${pk('OLD')}, ${json('OLD')}, NULL); END;
    `);
    const placeholders = columns.map(() => '?').join(', ');
    const updates = columns
      .filter((c) => !keys.includes(c))
      .map((c) => `${ident(c)} = excluded.${ident(c)}`)
      .join(', ');
    const upsert = this.db.prepare(
      `INSERT INTO main.${t} (${columns.map(ident).join(', ')}) VALUES (${placeholders}) ON CONFLICT (${keys
        .map(ident)
        .join(', ')}) ${updates ? `DO UPDATE SET ${updates}` : 'DO NOTHING'}`,
    );
    const byKey = keys.map((k) => `${ident(k)} = ?`).join(' AND ');
    const remove = this.db.prepare(`DELETE FROM main.${t} WHERE ${byKey}`);
    const select = this.db.prepare(`SELECT * FROM main.${t} WHERE ${byKey}`);
    return { columns, keys, upsert, remove, select };
  }

  /** The JSON key of a row's primary key, as captured. */
  keyOf(tbl: string, data: RowData): string {
    const info = this.tables.get(tbl);
    if (!info) throw new Error(`working copy: no table ${tbl}`);
    return JSON.stringify(info.keys.map((k) => data[k]));
  }

  private put(tbl: string, data: RowData, version: number): void {
    const info = this.tables.get(tbl);
    if (!info) throw new Error(`working copy: no table ${tbl}`);
    info.upsert.run(info.columns.map((c) => toSqlite(data[c])));
    this.versions.set(`${tbl}\0${this.keyOf(tbl, data)}`, version);
  }

  /** Rows another process wrote (team_change after-states, oldest first); a null row is a delete. */
  apply(changes: readonly { tbl: string; pk: string; after: RowData | null; version: number }[], seq: number): void {
    this.db.transaction(() => {
      for (const c of changes) {
        if (c.after) this.put(c.tbl, c.after, c.version);
        else {
          const info = this.tables.get(c.tbl);
          if (!info) continue;
          info.remove.run(...(JSON.parse(c.pk) as unknown[]).map(toSqlite));
          this.versions.delete(`${c.tbl}\0${c.pk}`);
        }
      }
    })();
    this.seq = Math.max(this.seq, seq);
  }

  /**
   * Puts rows back as `rows` give them (null: the row must not exist), inside an operation's `begin`, so the
   * capture records what changed. Foreign keys are checked at commit: rows come in any order.
   */
  restore(rows: readonly { tbl: string; pk: string; data: RowData | null }[]): void {
    this.db.pragma('defer_foreign_keys = ON');
    for (const r of rows) {
      const info = this.tables.get(r.tbl);
      if (!info) continue;
      if (r.data) info.upsert.run(info.columns.map((c) => toSqlite(r.data![c])));
      else info.remove.run(...(JSON.parse(r.pk) as unknown[]).map(toSqlite));
    }
  }

  /** Whether a row is now exactly `data` (null: it does not exist), key order aside. */
  rowIs(tbl: string, pk: string, data: RowData | null): boolean {
    const now = this.tables.has(tbl) ? this.currentRow(tbl, pk) : null;
    return now === null || data === null ? now === data : sameRow(now, data);
  }

  /** The version of a row by its key (0: no such row). */
  rowVersion(tbl: string, pk: string): number {
    return this.versions.get(`${tbl}\0${pk}`) ?? 0;
  }

  version(tbl: string, id: string): number {
    return this.versions.get(`${tbl}\0${JSON.stringify([id])}`) ?? 0;
  }

  setVersion(tbl: string, pk: string, version: number): void {
    if (version === 0) this.versions.delete(`${tbl}\0${pk}`);
    else this.versions.set(`${tbl}\0${pk}`, version);
  }

  /**
   * Runs `fn` (an operation's dispatch) with capture on, inside a transaction left open: the caller stores the
   * returned deltas and then calls `commit` or `rollback`. A throwing `fn` rolls back and rethrows.
   */
  begin<T>(fn: () => T): { value: T; deltas: RowDelta[] } {
    this.db.exec('BEGIN IMMEDIATE');
    try {
      this.db.exec(`DELETE FROM temp.team_delta; UPDATE temp.team_capture SET "on" = 1`);
      let value: T;
      try {
        value = fn();
      } finally {
        this.db.exec(`UPDATE temp.team_capture SET "on" = 0`);
      }
      return { value, deltas: this.collect() };
    } catch (err) {
      this.db.exec('ROLLBACK');
      throw err;
    }
  }

  commit(): void {
    this.db.exec('COMMIT');
  }

  rollback(): void {
    if (this.db.inTransaction) this.db.exec('ROLLBACK');
  }

  /** One delta per row written: its state before the operation and after it (rows put back as they were drop out). */
  private collect(): RowDelta[] {
    const rows = (this.deltas ??= this.db.prepare(
      'SELECT tbl, pk, before, after FROM temp.team_delta ORDER BY seq',
    )).all() as {
      tbl: PlanTable;
      pk: string;
      before: string | null;
      after: string | null;
    }[];
    const byRow = new Map<string, RowDelta & { touched: boolean }>();
    for (const r of rows) {
      const key = `${r.tbl}\0${r.pk}`;
      let d = byRow.get(key);
      if (!d) byRow.set(key, (d = { tbl: r.tbl, pk: r.pk, before: null, after: null, touched: false }));
      // The first image before a row's first write is its state before the operation; later images are ours.
      if (r.before !== null && !d.touched) d.before = JSON.parse(r.before) as RowData;
      d.touched = true;
      d.after = r.after === null ? null : (JSON.parse(r.after) as RowData);
    }
    // An update writes "delete old, insert new" images; the last one decides.
    const out: RowDelta[] = [];
    for (const d of byRow.values()) {
      const after = this.currentRow(d.tbl, d.pk);
      if (JSON.stringify(d.before) === JSON.stringify(after)) continue;
      out.push({ tbl: d.tbl, pk: d.pk, before: d.before, after });
    }
    return out;
  }

  private currentRow(tbl: string, pk: string): RowData | null {
    const row = this.tables.get(tbl)!.select.get(...(JSON.parse(pk) as unknown[]).map(toSqlite)) as RowData | undefined;
    return row ?? null;
  }

  /** Every row, as team_row stores them (for `team pull` and tests). */
  rows(): StoredRow[] {
    const out: StoredRow[] = [];
    for (const [tbl] of this.tables) {
      for (const data of this.db.prepare(`SELECT * FROM main.${ident(tbl)}`).all() as RowData[]) {
        const pk = this.keyOf(tbl, data);
        out.push({ tbl, pk, data, version: this.versions.get(`${tbl}\0${pk}`) ?? 1 });
      }
    }
    return out;
  }

  close(): void {
    this.db.close();
  }
}

/** Inserts rows into a database of their own schema, parents before children (PLAN_TABLES order). */
function insertRows(db: Database.Database, rows: readonly StoredRow[]): void {
  const order = new Map<string, number>(PLAN_TABLES.map((t, i) => [t, i]));
  const sorted = [...rows].sort((a, b) => (order.get(a.tbl) ?? 99) - (order.get(b.tbl) ?? 99));
  const inserts = new Map<string, { columns: string[]; statement: Database.Statement }>();
  db.transaction(() => {
    for (const row of sorted) {
      let insert = inserts.get(row.tbl);
      if (!insert) {
        const columns = (db.prepare('select name from pragma_table_info(?)').all(row.tbl) as { name: string }[]).map(
          (c) => c.name,
        );
        if (columns.length === 0) throw new Error(`working copy: no table ${row.tbl}`);
        const statement = db.prepare(
          `INSERT INTO main.${ident(row.tbl)} (${columns.map(ident).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        );
        inserts.set(row.tbl, (insert = { columns, statement }));
      }
      insert.statement.run(insert.columns.map((c) => toSqlite(row.data[c])));
    }
  })();
}

/** The same row: every column equal (key order aside: PostgreSQL's jsonb keeps its own). */
function sameRow(a: RowData, b: RowData): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null)) return false;
  return true;
}

/** JSON values back into SQLite bindings: booleans never occur (SQLite has none); objects are JSON text. */
function toSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (value !== null && typeof value === 'object') return JSON.stringify(value);
  return value;
}

/** Every row of a plan file's database, as team_row stores them (for `team push`). */
export function rowsOfDatabase(db: Database.Database): StoredRow[] {
  const out: StoredRow[] = [];
  for (const tbl of PLAN_TABLES) {
    const keys = (db.prepare('select name, pk from pragma_table_info(?)').all(tbl) as { name: string; pk: number }[])
      .filter((c) => c.pk > 0)
      .sort((a, b) => a.pk - b.pk)
      .map((c) => c.name);
    for (const data of db.prepare(`SELECT * FROM main.${ident(tbl)}`).all() as RowData[]) {
      out.push({ tbl, pk: JSON.stringify(keys.map((k) => data[k])), data, version: 1 });
    }
  }
  return out;
}

/** The item a row belongs to: its id, or for a link or a KPI month the item's (first key column). */
export function itemIdOf(tbl: string, data: RowData | null, pk: string): string | null {
  if (tbl === 'plan') return 'plan';
  if (data && typeof data['id'] === 'string') return data['id'];
  const first = (JSON.parse(pk) as unknown[])[0];
  return typeof first === 'string' ? first : null;
}
