/**
 * Recognising, creating and opening `.hoshin` files.
 *
 * Invariants:
 * - A file that is not ours (not SQLite, another application's SQLite, truncated, damaged, or from a newer
 *   version of this app) is refused before anything could write to it: the header checks read bytes only,
 *   SQLite is opened only on files that carry our application_id, and `integrity_check` + `foreign_key_check`
 *   run on a read-only connection (or on a temporary copy) before the file is opened for writing.
 * - The file alone holds every acknowledged change: documents use a rollback journal (`journal_mode = DELETE`)
 *   with `synchronous = FULL`, so a commit is on disk in the `.hoshin` file itself when it returns, and a copy
 *   or an email attachment of an open plan is complete. (WAL mode kept edits in `-wal` until a checkpoint.)
 * - A leftover `-wal` of the file's own (an older version of the app, or a crash in WAL mode) is replayed, never
 *   discarded; one that belongs to another database (the file is in rollback mode, the page sizes differ, or
 *   replaying it in a temporary copy yields a damaged plan or another plan) is refused and nothing is touched.
 * - One writer per file (db/write-lock.ts). Readers take no lock and never write: a file that needs recovery or
 *   migration is read from a temporary copy in os.tmpdir(), removed on close.
 * - A pending migration is preceded by one consistent backup (VACUUM INTO a temporary name, renamed into place
 *   once complete) beside the file, and runs in one transaction: on failure the file is exactly as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import os from 'node:os';
import Database from 'better-sqlite3';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { HoshinError } from '../contract/errors.ts';
import { isFileProblem, planFileError } from './file-errors.ts';
import { applyMigrations, type Migration } from './migrate.ts';
import { cleanOrphanTemps, removeTemp, renameIntoPlace, tempPathBeside } from './temp-files.ts';
import { acquireWriteLock, assertNotLocked, type WriteLock } from './write-lock.ts';

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
  pageSize: number;
  /** The header's read/write versions say WAL (2) rather than rollback journal (1). */
  walMode: boolean;
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
    throw planFileError(err, file, 'read');
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
    return { applicationId, schemaVersion, pageSize, walMode: header[18] === 2 || header[19] === 2 };
  } finally {
    fs.closeSync(fd);
  }
}

/** How long a statement waits for another connection's lock before answering `busy`. */
export const BUSY_TIMEOUT_MS = 5000;

function configureWriter(db: Database.Database): void {
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

/**
 * Switches the file to its rollback journal. From WAL this replays and checkpoints the file's own -wal, then
 * deletes it; it rewrites two header bytes, so it runs only once the open has succeeded (a failed migration
 * leaves the file byte-identical).
 */
function useRollbackJournal(db: Database.Database, name: string): void {
  const mode = String(db.pragma('journal_mode = DELETE', { simple: true }));
  if (mode !== 'delete') {
    throw new HoshinError('busy', `${name} is busy (another program has it open); try again`);
  }
}

function configureReader(db: Database.Database): void {
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}

export interface OpenOptions {
  /** Where the pre-migration backup goes; default: beside the file. */
  backupPath?: (file: string, fromVersion: number) => string;
  /**
   * Open for reading only: no lock, nothing written to the file or beside it. A file that needs recovery or an
   * upgrade is read from a temporary copy.
   */
  readonly?: boolean;
}

export interface OpenedPlanFile {
  db: Database.Database;
  file: string;
  /** Set when opening migrated the file: where its previous state was saved. */
  backup: string | null;
  migratedFrom: number | null;
  readonly: boolean;
  /** Closes the connection, releases the write lock, removes a temporary copy. Safe to call twice. */
  close(): void;
}

export function defaultBackupPath(file: string, fromVersion: number): string {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  return `${file}.v${fromVersion}-${stamp}.bak`;
}

/** A companion file SQLite would act on: present and not empty. */
function hasContent(file: string): boolean {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}

interface Leftovers {
  wal: boolean;
  journal: boolean;
}

function leftoversOf(file: string): Leftovers {
  return { wal: hasContent(`${file}-wal`), journal: hasContent(`${file}-journal`) };
}

function foreignWal(name: string, why: string): HoshinError {
  return new HoshinError(
    'foreign_file',
    `${name} was not opened: the file ${name}-wal beside it does not belong to it (${why}). Nothing was changed; move ${name}-wal away and open the plan again`,
  );
}

/** Header-level checks of a leftover -wal against the plan file; throws when it cannot be the file's own. */
function assertWalHeaderMatches(file: string, header: HeaderInfo, name: string): void {
  if (!header.walMode) throw foreignWal(name, 'the plan is not in WAL mode, so no -wal of its own can exist');
  const head = Buffer.alloc(32);
  const fd = fs.openSync(`${file}-wal`, 'r');
  let read: number;
  try {
    read = fs.readSync(fd, head, 0, 32, 0);
  } finally {
    fs.closeSync(fd);
  }
  const magic = read === 32 ? head.readUInt32BE(0) : 0;
  // A -wal without a valid header holds nothing SQLite would replay: it is neither ours to keep nor a danger.
  if (magic !== 0x377f0682 && magic !== 0x377f0683) return;
  const walPageSize = head.readUInt32BE(8);
  if (walPageSize !== header.pageSize) {
    throw foreignWal(name, `its pages are ${walPageSize} bytes, the plan's are ${header.pageSize}`);
  }
  // A plan never shrinks (no VACUUM, no auto_vacuum) and a checkpoint copies at most the WAL's last transaction
  // into the file, so the database the WAL's last commit describes is at least as large as the plan file, and
  // every page past the file's end is in the WAL (where else would it come from). A WAL that fails either was
  // written for another database.
  const wal = walFrames(`${file}-wal`, head, walPageSize);
  if (wal === null) return;
  const planPages = Math.floor(fs.statSync(file).size / header.pageSize);
  if (wal.pages < planPages) {
    throw foreignWal(name, `it describes a database of ${wal.pages} pages, the plan has ${planPages}`);
  }
  for (let page = planPages + 1; page <= wal.pages; page++) {
    if (!wal.written.has(page)) throw foreignWal(name, `it lacks page ${page} of the database it describes`);
  }
}

/**
 * The committed frames of a WAL: the database size recorded by the last commit frame that carries the
 * header's salts (frames of an earlier WAL generation carry other salts and are not replayed), and the pages
 * written up to it; null when it has no commit.
 */
function walFrames(wal: string, head: Buffer, pageSize: number): { pages: number; written: Set<number> } | null {
  const salt1 = head.readUInt32BE(16);
  const salt2 = head.readUInt32BE(20);
  const frame = Buffer.alloc(24);
  const fd = fs.openSync(wal, 'r');
  let last: { pages: number; written: Set<number> } | null = null;
  const written = new Set<number>();
  try {
    const size = fs.fstatSync(fd).size;
    for (let offset = 32; offset + 24 + pageSize <= size; offset += 24 + pageSize) {
      if (fs.readSync(fd, frame, 0, 24, offset) < 24) break;
      if (frame.readUInt32BE(8) !== salt1 || frame.readUInt32BE(12) !== salt2) break;
      written.add(frame.readUInt32BE(0));
      const commitSize = frame.readUInt32BE(4);
      if (commitSize > 0) last = { pages: commitSize, written: new Set(written) };
    }
    return last;
  } finally {
    fs.closeSync(fd);
  }
}

/** The plan row's id, or null when the file cannot be read that far. */
function planIdOf(db: Database.Database): string | null {
  try {
    const row = db.prepare('select id from plan').get() as { id: string } | undefined;
    return row?.id ?? null;
  } catch {
    return null;
  }
}

const expectedSchemas = new Map<number, string>();

/** Tables, indexes and triggers as stored in sqlite_schema, in a stable order. */
function schemaOf(db: Database.Database): string {
  const rows = db
    .prepare("select type, name, tbl_name, sql from sqlite_schema where name not like 'sqlite_%' order by type, name")
    .all();
  return JSON.stringify(rows);
}

/** The schema a file of `version` has: the first `version` migrations applied to an empty database. */
function expectedSchema(version: number): string {
  let schema = expectedSchemas.get(version);
  if (schema === undefined) {
    const db = new Database(':memory:');
    try {
      applyMigrations(db, loadMigrations().slice(0, version), 0);
      schema = schemaOf(db);
    } finally {
      db.close();
    }
    expectedSchemas.set(version, schema);
  }
  return schema;
}

/**
 * integrity_check, foreign_key_check, the schema of its version (a flipped byte in a table's stored SQL passes
 * integrity_check but renames a column), "holds one plan" and readable tactic tags (JSON text); throws a plain
 * `corrupt` error naming the file.
 */
function assertHealthy(db: Database.Database, name: string, version: number): void {
  let first: unknown;
  let brokenLinks: number;
  try {
    const rows = db.pragma('integrity_check') as { integrity_check: string }[];
    first = rows[0]?.integrity_check;
    brokenLinks = first === 'ok' ? (db.pragma('foreign_key_check') as unknown[]).length : 0;
  } catch (err) {
    if (isFileProblem(err) && !String((err as { code?: string }).code).startsWith('SQLITE_CORRUPT')) {
      throw planFileError(err, name, 'read');
    }
    throw new HoshinError('corrupt', `${name} is damaged and cannot be read; it was not changed`);
  }
  if (first !== 'ok') {
    throw new HoshinError('corrupt', `${name} is damaged (its integrity check failed); it was not changed`);
  }
  if (brokenLinks > 0) {
    throw new HoshinError(
      'corrupt',
      `${name} is damaged: ${brokenLinks} reference${brokenLinks === 1 ? '' : 's'} between its items point${brokenLinks === 1 ? 's' : ''} at nothing; it was not changed`,
    );
  }
  let schema: string;
  try {
    schema = schemaOf(db);
  } catch {
    throw new HoshinError('corrupt', `${name} is damaged and cannot be read; it was not changed`);
  }
  if (schema !== expectedSchema(version)) {
    throw new HoshinError(
      'corrupt',
      `${name} is damaged: its tables are not the ones a Hoshin plan of this version has; it was not changed`,
    );
  }
  let plans: number;
  try {
    plans = (db.prepare('select count(*) as n from plan').get() as { n: number }).n;
  } catch {
    throw new HoshinError('corrupt', `${name} is damaged: it holds no plan; it was not changed`);
  }
  if (plans !== 1) throw new HoshinError('corrupt', `${name} is damaged: it holds no plan; it was not changed`);
  // integrity_check does not run CHECK constraints: a flipped byte inside a tactic's tags (JSON text) leaves a
  // sound database whose tags no longer parse.
  let badTags: number;
  try {
    badTags = (
      db.prepare(`select count(*) as n from tactic where not json_valid(tags) or json_type(tags) <> 'array'`).get() as {
        n: number;
      }
    ).n;
  } catch {
    throw new HoshinError('corrupt', `${name} is damaged and cannot be read; it was not changed`);
  }
  if (badTags > 0) {
    throw new HoshinError(
      'corrupt',
      `${name} is damaged: the tags of ${badTags} tactic${badTags === 1 ? '' : 's'} cannot be read; it was not changed`,
    );
  }
}

function closeQuietly(db: Database.Database | null): void {
  try {
    if (db?.open) db.close();
  } catch {
    // closing a connection that failed to open properly: nothing more to do
  }
}

/**
 * Copies `file` with its leftover -wal/-journal into `dir` (under the same name), lets SQLite recover the copy
 * (replay the WAL or roll back the journal), and checks the result. A -wal whose replay damages the plan or turns
 * it into another plan is not the file's own. Returns the recovered copy's path (in rollback-journal mode).
 */
function recoveredCopy(file: string, header: HeaderInfo, leftovers: Leftovers, dir: string): string {
  const name = path.basename(file);
  if (leftovers.wal) assertWalHeaderMatches(file, header, name);
  const copy = path.join(dir, name);
  let aloneId: string | null = null;
  try {
    if (leftovers.wal) {
      const alone = path.join(dir, `alone-${name}`);
      fs.copyFileSync(file, alone);
      const db = new Database(alone, { fileMustExist: true });
      try {
        aloneId = planIdOf(db);
      } finally {
        closeQuietly(db);
      }
      removeTemp(alone);
    }
    fs.copyFileSync(file, copy);
    if (leftovers.wal) fs.copyFileSync(`${file}-wal`, `${copy}-wal`);
    if (leftovers.journal) fs.copyFileSync(`${file}-journal`, `${copy}-journal`);
  } catch (err) {
    throw planFileError(err, file, 'read');
  }
  let db: Database.Database | null = null;
  try {
    db = new Database(copy, { fileMustExist: true });
    db.pragma('journal_mode = DELETE');
    assertHealthy(db, name, header.schemaVersion);
  } catch (err) {
    closeQuietly(db);
    if (leftovers.wal && err instanceof HoshinError && err.code === 'corrupt') {
      throw foreignWal(name, 'replaying it would damage the plan');
    }
    throw planFileError(err, file, 'read');
  }
  const replayedId = planIdOf(db);
  closeQuietly(db);
  if (leftovers.wal && aloneId !== null && replayedId !== aloneId) {
    throw foreignWal(name, 'it holds changes to another plan');
  }
  return copy;
}

/** Opens an existing plan file: for writing (locked, migrated after a backup when older) or for reading only. */
export function openPlanFile(file: string, options: OpenOptions = {}): OpenedPlanFile {
  return options.readonly === true ? openForReading(file) : openForWriting(file, options);
}

function openForWriting(file: string, options: OpenOptions): OpenedPlanFile {
  const header = inspectPlanFile(file);
  const name = path.basename(file);
  let db: Database.Database | null = null;
  const lock: WriteLock = acquireWriteLock(file, () => db?.open === true);
  try {
    cleanOrphanTemps(path.dirname(path.resolve(file)));
    const leftovers = leftoversOf(file);
    if (leftovers.wal || leftovers.journal || header.walMode) {
      // Check what recovery would produce on a copy first: the file itself is touched only when that is sound.
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-check-'));
      try {
        recoveredCopy(file, header, leftovers, dir);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    } else {
      const reader = new Database(file, { readonly: true, fileMustExist: true });
      try {
        configureReader(reader);
        assertHealthy(reader, name, header.schemaVersion);
      } finally {
        closeQuietly(reader);
      }
    }
    db = new Database(file, { fileMustExist: true });
    configureWriter(db);
    const known = currentSchemaVersion();
    let backup: string | null = null;
    let migratedFrom: number | null = null;
    if (header.schemaVersion < known) {
      backup = (options.backupPath ?? defaultBackupPath)(file, header.schemaVersion);
      writeBackup(db, backup);
      applyMigrations(db, loadMigrations(), header.schemaVersion);
      migratedFrom = header.schemaVersion;
    }
    useRollbackJournal(db, name);
    removeStaleJournal(db, file);
    const opened = db;
    return {
      db: opened,
      file,
      backup,
      migratedFrom,
      readonly: false,
      close: () => {
        closeQuietly(opened);
        lock.release();
      },
    };
  } catch (err) {
    closeQuietly(db);
    lock.release();
    throw planFileError(err, file, 'open');
  }
}

/**
 * After a read on our writable connection SQLite has rolled back a hot journal and deleted it; a `-journal` still
 * there is not hot (empty, or its header never completed: a writer killed while starting a transaction). We hold
 * the write lock and no transaction is open, so nothing can need it: remove it rather than leave it behind.
 */
function removeStaleJournal(db: Database.Database, file: string): void {
  db.prepare('select count(*) from plan').get();
  if (fs.existsSync(`${file}-journal`)) removeQuietly(`${file}-journal`);
}

/** A consistent copy of the file as it is now, complete on disk before it gets its backup name. */
function writeBackup(db: Database.Database, backup: string): void {
  const temp = tempPathBeside(backup);
  try {
    db.prepare('VACUUM INTO ?').run(temp);
    syncFile(temp);
  } catch (err) {
    removeTemp(temp);
    throw planFileError(err, backup, 'write');
  }
  renameIntoPlace(temp, backup);
}

function openForReading(file: string): OpenedPlanFile {
  const header = inspectPlanFile(file);
  const name = path.basename(file);
  const leftovers = leftoversOf(file);
  const known = currentSchemaVersion();
  const direct = !leftovers.wal && !leftovers.journal && !header.walMode && header.schemaVersion === known;
  let db: Database.Database | null = null;
  let dir: string | null = null;
  try {
    let source = file;
    if (!direct) {
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-read-'));
      source = recoveredCopy(file, header, leftovers, dir);
      if (header.schemaVersion < known) {
        const upgrade = new Database(source, { fileMustExist: true });
        try {
          applyMigrations(upgrade, loadMigrations(), header.schemaVersion);
        } finally {
          closeQuietly(upgrade);
        }
      }
    }
    db = new Database(source, { readonly: true, fileMustExist: true });
    configureReader(db);
    if (direct) assertHealthy(db, name, header.schemaVersion);
    const opened = db;
    const tempDir = dir;
    return {
      db: opened,
      file,
      backup: null,
      migratedFrom: null,
      readonly: true,
      close: () => {
        closeQuietly(opened);
        if (tempDir) fs.rmSync(tempDir, { recursive: true, force: true });
      },
    };
  } catch (err) {
    closeQuietly(db);
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    throw planFileError(err, file, 'read');
  }
}

function syncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function syncFolder(folder: string): void {
  try {
    const fd = fs.openSync(folder, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // some file systems cannot sync a folder; the rename itself is still atomic
  }
}

/**
 * Creates a plan file at `file` through `fill` (which inserts the plan's rows inside one transaction).
 * Written to a temporary file beside the target and renamed into place, so a failure leaves no half file and
 * `overwrite` never destroys the old file before the new one is complete. A target open for writing elsewhere
 * is never replaced.
 */
export function createPlanFile(file: string, fill: (db: Database.Database) => void, overwrite = false): void {
  const name = path.basename(file);
  if (!overwrite && fs.existsSync(file)) {
    throw new HoshinError('exists', `${name} already exists (use --force to overwrite it)`);
  }
  const dir = path.dirname(path.resolve(file));
  if (!fs.existsSync(dir)) throw new HoshinError('io', `${dir}: no such folder`);
  if (isFolder(file)) throw new HoshinError('not_a_plan', `${name} is a folder, not a Hoshin plan file`);
  assertNotLocked(file);
  cleanOrphanTemps(dir);
  const temp = tempPathBeside(file);
  let db: Database.Database | null = null;
  try {
    db = new Database(temp);
    db.pragma(`application_id = ${HOSHIN_APPLICATION_ID}`);
    db.pragma('journal_mode = DELETE');
    db.pragma('synchronous = FULL');
    applyMigrations(db, loadMigrations(), 0);
    // A new file starts compact: the table rebuilds of past migrations (0007) leave free pages behind, and a
    // plan never shrinks afterwards. VACUUM keeps application_id and user_version.
    db.exec('VACUUM');
    db.pragma('foreign_keys = ON');
    const target = db;
    target.transaction(() => fill(target)).immediate();
    db.close();
  } catch (err) {
    closeQuietly(db);
    removeTemp(temp);
    throw isFileProblem(err) ? planFileError(err, file, 'write') : err;
  }
  // Held only for the replacement: a writer that opens the new file afterwards is fine, one that has the old
  // file open makes this refuse (its edits would otherwise vanish into a file nobody sees).
  let lock: WriteLock;
  try {
    lock = acquireWriteLock(file, () => true);
  } catch (err) {
    removeTemp(temp);
    throw err;
  }
  try {
    // A stale -wal/-shm/-journal of the file being replaced would be replayed into the new file: remove them.
    for (const suffix of ['-wal', '-shm', '-journal']) removeQuietly(`${file}${suffix}`);
    renameIntoPlace(temp, file);
    syncFolder(dir);
  } finally {
    lock.release();
  }
}

function isFolder(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // best effort: nothing depends on it
  }
}
