/** The X-matrix in web mode: correlation cells carry their ids and strength, and a click cycles the link. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const strengthOf = async (api: <T>(op: string) => Promise<T>, from: string, to: string) =>
  (await api<PlanDocument>('getPlan')).objectives.find((o) => o.id === from)?.supports.find((s) => s.objectiveId === to)
    ?.strength ?? 'none';

describe('X-matrix', () => {
  it('shows the sample correlations and cycles an annual × breakthrough cell through setLink and removeLink', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/xmatrix`);
    const cell = page.locator('[data-row-id="o5"][data-col-id="o2"]');
    await cell.waitFor();
    expect(await cell.getAttribute('data-strength')).toBe('none');
    expect(await page.locator('[data-row-id="o3"][data-col-id="o1"]').getAttribute('data-strength')).toBe('strong');
    expect(await page.locator('[data-row-id="o3"][data-col-id="o2"]').getAttribute('data-strength')).toBe('medium');
    expect(await page.getByRole('button', { name: 'O5 × O2: none' }).count()).toBe(1);

    await cell.click();
    await expect.poll(() => cell.getAttribute('data-strength')).toBe('weak');
    await expect.poll(() => strengthOf(api, 'o5', 'o2')).toBe('weak');
    await cell.click();
    await expect.poll(() => strengthOf(api, 'o5', 'o2')).toBe('medium');
    await cell.click();
    await expect.poll(() => strengthOf(api, 'o5', 'o2')).toBe('strong');
    await cell.click();
    await expect.poll(() => strengthOf(api, 'o5', 'o2')).toBe('none');
    await expect.poll(() => cell.getAttribute('data-strength')).toBe('none');
    expect(await cell.textContent()).toBe('');
    expect(consoleErrors).toEqual([]);
  });

  it('edits goal × objective links and highlights a goal that serves nothing', async () => {
    const { page, url, api } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/xmatrix`);
    // MKT-2 supports no objective in the sample: its row is an unmet need.
    const title = page.locator('.xm-title[data-item-id="g-mkt-2"]');
    await title.waitFor();
    await expect.poll(() => title.getAttribute('data-gap')).toBe('true');
    const cell = page.locator('[data-row-id="g-mkt-2"][data-col-id="o2"]');
    await cell.click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).goals.find((g) => g.id === 'g-mkt-2')?.supports)
      .toEqual([{ objectiveId: 'o2', strength: 'weak' }]);
    await expect.poll(() => title.getAttribute('data-gap')).toBeNull();

    // The orientation is remembered across a reload.
    await page.getByLabel('Breakthroughs').selectOption('top');
    await page.reload();
    await expect.poll(() => page.locator('.xm-grid').getAttribute('data-orientation')).toBe('top');
  });
});
