/**
 * Leftovers beside a plan: its own -wal or hot -journal is recovered (by a writer) or read around (by a reader,
 * which changes nothing); a -wal of another database is never replayed; orphan temporary files of a killed
 * writer are cleaned up; an older file is upgraded only by a writing command; a refused open leaves nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { HoshinError } from '../../../contract/errors.ts';
import { applyMigrations } from '../../../db/migrate.ts';
import { currentSchemaVersion, HOSHIN_APPLICATION_ID, loadMigrations } from '../../../db/plan-file.ts';
import { processIsAlive } from '../../../db/write-lock.ts';
import {
  emptyPlanDocument,
  openPlan,
  openPlanForReading,
  samplePlanDocument,
  writePlanFile,
} from '../../../services/plan-files.ts';
import { tempDir } from '../../helpers/temp.ts';
import { folderState, isPlainMessage } from './harness.ts';

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), readStdin: () => '' });
  return { code, stdout, stderr };
}

function refusal(fn: () => unknown): HoshinError {
  try {
    fn();
  } catch (err) {
    if (err instanceof HoshinError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

/**
 * A plan as an older build in WAL mode left it when it crashed: an objective committed to `-wal` only (the
 * writer's connection still open, nothing checkpointed), copied to `name` together with that -wal.
 */
function planWithPendingWal(dir: string, name: string, doc = samplePlanDocument()): string {
  const source = path.join(dir, `source-${name}`);
  writePlanFile(source, doc);
  const db = new Database(source);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.prepare(
    "insert into objective (id, code, title, horizon, sort_key) values ('o-wal', 'OW-1', 'Only in the WAL', 'annual', 'b99')",
  ).run();
  const file = path.join(dir, name);
  fs.copyFileSync(source, file);
  fs.copyFileSync(`${source}-wal`, `${file}-wal`);
  db.close();
  fs.rmSync(source);
  return file;
}

function objectiveIds(file: string): string[] {
  const session = openPlanForReading(file);
  try {
    return session.dispatch('getPlan', {}).objectives.map((o) => o.id);
  } finally {
    session.close();
  }
}

describe('a leftover -wal of the plan itself', () => {
  it('is read around by readers, leaving the file, the -wal and the folder as they were', async () => {
    const dir = tempDir();
    const file = planWithPendingWal(dir, 'Customer Plan.hoshin');
    const before = folderState(dir);
    expect(objectiveIds(file)).toContain('o-wal');
    expect((await run(['check', file])).code).toBeLessThan(2);
    const exported = await run(['export', file]);
    expect(JSON.parse(exported.stdout).objectives.map((o: { id: string }) => o.id)).toContain('o-wal');
    expect(folderState(dir)).toEqual(before);
  });

  it('is replayed into the file by a writer, which then keeps it in rollback-journal mode', () => {
    const dir = tempDir();
    const file = planWithPendingWal(dir, 'Customer Plan.hoshin');
    const session = openPlan(file);
    try {
      expect(session.dispatch('getPlan', {}).objectives.map((o) => o.id)).toContain('o-wal');
      expect(session.store.sqlite.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      session.close();
    }
    expect(fs.readdirSync(dir).sort()).toEqual(['Customer Plan.hoshin']);
    // The file alone now holds the recovered change.
    const alone = path.join(dir, 'copy.hoshin');
    fs.copyFileSync(file, alone);
    expect(objectiveIds(alone)).toContain('o-wal');
  });
});

describe('a -wal of another database', () => {
  it('is never replayed into a plan in rollback-journal mode: refused plainly, nothing touched', async () => {
    const dir = tempDir();
    const other = planWithPendingWal(dir, 'Other.hoshin');
    const file = path.join(dir, 'Customer Plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    fs.renameSync(`${other}-wal`, `${file}-wal`);
    fs.rmSync(other);
    const before = folderState(dir);
    for (const open of [() => openPlan(file), () => openPlanForReading(file)]) {
      const error = refusal(open);
      expect(error.code).toBe('foreign_file');
      expect(error.message).toMatch(
        /^Customer Plan\.hoshin was not opened: the file Customer Plan\.hoshin-wal beside it does not belong to it/,
      );
      expect(isPlainMessage(error.message, 'Customer Plan.hoshin')).toBe(true);
    }
    const checked = await run(['check', file]);
    expect(checked.code).toBe(2);
    expect(checked.stderr).toContain('does not belong to it');
    expect(folderState(dir)).toEqual(before);
  });

  it.each([
    ['a larger plan', samplePlanDocument(), emptyPlanDocument('Small plan')],
    ['a smaller plan', emptyPlanDocument('Small plan'), samplePlanDocument()],
  ])('is never replayed into a plan in WAL mode either (written for %s)', (_case, target, source) => {
    const dir = tempDir();
    const other = planWithPendingWal(dir, 'Other.hoshin', source);
    const file = path.join(dir, 'Customer Plan.hoshin');
    writePlanFile(file, target);
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.close();
    fs.renameSync(`${other}-wal`, `${file}-wal`);
    fs.rmSync(other);
    const before = folderState(dir);
    for (const open of [() => openPlan(file), () => openPlanForReading(file)]) {
      const error = refusal(open);
      expect(error.code).toBe('foreign_file');
      expect(isPlainMessage(error.message, 'Customer Plan.hoshin')).toBe(true);
    }
    expect(folderState(dir)).toEqual(before);
  });
});

describe('a hot -journal of an interrupted transaction', () => {
  it('is rolled back by a writer and read around by a reader', () => {
    const dir = tempDir();
    const source = path.join(dir, 'source.hoshin');
    writePlanFile(source, samplePlanDocument());
    const db = new Database(source);
    db.pragma('cache_size = 1');
    db.exec('BEGIN IMMEDIATE');
    db.exec("update objective set title = 'never committed'");
    db.exec("update tactic set title = 'never committed'");
    const file = path.join(dir, 'Customer Plan.hoshin');
    fs.copyFileSync(source, file);
    fs.copyFileSync(`${source}-journal`, `${file}-journal`);
    db.exec('ROLLBACK');
    db.close();
    fs.rmSync(source);
    expect(fs.statSync(`${file}-journal`).size).toBeGreaterThan(0);

    const before = folderState(dir);
    const titles = (f: string) => {
      const s = openPlanForReading(f);
      try {
        return s.dispatch('getPlan', {}).objectives.map((o) => o.title);
      } finally {
        s.close();
      }
    };
    expect(titles(file)).not.toContain('never committed');
    expect(folderState(dir)).toEqual(before);
    openPlan(file).close();
    expect(fs.readdirSync(dir)).toEqual(['Customer Plan.hoshin']);
    expect(titles(file)).not.toContain('never committed');
  });
});

describe('an older plan file', () => {
  function fileAtPreviousVersion(dir: string): string {
    const file = path.join(dir, 'Old plan.hoshin');
    const db = new Database(file);
    db.pragma(`application_id = ${HOSHIN_APPLICATION_ID}`);
    applyMigrations(db, loadMigrations().slice(0, currentSchemaVersion() - 1), 0);
    db.pragma('journal_mode = WAL');
    db.exec(`
      insert into plan (id, title) values ('p-old', 'Old plan');
      insert into department (id, name, sort_key) values ('d1', 'Support', 'a0');
      insert into objective (id, code, title, horizon, sort_key) values ('o1', 'O1', 'Cut churn', 'annual', 'a0');
    `);
    db.close();
    return file;
  }

  it('is read by check and export through a temporary copy, and upgraded only by a writer (with one backup)', async () => {
    const dir = tempDir();
    const file = fileAtPreviousVersion(dir);
    const before = folderState(dir);
    expect((await run(['check', file])).code).toBeLessThan(2);
    expect(JSON.parse((await run(['export', file])).stdout).plan.title).toBe('Old plan');
    expect(objectiveIds(file)).toEqual(['o1']);
    expect(folderState(dir)).toEqual(before);

    const session = openPlan(file);
    session.close();
    const entries = fs.readdirSync(dir).sort();
    expect(entries).toHaveLength(2);
    expect(entries[0]).toBe('Old plan.hoshin');
    expect(entries[1]).toMatch(/^Old plan\.hoshin\.v\d+-.+\.bak$/);
  });
});

describe('litter', () => {
  it('orphan temporary files of a killed writer are removed on the next open in their folder', () => {
    const dir = tempDir();
    const file = path.join(dir, 'Customer Plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    let dead = 4_000_000;
    while (processIsAlive(dead)) dead--;
    const orphan = path.join(dir, `.Imported.hoshin.${dead}.1733000000000.tmp`);
    fs.writeFileSync(orphan, 'half an import');
    fs.writeFileSync(`${orphan}-journal`, 'its journal');
    // A live writer's temporary file is never touched.
    const live = path.join(dir, `.Other.hoshin.${process.ppid}.1733000000000.tmp`);
    fs.writeFileSync(live, 'being written');
    openPlan(file).close();
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(live), 'Customer Plan.hoshin']);
  });

  it('a refused open leaves no lock, -journal, -wal, -shm or .bak behind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Customer Plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const bytes = fs.readFileSync(file);
    // Damage the last page: the b-tree no longer adds up.
    bytes.fill(0x55, bytes.length - 2000, bytes.length - 100);
    fs.writeFileSync(file, bytes);
    const before = folderState(dir);
    const kpi = samplePlanDocument().objectives.find((o) => o.kpi)!.id;
    const result = await run(['actual', file, '--kpi', kpi, '--month', '2027-01', '--value', '1']);
    expect(result.code).toBe(2);
    expect(isPlainMessage(result.stderr, 'Customer Plan.hoshin')).toBe(true);
    expect(refusal(() => openPlan(file)).code).toBe('corrupt');
    expect(folderState(dir)).toEqual(before);
  });

  it('a folder in place of a plan is a plain sentence, for readers and writers', async () => {
    const dir = tempDir();
    const folder = path.join(dir, 'Folder.hoshin');
    fs.mkdirSync(folder);
    for (const args of [
      ['check', folder],
      ['sample', folder, '--force'],
      ['export', folder],
    ]) {
      const result = await run(args);
      expect(result.code).toBe(2);
      expect(result.stderr).toBe('hoshin: Folder.hoshin is a folder, not a Hoshin plan file\n');
    }
  });
});
