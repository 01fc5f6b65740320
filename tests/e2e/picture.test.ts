/** Export picture… in web mode: the whole tree saved as SVG and PNG, checked byte by byte and opened on its own. */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function openTree(page: Page, url: string) {
  await page.goto(url.replace(/#.*$/, '#/tree'));
  await page.locator('[data-tree-ready="true"] [data-node-id]').first().waitFor();
}

/** Saves the picture in the dialog's chosen format; returns the downloaded file's bytes and suggested name. */
async function save(page: Page, dir: string): Promise<{ bytes: Buffer; name: string }> {
  const dialog = page.locator('dialog[data-export-picture][open]');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Save' }).click(),
  ]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  await dialog.waitFor({ state: 'detached' }).catch(() => {});
  await expect.poll(() => page.locator('dialog[data-export-picture][open]').count()).toBe(0);
  return { bytes: fs.readFileSync(file), name: download.suggestedFilename() };
}

describe('Export picture of the tree', () => {
  it('saves the whole tree as a self-contained SVG with every tactic, and as a PNG at the chosen scale', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', { width: 1440, height: 900 });
    const dir = tempDir();
    await openTree(page, url);

    // The key E opens the dialog (it is listed in the ? help); SVG.
    await page.locator('.tree__stage').focus();
    await page.keyboard.press('e');
    const dialog = page.locator('dialog[data-export-picture][open]');
    await dialog.waitFor();
    await dialog.getByLabel(/SVG drawing/).check();
    const svg = await save(page, dir);
    expect(svg.name).toMatch(/-tree\.svg$/);
    const text = svg.bytes.toString('utf8');

    // It parses as XML, refers to nothing outside itself, and names every tactic of the plan.
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      const root = doc.documentElement;
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        tag: root.tagName,
        viewBox: root.getAttribute('viewBox'),
        classes: doc.querySelectorAll('[class]').length,
        styled: doc.querySelectorAll('rect[fill]').length,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.tag).toBe('svg');
    expect(parsed.classes).toBe(0);
    expect(parsed.styled).toBeGreaterThan(50);
    expect(text).not.toMatch(/href=|<image|@import|url\((?!#)/);
    const plan = samplePlanDocument();
    for (const t of plan.tactics) expect(text).toContain(`>${t.code}<`);
    const [, , vw, vh] = (parsed.viewBox ?? '').split(' ').map(Number);

    // Opened by itself (no app, no stylesheet) it draws the cards in colour.
    const alone = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    try {
      const svgFile = path.join(dir, svg.name);
      await alone.goto(`file://${svgFile}`);
      const card = await alone.evaluate(() => {
        const rect = document.querySelector('g[data-node-id] rect') as SVGRectElement | null;
        return rect ? { fill: getComputedStyle(rect).fill, width: rect.getBBox().width } : null;
      });
      expect(card?.width).toBeGreaterThan(100);
      expect(card?.fill).toMatch(/^rgb/);
      await alone.screenshot({ path: '/tmp/pic-tree-svg-alone.png' });
    } finally {
      await alone.close();
    }

    // PNG at 2× from the toolbar button: the PNG signature and the picture's size times the scale.
    await page.getByRole('button', { name: 'Export picture…' }).click();
    await dialog.waitFor();
    await dialog.getByLabel(/PNG image/).check();
    await dialog.getByLabel('PNG scale').selectOption('2');
    const png = await save(page, dir);
    expect(png.name).toMatch(/-tree\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
    const width = png.bytes.readUInt32BE(16);
    const height = png.bytes.readUInt32BE(20);
    expect(width).toBe(Math.round(vw! * 2));
    expect(height).toBe(Math.round(vh! * 2));
    fs.copyFileSync(path.join(dir, png.name), '/tmp/pic-tree-2x.png');
    expect(png.bytes.length).toBeGreaterThan(50_000);

    // The app said what it saved.
    await expect
      .poll(() => page.locator('.notice__message').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining('Saved the tree as')]));

    // In the dark theme the picture is still drawn in the light one (slides and paper are white).
    await page.getByRole('button', { name: 'Switch theme' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['theme'])).toBe('dark');
    await page.getByRole('button', { name: 'Export picture…' }).click();
    await dialog.waitFor();
    await dialog.getByLabel(/SVG drawing/).check();
    const dark = (await save(page, dir)).bytes.toString('utf8');
    const fills = await page.evaluate(
      ({ t, id }) => {
        const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
        const bg = doc.querySelector('svg > rect')?.getAttribute('fill');
        const text = doc.querySelector(`g[data-node-id="${id}"] text`)?.getAttribute('fill');
        return { bg, text };
      },
      { t: dark, id: plan.tactics[0]!.id },
    );
    expect(fills.bg).toBe('rgb(255, 255, 255)');
    expect(fills.text).toBe('rgb(21, 26, 36)');
    expect(consoleErrors).toEqual([]);
  });
});

describe('Export picture of the X-matrix', () => {
  it('saves the X-matrix as SVG with every cell of the view, and as PNG', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', { width: 1440, height: 900 });
    const dir = tempDir();
    await page.goto(url.replace(/#.*$/, '#/xmatrix'));
    await page.locator('.xm-grid [data-strength]').first().waitFor();
    const viewCells = await page.locator('.xm-grid [data-strength]').count();

    await page.getByRole('button', { name: 'Export picture…' }).click();
    const dialog = page.locator('dialog[data-export-picture][open]');
    await dialog.waitFor();
    await dialog.getByLabel(/SVG drawing/).check();
    const svg = await save(page, dir);
    expect(svg.name).toMatch(/-x-matrix\.svg$/);
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return {
        error: doc.querySelector('parsererror')?.textContent ?? null,
        cells: doc.querySelectorAll('[data-strength]').length,
        classes: doc.querySelectorAll('[class]').length,
      };
    }, text);
    expect(parsed.error).toBeNull();
    expect(parsed.classes).toBe(0);
    expect(parsed.cells).toBe(viewCells);
    const plan = samplePlanDocument();
    for (const g of plan.goals) expect(text).toContain(g.code);

    // The key E opens it too; PNG at 1×.
    await page.locator('.xm-scroll').focus();
    await page.keyboard.press('e');
    await dialog.waitFor();
    await dialog.getByLabel(/PNG image/).check();
    await dialog.getByLabel('PNG scale').selectOption('1');
    const png = await save(page, dir);
    expect([...png.bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(png.bytes.readUInt32BE(16)).toBeGreaterThan(800);
    fs.copyFileSync(path.join(dir, png.name), '/tmp/pic-xmatrix-1x.png');
    expect(consoleErrors).toEqual([]);
  });
});

describe('Export picture from the report', () => {
  it('saves the whole tree and the X-matrix from the report view', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', { width: 1440, height: 900 });
    const dir = tempDir();
    await page.goto(url.replace(/#.*$/, '#/report'));
    await page.locator('[data-report-picture="tree"]').click();
    const dialog = page.locator('dialog[data-export-picture][open]');
    await dialog.getByLabel(/SVG drawing/).check();
    const tree = await save(page, dir);
    expect(tree.name).toMatch(/-tree\.svg$/);
    const treeText = tree.bytes.toString('utf8');
    for (const tactic of samplePlanDocument().tactics) expect(treeText).toContain(tactic.code);

    await page.locator('[data-report-picture="xmatrix"]').click();
    await dialog.getByLabel(/SVG drawing/).check();
    const matrix = await save(page, dir);
    expect(matrix.name).toMatch(/-x-matrix\.svg$/);
    expect(matrix.bytes.toString('utf8')).toContain('<svg');
    expect(consoleErrors).toEqual([]);
  });
});
