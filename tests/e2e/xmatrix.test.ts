/**
 * The X-matrix in web mode: correlation cells carry their ids and strength, a click or Space cycles the link,
 * arrow keys move between cells, and Ctrl/Cmd+F finds rows and columns.
 */
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

  it('moves between cells with the arrow keys and cycles a link with Space', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/xmatrix`);
    const start = page.locator('[data-row-id="o5"][data-col-id="o2"]');
    await start.waitFor();
    await start.focus();
    const focusedCell = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.getAttribute('data-row-id')
          ? `${el.getAttribute('data-row-id')} ${el.getAttribute('data-col-id')}`
          : null;
      });
    expect(await focusedCell()).toBe('o5 o2');
    await page.keyboard.press('Space');
    await expect.poll(() => strengthOf(api, 'o5', 'o2')).toBe('weak');
    await expect.poll(() => start.getAttribute('data-strength')).toBe('weak');
    // The focus stays on the cell after the plan reloads, and arrow keys leave it for its neighbours.
    await expect.poll(focusedCell).toBe('o5 o2');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focusedCell).not.toBe('o5 o2');
    const left = await focusedCell();
    expect(left).toMatch(/^o\d+ o2$/);
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedCell).toBe('o5 o2');
    // Up: the breakthrough row above (O1, served by the same annual objective), then across the box to the
    // last goal row, in the same column.
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedCell).toBe('o5 o1');
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedCell).toMatch(/^g-[a-z]+-\d+ o5$/);
    // Only the focused cell is in the Tab order.
    expect(await page.locator('.xm-grid [data-strength][tabindex="0"]').count()).toBe(1);
    // A title or a KPI heading opens its item in the inspector, its text in full.
    await page.locator('.xm-title[data-item-id="g-sales-2"]').click();
    await expect
      .poll(() => page.locator('.inspector').textContent())
      .toContain('Hand every new customer over warmly to Customer Success');
    await page.locator('.xm-colhead[data-col-id="kpi:o3"]').click();
    await expect.poll(() => page.locator('.inspector').textContent()).toContain('Customer Effort Score');
    expect(consoleErrors).toEqual([]);
  });

  it('finds rows and columns with Ctrl+F: matches marked, Enter goes to each, Esc closes and returns to the matrix', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/xmatrix`);
    const scroll = page.locator('.xm-scroll');
    await page.locator('.xm-grid [data-strength]').first().waitFor();
    await scroll.focus();
    await page.keyboard.press('Control+f');
    const field = page.locator('main.workarea [data-find-field]');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('mkt');
    const marked = page.locator('.xm-grid [data-find-match]');
    await expect.poll(() => marked.count()).toBeGreaterThanOrEqual(3);
    const texts = await marked.evaluateAll((els) => els.map((e) => e.textContent ?? ''));
    for (const text of texts) expect(text.toLowerCase()).toContain('mkt');
    expect(await page.locator('.xm-title[data-item-id="g-mkt-1"][data-find-match]').count()).toBe(1);
    expect(await page.locator('.xm-title[data-item-id="g-mkt-2"][data-find-match]').count()).toBe(1);
    expect(await page.locator('.xm-title[data-item-id="g-cs-1"][data-find-match]').count()).toBe(0);

    const current = page.locator('.xm-grid [data-find-match="current"]');
    expect(await current.count()).toBe(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => current.count()).toBe(1);
    const first = await current.evaluate((e) => e.getAttribute('data-item-id') ?? e.getAttribute('data-col-id'));
    await expect.poll(() => page.locator('[data-find-count]').textContent()).toBe(`1 of ${texts.length}`);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => current.evaluate((e) => e.getAttribute('data-item-id') ?? e.getAttribute('data-col-id')))
      .not.toBe(first);
    await expect.poll(() => page.locator('[data-find-count]').textContent()).toBe(`2 of ${texts.length}`);
    // The field kept the focus through Enter; Esc clears the search and gives the focus back to the matrix.
    await page.keyboard.press('Escape');
    await expect.poll(() => marked.count()).toBe(0);
    expect(await field.inputValue()).toBe('');
    await expect.poll(() => scroll.evaluate((el) => el === document.activeElement)).toBe(true);

    // Fit to window: the whole matrix in the scroll area, no scrolling; pressed again, full size.
    const fit = page.getByRole('button', { name: 'Fit to window' });
    const overflow = () =>
      scroll.evaluate((el) => el.scrollWidth > el.clientWidth || el.scrollHeight > el.clientHeight);
    expect(await overflow()).toBe(true);
    await fit.click();
    await expect.poll(() => fit.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(overflow).toBe(false);
    await fit.click();
    await expect.poll(overflow).toBe(true);
    expect(consoleErrors).toEqual([]);
  });
});
