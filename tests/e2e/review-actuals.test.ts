/** The monthly review's "Load actuals from file…" in web mode: a chosen CSV file and a dropped workbook. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryState, ReviewState } from '../../contract/api.ts';
import { launchBrowser, openWebMode, settled } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

// Evaluated through the DevTools protocol, as in a11y.test.ts: the page's CSP refuses an injected <script>.
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations, one line each. */
async function scan(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    type Violation = { id: string; impact: string | null; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

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
    await settled(page);
    expect(await scan(page)).toEqual([]);
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
    // Dark from the start: a theme switched mid-test is scanned while its colours are still changing.
    await page.emulateMedia({ colorScheme: 'dark' });
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
    // The preview, its error row included, is readable in the dark theme (the first test scans the light one).
    await settled(page);
    expect(await scan(page)).toEqual([]);
    await preview.getByRole('button', { name: 'Cancel' }).click();
    expect(await preview.count()).toBe(0);
    expect(consoleErrors).toEqual([]);
  });
});
