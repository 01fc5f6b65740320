/** The `hoshin` command as a user runs it: a real process, real files, exit codes and output. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../core/csv.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');

function hoshin(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('hoshin sample / new / import / export', () => {
  it('writes the sample plan, exports it as JSON that re-imports to identical JSON', () => {
    const dir = tempDir();
    const file = path.join(dir, 'sample.hoshin');
    expect(hoshin(['sample', file]).code).toBe(0);
    const exported = hoshin(['export', file]);
    expect(exported.code).toBe(0);
    const doc = JSON.parse(exported.stdout);
    expect(doc).toMatchObject({ format: 'hoshin-plan', version: 1 });
    expect(doc.departments.length).toBeGreaterThanOrEqual(6);
    fs.writeFileSync(path.join(dir, 'plan.json'), exported.stdout);
    expect(hoshin(['import', path.join(dir, 'plan.json'), path.join(dir, 'copy.hoshin')]).code).toBe(0);
    expect(hoshin(['export', path.join(dir, 'copy.hoshin'), '--out', path.join(dir, 'again.json')]).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'again.json'), 'utf8')).toBe(exported.stdout);
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const dir = tempDir();
    const file = path.join(dir, 'p.hoshin');
    expect(hoshin(['new', file, '--title', 'Plan 2028']).code).toBe(0);
    const refused = hoshin(['sample', file]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`hoshin: p.hoshin already exists (use --force to overwrite it)\n`);
    const json = hoshin(['export', file]).stdout;
    expect(JSON.parse(json).plan.title).toBe('Plan 2028');
    fs.writeFileSync(path.join(dir, 'p.json'), json);
    expect(hoshin(['import', path.join(dir, 'p.json'), file]).code).toBe(2);
    expect(hoshin(['sample', file, '--force']).code).toBe(0);
    expect(JSON.parse(hoshin(['export', file]).stdout).plan.id).toBe('sample-cx-2027');
  });

  it('imports from standard input and names the JSON path of every problem, writing nothing', () => {
    const dir = tempDir();
    const file = path.join(dir, 'bad.hoshin');
    const bad = {
      format: 'hoshin-plan',
      version: 1,
      plan: { id: 'p', title: 'x', colour: 'red' },
      departments: [],
      objectives: [],
      goals: [],
      tactics: [{}],
    };
    const r = hoshin(['import', '-', file], JSON.stringify(bad));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(
      /^hoshin: standard input is not a valid Hoshin plan: plan\.colour: unknown key; tactics\[0\]\.id: must be a string/,
    );
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(fs.existsSync(file)).toBe(false);
    const garbage = hoshin(['import', '-', file], '{"format": ');
    expect(garbage.stderr).toMatch(/standard input is not valid JSON/);
  });

  it('exports CSV with one row per tactic and its whole lineage', () => {
    const dir = tempDir();
    const file = path.join(dir, 's.hoshin');
    hoshin(['sample', file]);
    const csv = hoshin(['export', file, '--format', 'csv']).stdout.trim().split('\n');
    expect(csv[0]).toBe(CSV_COLUMNS.join(','));
    const doc = JSON.parse(hoshin(['export', file]).stdout);
    expect(csv).toHaveLength(doc.tactics.length + 1);
    const chatbot = csv.find((line) => line.startsWith('t-it-ai-1,'))!;
    expect(chatbot).toMatch(/,no$/);
    expect(csv.find((line) => line.startsWith('t-cs-1-1,'))).toMatch(/Customer Success,.*CS-1,.*O1; O2,.*,yes$/);
    expect(hoshin(['export', file, '--format', 'pdf']).stderr).toMatch(/--format must be json, csv or xlsx/);
  });
});

describe('hoshin check', () => {
  it('exits 1 with the contract JSON when items are orphaned or uncovered', () => {
    const dir = tempDir();
    const file = path.join(dir, 's.hoshin');
    hoshin(['sample', file]);
    const r = hoshin(['check', file, '--json']);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual([
      'orphanedGoals',
      'orphanedTactics',
      'uncoveredObjectives',
      'unexecutedObjectives',
      'findings',
    ]);
    expect(report).toMatchObject({
      orphanedGoals: ['g-mkt-2'],
      orphanedTactics: ['t-it-ai-1', 't-mkt-2-1'],
      uncoveredObjectives: ['o5'],
      unexecutedObjectives: [],
    });
    for (const f of report.findings)
      expect(Object.keys(f)).toEqual(expect.arrayContaining(['kind', 'id', 'severity', 'message']));
    const text = hoshin(['check', file]);
    expect(text.code).toBe(1);
    expect(text.stdout).toMatch(
      /Tactic IT-AI\.1 'Launch AI chatbot pilot' \(IT\) supports no goal, so it traces to no objective\./,
    );
  });

  it('exits 0 on a plan without orphaned or uncovered items', () => {
    const dir = tempDir();
    const file = path.join(dir, 'empty.hoshin');
    hoshin(['new', file, '--title', 'Empty']);
    const r = hoshin(['check', file, '--json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      orphanedGoals: [],
      orphanedTactics: [],
      uncoveredObjectives: [],
      unexecutedObjectives: [],
      findings: [],
    });
  });
});

describe('files that are not plans', () => {
  it.each([
    ['a text file', (f: string) => fs.writeFileSync(f, 'hello'), /is not a Hoshin plan: it is not an SQLite database/],
    [
      "another app's SQLite",
      (f: string) => {
        const db = new Database(f);
        db.exec('create table t (x)');
        db.close();
      },
      /SQLite database of another application/,
    ],
  ])('%s: exit 2, one line on stderr, file unchanged, for every command', (_name, make, message) => {
    const dir = tempDir();
    const file = path.join(dir, 'x.hoshin');
    make(file);
    const before = sha256(file);
    for (const args of [
      ['check', file],
      ['check', file, '--json'],
      ['export', file],
      ['export', file, '--format', 'csv'],
    ]) {
      const r = hoshin(args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(sha256(file)).toBe(before);
  });

  it('usage errors exit 2 with a hint', () => {
    const r = hoshin(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hoshin: unknown command "frobnicate" (see: hoshin help)\n');
    expect(hoshin(['new', 'x.hoshin']).stderr).toMatch(/new needs --title/);
    expect(hoshin(['check']).stderr).toMatch(/expected <file\.hoshin>/);
    expect(hoshin(['help']).code).toBe(0);
  });
});
