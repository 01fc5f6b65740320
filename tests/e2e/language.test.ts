/**
 * The app's language: the system's by default, picked in the Plan view ("This computer"), remembered across
 * reloads, and followed by dates and numbers as well as words.
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWebMode, settled } from './web-mode.ts';

// As a11y.test.ts runs it, through the DevTools protocol (the page's CSP refuses an injected <script>).
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const navLabels = (page: Page) => page.locator('.nav-rail__label').allTextContents();

/** Serious and critical axe violations, one line each (rule and elements). */
async function axeScan(page: Page): Promise<string[]> {
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
    { area: 'the monthly review', route: 'review', role: 'heading', name: 'Monatsreview' },
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

  // The translated names and labels must keep every view accessible (a missing name, a duplicate id…).
  it.each(['de-DE', 'ja-JP', 'fr-FR', 'es-ES'])(
    'finds no serious or critical axe violation in any view in %s',
    async (locale) => {
      const { page, url, consoleErrors } = await openWebMode(browser, 'sample', undefined, locale);
      const problems: string[] = [];
      for (const view of ['plan', 'cascade', 'departments', 'tree', 'gaps', 'xmatrix', 'review', 'report', 'merge']) {
        await page.goto(url.replace(/#.*$/, `#/${view}`));
        await page.locator(`main[data-view="${view}"] :is(h1, h2)`).first().waitFor();
        if (view === 'cascade') {
          await page.locator('[role="treeitem"][data-item-id="g-cs-1"]').first().click();
          await page.locator('.inspector [data-inspected-id="g-cs-1"]').waitFor();
        }
        // The report is scanned once laid out (its "Laying out the report…" line is passing, not the page).
        if (view === 'report') await page.locator('.rpt-progress').waitFor({ state: 'detached' });
        await settled(page);
        problems.push(...(await axeScan(page)).map((p) => `#/${view}: ${p}`));
      }
      expect(problems).toEqual([]);
      expect(consoleErrors).toEqual([]);
    },
    60_000,
  );
});
