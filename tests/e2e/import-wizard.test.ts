/**
 * File > Import from Excel/CSV… in web mode: a workbook written with exceljs in the test is uploaded through the
 * wizard's file input, one column's mapping corrected, every row previewed, imported as one undo step with the
 * focus on the outline, and undone from the header.
 */
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../contract/api.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function workbook(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('Annual objectives').addRows([
    ['No.', 'Headline', 'Owner'],
    ['A7', 'Open two new markets', 'Rui Costa'],
    ['A8', 'Halve the returns', 'Mia Lund'],
  ]);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe('the import wizard', () => {
  it('uploads a workbook, takes a corrected column, previews, imports as one undo step and undoes it', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await page.goto(url);
    await page.locator('[role="tree"]').waitFor();
    const before = await api<HistoryState>('getHistory');

    await page.keyboard.press('Control+k');
    await page.keyboard.type('Import from Excel');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Import from Excel/CSV' });
    await dialog.waitFor();
    await dialog.locator('input[data-import-file]').setInputFiles({
      name: 'plan.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await workbook(),
    });

    // Step 1: the sheet is recognised by its name; "Headline" is not a header the importer knows.
    const column = dialog.getByLabel('Column Headline of Annual objectives is imported as');
    await column.waitFor();
    expect(await dialog.getByLabel('What sheet Annual objectives holds').inputValue()).toBe('annual');
    expect(await column.inputValue()).toBe('unmapped');
    expect(await dialog.getByLabel('Column No. of Annual objectives is imported as').inputValue()).toBe('code');
    await column.selectOption('title');
    await dialog.getByRole('button', { name: 'Preview the rows' }).click();

    // Step 2: every row with what importing it does.
    await expect.poll(() => dialog.getAttribute('data-import-step')).toBe('rows');
    const summary = dialog.locator('[data-import-summary]');
    expect(await summary.textContent()).toBe('2 new items, 0 changed items, 0 unchanged.');
    const rows = dialog.locator('tr[data-import-row]');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => [tr.dataset.action, tr.children[4]!.textContent]))).toEqual([
      ['create', 'A7'],
      ['create', 'A8'],
    ]);
    await dialog.getByRole('button', { name: 'Import 2 rows into this plan' }).click();

    // Step 3: imported, the dialog closed, the outline holds the focus, and Undo names the import.
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.getByText('Imported 2 rows from plan.xlsx.').count()).toBe(1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role') ?? null)).toBe('treeitem');
    const history = await api<HistoryState>('getHistory');
    expect(history).toMatchObject({ undoDepth: before.undoDepth + 1, undoLabel: 'Imported 2 rows from plan.xlsx' });
    const imported = await api<PlanDocument>('getPlan');
    expect(imported.objectives.find((o) => o.code === 'A7')).toMatchObject({ title: 'Open two new markets' });
    await expect
      .poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title'))
      .toBe('Undo Imported 2 rows from plan.xlsx (Ctrl+Z)');

    await page.getByRole('button', { name: 'Undo', exact: true }).first().click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).objectives.some((o) => o.code === 'A7'))
      .toBe(false);
    expect((await api<HistoryState>('getHistory')).undoDepth).toBe(before.undoDepth);
    expect(consoleErrors).toEqual([]);
  });

  it('imports nothing while a row is in error until the valid rows only are asked for; Esc closes', async () => {
    const { page, url, api } = await openWebMode(browser);
    await page.goto(url);
    await page.locator('[role="tree"]').waitFor();
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Annual objectives').addRows([
      ['No.', 'Objective', 'Target'],
      ['A7', 'Open two new markets', 2],
      ['A9', 'Lift the margin', 'ninety'],
    ]);
    // Web mode's header button opens the same wizard as the palette and the desktop menu.
    await page.getByRole('button', { name: 'Import from Excel/CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from Excel/CSV' });
    await dialog.locator('input[data-import-file]').setInputFiles({
      name: 'errors.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: Buffer.from(await book.xlsx.writeBuffer()),
    });
    await dialog.getByRole('button', { name: 'Preview the rows' }).click();
    await expect.poll(() => dialog.getAttribute('data-import-step')).toBe('rows');
    // Errors first.
    expect(await dialog.locator('tr[data-import-row]').first().getAttribute('data-action')).toBe('error');
    const go = dialog.locator('button[data-import-go]');
    expect(await go.isDisabled()).toBe(true);
    await dialog.getByLabel(/Import the valid rows only/).check();
    await expect.poll(() => go.textContent()).toBe('Import 1 row into this plan');
    await dialog.getByLabel('Show').selectOption('error');
    expect(await dialog.locator('tr[data-import-row]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await api<PlanDocument>('getPlan')).objectives.some((o) => o.code === 'A7')).toBe(false);
  });
});
