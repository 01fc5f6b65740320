/**
 * Presentation mode at 1920×1080: the whole window for the tree and the X-matrix (no rail, no filters, no
 * inspector), larger cards, fitted on entering; P, F5 and the header's button toggle it and Esc leaves it.
 * Screenshots of both themes go to /tmp (looked at by hand).
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { launchBrowser, openWebMode, settled } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const presentation = (page: Page) =>
  page.evaluate(() => ({
    html: document.documentElement.dataset['presentation'] ?? null,
    app: document.querySelector<HTMLElement>('.app')?.dataset['presentation'] ?? null,
  }));

const visible = (page: Page, selector: string) => page.locator(selector).first().isVisible();

/** On-screen width of a node's card; waits until two frames agree (the zoom has come to rest). */
async function cardWidth(page: Page, id: string): Promise<number> {
  const read = () =>
    page.evaluate(
      (nodeId) =>
        new Promise<number>((done) =>
          requestAnimationFrame(() =>
            done(document.querySelector(`[data-node-id="${nodeId}"]`)?.getBoundingClientRect().width ?? 0),
          ),
        ),
      id,
    );
  let last = -1;
  await expect
    .poll(async () => {
      const now = await read();
      const same = now > 0 && Math.abs(now - last) < 0.5;
      last = now;
      return same;
    })
    .toBe(true);
  return last;
}

describe('presentation mode', () => {
  it('gives the tree the whole window with larger cards, fitted on entering, and Esc leaves', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', { width: 1920, height: 1080 });
    const objective = samplePlanDocument().objectives[0]!.id;
    await page.goto(url.replace(/#.*$/, '#/tree'));
    await page.locator(`[data-tree-ready="true"] [data-node-id="${objective}"]`).waitFor();
    const outside = await cardWidth(page, objective);
    expect(await visible(page, '.nav-rail')).toBe(true);
    expect(await visible(page, '.tree-toolbar')).toBe(true);

    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch theme' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      await page.locator('.tree__stage').focus();
      await page.keyboard.press('p');
      await expect.poll(() => presentation(page)).toEqual({ html: 'on', app: 'true' });
      expect(await visible(page, '.nav-rail')).toBe(false);
      expect(await visible(page, '.tree-toolbar')).toBe(false);
      expect(await visible(page, '.inspector')).toBe(false);
      expect(await visible(page, '.tree-legend')).toBe(true);
      await expect.poll(() => cardWidth(page, objective)).toBeGreaterThan(outside * 1.1);
      // The legend sits in a corner, over the tree, small.
      const legend = await page.locator('.tree-legend').boundingBox();
      expect(legend!.width).toBeLessThan(1920 / 2);
      await settled(page);
      await page.screenshot({ path: `/tmp/pic-present-tree-${theme}.png` });

      // Esc from the tree leaves (nothing in the tree to cancel), and the rail and filters come back.
      await page.locator('.tree__stage').focus();
      await page.keyboard.press('Escape');
      await expect.poll(() => presentation(page)).toEqual({ html: null, app: null });
      expect(await visible(page, '.nav-rail')).toBe(true);
      expect(await visible(page, '.tree-toolbar')).toBe(true);
    }

    // Ctrl+F while presenting: the search is hidden, so presentation mode ends and the tree's own search has the
    // focus (not the cascade's).
    await page.locator('.tree__stage').focus();
    await page.keyboard.press('p');
    await expect.poll(() => presentation(page)).toEqual({ html: 'on', app: 'true' });
    await page.keyboard.press('Control+f');
    await expect.poll(() => presentation(page)).toEqual({ html: null, app: null });
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search the tree');
    expect(await page.locator('main').getAttribute('data-view')).toBe('tree');
    expect(consoleErrors).toEqual([]);
  });

  it('gives the X-matrix larger cells with no hint or controls, entered with F5', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', { width: 1920, height: 1080 });
    await page.goto(url.replace(/#.*$/, '#/xmatrix'));
    const cell = page.locator('.xm-grid [data-strength]').first();
    await cell.waitFor();
    const outside = (await cell.boundingBox())!.width;
    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.getByRole('button', { name: 'Switch theme' }).click();
      await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe(theme);
      await page.locator('.xm-scroll').focus();
      await page.keyboard.press('F5');
      await expect.poll(() => presentation(page)).toEqual({ html: 'on', app: 'true' });
      expect(await visible(page, '.nav-rail')).toBe(false);
      expect(await visible(page, '.xm-hint')).toBe(false);
      expect(await visible(page, '.xm-orientation')).toBe(false);
      await expect.poll(async () => (await cell.boundingBox())!.width).toBeGreaterThan(outside);
      await settled(page);
      await page.screenshot({ path: `/tmp/pic-present-xmatrix-${theme}.png` });
      await page.keyboard.press('Escape');
      await expect.poll(() => presentation(page)).toEqual({ html: null, app: null });
    }
    expect(consoleErrors).toEqual([]);
  });

  it('lays the cascade and the review out on the whole window too', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', { width: 1920, height: 1080 });
    for (const view of ['cascade', 'review'] as const) {
      await page.goto(url.replace(/#.*$/, `#/${view}`));
      await page.locator(`main[data-view="${view}"] h2, main[data-view="${view}"] h1`).first().waitFor();
      await settled(page);
      await page.locator('main').click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('F5');
      await expect.poll(() => presentation(page)).toEqual({ html: 'on', app: 'true' });
      expect(await visible(page, '.nav-rail')).toBe(false);
      expect(await visible(page, '.inspector')).toBe(false);
      const main = await page.locator('main').boundingBox();
      expect(main!.width).toBeGreaterThan(1900);
      await settled(page);
      await page.screenshot({ path: `/tmp/pic-present-${view}-light.png` });
      await page.keyboard.press('F5');
      await expect.poll(() => presentation(page)).toEqual({ html: null, app: null });
    }
    expect(consoleErrors).toEqual([]);
  });
});
