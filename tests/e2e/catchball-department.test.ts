/**
 * Catchball from the department's side, in web mode: a draft shows leadership's parts disabled with the reason,
 * takes a note on a read-only objective, keeps the department's own goals editable; and in the master, a note
 * shows as a badge on its item and is answered from the inspector.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Note, PlanDocument } from '../../contract/plan-format.ts';
import { issueDraft } from '../../services/issue-draft.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';
import { launchBrowser, serveInWebMode, settled, type WebModeFixture } from './web-mode.ts';

const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const REASON = 'Set by leadership: add a note to propose a change';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Serves `file` in web mode and opens it at 1440×900, waiting for the cascade. */
async function serve(file: string): Promise<WebModeFixture> {
  const served = await serveInWebMode(browser, file);
  await served.page.goto(served.url);
  await served.page.locator('[role="treeitem"][data-kind="objective"]').first().waitFor();
  return served;
}

/** The sample plan as a master file, and Support's draft of it beside it. */
function masterAndDraft(): { master: string; draft: string } {
  const dir = tempDir();
  const master = path.join(dir, 'plan.hoshin');
  writePlanFile(master, samplePlanDocument());
  const draft = path.join(dir, 'support-draft.hoshin');
  const store = openPlan(master);
  try {
    issueDraft(store, 'd-support', draft);
  } finally {
    store.close();
  }
  return { master, draft };
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type V = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: V[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

describe('catchball, the department side', () => {
  it('shows a read-only objective disabled with the reason, takes a note on it, and keeps own goals editable', async () => {
    const { draft } = masterAndDraft();
    const { page, url, api, consoleErrors } = await serve(draft);
    const inspector = page.locator('.inspector');

    // The banner says whose draft it is and how to hand it back.
    const banner = page.getByRole('region', { name: 'Department draft' });
    await expect.poll(() => banner.textContent()).toContain('Support’s draft');
    expect(await banner.getByRole('link', { name: 'Download the draft' }).getAttribute('href')).toBe('/api/download');

    // Leadership's objective: every field disabled, the reason beside them, before anything is typed.
    await page.locator('[role="treeitem"][data-kind="objective"][data-item-id="o3"]').first().click();
    await inspector.locator('[data-inspected-id="o3"]').waitFor();
    const title = inspector.getByLabel('Title', { exact: true });
    expect(await title.isDisabled()).toBe(true);
    expect(await inspector.getByLabel('Horizon').isDisabled()).toBe(true);
    expect(await inspector.getByRole('button', { name: 'Delete objective' }).isDisabled()).toBe(true);
    expect(await inspector.locator('[data-lock-reason]').textContent()).toContain(REASON);
    expect(await page.getByRole('button', { name: 'Add objective' }).isDisabled()).toBe(true);

    // The reason's button opens the note form on the objective.
    await inspector.locator('[data-lock-reason]').getByRole('button', { name: 'Add a note' }).click();
    const text = inspector.getByLabel('Note', { exact: true });
    await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
    await inspector.getByRole('radio', { name: 'Proposal' }).check();
    await text.fill('We cannot reach 9 % churn without the billing fix: propose 11 %.');
    await inspector.getByLabel('Your name (optional)').fill('Rahul Mehta');
    await inspector.getByRole('button', { name: 'Add note' }).click();

    const entry = inspector.locator('.item-notes [data-note-kind="proposal"]');
    await expect.poll(() => entry.textContent()).toContain('propose 11 %');
    expect(await entry.textContent()).toContain('Waiting for leadership’s answer.');
    await expect
      .poll(() =>
        page.locator('[role="treeitem"][data-item-id="o3"] [data-open-notes]').first().getAttribute('data-open-notes'),
      )
      .toBe('1');
    const notes = (await api<PlanDocument>('getPlan')).notes;
    expect(notes.map((n) => [n.itemId, n.kind, n.author])).toEqual([['o3', 'proposal', 'Rahul Mehta']]);

    await settled(page);
    expect(await axeViolations(page)).toEqual([]);

    // The department's own goal stays editable, and saves.
    await page.locator('[role="treeitem"][data-kind="goal"][data-item-id="g-sup-1"]').first().click();
    await inspector.locator('[data-inspected-id="g-sup-1"]').waitFor();
    expect(await inspector.locator('[data-lock-reason]').count()).toBe(0);
    const goalTitle = inspector.getByLabel('Title', { exact: true });
    expect(await goalTitle.isDisabled()).toBe(false);
    await goalTitle.fill('Resolve it the first time');
    await goalTitle.press('Enter');
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).goals.find((g) => g.id === 'g-sup-1')?.title)
      .toBe('Resolve it the first time');

    // Another department's goal is read only too, with its own reason.
    await page.locator('[role="treeitem"][data-kind="goal"][data-item-id="g-cs-1"]').first().click();
    await inspector.locator('[data-inspected-id="g-cs-1"]').waitFor();
    expect(await inspector.getByLabel('Title', { exact: true }).isDisabled()).toBe(true);
    expect(await inspector.locator('[data-lock-reason]').textContent()).toContain('add a note to propose a change');

    // F2 on leadership's row opens no editor: it says why and offers the note form instead.
    const objectiveRow = page.locator('[role="treeitem"][data-kind="objective"][data-item-id="o1"]').first();
    await objectiveRow.click();
    await objectiveRow.press('F2');
    const notice = page.locator('.notice');
    await expect.poll(() => notice.textContent()).toContain(REASON);
    expect(await page.locator('.orow__editor').count()).toBe(0);
    await notice.getByRole('button', { name: 'Add a note' }).click();
    await inspector.locator('[data-inspected-id="o1"]').waitFor();
    await expect
      .poll(() => inspector.getByLabel('Note', { exact: true }).evaluate((el) => el === document.activeElement))
      .toBe(true);

    // The Notes view lists the note: item code and title, kind, text, author.
    await page.goto(new URL('#/notes', url).href);
    const listed = page.locator('.notes-panel [data-note-id]');
    await expect.poll(() => listed.count()).toBe(1);
    const line = await listed.textContent();
    expect(line).toContain('O3 Make getting help and managing the account effortless');
    expect(line).toContain('Proposal');
    expect(line).toContain('Rahul Mehta');
    expect(line).toContain('propose 11 %');
    await settled(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('in the master, shows a note as a badge on its item and answers it from the inspector', async () => {
    const { master } = masterAndDraft();
    const { page, api, consoleErrors } = await serve(master);
    const note = await api<Note>('addNote', {
      itemId: 'g-sup-1',
      kind: 'question',
      text: 'Does "repeat contact" include chat?',
      author: 'Rahul Mehta',
    });
    await page.reload();
    const row = page.locator('[role="treeitem"][data-kind="goal"][data-item-id="g-sup-1"]').first();
    await expect.poll(() => row.locator('[data-open-notes]').getAttribute('data-open-notes')).toBe('1');

    await row.click();
    const inspector = page.locator('.inspector');
    await inspector.locator('[data-inspected-id="g-sup-1"]').waitFor();
    expect(await inspector.locator('.inspector__kind [data-open-notes]').getAttribute('data-open-notes')).toBe('1');
    const entry = inspector.locator(`[data-note-id="${note.id}"]`);
    await entry.getByLabel(/^Answer to the question/).fill('Yes: chat, mail and phone alike.');
    await entry.getByRole('button', { name: 'Answer' }).click();

    await expect.poll(() => entry.textContent()).toContain('Yes: chat, mail and phone alike.');
    await expect.poll(() => row.locator('[data-open-notes]').count()).toBe(0);
    const answered = (await api<PlanDocument>('getPlan')).notes.find((n) => n.id === note.id)!;
    expect(answered.answer).toBe('Yes: chat, mail and phone alike.');
    expect(answered.answeredAt).not.toBeNull();
    expect(consoleErrors).toEqual([]);
  });
});
