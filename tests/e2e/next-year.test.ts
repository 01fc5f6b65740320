/** Start Next Year's Plan… in web mode: the dialog's live preview, a refused year, and the downloaded file. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlanDocument, withPlanForReading, writePlanFile } from '../../services/plan-files.ts';
import { rolloverPlan } from '../../services/rollover.ts';
import { sha256, tempDir } from '../helpers/temp.ts';
import { launchBrowser, openWebMode, serveInWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('Start next year’s plan (web mode)', () => {
  it('previews what is carried, refuses a year that is not later, and downloads the new plan', async () => {
    const { page, url, file } = await openWebMode(browser);
    await page.goto(url);
    await page.locator('main[data-view="cascade"]').waitFor();
    const before = sha256(file);

    await page.keyboard.press('Control+k');
    await page.keyboard.type('next year');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Start next year’s plan' });
    await dialog.waitFor();
    const year = dialog.getByLabel('Year of the new plan');
    expect(await year.inputValue()).toBe('2028');
    const summary = dialog.locator('[data-rollover-summary]');
    await expect
      .poll(() => summary.innerText())
      .toContain(
        'Customer Experience Plan 2028 (2028-01-01 to 2028-12-31) carries 2 of 2 breakthrough objectives, 3 of 3 annual objectives, 16 of 17 goals, 23 of 35 tactics.',
      );
    expect(await summary.innerText()).toContain('3 KPI baselines set from the last actuals; 23 due dates');

    await dialog.getByRole('radio', { name: /Everything/ }).check();
    await expect.poll(() => summary.innerText()).toContain('17 of 17 goals, 35 of 35 tactics');

    // A year that does not come after the plan's is refused in plain words, and nothing can be created.
    await year.fill('2027');
    await expect
      .poll(() => dialog.getByRole('alert').innerText())
      .toBe(
        "the year 2027 does not come after this plan's period (2027-01-01 to 2027-12-31): give a later year, such as 2028",
      );
    const create = dialog.getByRole('button', { name: 'Download next year’s plan' });
    expect(await create.isDisabled()).toBe(true);
    await year.fill('2028');
    await expect.poll(() => create.isDisabled()).toBe(false);

    const [download] = await Promise.all([page.waitForEvent('download'), create.click()]);
    expect(download.suggestedFilename()).toBe('Customer Experience Plan 2028.hoshin');
    const saved = path.join(path.dirname(file), 'next.hoshin');
    await download.saveAs(saved);
    await expect
      .poll(() => page.locator('.notice').innerText())
      .toContain('Downloaded Customer Experience Plan 2028.hoshin');
    expect(await dialog.isVisible()).toBe(false);

    const next = withPlanForReading(saved, (s) => s.store.loadDocument());
    expect(next.plan).toMatchObject({ title: 'Customer Experience Plan 2028', periodStart: '2028-01-01' });
    expect(next.tactics).toHaveLength(35);
    expect(next.tactics.every((t) => typeof t.carriedFrom === 'string')).toBe(true);
    expect(next.review.months).toEqual([]);
    // The served plan was only read.
    expect(sha256(file)).toBe(before);
    expect(fs.existsSync(saved)).toBe(true);
  });

  it('says in the inspector which items were carried over, and not of an item made in the new plan', async () => {
    const dir = tempDir();
    const old = path.join(dir, 'plan-2027.hoshin');
    writePlanFile(old, samplePlanDocument());
    const next = path.join(dir, 'plan-2028.hoshin');
    rolloverPlan({ source: old, out: next, period: '2028', carry: 'unfinished', force: false });
    const carriedGoal = withPlanForReading(next, (s) => s.store.loadDocument()).goals.find((g) => g.code === 'CS-1')!;
    const fx = await serveInWebMode(browser, next);
    const fresh = await fx.api<{ id: string }>('createGoal', { departmentId: 'd-cs', title: 'A goal of the new year' });
    const { page } = fx;
    await page.goto(fx.url);
    await page.locator('main[data-view="cascade"]').waitFor();
    await page.locator(`[role="treeitem"][data-item-id="${carriedGoal.id}"]`).first().click();
    await page.locator(`.inspector [data-inspected-id="${carriedGoal.id}"]`).waitFor();
    expect(await page.locator('.inspector [data-carried]').innerText()).toBe(
      'Carried over from the previous period’s plan.',
    );
    await page.locator(`[role="treeitem"][data-item-id="${fresh.id}"]`).first().click();
    await page.locator(`.inspector [data-inspected-id="${fresh.id}"]`).waitFor();
    expect(await page.locator('.inspector [data-carried]').count()).toBe(0);
    expect(fx.consoleErrors).toEqual([]);
  });
});
