/** The monthly review's "Load actuals from file…" in web mode: a chosen CSV file and a dropped workbook. */
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryState, ReviewState } from '../../contract/api.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const actualOf = (review: ReviewState, itemId: string, month: string) =>
  review.kpis.find((k) => k.itemId === itemId)?.months.find((m) => m.month === month)?.actual ?? null;

describe('actuals from a file in the monthly review', () => {
  it('previews a chosen CSV file row by row, then loads it in one undo step', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/review`);
    const choose = page.getByRole('button', { name: 'Load actuals from file…' });
    await choose.waitFor();
    await page.setInputFiles('input[aria-label="Actuals file"]', {
      name: 'actuals.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('KPI;Month;Value\nO4;2027-04;66\nO1;2027-03;13.6\nO5;Apr 2027;4400\n'),
    });
    const preview = page.getByRole('region', { name: 'Actuals from actuals.csv' });
    await preview.waitFor();
    expect(await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.action))).toEqual([
      'create',
      'unchanged',
      'create',
    ]);
    expect(await preview.getByRole('status').textContent()).toBe('2 new values, 0 changed values, 1 unchanged.');
    const before = await api<HistoryState>('getHistory');
    await preview.getByRole('button', { name: 'Load 2 values' }).click();
    await expect.poll(async () => actualOf(await api<ReviewState>('getReview'), 'o5', '2027-04')).toBe(4400);
    expect(actualOf(await api<ReviewState>('getReview'), 'o4', '2027-04')).toBe(66);
    await expect.poll(() => page.getByText('Loaded 2 values from actuals.csv.').count()).toBe(1);
    expect(await preview.count()).toBe(0);
    const history = await api<HistoryState>('getHistory');
    expect(history.undoDepth).toBe(before.undoDepth + 1);
    expect(history.undoLabel).toBe('Load actuals from actuals.csv');
    // The chart shows the loaded value.
    await expect.poll(() => page.getByLabel('Actual O4 2027-04', { exact: true }).inputValue()).toBe('66');
    expect(consoleErrors).toEqual([]);
  });

  it('reads a dropped workbook and loads nothing while a row has an error', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await page.goto(`${url.split('#')[0]}#/review`);
    await page.getByRole('button', { name: 'Load actuals from file…' }).waitFor();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('April').addRows([
      ['Item code', 'Reporting period', 'Actual'],
      ['O4', new Date(Date.UTC(2027, 3, 30)), 67],
      ['O9', '2027-04', 1],
    ]);
    const bytes = [...new Uint8Array(await book.xlsx.writeBuffer())];
    await page.locator('.rv-actuals__drop').evaluate((zone, data) => {
      const file = new File([new Uint8Array(data)], 'actuals.xlsx');
      const transfer = new DataTransfer();
      transfer.items.add(file);
      for (const type of ['dragover', 'drop']) {
        zone.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    }, bytes);
    const preview = page.getByRole('region', { name: 'Actuals from actuals.xlsx' });
    await preview.waitFor({ timeout: 20_000 });
    expect(await preview.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.action))).toEqual([
      'create',
      'error',
    ]);
    expect(await preview.locator('tr[data-action="error"]').textContent()).toContain('no item has the code O9');
    expect(await preview.getByRole('button', { name: 'Load 1 value' }).isDisabled()).toBe(true);
    expect(actualOf(await api<ReviewState>('getReview'), 'o4', '2027-04')).toBeNull();
    await preview.getByRole('button', { name: 'Cancel' }).click();
    expect(await preview.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
