/**
 * The master trusts only its own record of what it issued: forged drafts (rewritten with sqlite, a forged base,
 * hand-written JSON) are refused or have their foreign edits rejected, never applied. Real files throughout.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { canonicalJson } from '../../core/draft-issue.ts';
import { stringifyPlan } from '../../core/plan-json.ts';
import { issueDraft } from '../../services/issue-draft.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { readDraftDocument } from '../../services/read-draft.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

function fixture() {
  const dir = tempDir();
  const masterFile = path.join(dir, 'master.hoshin');
  const draftFile = path.join(dir, 'support.hoshin');
  writePlanFile(masterFile, samplePlanDocument());
  const master = openPlan(masterFile);
  const issued = issueDraft(master, 'Support', draftFile, { now: () => new Date('2027-01-10T09:00:00Z') });
  master.close();
  return { dir, masterFile, draftFile, issued };
}

function refusal(fn: () => unknown): HoshinError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(HoshinError);
    return err as HoshinError;
  }
  throw new Error('expected a refusal');
}

async function cli(args: string[]) {
  const { main } = await import('../../cli/main.ts');
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, {
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    readStdin: () => '',
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const withMaster = <T>(file: string, fn: (s: ReturnType<typeof openPlan>) => T): T => {
  const s = openPlan(file);
  try {
    return fn(s);
  } finally {
    s.close();
  }
};

describe('the issue record', () => {
  it('records draft id, department, plan, base hash and issue time in the master', () => {
    const { masterFile, draftFile, issued } = fixture();
    const draft = readDraftDocument(draftFile);
    const raw = new Database(masterFile, { readonly: true });
    const row = raw.prepare('select * from draft_issue').get() as Record<string, unknown>;
    raw.close();
    const expectedHash = createHash('sha256').update(canonicalJson(draft.draft!.base)).digest('hex');
    expect(row).toMatchObject({
      draft_id: issued.draftId,
      department_id: 'd-support',
      plan_id: 'sample-cx-2027',
      issued_at: '2027-01-10T09:00:00.000Z',
      base_hash: expectedHash,
    });
  });

  it('makes issuing one undo step: undo removes the record, and the draft is then refused', () => {
    const { dir, masterFile } = fixture();
    const itDraft = path.join(dir, 'it.hoshin');
    withMaster(masterFile, (s) => {
      const issued = issueDraft(s, 'it', itDraft);
      expect(issued).toMatchObject({ departmentId: 'd-it', departmentName: 'IT' });
      expect(s.dispatch('getHistory', {})).toMatchObject({ undoDepth: 1, undoLabel: "Issue draft for 'IT'" });
      expect(s.store.draftIssue(issued.draftId)).toBeDefined();
      s.dispatch('undo', {});
      expect(s.store.draftIssue(issued.draftId)).toBeUndefined();
      const refused = refusal(() => s.dispatch('reviewDraft', { draft: readDraftDocument(itDraft) }));
      expect(refused.message).toBe(
        'master.hoshin has no record of issuing this draft (it was not issued from this plan, or its issue was undone), so nothing was merged. Issue a new draft from this plan.',
      );
    });
  });

  it('leaves no record when the draft file cannot be written', () => {
    const { dir, masterFile } = fixture();
    withMaster(masterFile, (s) => {
      const before = s.store.draftIssues().length;
      expect(() => issueDraft(s, 'd-it', path.join(dir, 'no-such-folder', 'it.hoshin'))).toThrow(HoshinError);
      expect(s.store.draftIssues()).toHaveLength(before);
    });
  });

  it('takes the issue time from the record, not from the draft', () => {
    const { masterFile, draftFile } = fixture();
    const raw = new Database(draftFile);
    raw.prepare("update draft_info set issued_at = '2020-01-01T00:00:00.000Z'").run();
    raw.close();
    const cs = withMaster(masterFile, (s) => s.dispatch('reviewDraft', { draft: readDraftDocument(draftFile) }));
    expect(cs.issuedAt).toBe('2027-01-10T09:00:00.000Z');
  });
});

describe('forged drafts', () => {
  it('refuses a draft whose department was rewritten with sqlite, applying nothing (CLI --accept-all)', async () => {
    const { masterFile, draftFile } = fixture();
    const raw = new Database(draftFile);
    raw.exec(`update draft_info set department_id = 'd-cs';
              update goal set title = 'Taken over' where id = 'g-cs-1';`);
    raw.close();
    const before = sha256(masterFile);
    const r = await cli(['merge', masterFile, draftFile, '--accept-all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'hoshin: This draft says it belongs to Customer Success, but master.hoshin issued it to Support on 2027-01-10: the draft file has been altered, so nothing was merged.\n',
    );
    expect(sha256(masterFile)).toBe(before);
  });

  it('refuses a draft whose base_json was forged to make another department’s goal its own', async () => {
    const { masterFile, draftFile } = fixture();
    const raw = new Database(draftFile);
    const base = JSON.parse(
      (raw.prepare('select base_json from draft_info').get() as { base_json: string }).base_json,
    ) as PlanDocument;
    base.goals.find((g) => g.id === 'g-cs-1')!.departmentId = 'd-support';
    raw.prepare('update draft_info set base_json = ?').run(JSON.stringify(base));
    raw.exec(`update goal set department_id = 'd-support', title = 'Taken over' where id = 'g-cs-1'`);
    raw.close();
    const before = sha256(masterFile);
    const r = await cli(['merge', masterFile, draftFile, '--accept-all']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'hoshin: The plan this draft says it started from is not the one master.hoshin issued to Support on 2027-01-10: the draft file has been altered, so nothing was merged.\n',
    );
    expect(sha256(masterFile)).toBe(before);
  });

  it('lists a hand-written JSON draft’s edits to other departments as rejected and never applies them', async () => {
    const { dir, masterFile, draftFile } = fixture();
    const doc = JSON.parse(stringifyPlan(readDraftDocument(draftFile))) as PlanDocument;
    doc.goals.find((g) => g.id === 'g-cs-1')!.title = 'Taken over';
    doc.goals.find((g) => g.id === 'g-sup-1')!.owner = 'Nadia Petrova';
    doc.tactics.push({
      ...doc.tactics.find((t) => t.departmentId === 'd-cs')!,
      id: 't-forged',
      code: 'CS-9.9',
      title: 'Filed under Customer Success',
      supports: [],
    });
    const handWritten = path.join(dir, 'hand.json');
    fs.writeFileSync(handWritten, JSON.stringify(doc, null, 2));
    const dry = await cli(['merge', masterFile, handWritten, '--dry-run', '--json']);
    expect(dry.code).toBe(0);
    const cs = JSON.parse(dry.stdout) as { changes: { key: string }[]; rejected: { id: string; reason: string }[] };
    expect(cs.changes.map((c) => c.key)).toEqual(['update:goal:g-sup-1']);
    expect(cs.rejected.map((r) => [r.id, r.reason])).toEqual([
      ['g-cs-1', 'only Support’s own goals and tactics can change in its draft'],
      ['t-forged', 'only Support’s own goals and tactics can change in its draft'],
    ]);
    expect((await cli(['merge', masterFile, handWritten, '--accept-all'])).code).toBe(0);
    const after = withMaster(masterFile, (s) => s.dispatch('getPlan', {}));
    expect(after.goals.find((g) => g.id === 'g-cs-1')!.title).not.toBe('Taken over');
    expect(after.tactics.some((t) => t.id === 't-forged')).toBe(false);
    expect(after.goals.find((g) => g.id === 'g-sup-1')!.owner).toBe('Nadia Petrova');
  });

  it('refuses a hand-written JSON draft with a made-up id or another department', async () => {
    const { dir, masterFile, draftFile } = fixture();
    const doc = JSON.parse(stringifyPlan(readDraftDocument(draftFile))) as PlanDocument;
    const before = sha256(masterFile);
    const madeUp = path.join(dir, 'made-up.json');
    fs.writeFileSync(madeUp, JSON.stringify({ ...doc, draft: { ...doc.draft!, id: 'forged-draft' } }));
    const r1 = await cli(['merge', masterFile, madeUp, '--accept-all']);
    expect(r1.code).toBe(2);
    expect(r1.stderr).toMatch(/^hoshin: master\.hoshin has no record of issuing this draft/);
    const otherDept = path.join(dir, 'other-dept.json');
    fs.writeFileSync(otherDept, JSON.stringify({ ...doc, draft: { ...doc.draft!, departmentId: 'd-it' } }));
    const r2 = await cli(['merge', masterFile, otherDept, '--accept-all']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain('This draft says it belongs to IT, but master.hoshin issued it to Support');
    expect(r2.stderr).not.toMatch(/d-it|d-support|forged-draft/);
    expect(sha256(masterFile)).toBe(before);
  });
});
