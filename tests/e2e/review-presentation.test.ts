/**
 * The monthly review in presentation mode at 1920×1080: the bowling chart takes the width in large type, with no
 * editing chrome (hint, file loading, search, tolerance, tactic updates); P enters and Esc leaves.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the monthly review in presentation mode', () => {
  it('shows the bowling chart large across the screen, without editing chrome', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', { width: 1920, height: 1080 });
    await page.goto(url.replace(/#.*$/, '#/review'));
    const chart = page.locator('.rv-chart');
    await chart.waitFor();
    const actual = page.getByLabel('Actual O1 2027-01', { exact: true });
    const size = () => actual.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    const before = { font: await size(), width: (await chart.boundingBox())!.width };
    for (const selector of ['.rv-hint', '.rv-actuals', '.find-field', '.rv-tolerance', '.rv-tactics-section']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(true);
    }

    await page.locator('#review-heading').click();
    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['presentation'] ?? null)).toBe('on');
    for (const selector of [
      '.nav-rail',
      '.inspector',
      '.rv-hint',
      '.rv-actuals',
      '.find-field',
      '.rv-tolerance',
      '.rv-tactics-section',
      '.rv-prompt',
    ]) {
      await expect.poll(() => page.locator(selector).first().isVisible(), { message: selector }).toBe(false);
    }
    // Readable across a room: the actuals at least 1.5× their size at the desk, the chart as wide as the screen.
    await expect.poll(size).toBeGreaterThanOrEqual(before.font * 1.5);
    const box = (await chart.boundingBox())!;
    expect(box.width).toBeGreaterThan(Math.max(before.width, 1920 * 0.9));
    // Still the same chart: statuses and the countermeasures, in words on the page.
    expect(await page.locator('.rv-cell[data-status="red"]').count()).toBeGreaterThan(0);
    expect(await page.locator('.rv-cm-section').isVisible()).toBe(true);

    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['presentation'] ?? null)).toBe(null);
    expect(await page.locator('.rv-hint').isVisible()).toBe(true);
    expect(consoleErrors).toEqual([]);
  }, 60_000);
});
