/**
 * Undo/redo for every change, recorded by SQLite itself (the "automatic undo/redo" technique from sqlite.org):
 * temporary triggers on every plan table write the inverse SQL of each row change into a temporary log, grouped
 * into steps. Undoing a step replays its inverse statements newest first, while the same triggers record the
 * inverse of the undo as a redo step.
 *
 * Invariants:
 * - Everything lives in the connection's temp schema: the history belongs to this open session (it survives a
 *   reload of the page, not a reopen of the file) and never touches the file.
 * - Triggers only record while a step is open, so a step is exactly one operation's transaction.
 * - Replays run with deferred foreign keys: the inverse of a cascading delete re-inserts children before parents.
 * - A new change clears the redo stack.
 */
import type Database from 'better-sqlite3';
import type { HistoryState } from '../contract/api.ts';
import type { TextMessage } from '../contract/text.ts';

export type Stack = 'undo' | 'redo';

/** The oldest steps beyond this are forgotten. */
export const MAX_UNDO_STEPS = 500;

interface Column {
  name: string;
  pk: number;
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
/** A SQL string literal holding `text`, for building SQL inside trigger bodies. */
const literal = (text: string) => `'${text.replace(/'/g, "''")}'`;

export class UndoLog {
  private readonly db: Database.Database;

  constructor(db: Database.Database, tables: readonly string[]) {
    this.db = db;
    db.exec(`
      CREATE TEMP TABLE IF NOT EXISTS undo_state (id INTEGER PRIMARY KEY CHECK (id = 1), active INTEGER NOT NULL,
        stack TEXT NOT NULL, step INTEGER NOT NULL);
      INSERT OR IGNORE INTO undo_state (id, active, stack, step) VALUES (1, 0, 'undo', 0);
      CREATE TEMP TABLE IF NOT EXISTS undo_step (step INTEGER PRIMARY KEY, stack TEXT NOT NULL, label TEXT NOT NULL,
        message TEXT);
      CREATE TEMP TABLE IF NOT EXISTS undo_entry (seq INTEGER PRIMARY KEY AUTOINCREMENT, step INTEGER NOT NULL,
        sql TEXT NOT NULL);
      CREATE INDEX IF NOT EXISTS temp.undo_entry_step ON undo_entry (step);
    `);
    for (const table of tables) this.installTriggers(table);
  }

  private installTriggers(table: string): void {
    const columns = this.db.prepare(`SELECT name, pk FROM pragma_table_info(?)`).all(table) as Column[];
    if (columns.length === 0) throw new Error(`undo log: no table ${table}`);
    const keys = columns.filter((c) => c.pk > 0);
    const keyColumns = keys.length > 0 ? keys : columns;
    const where = (row: 'old' | 'new') =>
      keyColumns
        .map((c) => `${literal(`${ident(c.name)}=`)} || quote(${row}.${ident(c.name)})`)
        .join(` || ' AND ' || `);
    const record = (sqlExpression: string) =>
      `INSERT INTO undo_entry (step, sql) SELECT step, ${sqlExpression} FROM undo_state WHERE active = 1;`;
    const t = ident(table);
    const names = columns.map((c) => ident(c.name)).join(', ');
    const values = columns.map((c) => `quote(old.${ident(c.name)})`).join(` || ',' || `);
    const assignments = columns
      .map((c) => `${literal(`${ident(c.name)}=`)} || quote(old.${ident(c.name)})`)
      .join(` || ',' || `);
    this.db.exec(`
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_insert AFTER INSERT ON main.${t} BEGIN
        ${record(`${literal(`DELETE FROM ${t} WHERE `)} || ${where('new')}`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_update AFTER UPDATE ON main.${t} BEGIN
        ${record(`${literal(`UPDATE ${t} SET `)} || ${assignments} || ' WHERE ' || ${where('new')}`)}
      END;
      CREATE TEMP TRIGGER IF NOT EXISTS undo_${table}_delete AFTER DELETE ON main.${t} BEGIN
        ${record(`${literal(`INSERT INTO ${t} (${names}) VALUES (`)} || ${values} || ')'`)}
      END;
    `);
  }

  /**
   * Runs `change` as one undo step, labelled from its result (must be called inside a transaction, which a
   * failed change rolls back, log included). A change that wrote nothing leaves the history as it was.
   */
  record<T>(change: () => T, label: (result: T) => string | { text: string; message: TextMessage | null }): T {
    const step = this.nextStep();
    this.db.prepare(`UPDATE undo_state SET active = 1, stack = 'undo', step = ?`).run(step);
    let result: T;
    try {
      result = change();
    } finally {
      this.db.prepare(`UPDATE undo_state SET active = 0`).run();
    }
    if (this.hasEntries(step)) {
      const given = label(result);
      const { text, message } = typeof given === 'string' ? { text: given, message: null } : given;
      this.db
        .prepare(`INSERT INTO undo_step (step, stack, label, message) VALUES (?, 'undo', ?, ?)`)
        .run(step, text, message === null ? null : JSON.stringify(message));
      this.clear('redo');
      this.prune();
    }
    return result;
  }

  /** Undoes the newest undo step (inside a transaction); returns its label, or null when there is none. */
  undo(): string | null {
    return this.replay('undo', 'redo')?.label ?? null;
  }

  redo(): string | null {
    return this.replay('redo', 'undo')?.label ?? null;
  }

  /** Undoes (or redoes) the newest step; its label in English and as a message, or null when there is none. */
  step(from: Stack): { label: string; message: TextMessage | null } | null {
    const done = this.replay(from, from === 'undo' ? 'redo' : 'undo');
    return done && { label: done.label, message: parseMessage(done.message) };
  }

  state(): HistoryState {
    const top = (stack: Stack) =>
      this.db.prepare(`SELECT label, message FROM undo_step WHERE stack = ? ORDER BY step DESC LIMIT 1`).get(stack) as
        { label: string; message: string | null } | undefined;
    const depth = (stack: Stack) =>
      (this.db.prepare(`SELECT count(*) AS n FROM undo_step WHERE stack = ?`).get(stack) as { n: number }).n;
    const undoDepth = depth('undo');
    const redoDepth = depth('redo');
    return {
      canUndo: undoDepth > 0,
      canRedo: redoDepth > 0,
      undoLabel: top('undo')?.label ?? null,
      redoLabel: top('redo')?.label ?? null,
      undoMessage: parseMessage(top('undo')?.message),
      redoMessage: parseMessage(top('redo')?.message),
      undoDepth,
      redoDepth,
    };
  }

  private replay(from: Stack, to: Stack): { label: string; message: string | null } | null {
    const step = this.db
      .prepare(`SELECT step, label, message FROM undo_step WHERE stack = ? ORDER BY step DESC LIMIT 1`)
      .get(from) as { step: number; label: string; message: string | null } | undefined;
    if (!step) return null;
    const statements = this.db
      .prepare(`SELECT sql FROM undo_entry WHERE step = ? ORDER BY seq DESC`)
      .all(step.step) as { sql: string }[];
    this.db.prepare(`DELETE FROM undo_entry WHERE step = ?`).run(step.step);
    this.db.prepare(`DELETE FROM undo_step WHERE step = ?`).run(step.step);
    const inverse = this.nextStep();
    this.db.pragma('defer_foreign_keys = ON');
    this.db.prepare(`UPDATE undo_state SET active = 1, stack = ?, step = ?`).run(to, inverse);
    try {
      for (const { sql } of statements) this.db.prepare(sql).run();
    } finally {
      this.db.prepare(`UPDATE undo_state SET active = 0`).run();
    }
    if (this.hasEntries(inverse)) {
      this.db
        .prepare(`INSERT INTO undo_step (step, stack, label, message) VALUES (?, ?, ?, ?)`)
        .run(inverse, to, step.label, step.message);
    }
    return step;
  }

  private nextStep(): number {
    const row = this.db.prepare(`SELECT max(step) AS m FROM undo_step`).get() as { m: number | null };
    const state = this.db.prepare(`SELECT step FROM undo_state`).get() as { step: number };
    return Math.max(row.m ?? 0, state.step) + 1;
  }

  private hasEntries(step: number): boolean {
    return this.db.prepare(`SELECT 1 FROM undo_entry WHERE step = ? LIMIT 1`).get(step) !== undefined;
  }

  private clear(stack: Stack): void {
    this.db.prepare(`DELETE FROM undo_entry WHERE step IN (SELECT step FROM undo_step WHERE stack = ?)`).run(stack);
    this.db.prepare(`DELETE FROM undo_step WHERE stack = ?`).run(stack);
  }

  private prune(): void {
    const old = this.db
      .prepare(`SELECT step FROM undo_step WHERE stack = 'undo' ORDER BY step DESC LIMIT -1 OFFSET ?`)
      .all(MAX_UNDO_STEPS) as { step: number }[];
    for (const { step } of old) {
      this.db.prepare(`DELETE FROM undo_entry WHERE step = ?`).run(step);
      this.db.prepare(`DELETE FROM undo_step WHERE step = ?`).run(step);
    }
  }
}

/** A stored label message, or null for a step recorded without one. */
function parseMessage(stored: string | null | undefined): TextMessage | null {
  if (!stored) return null;
  try {
    return JSON.parse(stored) as TextMessage;
  } catch {
    return null;
  }
}
