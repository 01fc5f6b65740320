/** Catchball in web mode: a department's returned draft reviewed and partly merged through the merge screen. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DraftStatus } from '../../contract/catchball.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { openPlan } from '../../services/plan-files.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Issues Support's draft through the running server's HTTP API (the served plan holds the write lock, so a
 * second writer would be refused), saves it beside the plan and edits it as the department would.
 */
async function issueOverHttp(url: string, token: string, department: string, draftFile: string): Promise<void> {
  const res = await fetch(new URL('/api/draft', url), {
    method: 'POST',
    headers: { 'X-Hoshin-Token': token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ department }),
  });
  expect(res.status).toBe(200);
  fs.writeFileSync(draftFile, Buffer.from(await res.arrayBuffer()));
}

async function supportDraft(masterFile: string, url: string, token: string): Promise<string> {
  const draftFile = path.join(path.dirname(masterFile), 'support-draft.hoshin');
  await issueOverHttp(url, token, 'd-support', draftFile);
  const draft = openPlan(draftFile);
  try {
    draft.dispatch('updateGoal', { id: 'g-sup-1', title: 'Resolve it the first time' });
    draft.dispatch('createTactic', {
      id: 't-sup-new',
      departmentId: 'd-support',
      title: 'Callback within one hour',
      supports: [{ goalId: 'g-sup-1', strength: 'strong' }],
    });
  } finally {
    draft.close();
  }
  return draftFile;
}

describe('catchball', () => {
  it('reviews a returned draft, merges the accepted change and leaves the rejected ones out', async () => {
    const { page, url, token, api, file, consoleErrors } = await openWebMode(browser);
    const draftFile = await supportDraft(file, url, token);
    await page.goto(url);
    await page.locator('[data-kind="objective"]').first().waitFor();

    await page.goto(new URL('#/merge', url).href);
    await page.getByRole('button', { name: 'Choose a returned draft…' }).waitFor();
    await page.setInputFiles('input[type="file"]', draftFile);
    const apply = page.getByRole('button', { name: /^Apply \d+ changes?$/ });
    await expect.poll(() => apply.textContent()).toBe('Apply 3 changes');
    expect(await page.locator('[data-change-key]').count()).toBe(3);

    // The new tactic and its link go together: rejecting the tactic rejects the link that needs it.
    await page
      .locator('[data-change-key="add:tactic:t-sup-new"]')
      .getByRole('button', { name: /^Reject/ })
      .click();
    const link = page.locator('[data-change-key="link:tactic-goal:t-sup-new>g-sup-1"]');
    await expect.poll(() => link.getAttribute('data-rejected-with')).toBe('add:tactic:t-sup-new');
    expect(await link.getByRole('checkbox').isChecked()).toBe(false);
    expect(await link.getByRole('checkbox').isDisabled()).toBe(true);
    await expect.poll(() => apply.textContent()).toBe('Apply 1 change');
    await apply.click();

    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain("Merged 1 change from Support's draft");
    const after = await api<PlanDocument>('getPlan');
    expect(after.goals.find((g) => g.id === 'g-sup-1')!.title).toBe('Resolve it the first time');
    expect(after.tactics.some((t) => t.id === 't-sup-new')).toBe(false);
    const status = (await api<DraftStatus[]>('getDraftStatus')).find((s) => s.departmentId === 'd-support')!;
    expect(status.returnedAt).not.toBeNull();
    expect(status.mergedChanges).toBe(1);

    // Send draft… in web mode POSTs (issuing is a recorded change) and saves the answered file.
    await page.goto(new URL('#/departments', url).href);
    const send = page.getByRole('button', { name: 'Send draft… to Support' });
    const [download] = await Promise.all([page.waitForEvent('download'), send.click()]);
    expect(download.suggestedFilename()).toMatch(/ - Support draft\.hoshin$/);
    const saved = path.join(path.dirname(file), 'downloaded-draft.hoshin');
    await download.saveAs(saved);
    expect(fs.readFileSync(saved).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const history = await api<{ undoLabel: string | null }>('getHistory');
    expect(history.undoLabel).toBe("Issue draft for 'Support'");
    // The header's Undo names it without another change first.
    await expect
      .poll(() => page.getByRole('button', { name: 'Undo', exact: true }).getAttribute('title'))
      .toBe("Undo Issue draft for 'Support' (Ctrl+Z)");
    expect(consoleErrors).toEqual([]);
  });

  it('reviews a per-field conflict and a rejected added goal with the links that need it', async () => {
    const { page, url, token, api, file, consoleErrors } = await openWebMode(browser);
    const draftFile = path.join(path.dirname(file), 'support-draft.hoshin');
    await issueOverHttp(url, token, 'Support', draftFile);
    const draft = openPlan(draftFile);
    try {
      draft.dispatch('updateGoal', { id: 'g-sup-1', title: 'Draft title', owner: 'Nadia Petrova' });
      draft.dispatch('createGoal', {
        id: 'g-sup-new',
        departmentId: 'd-support',
        code: 'SUP-9',
        title: 'Publish fixes customers can apply',
        supports: [{ objectiveId: 'o3', strength: 'medium' }],
      });
      draft.dispatch('setLink', { kind: 'tactic-goal', fromId: 't-sup-1-1', toId: 'g-sup-new', strength: 'weak' });
    } finally {
      draft.close();
    }
    await api('updateGoal', { id: 'g-sup-1', title: 'Leadership title' });

    await page.goto(new URL('#/merge', url).href);
    await page.getByRole('button', { name: 'Choose a returned draft…' }).waitFor();
    await page.setInputFiles('input[type="file"]', draftFile);
    const apply = page.getByRole('button', { name: /^Apply \d+ changes?$/ });
    await expect.poll(() => apply.textContent()).toBe('Apply 4 changes');

    // The title conflicts; the owner, changed only in the draft, is an ordinary update of the same goal.
    const changes = page.getByRole('list', { name: 'Changes by item' });
    const conflicts = page.getByRole('list', { name: 'Conflicts' });
    const update = changes.locator('[data-change-key="update:goal:g-sup-1"]');
    await expect.poll(() => update.textContent()).toContain('Nadia Petrova');
    expect(await update.textContent()).not.toContain('Draft title');
    const conflict = conflicts.locator('[data-change-key="update:goal:g-sup-1"]');
    const rows = conflict.locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().textContent()).toMatch(/Title.*Cut repeat contacts.*Draft title.*Leadership title/);

    // Rejecting the added goal rejects both links that need it; they cannot be accepted on their own.
    await changes
      .locator('[data-change-key="add:goal:g-sup-new"]')
      .getByRole('button', { name: /^Reject/ })
      .click();
    for (const key of ['link:goal-objective:g-sup-new>o3', 'link:tactic-goal:t-sup-1-1>g-sup-new']) {
      const link = changes.locator(`[data-change-key="${key}"]`);
      await expect.poll(() => link.getAttribute('data-rejected-with')).toBe('add:goal:g-sup-new');
      expect(await link.getByRole('checkbox').isDisabled()).toBe(true);
      expect(await link.getByRole('checkbox').isChecked()).toBe(false);
      expect(await link.textContent()).toContain('Rejected with goal SUP-9 Publish fixes customers can apply');
      expect(await link.textContent()).not.toContain('g-sup-new');
    }
    await expect.poll(() => apply.textContent()).toBe('Apply 1 change');
    await apply.click();
    await expect
      .poll(() => page.getByRole('status').first().textContent())
      .toContain("Merged 1 change from Support's draft");

    const after = await api<PlanDocument>('getPlan');
    expect(after.goals.find((g) => g.id === 'g-sup-1')).toMatchObject({
      title: 'Leadership title',
      owner: 'Nadia Petrova',
    });
    expect(after.goals.some((g) => g.id === 'g-sup-new')).toBe(false);
    expect(after.tactics.find((t) => t.id === 't-sup-1-1')!.supports.some((s) => s.goalId === 'g-sup-new')).toBe(false);
    expect(consoleErrors).toEqual([]);
  });

  it('says clearly when the chosen file is not a readable draft', async () => {
    const { page, url, token, file } = await openWebMode(browser);
    const draftFile = await supportDraft(file, url, token);
    const truncated = path.join(path.dirname(file), 'truncated.hoshin');
    const bytes = fs.readFileSync(draftFile);
    fs.writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length / 3)));
    await page.goto(url);
    await page.locator('[data-kind="objective"]').first().waitFor();
    await page.goto(new URL('#/merge', url).href);
    await page.setInputFiles('input[type="file"]', truncated);
    await expect.poll(() => page.getByRole('alert').textContent()).toMatch(/\S/);
    expect(await page.locator('[data-change-key]').count()).toBe(0);
  });
});
