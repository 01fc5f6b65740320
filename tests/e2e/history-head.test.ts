/**
 * The header's Undo names the last change whichever view made it: the review enters actuals through its own
 * calls, and the change's envelope carries the new history head to the header.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewState } from '../../contract/api.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the header’s Undo', () => {
  it('names an actual entered in the review, and undoes it', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/review`);
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await expect.poll(() => undo.getAttribute('title')).toBe('Nothing to undo');
    const input = page.getByLabel('Actual O4 2027-03', { exact: true });
    await input.click();
    await page.keyboard.type('66.5');
    await page.keyboard.press('Enter');
    await expect.poll(() => undo.getAttribute('title')).toBe('Undo Enter KPI value (Ctrl+Z)');
    await undo.click();
    await expect
      .poll(async () => {
        const review = await api<ReviewState>('getReview');
        return review.kpis.find((k) => k.itemId === 'o4')?.months.find((m) => m.month === '2027-03')?.actual;
      })
      .toBeNull();
    await expect.poll(() => undo.getAttribute('title')).toBe('Nothing to undo');
    expect(consoleErrors).toEqual([]);
  });
});
