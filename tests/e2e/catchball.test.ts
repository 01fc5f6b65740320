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
async function supportDraft(masterFile: string, url: string, token: string): Promise<string> {
  const draftFile = path.join(path.dirname(masterFile), 'support-draft.hoshin');
  const res = await fetch(new URL('/api/draft?departmentId=d-support', url), {
    headers: { 'X-Hoshin-Token': token },
  });
  expect(res.status).toBe(200);
  fs.writeFileSync(draftFile, Buffer.from(await res.arrayBuffer()));
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

    await page.goto(new URL('#/departments', url).href);
    const send = page.getByRole('link', { name: 'Send draft… to Support' });
    expect(await send.getAttribute('href')).toBe('/api/draft?departmentId=d-support');

    await page.goto(new URL('#/merge', url).href);
    await page.getByRole('button', { name: 'Choose a returned draft…' }).waitFor();
    await page.setInputFiles('input[type="file"]', draftFile);
    const apply = page.getByRole('button', { name: /^Apply \d+ changes?$/ });
    await expect.poll(() => apply.textContent()).toBe('Apply 3 changes');
    expect(await page.locator('[data-change-key]').count()).toBe(3);

    // The new tactic and its link go together: rejecting only the tactic would leave the link nothing to join.
    await page
      .locator('[data-change-key="add:tactic:t-sup-new"]')
      .getByRole('button', { name: /^Reject/ })
      .click();
    await page.locator('[data-change-key="link:tactic-goal:t-sup-new>g-sup-1"]').getByRole('checkbox').uncheck();
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
