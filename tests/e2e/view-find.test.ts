/**
 * Ctrl/Cmd+F in the gaps, departments and monthly review views (issue 15): the view's own find field takes the
 * focus, typing filters by text or code, Enter goes to the first match, Esc clears the search and gives the focus
 * back. And "Rename … everywhere…" beside a department's head. Web mode in Chromium.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReviewState } from '../../contract/api.ts';
import type { GapReport } from '../../contract/gaps.ts';
import { focused, getPlan, history } from './outline-helpers.ts';
import { launchBrowser, openWebMode, type WebModeFixture } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const go = (fx: WebModeFixture, route: string) => fx.page.goto(`${fx.url.split('#')[0]}#/${route}`);
const findField = (page: Page) => page.locator('main.workarea [data-find-field]');
const isFocused = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement === document.querySelector(s), selector);
const activePlaceholder = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.placeholder ?? null);

describe('Ctrl/Cmd+F in every view', () => {
  it('gaps: finds a finding by its item’s code, Enter goes to it, Esc clears and returns the focus', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await go(fx, 'gaps');
    await page.locator('[data-finding-group]').first().waitFor();
    const report = await fx.api<GapReport>('analyzeGaps');
    const plan = await getPlan(fx);
    const items = [...plan.objectives, ...plan.goals, ...plan.tactics];
    const target = report.findings.find((f) => items.some((x) => x.id === f.id))!;
    const code = items.find((x) => x.id === target.id)!.code;
    const expected = report.findings.filter((f) => {
      const item = items.find((x) => x.id === f.id);
      const text = `${f.message} ${item?.code ?? ''} ${item?.title ?? ''}`.toLowerCase();
      return text.includes(code.toLowerCase());
    });
    expect(expected.length).toBeLessThan(report.findings.length);

    // Ctrl+F from a finding's button: the gaps' own field, the cascade's placeholder wording.
    const start = page.locator('.gaps-finding button').first();
    await start.focus();
    await page.keyboard.press('Control+f');
    await expect.poll(() => activePlaceholder(page)).toBe('Find text or code (Ctrl+F)');
    expect(await page.locator('main[data-view="gaps"]').count()).toBe(1);
    await page.keyboard.type(code);
    await expect.poll(() => page.locator('[data-finding-kind]').count()).toBe(expected.length);
    expect(await page.locator(`[data-finding-id="${target.id}"]`).count()).toBeGreaterThan(0);
    expect(await page.locator('[data-find-count]').innerText()).toBe(
      `${expected.length} of ${report.findings.length} findings`,
    );
    // Enter: the first match holds the focus.
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('[data-finding-id]') !== null))
      .toBe(true);
    // Back in the field, Esc clears the search and gives the focus back to the button Ctrl+F came from.
    await page.keyboard.press('Control+f');
    await expect.poll(() => activePlaceholder(page)).toBe('Find text or code (Ctrl+F)');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('[data-finding-kind]').count()).toBe(report.findings.length);
    expect(await findField(page).inputValue()).toBe('');
    await expect.poll(() => page.evaluate(() => document.activeElement?.closest('.gaps-finding') !== null)).toBe(true);
    // A search matching nothing says so in plain words.
    await findField(page).fill('zzz-nothing-like-this');
    await expect.poll(() => page.locator('.gaps-view__empty').innerText()).toContain('No finding matches');
    expect(fx.consoleErrors).toEqual([]);
  });

  it('departments: finds by name or head, Enter to the first match, Esc back', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await go(fx, 'departments');
    await page.locator('[data-kind="department"]').first().waitFor();
    const total = (await getPlan(fx)).departments.length;
    await page.getByRole('textbox', { name: 'New department name' }).focus();
    await page.keyboard.press('Control+f');
    await expect.poll(() => activePlaceholder(page)).toBe('Find text or code (Ctrl+F)');
    // By head: Amara Okafor heads Customer Success only.
    await page.keyboard.type('amara');
    await expect.poll(() => page.locator('[data-kind="department"]').count()).toBe(1);
    expect(await page.locator('[data-kind="department"]').getAttribute('data-item-id')).toBe('d-cs');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toMatch(/^input/);
    expect(
      await page.evaluate(() => document.activeElement?.closest('[data-item-id]')?.getAttribute('data-item-id')),
    ).toBe('d-cs');
    // Esc from the field Ctrl+F was pressed in: every department again, the focus back on that field.
    await page.getByRole('textbox', { name: 'New department name' }).focus();
    await page.keyboard.press('Control+f');
    await findField(page).fill('sales');
    await expect.poll(() => page.locator('[data-kind="department"]').count()).toBe(1);
    await findField(page).press('Escape');
    await expect.poll(() => page.locator('[data-kind="department"]').count()).toBe(total);
    await expect.poll(() => isFocused(page, '#new-department-name')).toBe(true);
    expect(fx.consoleErrors).toEqual([]);
  });

  it('review: finds KPIs and tactics by code, Enter to the first actual, Esc back', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await go(fx, 'review');
    await page.locator('.rv-chart tbody tr').first().waitFor();
    const review = await fx.api<ReviewState>('getReview');
    const plan = await getPlan(fx);
    const kpi = review.kpis[0]!;
    const code = kpi.code;
    const matchingKpis = review.kpis.filter(
      (k) =>
        `${k.code} ${k.kpi.name} ${k.owner ?? ''}`.toLowerCase().includes(code.toLowerCase()) ||
        [...plan.objectives, ...plan.goals]
          .find((x) => x.id === k.itemId)!
          .title.toLowerCase()
          .includes(code.toLowerCase()),
    );
    const matchingTactics = plan.tactics.filter((t) =>
      `${t.code} ${t.title} ${t.owner ?? ''}`.toLowerCase().includes(code.toLowerCase()),
    );
    await page.locator('.rv-tactic select').first().focus();
    await page.keyboard.press('Control+f');
    await expect.poll(() => activePlaceholder(page)).toBe('Find text or code (Ctrl+F)');
    await page.keyboard.type(code);
    await expect.poll(() => page.locator('.rv-chart tbody tr').count()).toBe(matchingKpis.length);
    expect(await page.locator('.rv-chart tbody tr').first().getAttribute('data-item-id')).toBe(kpi.itemId);
    expect(await page.locator('.rv-tactic').count()).toBe(matchingTactics.length);
    expect(matchingKpis.length + matchingTactics.length).toBeLessThan(review.kpis.length + plan.tactics.length);
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe(`Actual ${code} ${review.months[0]}`);
    await page.keyboard.press('Control+f');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.rv-chart tbody tr').count()).toBe(review.kpis.length);
    expect(await page.locator('.rv-tactic').count()).toBe(plan.tactics.length);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.rv-tactic, .rv-chart') !== null))
      .toBe(true);
    expect(fx.consoleErrors).toEqual([]);
  });

  it('the ? list names Ctrl/Cmd+F in every view and the find field’s keys', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await go(fx, 'gaps');
    await page.locator('[data-finding-group]').first().waitFor();
    await page.locator('.gaps-finding button').first().focus();
    await page.keyboard.press('?');
    const dialog = page.locator('dialog.dialog--shortcuts');
    await dialog.waitFor();
    const text = await dialog.innerText();
    expect(text).toContain('Find in this view: the cascade, the tree, gaps, departments, the review');
    expect(text).toContain('In a find field (gaps, departments, review)');
    expect(text).toContain('Clear the search and go back where you were');
  });
});

describe('Rename everywhere from a department’s head', () => {
  it('the selected department row renames its head wherever named, one undo step', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await go(fx, 'departments');
    const named = async (name: string) => {
      const plan = await getPlan(fx);
      return [
        ...plan.departments.filter((d) => d.head === name).map((d) => d.id),
        ...[...plan.objectives, ...plan.goals, ...plan.tactics].filter((x) => x.owner === name).map((x) => x.id),
      ].sort();
    };
    const before = await named('Amara Okafor');
    expect(before).toContain('d-cs');
    await page.getByRole('combobox', { name: 'Head of Customer Success' }).click();
    const row = page.locator('[data-item-id="d-cs"]');
    const open = row.getByRole('button', { name: 'Rename Amara Okafor everywhere…' });
    await open.click();
    const field = page.getByRole('textbox', { name: 'New name for Amara Okafor' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await field.fill('Amara Okafor-Reyes');
    await page.keyboard.press('Enter');
    await expect.poll(() => named('Amara Okafor-Reyes')).toEqual(before);
    expect(await named('Amara Okafor')).toEqual([]);
    const h = await history(fx);
    expect(h.undoDepth).toBe(1);
    expect(h.undoLabel).toMatch(/^Renamed Amara Okafor to Amara Okafor-Reyes \(\d+ places\)$/);
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Head of Customer Success' }).inputValue())
      .toBe('Amara Okafor-Reyes');
    // The inspector of the department offers it too, beside its Head field.
    await expect
      .poll(() =>
        page.locator('.inspector').getByRole('button', { name: 'Rename Amara Okafor-Reyes everywhere…' }).count(),
      )
      .toBe(1);
    await page.locator('body').press('Control+z');
    await expect.poll(() => named('Amara Okafor')).toEqual(before);
    expect(fx.consoleErrors).toEqual([]);
  });
});
