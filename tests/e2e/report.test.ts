/** The report in the browser: the export dialog's live preview, and report.html's pages as they print. */
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

/** Pages whose content runs past the bottom of their body box (there must be none). */
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

describe('plan report in web mode', () => {
  it('previews the report as it prints and follows the options', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser);
    await page.goto(url.replace('#/cascade', '#/report'));
    const status = page.getByText(/pages, as printed/);
    await status.waitFor({ timeout: 30_000 });
    const pages = Number((await status.textContent())!.split(' ')[0]);
    expect(pages).toBeGreaterThan(10);
    expect(await page.locator('.rpt-doc--preview .rpt-page').count()).toBe(pages);
    await expect
      .poll(() => page.locator('.rpt-doc--preview h1').first().textContent())
      .toBe('Customer Experience Plan 2027');

    await page.getByLabel('Page size').selectOption('Letter');
    await page.getByRole('checkbox', { name: 'Appendix' }).uncheck();
    await page.getByText(/pages, as printed/).waitFor();
    expect(await page.locator('.rpt-page--letter-portrait').count()).toBeGreaterThan(0);
    expect(await page.locator('.rpt-page--a4-portrait').count()).toBe(0);
    const print = await page.getByRole('link', { name: 'Print / Save as PDF' }).getAttribute('href');
    expect(print).toContain('size=Letter');
    expect(print).not.toContain('appendix');
    expect(print).toContain('print=1');
    expect(consoleErrors).toEqual([]);
  });

  it('lays report.html out with no content past a page edge, and downloads the workbook', async () => {
    const { page, url, token, consoleErrors } = await openWebMode(browser);
    const origin = new URL(url).origin;
    for (const hash of ['', 'size=Letter&orientation=landscape&margins=wide&tree=portrait']) {
      await page.goto(`${origin}/report.html?token=${token}#${hash}`);
      await page.waitForFunction(() => document.documentElement.dataset.reportReady === 'true', null, {
        timeout: 30_000,
      });
      expect(await overflowingPages(page)).toEqual([]);
      // One outline entry per chapter: the h1/h2 headings are the PDF's bookmarks.
      const headings = await page.locator('.rpt-page h1, .rpt-page h2').allTextContents();
      expect(headings).toContain('Gap analysis');
      expect(headings).toContain('Customer Success');
    }
    await page.goto(url.replace('#/cascade', '#/report'));
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Excel workbook' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(consoleErrors).toEqual([]);
  });
});
