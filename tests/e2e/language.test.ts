/**
 * The app's language: the system's by default, picked in the Plan view ("This computer"), remembered across
 * reloads, and followed by dates and numbers as well as words.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const navLabels = (page: Page) => page.locator('.nav-rail__label').allTextContents();

/** Pages of report.html with content past their footer or right edge (as report.test.ts checks in English). */
function overflowingPages(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.rpt-page')].flatMap((sheet, i) => {
      const body = sheet.querySelector<HTMLElement>('.rpt-page__body')!;
      const footer = sheet.querySelector<HTMLElement>('.rpt-footer');
      const limit = (footer ?? sheet).getBoundingClientRect().top;
      const bottom = Math.max(...[...body.children].map((c) => c.getBoundingClientRect().bottom));
      const right = Math.max(...[...body.querySelectorAll('table, svg')].map((c) => c.getBoundingClientRect().right));
      const overflow = bottom > (footer ? limit : sheet.getBoundingClientRect().bottom) + 0.5;
      const wide = right > sheet.getBoundingClientRect().right;
      return overflow || wide ? [i + 1] : [];
    }),
  );
}

describe('the app in the reader’s language', () => {
  it('follows the system language when none is picked', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', undefined, 'ja-JP');
    await page.goto(url);
    await expect.poll(() => navLabels(page)).toContain('カスケード');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(consoleErrors).toEqual([]);
  });

  it('switches to the picked language at once, keeps it on reload, and goes back to the system’s', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', undefined, 'en-US');
    await page.goto(url.replace(/#.*$/, '#/plan'));
    const picker = page.getByLabel('Language', { exact: true });
    await picker.waitFor();
    expect(await navLabels(page)).toContain('Cascade');
    const period = await page.locator('.app-header__period').textContent();

    await picker.selectOption('de');
    await expect.poll(() => navLabels(page)).toContain('Kaskade');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    await page.getByRole('heading', { name: 'Dieser Computer' }).waitFor();
    // The header's dates follow the language too (German month names, day first).
    await expect.poll(() => page.locator('.app-header__period').textContent()).not.toBe(period);
    expect(await page.locator('.app-header__period').textContent()).toMatch(/^\d{1,2}\. \S+ \d{4}/);
    // The plan itself is untouched: its title is the user's text, never translated.
    expect(await page.locator('.app-header__title').textContent()).not.toBe('');

    await page.reload();
    await expect.poll(() => navLabels(page)).toContain('Kaskade');

    await page.getByLabel('Sprache', { exact: true }).selectOption('system');
    await expect.poll(() => navLabels(page)).toContain('Cascade');
    await page.reload();
    await expect.poll(() => navLabels(page)).toContain('Cascade');
    expect(consoleErrors).toEqual([]);
  });

  // Each big area of the UI, opened in German: its own words come from the catalogue, not English.
  it.each([
    { area: 'the tree', route: 'tree', role: 'button', name: 'Bild exportieren…' },
    { area: 'the inspector and the outline', route: 'cascade', role: 'heading', name: 'Inspektor' },
    { area: 'the X-matrix', route: 'xmatrix', role: 'heading', name: 'X-Matrix' },
    { area: 'the gaps', route: 'gaps', role: 'heading', name: 'Abdeckung nach Ziel' },
    { area: 'the departments and catchball', route: 'departments', role: 'button', name: 'Abteilung hinzufügen' },
    { area: 'merging a draft', route: 'merge', role: 'button', name: 'Zurückgegebenen Entwurf wählen…' },
    { area: 'the report options', route: 'report', role: 'group', name: 'Abschnitte' },
    { area: 'the report’s own pages', route: 'report', role: 'heading', name: 'Zusammenfassung' },
  ] as const)('shows $area in German when German is the language', async ({ route, role, name }) => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', undefined, 'de-DE');
    await page.goto(url.replace(/#.*$/, `#/${route}`));
    await page.getByRole(role, { name, exact: true }).first().waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(consoleErrors).toEqual([]);
  });

  it('shows the command palette and the shortcuts in German', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', undefined, 'de-DE');
    await page.goto(url.replace(/#.*$/, '#/plan'));
    await expect.poll(() => navLabels(page)).toContain('Kaskade');
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Befehlspalette' });
    await palette.waitFor();
    await page.keyboard.type('Bereichsziel');
    await palette.getByRole('option', { name: /Bereichsziel hinzufügen/ }).waitFor();
    await page.keyboard.press('Escape');
    await palette.waitFor({ state: 'hidden' });
    await page.locator('body').press('?');
    await page.getByRole('dialog', { name: 'Tastenkürzel' }).waitFor();
    expect(consoleErrors).toEqual([]);
  });

  // German words are long, Japanese needs its own font: the report must still keep every page's content on it.
  it.each([
    { locale: 'de-DE', heading: 'Lückenanalyse' },
    { locale: 'ja-JP', heading: 'ギャップ分析' },
  ])('lays the $locale report out with no content past a page edge', async ({ locale, heading }) => {
    const { page, url, token, consoleErrors } = await openWebMode(browser, 'sample', undefined, locale);
    await page.goto(`${new URL(url).origin}/report.html?token=${token}`);
    await page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true', null, {
      timeout: 30_000,
    });
    expect(await page.locator('.rpt-page h1, .rpt-page h2').allTextContents()).toContain(heading);
    expect(await overflowingPages(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
