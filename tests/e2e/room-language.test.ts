/**
 * The room's language beyond the UI's own words (issue 15 §2): what the service layer says (gap findings, their
 * fixes and rules, undo labels) in the app's language, right-to-left user text laid out right to left where it
 * stands while the UI stays left to right, and date pickers in the app's language. Web mode in Chromium.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCascade, row } from './outline-helpers.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const finding = (kind: string, id: string) => `[data-finding-kind="${kind}"][data-finding-id="${id}"]`;

describe('the service layer in the app’s language', () => {
  it('in German, the gaps view’s findings, fixes and rules and the Undo label are German', async () => {
    const fx = await openWebMode(browser, 'sample', undefined, 'de-DE');
    const { page } = fx;
    await page.goto(fx.url.replace(/#.*$/, '#/gaps'));
    const orphan = page.locator(finding('orphaned_goal', 'g-mkt-2'));
    await orphan.waitFor();
    const sentence = await orphan.locator('.gaps-finding__message').textContent();
    expect(sentence).toMatch(/^Das Bereichsziel MKT-2 „.+“ \(.+\) unterstützt kein Ziel\.$/);
    // Its fix, and the rule of its group, in German too.
    expect(await orphan.locator('[data-fix]').textContent()).toBe('Mit einem Ziel verknüpfen…');
    await expect
      .poll(() => page.locator('.gaps-group__rule').allTextContents())
      .toContainEqual(expect.stringContaining('Jedes Bereichsziel muss mindestens ein Ziel unterstützen.'));
    const everyMessage = await page.locator('.gaps-finding__message, .finding__message').allTextContents();
    expect(everyMessage.length).toBeGreaterThan(5);
    for (const text of everyMessage) expect(text).not.toMatch(/\b(has no|supports no|is not done|owns)\b/);

    // A change from the outline: the header's Undo names it in German.
    await openCascade(fx);
    await row(page, 't-cs-1-1').click();
    await page.keyboard.press('2');
    const undo = page.getByRole('button', { name: 'Rückgängig', exact: true });
    await expect
      .poll(() => undo.getAttribute('title'))
      .toBe('Rückgängig: Verknüpfung CS-1.1 → CS-1 auf mittel geändert (Strg+Z)');
    // The English label stays what the service and the CLI say.
    expect((await fx.api<{ undoLabel: string }>('getHistory')).undoLabel).toBe('Changed link CS-1.1 → CS-1 to medium');
    await undo.click();
    await expect
      .poll(() => page.locator('.notice').first().textContent())
      .toContain('Verknüpfung CS-1.1 → CS-1 auf mittel geändert');
    expect(fx.consoleErrors).toEqual([]);
  });
});

describe('user text in any script', () => {
  it('an Arabic title is laid out right to left where it stands, the UI around it left to right', async () => {
    const fx = await openWebMode(browser);
    const arabic = 'رفع رضا العملاء';
    await fx.api('updateObjective', { id: 'o1', title: arabic });
    const { page } = fx;
    await openCascade(fx);
    const title = row(page, 'o1').locator('.orow__title');
    await expect.poll(() => title.textContent()).toBe(arabic);
    const direction = (selector: string) =>
      page.evaluate((s) => getComputedStyle(document.querySelector(s)!).direction, selector);
    expect(await title.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(await direction('html')).toBe('ltr');
    expect(await direction('.view__heading')).toBe('ltr');
    // A Latin title beside it stays left to right.
    expect(
      await row(page, 'o2')
        .locator('.orow__title')
        .evaluate((el) => getComputedStyle(el).direction),
    ).toBe('ltr');

    // In the inspector: its heading and its title field.
    await row(page, 'o1').click();
    const heading = page.locator('.inspector__title');
    await expect.poll(() => heading.textContent()).toBe(arabic);
    expect(await heading.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    const field = page.locator('.inspector input.input').first();
    await expect.poll(() => field.inputValue()).toBe(arabic);
    expect(await field.evaluate((el) => getComputedStyle(el).direction)).toBe('rtl');
    expect(fx.consoleErrors).toEqual([]);
  });
});

describe('date pickers', () => {
  it('follow the app’s language: the page and every date input say it', async () => {
    const fx = await openWebMode(browser, 'sample', undefined, 'fr-FR');
    const { page } = fx;
    await openCascade(fx);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    await row(page, 't-cs-1-1').click();
    const due = page.locator('.inspector input[type="date"]');
    await due.first().waitFor();
    expect(await due.evaluateAll((inputs) => inputs.map((i) => i.getAttribute('lang')))).toEqual(
      expect.arrayContaining(['fr']),
    );
    expect(await due.evaluateAll((inputs) => inputs.every((i) => i.getAttribute('lang') === 'fr'))).toBe(true);
    // The plan's own dates too.
    await page.goto(fx.url.replace(/#.*$/, '#/plan'));
    const period = page.locator('input[type="date"]');
    await period.first().waitFor();
    expect(await period.evaluateAll((inputs) => inputs.every((i) => i.getAttribute('lang') === 'fr'))).toBe(true);
    expect(fx.consoleErrors).toEqual([]);
  });
});

describe('week and fiscal-year start', () => {
  it('are plan settings in the Plan view, named in the app’s language, saved as one undo step each', async () => {
    const fx = await openWebMode(browser, 'sample', undefined, 'de-DE');
    const { page } = fx;
    await page.goto(fx.url.replace(/#.*$/, '#/plan'));
    const week = page.getByLabel('Wochen beginnen am');
    const fiscal = page.getByLabel('Geschäftsjahr beginnt im');
    await week.waitFor();
    expect(await week.locator('option').allTextContents()).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
      'Samstag',
      'Sonntag',
    ]);
    expect(await fiscal.locator('option:checked').textContent()).toBe('Januar');
    await week.selectOption('7');
    await fiscal.selectOption('4');
    const settings = async () => (await fx.api<{ plan: { settings: object } }>('getPlan')).plan.settings;
    await expect.poll(settings).toMatchObject({ weekStart: 7, fiscalYearStart: 4 });
    const undo = page.getByRole('button', { name: 'Rückgängig', exact: true });
    await expect.poll(() => undo.getAttribute('title')).toMatch(/^Rückgängig: Planeinstellungen bearbeiten/);
    expect(fx.consoleErrors).toEqual([]);
  });
});
