/**
 * The store's hot single-row queries, built once per connection as drizzle prepared statements.
 * Building a drizzle query costs far more than running it (about 0.1 ms of query-builder work against a few
 * microseconds in SQLite), and a merge or an import runs thousands of them: prepared, only the values change.
 * Values go through the same column encoders as unprepared queries (JSON columns stay JSON).
 */
import { eq, getTableColumns, sql, type Column, type Placeholder } from 'drizzle-orm';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import * as schema from './schema.ts';

type Db = BetterSQLite3Database<typeof schema>;

/** `{ column: placeholder(column) }` for every column but `except`: a prepared statement's values. */
function placeholders<T extends SQLiteTable>(
  table: T,
  except: readonly string[],
): { [K in keyof T['$inferInsert']]-?: Placeholder<string & K> } {
  const columns = getTableColumns(table) as Record<string, Column>;
  return Object.fromEntries(
    Object.keys(columns)
      .filter((key) => !except.includes(key))
      .map((key) => [key, sql.placeholder(key)]),
  ) as { [K in keyof T['$inferInsert']]-?: Placeholder<string & K> };
}

/**
 * The same for an update's SET. drizzle wraps each value in a Param bound to its column, placeholders included,
 * so they are encoded like any value; its types only admit plain values there, hence the cast.
 */
function setPlaceholders<T extends SQLiteTable>(table: T, except: readonly string[]): Partial<T['$inferInsert']> {
  return placeholders(table, except) as unknown as Partial<T['$inferInsert']>;
}

export function prepareQueries(db: Db) {
  const byId = sql.placeholder('id');
  const { goal, tactic } = schema;
  return {
    goal: db.select().from(goal).where(eq(goal.id, byId)).prepare(),
    tactic: db.select().from(tactic).where(eq(tactic.id, byId)).prepare(),
    // Updates leave sort_key alone (moving is its own operation) and carried_from (set once, when created).
    updateGoal: db
      .update(goal)
      .set(setPlaceholders(goal, ['id', 'sortKey', 'carriedFrom']))
      .where(eq(goal.id, byId))
      .prepare(),
    updateTactic: db
      .update(tactic)
      .set(setPlaceholders(tactic, ['id', 'sortKey', 'carriedFrom']))
      .where(eq(tactic.id, byId))
      .prepare(),
    insertGoal: db.insert(goal).values(placeholders(goal, [])).prepare(),
    insertTactic: db.insert(tactic).values(placeholders(tactic, [])).prepare(),
    // A KPI month's actual (from a file of actuals): a plan value set by hand for that month is kept.
    upsertKpiActual: db
      .insert(schema.kpiMonth)
      .values(placeholders(schema.kpiMonth, ['plan']))
      .onConflictDoUpdate({
        target: [schema.kpiMonth.itemId, schema.kpiMonth.month],
        set: { actual: sql`excluded.actual` },
      })
      .prepare(),
  };
}

export type PreparedQueries = ReturnType<typeof prepareQueries>;
