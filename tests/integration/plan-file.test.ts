import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import { currentSchemaVersion, HOSHIN_APPLICATION_ID, inspectPlanFile, openPlanFile } from '../../db/plan-file.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

function refusal(file: string): HoshinError {
  try {
    openPlan(file).close();
  } catch (err) {
    expect(err).toBeInstanceOf(HoshinError);
    return err as HoshinError;
  }
  throw new Error(`${file} was opened`);
}

function samplePlanFile(dir: string): string {
  const file = path.join(dir, 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return file;
}

describe('a .hoshin file', () => {
  it('is SQLite marked with our application_id and schema version, with a rollback journal, full sync and foreign keys on', () => {
    const file = samplePlanFile(tempDir());
    const session = openPlan(file);
    try {
      const db = session.store.sqlite;
      expect(db.pragma('application_id', { simple: true })).toBe(HOSHIN_APPLICATION_ID);
      expect(db.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
      expect(db.pragma('journal_mode', { simple: true })).toBe('delete');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(() =>
        db
          .prepare("insert into goal (id, department_id, code, title, sort_key) values ('x', 'nope', 'X', 'X', 'a0')")
          .run(),
      ).toThrow(/FOREIGN KEY/);
    } finally {
      session.close();
    }
    expect(inspectPlanFile(file)).toMatchObject({
      applicationId: HOSHIN_APPLICATION_ID,
      schemaVersion: currentSchemaVersion(),
      walMode: false,
    });
  });

  it('keeps a plan across close and reopen', () => {
    const file = samplePlanFile(tempDir());
    const first = openPlan(file);
    first.dispatch('createObjective', { title: 'Lift retention' });
    first.close();
    const second = openPlan(file);
    expect(second.dispatch('getPlan', {}).objectives.map((o) => o.title)).toContain('Lift retention');
    second.close();
  });

  it('is not created over an existing file unless asked, and a failed overwrite keeps the old file', () => {
    const dir = tempDir();
    const file = samplePlanFile(dir);
    const before = sha256(file);
    expect(() => writePlanFile(file, samplePlanDocument())).toThrow(/already exists/);
    const broken = { ...samplePlanDocument(), goals: [{ ...samplePlanDocument().goals[0]!, departmentId: 'missing' }] };
    expect(() => writePlanFile(file, broken, true)).toThrow(/FOREIGN KEY/);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir)).toEqual(['plan.hoshin']);
  });
});

describe('files that are not readable plans are refused and left byte-for-byte unchanged', () => {
  const cases: [string, (dir: string) => string, HoshinError['code'], RegExp][] = [
    [
      'a text file',
      (dir) => write(dir, 'notes.hoshin', 'Quarterly notes\n'),
      'not_a_plan',
      /notes\.hoshin is not a Hoshin plan: it is not an SQLite database/,
    ],
    ['an empty file', (dir) => write(dir, 'empty.hoshin', ''), 'not_a_plan', /not an SQLite database/],
    [
      "another application's SQLite database",
      (dir) => {
        const file = path.join(dir, 'other.hoshin');
        const db = new Database(file);
        db.exec('create table customers (id integer primary key, name text); insert into customers (name) values (1)');
        db.close();
        return file;
      },
      'foreign_file',
      /other\.hoshin is not a Hoshin plan: it is an SQLite database of another application/,
    ],
    [
      'a truncated plan',
      (dir) => {
        const file = samplePlanFile(dir);
        const bytes = fs.readFileSync(file);
        fs.writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
        return file;
      },
      'truncated',
      /plan\.hoshin is truncated/,
    ],
    [
      'a plan cut inside its header',
      (dir) => {
        const file = samplePlanFile(dir);
        fs.writeFileSync(file, fs.readFileSync(file).subarray(0, 50));
        return file;
      },
      'truncated',
      /ends inside the database header/,
    ],
    [
      'a plan from a newer version of the app',
      (dir) => {
        const file = samplePlanFile(dir);
        const db = new Database(file);
        db.pragma(`user_version = ${currentSchemaVersion() + 1}`);
        db.close();
        return file;
      },
      'too_new',
      /was saved by a newer Hoshin Planner .* Update the app to open it/,
    ],
    [
      'a damaged plan',
      (dir) => {
        const file = samplePlanFile(dir);
        const bytes = fs.readFileSync(file);
        const pageSize = bytes.readUInt16BE(16);
        // Overwrite every page but the first (the header) with garbage.
        for (let i = pageSize; i < bytes.length; i++) bytes[i] = (i * 7919) % 251;
        fs.writeFileSync(file, bytes);
        return file;
      },
      'corrupt',
      /plan\.hoshin is damaged/,
    ],
    [
      // A flipped byte inside a tactic's tags leaves a sound database (integrity_check runs no CHECK) whose tags
      // no longer parse: refused as damaged, never an internal error.
      'a plan whose tactic tags no longer parse',
      (dir) => {
        const file = samplePlanFile(dir);
        const db = new Database(file);
        db.pragma('ignore_check_constraints = ON');
        db.exec(`update tactic set tags = '["VoC"x]' where rowid = (select min(rowid) from tactic)`);
        db.close();
        return file;
      },
      'corrupt',
      /plan\.hoshin is damaged: the tags of 1 tactic cannot be read; it was not changed/,
    ],
  ];

  it.each(cases)('%s', (_name, make, code, message) => {
    const dir = tempDir();
    const file = make(dir);
    const before = sha256(file);
    const error = refusal(file);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(message);
    expect(sha256(file)).toBe(before);
  });

  it('a missing file and a folder', () => {
    const dir = tempDir();
    expect(refusal(path.join(dir, 'nowhere.hoshin')).message).toBe('nowhere.hoshin: no such file');
    fs.mkdirSync(path.join(dir, 'folder.hoshin'));
    expect(refusal(path.join(dir, 'folder.hoshin')).code).toBe('not_a_plan');
  });

  it('opening at the db layer reports the same refusal', () => {
    const dir = tempDir();
    const file = write(dir, 'x.hoshin', 'not sqlite');
    expect(() => openPlanFile(file)).toThrow(/not an SQLite database/);
  });
});

function write(dir: string, name: string, text: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}
