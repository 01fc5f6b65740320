/**
 * Connecting to the team database, and its migrations: drizzle-kit's checked-in files in db/team-migrations,
 * applied in one transaction under an advisory lock (two `team init` or `team serve` starting at once cannot
 * both apply them), the version kept in team_meta.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import { HoshinError } from '../../contract/errors.ts';
import * as schema from './schema.ts';

export type TeamDb = NodePgDatabase<typeof schema>;

const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'team-migrations');
/** pg_advisory_xact_lock key for migrations ("HOSN" + 1). */
const MIGRATION_LOCK = 0x484f534e01;

export function teamMigrations(): { version: number; statements: string[] }[] {
  return readMigrationFiles({ migrationsFolder }).map((m, i) => ({
    version: i + 1,
    statements: m.sql.map((s) => s.trim()).filter((s) => s.length > 0),
  }));
}

/** A pool on `url`, with connection errors turned into plain sentences. */
export async function connectTeamDatabase(url: string): Promise<{ pool: pg.Pool; db: TeamDb }> {
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(url)?.[1]?.toLowerCase();
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw new HoshinError(
      'invalid_input',
      `"${url}" is not a PostgreSQL database URL: give one like postgresql://user@host:5432/hoshin`,
    );
  }
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client losing its server is reported here; the next query reconnects.
  pool.on('error', () => {});
  try {
    const client = await pool.connect();
    client.release();
  } catch (err) {
    await pool.end().catch(() => {});
    throw new HoshinError('io', `cannot reach the team database: ${(err as Error).message}`);
  }
  return { pool, db: drizzle({ client: pool, schema }) };
}

/** Applies pending team migrations in one transaction; returns the schema version. */
export async function migrateTeamDatabase(pool: pg.Pool): Promise<number> {
  const migrations = teamMigrations();
  const client = await pool.connect();
  try {
    await client.query('begin');
    await client.query('select pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query('create table if not exists team_schema (version integer not null)');
    const row = await client.query<{ version: number }>('select version from team_schema');
    const from = row.rows[0]?.version ?? 0;
    if (from > migrations.length) {
      throw new HoshinError(
        'too_new',
        `the team database is at schema version ${from}, newer than this build knows (${migrations.length}): update Hoshin Planner`,
      );
    }
    for (const m of migrations.filter((x) => x.version > from)) {
      for (const statement of m.statements) {
        try {
          await client.query(statement);
        } catch (err) {
          throw new HoshinError(
            'migration_failed',
            `upgrading the team database to schema version ${m.version} failed: ${(err as Error).message}; nothing was changed`,
          );
        }
      }
    }
    if (row.rows.length === 0) await client.query('insert into team_schema (version) values ($1)', [migrations.length]);
    else await client.query('update team_schema set version = $1', [migrations.length]);
    await client.query('commit');
    return migrations.length;
  } catch (err) {
    await client.query('rollback').catch(() => {});
    throw err;
  } finally {
    client.release();
  }
}
