/**
 * Recognising, creating and opening `.hoshin` files.
 *
 * Invariants:
 * - A file that is not ours (not SQLite, another application's SQLite, truncated, damaged, or from a newer
 *   version of this app) is refused before anything could write to it: the header checks read bytes only,
 *   and SQLite is opened only on files that carry our application_id.
 * - A pending migration is preceded by a consistent backup (VACUUM INTO) beside the file, and runs in one
 *   transaction: on failure the file is exactly as it was.
 * - Every connection runs with foreign_keys ON and WAL journaling.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { HoshinError } from '../contract/errors.ts';
import { applyMigrations, type Migration } from './migrate.ts';

/** "HOSN": written to the SQLite header's application_id field of every plan file. */
export const HOSHIN_APPLICATION_ID = 0x484f534e;
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');

const defaultMigrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');
let migrationsFolder = defaultMigrationsFolder;
let cachedMigrations: Migration[] | undefined;

/** The packaged Electron app keeps migrations in its resources folder and says so once at start-up. */
export function setMigrationsFolder(folder: string): void {
  migrationsFolder = folder;
  cachedMigrations = undefined;
}

export function loadMigrations(): Migration[] {
  cachedMigrations ??= readMigrationFiles({ migrationsFolder }).map((m, i) => ({
    version: i + 1,
    statements: m.sql.map((s) => s.trim()).filter((s) => s.length > 0),
  }));
  return cachedMigrations;
}

/** The schema version a file made by this build has: the number of migrations it knows. */
export function currentSchemaVersion(): number {
  return loadMigrations().length;
}

export interface HeaderInfo {
  applicationId: number;
  schemaVersion: number;
}

/** Reads the 100-byte SQLite header without opening the file in SQLite; throws a HoshinError naming the problem. */
export function inspectPlanFile(file: string): HeaderInfo {
  const name = path.basename(file);
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new HoshinError('not_found', `${name}: no such file`);
    if (code === 'EISDIR') throw new HoshinError('not_a_plan', `${name} is a folder, not a Hoshin plan file`);
    throw new HoshinError('io', `${name}: cannot be read (${code ?? String(err)})`);
  }
  try {
    const size = fs.fstatSync(fd).size;
    if (fs.fstatSync(fd).isDirectory())
      throw new HoshinError('not_a_plan', `${name} is a folder, not a Hoshin plan file`);
    const header = Buffer.alloc(100);
    const read = size > 0 ? fs.readSync(fd, header, 0, 100, 0) : 0;
    if (read < 100 || !header.subarray(0, 16).equals(SQLITE_MAGIC)) {
      if (read >= 16 && header.subarray(0, 16).equals(SQLITE_MAGIC)) {
        throw new HoshinError('truncated', `${name} is truncated: it ends inside the database header`);
      }
      throw new HoshinError('not_a_plan', `${name} is not a Hoshin plan: it is not an SQLite database`);
    }
    const applicationId = header.readUInt32BE(68);
    const schemaVersion = header.readUInt32BE(60);
    if (applicationId !== HOSHIN_APPLICATION_ID) {
      throw new HoshinError(
        'foreign_file',
        `${name} is not a Hoshin plan: it is an SQLite database of another application (application_id ${applicationId})`,
      );
    }
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pageCount = header.readUInt32BE(28);
    const pageCountValid = header.readUInt32BE(92) === header.readUInt32BE(24) && pageCount > 0;
    if (pageCountValid && size < pageSize * pageCount) {
      throw new HoshinError(
        'truncated',
        `${name} is truncated: ${size} bytes where the header promises ${pageSize * pageCount}`,
      );
    }
    const known = currentSchemaVersion();
    if (schemaVersion > known) {
      throw new HoshinError(
        'too_new',
        `${name} was saved by a newer Hoshin Planner (schema version ${schemaVersion}; this version reads up to ${known}). Update the app to open it.`,
      );
    }
    return { applicationId, schemaVersion };
  } finally {
    fs.closeSync(fd);
  }
}

function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 2000');
}

export interface OpenOptions {
  /** Where the pre-migration backup goes; default: beside the file. */
  backupPath?: (file: string, fromVersion: number) => string;
}

export interface OpenedPlanFile {
  db: Database.Database;
  file: string;
  /** Set when opening migrated the file: where its previous state was saved. */
  backup: string | null;
  migratedFrom: number | null;
}

export function defaultBackupPath(file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${file}.v${fromVersion}-${stamp}.bak`;
}

/** Opens an existing plan file for reading and writing, migrating it (after a backup) when it is older. */
export function openPlanFile(file: string, options: OpenOptions = {}): OpenedPlanFile {
  const { schemaVersion } = inspectPlanFile(file);
  const name = path.basename(file);
  let db: Database.Database;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch (err) {
    throw new HoshinError('io', `${name}: cannot be opened (${(err as Error).message})`);
  }
  try {
    let check: string;
    try {
      check = String(db.pragma('quick_check', { simple: true }));
    } catch (err) {
      throw new HoshinError('corrupt', `${name} is damaged and cannot be read (${(err as Error).message})`);
    }
    if (check !== 'ok') throw new HoshinError('corrupt', `${name} is damaged: ${check.split('\n')[0]}`);
    const known = currentSchemaVersion();
    let backup: string | null = null;
    let migratedFrom: number | null = null;
    if (schemaVersion < known) {
      backup = (options.backupPath ?? defaultBackupPath)(file, schemaVersion);
      db.prepare('VACUUM INTO ?').run(backup);
      applyMigrations(db, loadMigrations(), schemaVersion);
      migratedFrom = schemaVersion;
    }
    configure(db);
    assertPlanRow(db, name);
    return { db, file, backup, migratedFrom };
  } catch (err) {
    db.close();
    throw err;
  }
}

function assertPlanRow(db: Database.Database, name: string): void {
  const row = db.prepare('select count(*) as n from plan').get() as { n: number };
  if (row.n !== 1) throw new HoshinError('corrupt', `${name} is damaged: it holds no plan`);
}

/**
 * Creates a plan file at `file` through `fill` (which inserts the plan's rows inside one transaction).
 * Written to a temporary file beside the target and renamed into place, so a failure leaves no half file and
 * `overwrite` never destroys the old file before the new one is complete.
 */
export function createPlanFile(file: string, fill: (db: Database.Database) => void, overwrite = false): void {
  const name = path.basename(file);
  if (!overwrite && fs.existsSync(file)) {
    throw new HoshinError('exists', `${name} already exists (use --force to overwrite it)`);
  }
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new HoshinError('io', `${dir}: no such folder`);
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  const db = new Database(temp);
  try {
    db.pragma(`application_id = ${HOSHIN_APPLICATION_ID}`);
    applyMigrations(db, loadMigrations(), 0);
    db.pragma('foreign_keys = ON');
    db.transaction(() => fill(db))();
    db.pragma('journal_mode = WAL');
    db.close();
  } catch (err) {
    if (db.open) db.close();
    removeQuietly(temp);
    throw err;
  }
  // A stale -wal/-shm of the file being replaced would be replayed into the new file: remove them first.
  removeQuietly(`${file}-wal`);
  removeQuietly(`${file}-shm`);
  fs.renameSync(temp, file);
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // best effort: nothing depends on it
  }
}
