/** The monthly review in web mode: keyboard entry, spreadsheet paste and countermeasures for red months. */
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

const monthOf = (review: ReviewState, itemId: string, month: string) =>
  review.kpis.find((k) => k.itemId === itemId)?.months.find((m) => m.month === month);

describe('monthly review', () => {
  it('enters an actual by keyboard and moves down with Enter', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/review`);
    const input = page.getByLabel('Actual O4 2027-03', { exact: true });
    await input.click();
    await page.keyboard.type('66.5');
    await page.keyboard.press('Enter');
    await expect.poll(async () => monthOf(await api<ReviewState>('getReview'), 'o4', '2027-03')?.actual).toBe(66.5);
    // Enter moved the focus one KPI down, same month.
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
    expect(focused).toBe('Actual O5 2027-03');
    await expect
      .poll(() => page.locator('td[data-item-id="o4"][data-month="2027-03"]').getAttribute('data-status'))
      .toBe('green');
    expect(consoleErrors).toEqual([]);
  });

  it('pastes a block from a spreadsheet right and down in one undo step', async () => {
    const { page, url, api } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/review`);
    const input = page.getByLabel('Actual O4 2027-04', { exact: true });
    await input.focus();
    await input.evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', '60\t61\n4300\t4350\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expect.poll(async () => monthOf(await api<ReviewState>('getReview'), 'o5', '2027-05')?.actual).toBe(4350);
    const review = await api<ReviewState>('getReview');
    expect(monthOf(review, 'o4', '2027-04')?.actual).toBe(60);
    expect(monthOf(review, 'o4', '2027-05')?.actual).toBe(61);
    expect(monthOf(review, 'o5', '2027-04')?.actual).toBe(4300);
    await api('undo');
    const undone = await api<ReviewState>('getReview');
    expect(monthOf(undone, 'o4', '2027-04')?.actual).toBeNull();
    expect(monthOf(undone, 'o5', '2027-05')?.actual).toBeNull();
  });

  it('prompts for a countermeasure on a red month and records it', async () => {
    const { page, url, api } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/review`);
    const cell = page.locator('td[data-item-id="o3"][data-month="2027-02"]');
    await expect.poll(() => cell.getAttribute('data-status')).toBe('red');
    await cell.getByRole('button', { name: 'Add countermeasure for O3 2027-02' }).click();
    await page.getByLabel('Root cause').fill('The new IVR menu adds two steps.');
    await page.getByLabel('Action', { exact: true }).fill('Remove the two steps.');
    await page.getByLabel('Owner').fill('Rahul Mehta');
    await page.getByLabel('Due').fill('2027-03-31');
    await page.getByRole('button', { name: 'Save countermeasure' }).click();
    await expect
      .poll(async () => (await api<ReviewState>('getReview')).countermeasures.find((c) => c.itemId === 'o3'))
      .toMatchObject({
        month: '2027-02',
        rootCause: 'The new IVR menu adds two steps.',
        action: 'Remove the two steps.',
        owner: 'Rahul Mehta',
        due: '2027-03-31',
        status: 'open',
      });
    await expect.poll(() => cell.getByRole('button', { name: /Add countermeasure/ }).count()).toBe(0);

    // Its status is edited in the list below the chart.
    await page.getByLabel('Status of countermeasure O3 2027-02').selectOption('done');
    await expect
      .poll(async () => (await api<ReviewState>('getReview')).countermeasures.find((c) => c.itemId === 'o3')?.status)
      .toBe('done');
  });

  it('records a tactic status update', async () => {
    const { page, url, api } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/review`);
    await page.getByLabel('Status of CS-1.2').selectOption('at_risk');
    await page.getByLabel('Note on CS-1.2').fill('Vendor slipped two weeks.');
    await page.getByRole('button', { name: 'Record update for CS-1.2' }).click();
    await expect
      .poll(async () => (await api<ReviewState>('getReview')).tacticUpdates.find((u) => u.tacticId === 't-cs-1-2'))
      .toMatchObject({ status: 'at_risk', note: 'Vendor slipped two weeks.' });
  });
});
