/**
 * Whole-table reads for loading a document: the same rows drizzle's `select().from(t).orderBy(...)` returns, in
 * the same shape, without its per-cell result mapping (an `is()` class check and a decoder call for every cell
 * of every row, which made a 20,000-tactic getPlan cost 2.4 times a plain select of the same rows).
 * Columns whose driver value is the JS value (text, integer, real) are copied as they are; any other column
 * (JSON text) goes through its own drizzle decoder, so a new column type cannot be read wrongly.
 */
import type Database from 'better-sqlite3';
import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';

/** drizzle column types whose mapFromDriverValue is the identity (see drizzle-orm/sqlite-core/columns). */
const PLAIN = new Set(['SQLiteText', 'SQLiteInteger', 'SQLiteReal']);

interface Reader {
  statement: Database.Statement;
  keys: string[];
  decoders: ((value: unknown) => unknown)[];
  /** Indexes of the columns that need decoding. */
  decoded: number[];
}

const readers = new WeakMap<Database.Database, Map<string, Reader>>();

function reader(sqlite: Database.Database, table: SQLiteTable, orderBy: readonly Column[]): Reader {
  let perDb = readers.get(sqlite);
  if (!perDb) readers.set(sqlite, (perDb = new Map()));
  const name = getTableName(table);
  const cacheKey = `${name}:${orderBy.map((c) => c.name).join(',')}`;
  const cached = perDb.get(cacheKey);
  if (cached) return cached;
  const columns = Object.entries(getTableColumns(table) as Record<string, Column>);
  const quote = (id: string) => `"${id.replaceAll('"', '""')}"`;
  const order = orderBy.length > 0 ? ` ORDER BY ${orderBy.map((c) => quote(c.name)).join(', ')}` : '';
  const statement = sqlite
    .prepare(`SELECT ${columns.map(([, c]) => quote(c.name)).join(', ')} FROM ${quote(name)}${order}`)
    .raw(true);
  const made: Reader = {
    statement,
    keys: columns.map(([key]) => key),
    decoders: columns.map(
      ([, c]) =>
        (value: unknown) =>
          value === null ? null : c.mapFromDriverValue(value),
    ),
    decoded: columns.flatMap(([, c], i) => (PLAIN.has(c.columnType) ? [] : [i])),
  };
  perDb.set(cacheKey, made);
  return made;
}

/** Every row of `table` in `orderBy` order, shaped as drizzle's `$inferSelect`. */
export function selectAll<T extends SQLiteTable>(
  sqlite: Database.Database,
  table: T,
  orderBy: readonly Column[] = [],
): T['$inferSelect'][] {
  const { statement, keys, decoders, decoded } = reader(sqlite, table, orderBy);
  const rows = statement.all() as unknown[][];
  const out = new Array<T['$inferSelect']>(rows.length);
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!;
    for (const i of decoded) cells[i] = decoders[i]!(cells[i]);
    const row: Record<string, unknown> = {};
    for (let i = 0; i < keys.length; i++) row[keys[i]!] = cells[i];
    out[r] = row as T['$inferSelect'];
  }
  return out;
}
