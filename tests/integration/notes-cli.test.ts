/** `hoshin note`, `hoshin notes` and `hoshin draft --department <id|name>` as a user runs them. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { openPlan } from '../../services/plan-files.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

/** `hoshin` in this process (the same main() bin/hoshin.js runs), so a loaded machine spawns nothing. */
async function hoshin(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: () => '' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

async function sampleWithDraft() {
  const dir = tempDir();
  const master = path.join(dir, 'master.hoshin');
  const draft = path.join(dir, 'support.hoshin');
  expect((await hoshin(['sample', master])).code).toBe(0);
  const issued = await hoshin(['draft', master, '--department', 'support', '--out', draft]);
  expect(issued.code).toBe(0);
  return { dir, master, draft, issued };
}

describe('hoshin draft --department', () => {
  it('takes a department name in any case as well as an id', async () => {
    const { issued, dir, master } = await sampleWithDraft();
    expect(issued.stderr).toMatch(/^Issued draft [0-9a-f-]{36} for Support \(d-support\) to .*support\.hoshin\n$/);
    const byId = await hoshin(['draft', master, '--department', 'd-it', '--out', path.join(dir, 'it.hoshin')]);
    expect(byId.code).toBe(0);
    expect(byId.stderr).toContain('for IT (d-it)');
  });

  it('refuses an unknown department, listing the departments with their ids, and writes nothing', async () => {
    const { dir, master } = await sampleWithDraft();
    const before = sha256(master);
    const r = await hoshin(['draft', master, '--department', 'Finance', '--out', path.join(dir, 'f.hoshin')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('hoshin: master.hoshin has no department "Finance"; its departments are: ');
    expect(r.stderr).toContain('Support (d-support)');
    expect(r.stderr).toContain('Customer Success (d-cs)');
    expect(sha256(master)).toBe(before);
  });
});

describe('hoshin note / notes', () => {
  it('adds a proposal to a read-only objective in a draft, by code, and lists it as JSON', async () => {
    const { draft } = await sampleWithDraft();
    const added = await hoshin([
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
    const byCode = await hoshin(['note', draft, '--item', 'SUP-1', '--kind', 'question', '--text', 'Per channel?']);
    expect(byCode.code).toBe(0);
    const listed = await hoshin(['notes', draft, '--json']);
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

  it('answers a note, and shows notes and answers in plain words', async () => {
    const { master } = await sampleWithDraft();
    const id = (
      await hoshin(['note', master, '--item', 'O2', '--kind', 'question', '--text', 'Which survey?'])
    ).stdout.trim();
    const answered = await hoshin([
      'note',
      master,
      '--answer',
      id,
      '--text',
      'The relationship survey',
      '--author',
      'CEO',
    ]);
    expect(answered.code).toBe(0);
    const json = JSON.parse((await hoshin(['notes', master, '--json'])).stdout) as { notes: Record<string, unknown>[] };
    expect(json.notes[0]).toMatchObject({ id, answer: 'The relationship survey', answeredBy: 'CEO' });
    expect(typeof json.notes[0]!.answeredAt).toBe('string');
    const human = await hoshin(['notes', master]);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/^1 note, 0 without an answer\n/);
    expect(human.stdout).toContain("Question on O2 'Be the provider our customers recommend' (");
    expect(human.stdout).toContain('  Which survey?\n');
    expect(human.stdout).toContain('Answer (CEO, ');
  });

  it('refuses an unknown item, note or kind in plain words, changing nothing', async () => {
    const { master } = await sampleWithDraft();
    const before = sha256(master);
    const unknown = await hoshin(['note', master, '--item', 'ZZ-9', '--kind', 'question', '--text', 'x']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toBe('hoshin: master.hoshin has no objective, goal or tactic with id or code "ZZ-9"\n');
    const noNote = await hoshin(['note', master, '--answer', 'nope', '--text', 'x']);
    expect(noNote.stderr).toBe('hoshin: master.hoshin has no note with id "nope"\n');
    const badKind = await hoshin(['note', master, '--item', 'O1', '--kind', 'idea', '--text', 'x']);
    expect(badKind.code).toBe(2);
    expect(badKind.stderr).toBe('hoshin: --kind must be question or proposal, not "idea" (see: hoshin help)\n');
    expect((await hoshin(['notes', master])).stdout).toBe('No notes yet.\n');
    expect(sha256(master)).toBe(before);
  });

  it('lists the notes of a plan open for writing elsewhere, without the lock and without writing to it', async () => {
    const { master } = await sampleWithDraft();
    expect((await hoshin(['note', master, '--item', 'O1', '--kind', 'question', '--text', 'Why 9 %?'])).code).toBe(0);
    const writer = openPlan(master);
    try {
      const before = sha256(master);
      const listed = await hoshin(['notes', master, '--json']);
      expect(listed.code).toBe(0);
      expect((JSON.parse(listed.stdout) as { notes: { text: string }[] }).notes.map((n) => n.text)).toEqual([
        'Why 9 %?',
      ]);
      expect(sha256(master)).toBe(before);
      // Adding one is a write: refused while the other writer holds the file.
      const refused = await hoshin(['note', master, '--item', 'O1', '--kind', 'question', '--text', 'x']);
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('master.hoshin is open in Hoshin Planner (process ');
    } finally {
      writer.close();
    }
  });
});
