/** Catchball over real files: issue a draft, edit it as the department would, merge it back. */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../contract/catchball.ts';
import { HoshinError } from '../../contract/errors.ts';
import { parsePlanJson, stringifyPlan } from '../../core/plan-json.ts';
import { setLocale } from '../../renderer/src/i18n/intl.ts';
import { historyText } from '../../renderer/src/i18n/service-text.ts';
import { issueDraft } from '../../services/issue-draft.ts';
import { openPlan, samplePlanDocument, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

interface Fixture {
  dir: string;
  masterFile: string;
  draftFile: string;
  master: PlanSession;
  draft: () => PlanSession;
}

/** A master (the sample plan) and a draft issued from it for Support (d-support). */
function fixture(): Fixture {
  const dir = tempDir();
  const masterFile = path.join(dir, 'master.hoshin');
  const draftFile = path.join(dir, 'support-draft.hoshin');
  writePlanFile(masterFile, samplePlanDocument());
  const master = openPlan(masterFile);
  issueDraft(master, 'd-support', draftFile, { now: () => new Date('2027-01-10T09:00:00Z') });
  return { dir, masterFile, draftFile, master, draft: () => openPlan(draftFile) };
}

function draftDoc(f: Fixture) {
  const s = f.draft();
  try {
    return s.dispatch('getPlan', {});
  } finally {
    s.close();
  }
}

const keys = (cs: ChangeSet) => cs.changes.map((c) => c.key).sort();

function refusal(fn: () => unknown): HoshinError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(HoshinError);
    return err as HoshinError;
  }
  throw new Error('expected a refusal');
}

describe('issuing a draft', () => {
  it('writes a draft file that knows its plan, department and base, and records it in the master', () => {
    const f = fixture();
    const s = f.draft();
    expect(s.dispatch('getDocumentInfo', {}).draft).toEqual({
      planId: 'sample-cx-2027',
      planTitle: 'Customer Experience Plan 2027',
      departmentId: 'd-support',
      issuedAt: '2027-01-10T09:00:00.000Z',
    });
    const doc = s.dispatch('getPlan', {});
    expect(doc.draft!.base.goals).toEqual(f.master.dispatch('getPlan', {}).goals);
    s.close();
    const status = f.master.dispatch('getDraftStatus', {}).find((d) => d.departmentId === 'd-support')!;
    expect(status).toMatchObject({ issuedAt: '2027-01-10T09:00:00.000Z', returnedAt: null, mergedAt: null });
    expect(refusal(() => issueDraft(f.master, 'nope', path.join(f.dir, 'x.hoshin'))).issues?.[0]?.path).toBe(
      'departmentId',
    );
    f.master.close();
  });

  it('keeps leadership’s parts read only in the draft, and the department’s own parts editable', () => {
    const f = fixture();
    const s = f.draft();
    const readOnly = [
      () => s.dispatch('updateObjective', { id: 'o1', title: 'Mine now' }),
      () => s.dispatch('updatePlan', { title: 'Mine' }),
      () => s.dispatch('createDepartment', { name: 'Shadow IT' }),
      () => s.dispatch('updateGoal', { id: 'g-cs-1', title: 'Not ours' }),
      () => s.dispatch('deleteTactic', { id: 't-cs-1-1' }),
      () => s.dispatch('createGoal', { departmentId: 'd-it', title: 'For IT' }),
      () => s.dispatch('updateGoal', { id: 'g-sup-1', departmentId: 'd-it' }),
      () => s.dispatch('setLink', { kind: 'tactic-goal', fromId: 't-cs-1-1', toId: 'g-sup-1', strength: 'weak' }),
      () => s.dispatch('convertItem', { id: 'g-sup-1', to: 'objective' }),
    ];
    for (const attempt of readOnly) {
      const error = refusal(attempt);
      expect(error.code).toBe('read_only');
      // Plain words that say what to do, never a code or "the objectives is read only here".
      expect(error.message).toMatch(/add a note to propose/);
      expect(error.message).not.toMatch(/read only here|read_only|\(|\bd-[a-z]+\b/);
    }
    expect(readOnly.slice(0, 4).map((attempt) => refusal(attempt).message)).toEqual([
      'Objectives are set by leadership: add a note to propose a change.',
      'The plan’s settings are set by leadership: add a note to propose a change.',
      'Departments are set by leadership: add a note to propose a change.',
      "Goal CS-1 'Reach at-risk accounts before they decide to leave' belongs to Customer Success; only Support’s goals and tactics can change in this draft: add a note to propose a change.",
    ]);
    expect(s.dispatch('updateGoal', { id: 'g-sup-1', title: 'Resolve it the first time' }).title).toBe(
      'Resolve it the first time',
    );
    const t = s.dispatch('createTactic', {
      departmentId: 'd-support',
      title: 'Callback within one hour',
      supports: [{ goalId: 'g-sup-1', strength: 'strong' }],
    });
    s.dispatch('setLink', { kind: 'goal-objective', fromId: 'g-sup-1', toId: 'o2', strength: 'weak' });
    s.dispatch('addNote', {
      itemId: 'o4',
      kind: 'question',
      text: 'Is 78% FCR measured per channel?',
      author: 'Rahul Mehta',
    });
    expect(s.dispatch('getPlan', {}).tactics.some((x) => x.id === t.id)).toBe(true);
    expect(refusal(() => s.dispatch('mergeDraft', { draft: s.dispatch('getPlan', {}), accept: 'all' })).code).toBe(
      'read_only',
    );
    s.close();
    f.master.close();
  });
});

describe('merging a draft back', () => {
  /** The department's work: a new goal and tactic, an edit, a removal, a re-weighted link, a moved tactic, a note. */
  function departmentWork(f: Fixture) {
    const s = f.draft();
    s.dispatch('createGoal', {
      id: 'g-sup-new',
      departmentId: 'd-support',
      title: 'Publish fixes customers can apply',
      supports: [{ objectiveId: 'o3', strength: 'medium' }],
    });
    s.dispatch('createTactic', {
      id: 't-sup-new',
      departmentId: 'd-support',
      title: 'Top-20 fix articles',
      supports: [{ goalId: 'g-sup-new', strength: 'strong' }],
    });
    s.dispatch('updateGoal', { id: 'g-sup-1', owner: 'Nadia Petrova' });
    s.dispatch('deleteTactic', { id: 't-sup-3-1' });
    const g1 = s.dispatch('getPlan', {}).goals.find((g) => g.id === 'g-sup-1')!;
    const link = g1.supports[0]!;
    s.dispatch('setLink', {
      kind: 'goal-objective',
      fromId: 'g-sup-1',
      toId: link.objectiveId,
      strength: link.strength === 'weak' ? 'strong' : 'weak',
    });
    // Move a tactic from one of Support's goals to another.
    const moved = s
      .dispatch('getPlan', {})
      .tactics.find((t) => t.departmentId === 'd-support' && t.supports.some((l) => l.goalId === 'g-sup-1'))!;
    s.dispatch('removeLink', { kind: 'tactic-goal', fromId: moved.id, toId: 'g-sup-1' });
    s.dispatch('setLink', { kind: 'tactic-goal', fromId: moved.id, toId: 'g-sup-new', strength: 'medium' });
    s.dispatch('addNote', {
      id: 'n1',
      itemId: 'g-sup-new',
      kind: 'proposal',
      text: 'We propose this instead of a chatbot.',
      author: 'Rahul Mehta',
    });
    s.close();
    return { movedTactic: moved.id, reweighted: link.objectiveId };
  }

  it('lists every change, writes nothing on review, then applies it all in one undo step', () => {
    const f = fixture();
    const { movedTactic, reweighted } = departmentWork(f);
    const draft = draftDoc(f);
    const before = f.master.dispatch('getPlan', {});
    const cs = f.master.dispatch('reviewDraft', { draft });
    expect(f.master.dispatch('getPlan', {})).toEqual(before);
    expect(keys(cs)).toEqual(
      [
        'add:goal:g-sup-new',
        'add:tactic:t-sup-new',
        'update:goal:g-sup-1',
        'remove:tactic:t-sup-3-1',
        `link:goal-objective:g-sup-1>${reweighted}`,
        'link:goal-objective:g-sup-new>o3',
        'link:tactic-goal:t-sup-new>g-sup-new',
        `unlink:tactic-goal:${movedTactic}>g-sup-1`,
        `link:tactic-goal:${movedTactic}>g-sup-new`,
        'add:note:n1',
      ].sort(),
    );
    expect(cs.changes.find((c) => c.key === 'update:goal:g-sup-1')!.fields).toEqual({
      owner: { before: before.goals.find((g) => g.id === 'g-sup-1')!.owner, after: 'Nadia Petrova' },
    });
    expect(cs.changes.find((c) => c.key.startsWith('link:goal-objective:g-sup-1>'))!.fields.strength).toMatchObject({
      before: expect.any(String),
      after: expect.any(String),
    });
    expect(cs).toMatchObject({ conflicts: [], rejected: [] });

    const result = f.master.dispatch('mergeDraft', { draft, accept: 'all' });
    expect(result).toMatchObject({ applied: 10, kept: 0, summary: "Merged 10 changes from Support's draft." });
    const after = f.master.dispatch('getPlan', {});
    expect(after.goals.find((g) => g.id === 'g-sup-new')!.supports).toEqual([
      { objectiveId: 'o3', strength: 'medium' },
    ]);
    expect(after.tactics.find((t) => t.id === movedTactic)!.supports.map((l) => l.goalId)).toEqual(['g-sup-new']);
    expect(after.tactics.some((t) => t.id === 't-sup-3-1')).toBe(false);
    expect(after.notes.map((n) => n.id)).toEqual(['n1']);
    expect(f.master.dispatch('getDraftStatus', {}).find((d) => d.departmentId === 'd-support')).toMatchObject({
      mergedChanges: 10,
      openNotes: 1,
    });

    expect(f.master.dispatch('getHistory', {})).toMatchObject({
      // Issuing the draft was the first undo step, the merge the second.
      undoDepth: 2,
      undoLabel: "Merged 10 changes from Support's draft",
    });
    // Said from its message, in English it reads the same; in German, in German.
    const merged = f.master.dispatch('getHistory', {});
    setLocale('en');
    expect(historyText(merged.undoMessage, '')).toBe("Merged 10 changes from Support's draft");
    setLocale('de');
    expect(historyText(merged.undoMessage, '')).toBe('10 Änderungen aus dem Entwurf von Support übernommen');
    setLocale(null);
    f.master.dispatch('undo', {});
    expect(f.master.dispatch('getPlan', {})).toEqual(before);
    f.master.close();
  });

  it('applies only the accepted changes', () => {
    const f = fixture();
    departmentWork(f);
    const draft = draftDoc(f);
    // The note is on the goal the draft adds: it cannot come without it, and the refusal names both plainly.
    const noteAlone = refusal(() =>
      f.master.dispatch('mergeDraft', { draft, accept: ['update:goal:g-sup-1', 'add:note:n1'] }),
    );
    expect(noteAlone.message).toBe(
      "The note on goal SUP-4 'Publish fixes customers can apply' needs goal SUP-4 'Publish fixes customers can apply', which is not accepted: accept its addition too, or leave the note out.",
    );
    const result = f.master.dispatch('mergeDraft', { draft, accept: ['update:goal:g-sup-1'] });
    expect(result.applied).toBe(1);
    const after = f.master.dispatch('getPlan', {});
    expect(after.goals.find((g) => g.id === 'g-sup-1')!.owner).toBe('Nadia Petrova');
    expect(after.goals.some((g) => g.id === 'g-sup-new')).toBe(false);
    const broken = refusal(() =>
      f.master.dispatch('mergeDraft', { draft, accept: ['link:goal-objective:g-sup-new>o3'] }),
    );
    expect(broken.message).toBe(
      "The link from goal SUP-4 'Publish fixes customers can apply' to objective O3 'Make getting help and managing the account effortless' needs goal SUP-4 'Publish fixes customers can apply', which is not accepted: accept its addition too, or leave the link out.",
    );
    expect(broken.message).not.toMatch(/g-sup-new/);
    expect(refusal(() => f.master.dispatch('mergeDraft', { draft, accept: ['add:goal:nope'] })).message).toMatch(
      /no change or conflict has key/,
    );
    f.master.close();
  });

  it('finds nothing new the second time, and adds no duplicates', () => {
    const f = fixture();
    departmentWork(f);
    const draft = draftDoc(f);
    f.master.dispatch('mergeDraft', { draft, accept: 'all' });
    const merged = f.master.dispatch('getPlan', {});
    const again = f.master.dispatch('reviewDraft', { draft });
    expect(again).toMatchObject({ changes: [], conflicts: [], rejected: [] });
    const result = f.master.dispatch('mergeDraft', { draft, accept: 'all' });
    expect(result.summary).toBe("Nothing merged from Support's draft: every change in it is already in the plan.");
    expect(f.master.dispatch('getPlan', {})).toEqual(merged);
    f.master.close();
  });

  it('conflicts per field: a field changed only in the draft merges beside a conflicting one', async () => {
    const f = fixture();
    const s = f.draft();
    s.dispatch('updateGoal', { id: 'g-sup-1', title: 'Draft title', owner: 'Nadia Petrova' });
    s.close();
    f.master.dispatch('updateGoal', { id: 'g-sup-1', title: 'Leadership title', description: 'Leadership text' });
    const draft = draftDoc(f);
    const cs = f.master.dispatch('reviewDraft', { draft });
    expect(cs.changes).toEqual([
      {
        key: 'update:goal:g-sup-1',
        op: 'update',
        kind: 'goal',
        id: 'g-sup-1',
        fields: { owner: { before: 'Rahul Mehta', after: 'Nadia Petrova' } },
        requires: [],
      },
    ]);
    expect(cs.conflicts).toEqual([
      {
        key: 'update:goal:g-sup-1',
        op: 'update',
        kind: 'goal',
        id: 'g-sup-1',
        fields: { title: { base: 'Cut repeat contacts', draft: 'Draft title', master: 'Leadership title' } },
        reason: 'changed both in the draft and in the master since the draft was issued',
      },
    ]);
    // --accept-all: every non-conflicting field of the draft, the master's value for the conflicting one only.
    const { main } = await import('../../cli/main.ts');
    f.master.close();
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: () => {}, readStdin: () => '' };
    expect(await main(['merge', f.masterFile, f.draftFile, '--accept-all', '--json'], io)).toBe(0);
    expect(JSON.parse(out.join(''))).toMatchObject({ applied: 1, kept: 1 });
    const master = openPlan(f.masterFile);
    expect(master.dispatch('getPlan', {}).goals.find((g) => g.id === 'g-sup-1')).toMatchObject({
      title: 'Leadership title',
      description: 'Leadership text',
      owner: 'Nadia Petrova',
    });
    // Taking the draft's side of the conflict changes that field and nothing the master set elsewhere.
    master.dispatch('mergeDraft', { draft, accept: [], resolve: { 'update:goal:g-sup-1': 'draft' } });
    expect(master.dispatch('getPlan', {}).goals.find((g) => g.id === 'g-sup-1')).toMatchObject({
      title: 'Draft title',
      description: 'Leadership text',
      owner: 'Nadia Petrova',
    });
    master.close();
  });

  it("taking the draft's side of an item the master deleted brings the item back whole", () => {
    const f = fixture();
    const s = f.draft();
    s.dispatch('updateGoal', { id: 'g-sup-1', title: 'Draft title', description: null });
    s.close();
    f.master.dispatch('deleteGoal', { id: 'g-sup-1' });
    const draft = draftDoc(f);
    const cs = f.master.dispatch('reviewDraft', { draft });
    expect(cs.conflicts.map((c) => [c.key, c.reason])).toContainEqual([
      'update:goal:g-sup-1',
      'the draft changes it, but the master deleted it since',
    ]);
    f.master.dispatch('mergeDraft', { draft, accept: [], resolve: { 'update:goal:g-sup-1': 'draft' } });
    const back = f.master.dispatch('getPlan', {}).goals.find((g) => g.id === 'g-sup-1');
    const drafted = draft.goals.find((g) => g.id === 'g-sup-1')!;
    // Every compared field is the draft's, the cleared description (null on both sides of nothing) included.
    expect(back).toMatchObject({
      code: drafted.code,
      departmentId: drafted.departmentId,
      title: 'Draft title',
      description: null,
      owner: drafted.owner,
      kpi: drafted.kpi,
    });
    f.master.close();
  });

  it('makes links and notes on an added goal require it, and names items by code and title', () => {
    const f = fixture();
    const s = f.draft();
    s.dispatch('createGoal', {
      id: 'g-sup-new',
      departmentId: 'd-support',
      code: 'SUP-9',
      title: 'Publish fixes',
      supports: [{ objectiveId: 'o3', strength: 'medium' }],
    });
    s.dispatch('setLink', { kind: 'tactic-goal', fromId: 't-sup-1-1', toId: 'g-sup-new', strength: 'weak' });
    s.close();
    const draft = draftDoc(f);
    const cs = f.master.dispatch('reviewDraft', { draft });
    const requires = Object.fromEntries(cs.changes.map((c) => [c.key, c.requires]));
    expect(requires).toEqual({
      'add:goal:g-sup-new': [],
      'link:goal-objective:g-sup-new>o3': ['add:goal:g-sup-new'],
      'link:tactic-goal:t-sup-1-1>g-sup-new': ['add:goal:g-sup-new'],
    });
    const refused = refusal(() =>
      f.master.dispatch('mergeDraft', { draft, accept: ['link:tactic-goal:t-sup-1-1>g-sup-new'] }),
    );
    expect(refused.code).toBe('invalid_input');
    expect(refused.message).toMatch(
      /^The link from tactic SUP-1\.1 '.+' to goal SUP-9 'Publish fixes' needs goal SUP-9/,
    );
    expect(refused.message).not.toMatch(/g-sup-new|t-sup-1-1/);
    const before = f.master.dispatch('getPlan', {});
    expect(f.master.dispatch('mergeDraft', { draft, accept: [] }).applied).toBe(0);
    expect(f.master.dispatch('getPlan', {}).goals).toEqual(before.goals);
    expect(f.master.dispatch('mergeDraft', { draft, accept: 'all' }).applied).toBe(3);
    const merged = f.master.dispatch('getPlan', {});
    expect(merged.tactics.find((t) => t.id === 't-sup-1-1')!.supports).toContainEqual({
      goalId: 'g-sup-new',
      strength: 'weak',
    });
    f.master.close();
  });

  it('shows a conflict when the master changed the same goal, and lets the reviewer pick', () => {
    const f = fixture();
    const s = f.draft();
    s.dispatch('updateGoal', { id: 'g-sup-1', title: 'Draft title' });
    s.close();
    f.master.dispatch('updateGoal', { id: 'g-sup-1', title: 'Leadership title' });
    const draft = draftDoc(f);
    const cs = f.master.dispatch('reviewDraft', { draft });
    expect(cs.changes).toEqual([]);
    expect(cs.conflicts).toEqual([
      {
        key: 'update:goal:g-sup-1',
        op: 'update',
        kind: 'goal',
        id: 'g-sup-1',
        fields: {
          title: {
            base: draft.draft!.base.goals.find((g) => g.id === 'g-sup-1')!.title,
            draft: 'Draft title',
            master: 'Leadership title',
          },
        },
        reason: 'changed both in the draft and in the master since the draft was issued',
      },
    ]);
    expect(f.master.dispatch('mergeDraft', { draft, accept: 'all' })).toMatchObject({ applied: 0, kept: 1 });
    expect(f.master.dispatch('getPlan', {}).goals.find((g) => g.id === 'g-sup-1')!.title).toBe('Leadership title');
    f.master.dispatch('mergeDraft', { draft, accept: 'all', resolve: { 'update:goal:g-sup-1': 'draft' } });
    expect(f.master.dispatch('getPlan', {}).goals.find((g) => g.id === 'g-sup-1')!.title).toBe('Draft title');
    f.master.close();
  });

  it('lists edits made outside the app to read-only parts as rejected, and never applies them', () => {
    const f = fixture();
    f.master.close();
    const raw = new Database(f.draftFile);
    raw.exec(`update objective set title = 'Hacked objective' where id = 'o1';
              update goal set owner = 'Someone' where id = 'g-cs-1';
              update plan set title = 'Support runs this now';
              update goal set owner = 'Own edit' where id = 'g-sup-1';`);
    raw.close();
    const master = openPlan(f.masterFile);
    const cs = master.dispatch('reviewDraft', { draft: draftDoc(f) });
    expect(keys(cs)).toEqual(['update:goal:g-sup-1']);
    expect(cs.rejected.map((r) => [r.kind, r.id, r.reason])).toEqual([
      ['plan', 'sample-cx-2027', 'the plan’s settings are leadership’s; a department draft cannot change them'],
      ['objective', 'o1', 'objectives are leadership’s; propose a change with a note instead'],
      ['goal', 'g-cs-1', 'only Support’s own goals and tactics can change in its draft'],
    ]);
    master.dispatch('mergeDraft', { draft: draftDoc(f), accept: 'all' });
    const after = master.dispatch('getPlan', {});
    expect(after.objectives.find((o) => o.id === 'o1')!.title).not.toBe('Hacked objective');
    expect(after.plan.title).toBe('Customer Experience Plan 2027');
    expect(after.goals.find((g) => g.id === 'g-sup-1')!.owner).toBe('Own edit');
    master.close();
  });

  it('refuses a draft of another plan, leaving the master as it was', () => {
    const f = fixture();
    const otherFile = path.join(f.dir, 'other.hoshin');
    writePlanFile(otherFile, {
      ...samplePlanDocument(),
      plan: { ...samplePlanDocument().plan, id: 'another-plan', title: 'Another plan' },
    });
    const before = f.master.dispatch('getPlan', {});
    const error = refusal(() =>
      openPlanAnd(otherFile, (other) => other.dispatch('reviewDraft', { draft: draftDoc(f) })),
    );
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'This draft was issued from another plan ("Customer Experience Plan 2027"), not from "Another plan" (other.hoshin), so nothing was merged.',
    );
    expect(f.master.dispatch('getPlan', {})).toEqual(before);
    f.master.close();
  });

  it('merges a draft exported to JSON, edited, and re-imported', () => {
    const f = fixture();
    const json = stringifyPlan(draftDoc(f));
    expect(stringifyPlan(parsePlanJson(json))).toBe(json);
    const edited = JSON.parse(json);
    expect(edited.draft).toMatchObject({ planId: 'sample-cx-2027', departmentId: 'd-support' });
    edited.tactics.push({
      id: 't-json',
      code: 'SUP-9',
      departmentId: 'd-support',
      title: 'Edited in a text editor',
      supports: [{ goalId: 'g-sup-1', strength: 'weak' }],
    });
    const jsonFile = path.join(f.dir, 'draft.json');
    fs.writeFileSync(jsonFile, JSON.stringify(edited));
    const cs = f.master.dispatch('reviewDraft', { draft: parsePlanJson(fs.readFileSync(jsonFile, 'utf8')) });
    expect(keys(cs)).toEqual(['add:tactic:t-json', 'link:tactic-goal:t-json>g-sup-1']);
    // A plain plan's JSON carries no draft block and no notes key.
    const plainKeys = Object.keys(JSON.parse(stringifyPlan(f.master.dispatch('getPlan', {}))));
    expect(plainKeys).not.toContain('draft');
    expect(plainKeys).not.toContain('notes');
    f.master.close();
  });

  it('keeps the master’s answer to a note when the same draft comes back again', () => {
    const f = fixture();
    const s = f.draft();
    s.dispatch('addNote', { id: 'q1', itemId: 'o4', kind: 'question', text: 'Per channel?', author: 'Rahul Mehta' });
    s.close();
    const draft = draftDoc(f);
    f.master.dispatch('mergeDraft', { draft, accept: 'all' });
    const answered = f.master.dispatch('answerNote', {
      id: 'q1',
      answer: 'Yes, phone and chat separately.',
      answeredBy: 'Helena Brandt',
    });
    expect(answered).toMatchObject({ answer: 'Yes, phone and chat separately.', answeredBy: 'Helena Brandt' });
    expect(f.master.dispatch('reviewDraft', { draft }).changes).toEqual([]);
    f.master.dispatch('mergeDraft', { draft, accept: 'all' });
    expect(f.master.dispatch('getPlan', {}).notes[0]!.answer).toBe('Yes, phone and chat separately.');
    f.master.close();
  });
});

function openPlanAnd<T>(file: string, fn: (s: PlanSession) => T): T {
  const s = openPlan(file);
  try {
    return fn(s);
  } finally {
    s.close();
  }
}

describe('hoshin draft / merge on the command line', () => {
  it('issues, reviews without writing (--dry-run --json), and merges with --accept-all', async () => {
    const { main } = await import('../../cli/main.ts');
    const dir = tempDir();
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), readStdin: () => '' };
    const master = path.join(dir, 'm.hoshin');
    const draft = path.join(dir, 'd.hoshin');
    expect(await main(['sample', master], io)).toBe(0);
    expect(await main(['draft', master, '--department', 'd-support', '--out', draft], io)).toBe(0);
    const s = openPlan(draft);
    s.dispatch('updateTactic', { id: 't-sup-1-1', status: 'off_track' });
    s.close();
    const before = sha256(master);
    out.length = 0;
    expect(await main(['merge', master, draft, '--dry-run', '--json'], io)).toBe(0);
    const cs = JSON.parse(out.join(''));
    expect(cs.changes).toEqual([
      {
        key: 'update:tactic:t-sup-1-1',
        requires: [],
        op: 'update',
        kind: 'tactic',
        id: 't-sup-1-1',
        fields: { status: { before: expect.any(String), after: 'off_track' } },
      },
    ]);
    expect(Object.keys(cs)).toEqual(expect.arrayContaining(['changes', 'conflicts', 'rejected']));
    expect(sha256(master)).toBe(before);
    expect(await main(['merge', master, draft, '--accept-all'], io)).toBe(0);
    expect(
      openPlanAnd(master, (m) => m.dispatch('getPlan', {}).tactics.find((t) => t.id === 't-sup-1-1')!.status),
    ).toBe('off_track');
    out.length = 0;
    expect(await main(['merge', master, draft, '--dry-run'], io)).toBe(0);
    expect(out.join('')).toBe('Nothing new to merge: every change in this draft is already in the plan.\n');
    fs.writeFileSync(path.join(dir, 'junk.hoshin'), fs.readFileSync(draft).subarray(0, 3000));
    err.length = 0;
    expect(await main(['merge', master, path.join(dir, 'junk.hoshin'), '--dry-run'], io)).toBe(2);
    expect(err.join('')).toMatch(/^hoshin: junk\.hoshin is truncated/);
    expect(await main(['merge', master, master, '--dry-run'], io)).toBe(2);
    expect(err.join('')).toMatch(/m\.hoshin is a plan, not a department draft/);
  });
});

describe('who raised a note', () => {
  it('counts a note on an objective for the department whose draft raised it, from the issue record', () => {
    const f = fixture();
    const s = f.draft();
    let noteId: string;
    try {
      noteId = s.dispatch('addNote', {
        itemId: 'o1',
        kind: 'proposal',
        text: 'We cannot reach 9 % churn without the billing fix: propose 11 %.',
      }).id;
      expect(s.dispatch('getPlan', {}).notes.find((n) => n.id === noteId)!.departmentId).toBe('d-support');
    } finally {
      s.close();
    }
    // A hand-edited draft that claims the note for another department changes nothing: the record decides.
    const raw = new Database(f.draftFile);
    raw.prepare('update note set department_id = ? where id = ?').run('d-cs', noteId);
    raw.close();
    const openBefore = (d: string) =>
      f.master.dispatch('getDraftStatus', {}).find((x) => x.departmentId === d)!.openNotes;
    const csBefore = openBefore('d-cs');
    f.master.dispatch('mergeDraft', { draft: draftDoc(f), accept: 'all' });
    const merged = f.master.dispatch('getPlan', {}).notes.find((n) => n.id === noteId)!;
    expect(merged).toMatchObject({ itemId: 'o1', departmentId: 'd-support', answer: null });
    expect(openBefore('d-support')).toBe(1);
    expect(openBefore('d-cs')).toBe(csBefore);
    // Answered, it is no longer open; leadership's own note belongs to no department.
    f.master.dispatch('answerNote', { id: noteId, answer: 'Agreed: 11 % this year.' });
    expect(openBefore('d-support')).toBe(0);
    expect(
      f.master.dispatch('addNote', { itemId: 'o1', kind: 'question', text: 'Billing fix date?' }).departmentId,
    ).toBe(null);
    f.master.close();
  });
});
