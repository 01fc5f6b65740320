/** `hoshin note`, `hoshin notes` and `hoshin draft --department <id|name>` as a user runs them. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sha256, tempDir } from '../helpers/temp.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');

function hoshin(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sampleWithDraft() {
  const dir = tempDir();
  const master = path.join(dir, 'master.hoshin');
  const draft = path.join(dir, 'support.hoshin');
  expect(hoshin(['sample', master]).code).toBe(0);
  const issued = hoshin(['draft', master, '--department', 'support', '--out', draft]);
  expect(issued.code).toBe(0);
  return { dir, master, draft, issued };
}

describe('hoshin draft --department', () => {
  it('takes a department name in any case as well as an id', () => {
    const { issued, dir, master } = sampleWithDraft();
    expect(issued.stderr).toMatch(/^Issued draft [0-9a-f-]{36} for Support \(d-support\) to .*support\.hoshin\n$/);
    const byId = hoshin(['draft', master, '--department', 'd-it', '--out', path.join(dir, 'it.hoshin')]);
    expect(byId.code).toBe(0);
    expect(byId.stderr).toContain('for IT (d-it)');
  });

  it('refuses an unknown department, listing the departments with their ids, and writes nothing', () => {
    const { dir, master } = sampleWithDraft();
    const before = sha256(master);
    const r = hoshin(['draft', master, '--department', 'Finance', '--out', path.join(dir, 'f.hoshin')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hoshin: master.hoshin has no department "Finance"; its departments are: ');
    expect(r.stderr).toContain('Support (d-support)');
    expect(r.stderr).toContain('Customer Success (d-cs)');
    expect(sha256(master)).toBe(before);
  });
});

describe('hoshin note / notes', () => {
  it('adds a proposal to a read-only objective in a draft, by code, and lists it as JSON', () => {
    const { draft } = sampleWithDraft();
    const added = hoshin([
      'note',
      draft,
      '--item',
      'o1',
      '--kind',
      'proposal',
      '--text',
      'We cannot reach 9 % churn without the billing fix, propose 11 %',
      '--author',
      'Rahul Mehta',
    ]);
    expect(added.code).toBe(0);
    const id = added.stdout.trim();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const byCode = hoshin(['note', draft, '--item', 'SUP-1', '--kind', 'question', '--text', 'Per channel?']);
    expect(byCode.code).toBe(0);
    const listed = hoshin(['notes', draft, '--json']);
    expect(listed.code).toBe(0);
    const { notes } = JSON.parse(listed.stdout) as { notes: Record<string, unknown>[] };
    expect(notes).toHaveLength(2);
    expect(Object.keys(notes[0]!)).toEqual([
      'id',
      'itemId',
      'itemCode',
      'kind',
      'text',
      'author',
      'createdAt',
      'answer',
      'answeredBy',
      'answeredAt',
    ]);
    expect(notes[0]).toMatchObject({
      id,
      itemId: 'o1',
      itemCode: 'O1',
      kind: 'proposal',
      author: 'Rahul Mehta',
      answer: null,
      answeredBy: null,
      answeredAt: null,
    });
    expect(notes[1]).toMatchObject({ itemId: 'g-sup-1', itemCode: 'SUP-1', kind: 'question', author: null });
  });

  it('answers a note, and shows notes and answers in plain words', () => {
    const { master } = sampleWithDraft();
    const id = hoshin(['note', master, '--item', 'O2', '--kind', 'question', '--text', 'Which survey?']).stdout.trim();
    const answered = hoshin(['note', master, '--answer', id, '--text', 'The relationship survey', '--author', 'CEO']);
    expect(answered.code).toBe(0);
    const json = JSON.parse(hoshin(['notes', master, '--json']).stdout) as { notes: Record<string, unknown>[] };
    expect(json.notes[0]).toMatchObject({ id, answer: 'The relationship survey', answeredBy: 'CEO' });
    expect(typeof json.notes[0]!.answeredAt).toBe('string');
    const human = hoshin(['notes', master]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^1 note, 0 without an answer\n/);
    expect(human.stdout).toContain("Question on O2 'Be the provider our customers recommend' (");
    expect(human.stdout).toContain('  Which survey?\n');
    expect(human.stdout).toContain('Answer (CEO, ');
  });

  it('refuses an unknown item, note or kind in plain words, changing nothing', () => {
    const { master } = sampleWithDraft();
    const before = sha256(master);
    const unknown = hoshin(['note', master, '--item', 'ZZ-9', '--kind', 'question', '--text', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('hoshin: master.hoshin has no objective, goal or tactic with id or code "ZZ-9"\n');
    const noNote = hoshin(['note', master, '--answer', 'nope', '--text', 'x']);
    expect(noNote.stderr).toBe('hoshin: master.hoshin has no note with id "nope"\n');
    const badKind = hoshin(['note', master, '--item', 'O1', '--kind', 'idea', '--text', 'x']);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toBe('hoshin: --kind must be question or proposal, not "idea" (see: hoshin help)\n');
    expect(hoshin(['notes', master]).stdout).toBe('No notes yet.\n');
    expect(sha256(master)).toBe(before);
  });
});
