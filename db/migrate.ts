/**
 * Applies drizzle-kit's checked-in migrations to a plan file, tracking the schema version in PRAGMA user_version.
 *
 * SQLite's rule for table rebuilds: foreign keys must be OFF while a table is dropped and recreated, and that
 * pragma cannot change inside a transaction. So: foreign_keys OFF, one transaction for every pending migration,
 * `foreign_key_check` before commit (a violation rolls everything back), foreign_keys back ON.
 */
import type Database from 'better-sqlite3';
import { HoshinError } from '../contract/errors.ts';

export interface Migration {
  /** Schema version once this migration has run (1 for the first). */
  version: number;
  statements: string[];
}

export function applyMigrations(db: Database.Database, migrations: readonly Migration[], fromVersion: number): void {
  const pending = migrations.filter((m) => m.version > fromVersion);
  if (pending.length === 0) return;
  const target = pending[pending.length - 1]!.version;
  const fkWasOn = db.pragma('foreign_keys', { simple: true }) === 1;
  db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.statements) {
          try {
            db.exec(statement);
          } catch (err) {
            throw new HoshinError(
              'migration_failed',
              `upgrading the file to schema version ${migration.version} failed: ${(err as Error).message}`,
            );
          }
        }
      }
      const violations = db.pragma('foreign_key_check') as unknown[];
      if (violations.length > 0) {
        throw new HoshinError(
          'migration_failed',
          `upgrading the file to schema version ${target} would break ${violations.length} reference(s); nothing was changed`,
        );
      }
      db.pragma(`user_version = ${target}`);
    }).immediate();
  } finally {
    if (fkWasOn) db.pragma('foreign_keys = ON');
  }
}
