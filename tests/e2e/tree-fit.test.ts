/**
 * The tree at Fit, as a room sees it on a 1920×1080 projector: the first view and Fit fill the stage and draw
 * every card's code, owner and title at 11 CSS px or more (14 presenting; measured on the rendered text: its
 * computed font size times the zoom it is drawn at, and its box); a 2,000-tactic plan shows the levels that are legible, with the
 * tactic counts, and zooming in reveals the goals, then the tactics. Screenshots go to /tmp/shots-tree/.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validatePlanDocument } from '../../core/plan-json.ts';
import { largePlan } from '../../bench/large-plan.ts';
import { writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';
import { launchBrowser, openWebMode, serveInWebMode, settled } from './web-mode.ts';

const SHOTS = '/tmp/shots-tree';
const FULL_HD = { width: 1920, height: 1080 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  fs.mkdirSync(SHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

interface CardText {
  id: string;
  kind: string;
  /** The smallest of the card's code, owner and title, in CSS px on screen: font size times the zoom drawn at. */
  px: number;
  /** The smallest height of their boxes on screen. */
  boxPx: number;
  parts: number;
}

/** The on-screen size of every drawn card's code, owner and title, once two frames agree on the view. */
async function cardTexts(page: Page): Promise<CardText[]> {
  let last = '';
  await expect
    .poll(async () => {
      const now = await page.evaluate(
        () =>
          new Promise<string>((done) =>
            requestAnimationFrame(() =>
              done(
                `${document.querySelector('.tree__svg > g')?.getAttribute('transform') ?? ''}|${document.querySelectorAll('[data-node-id]').length}`,
              ),
            ),
          ),
      );
      const same = now === last && !now.startsWith('|');
      last = now;
      return same;
    })
    .toBe(true);
  return page.$$eval('[data-kind="objective"], [data-kind="goal"], [data-kind="tactic"]', (cards) =>
    cards.map((card) => {
      const el = card as SVGGElement;
      // The card is drawn in the node's sibling layer (the item carries the name, the card the pieces of text).
      const layer = el.previousElementSibling!;
      const texts = [
        layer.querySelector('.tree-text--code'),
        layer.querySelector('.tree-text--meta, .tree-text--missing'),
        layer.querySelector('.tree-text--title'),
      ].filter((t): t is SVGTextElement => t instanceof SVGTextElement && (t.textContent ?? '') !== '');
      const sizes = texts.map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0));
      const boxes = texts.map((t) => t.getBoundingClientRect().height);
      return {
        id: el.dataset['nodeId'] ?? '',
        kind: el.dataset['kind'] ?? '',
        px: Math.min(...sizes),
        boxPx: Math.min(...boxes),
        parts: texts.length,
      };
    }),
  );
}

/** How much of the stage the drawn tree spans, across and down (1: all of it). */
async function filled(page: Page): Promise<{ across: number; down: number }> {
  return page.evaluate(() => {
    const stage = document.querySelector('.tree__stage')!.getBoundingClientRect();
    const boxes = [...document.querySelectorAll('[data-node-id], [data-branch]')].map((e) => e.getBoundingClientRect());
    const x0 = Math.min(...boxes.map((b) => b.left));
    const x1 = Math.max(...boxes.map((b) => b.right));
    const y0 = Math.min(...boxes.map((b) => b.top));
    const y1 = Math.max(...boxes.map((b) => b.bottom));
    return { across: (x1 - x0) / stage.width, down: (y1 - y0) / stage.height };
  });
}

const openTree = async (page: Page, url: string) => {
  await page.goto(url.replace(/#.*$/, '#/tree'));
  await page.locator('[data-tree-ready="true"] [data-node-id]').first().waitFor({ timeout: 60_000 });
};

/** Every card shows its code, owner and title at `min` CSS px or more (11 in the app, 14 presenting). */
function expectLegible(cards: CardText[], min = 11) {
  expect(cards.length).toBeGreaterThan(0);
  for (const c of cards) {
    expect(c.parts, `${c.id} shows code, owner and title`).toBe(3);
    expect(c.px, `${c.id}'s smallest text`).toBeGreaterThanOrEqual(min);
    expect(c.boxPx, `${c.id}'s smallest text box`).toBeGreaterThanOrEqual(min);
  }
}

describe('the tree at Fit on a 1920×1080 screen', () => {
  it('first view and Fit draw the sample plan’s cards legibly, filling the stage', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser, 'sample', FULL_HD);
    await openTree(page, url);
    const first = await cardTexts(page);
    expectLegible(first);
    const fill = await filled(page);
    expect(Math.max(fill.across, fill.down)).toBeGreaterThan(0.85);
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-fit-sample-1920-light.png') });

    // Zoom far out, then Fit: the same legible view again.
    await page.locator('.tree__stage').focus();
    for (let i = 0; i < 6; i++) await page.keyboard.press('-');
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    const fitted = await cardTexts(page);
    expectLegible(fitted);
    expect(fitted.map((c) => c.id).sort()).toEqual(first.map((c) => c.id).sort());

    // Presenting: the whole screen, and larger cards than in the app.
    await page.keyboard.press('p');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['presentation'])).toBe('on');
    await expect
      .poll(async () => Math.min(...(await cardTexts(page)).map((c) => c.px)))
      .toBeGreaterThan(Math.min(...first.map((c) => c.px)) * 1.05);
    expectLegible(await cardTexts(page), 14);
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-present-sample-1920-light.png') });
    expect(consoleErrors).toEqual([]);
  });

  it('a 2,000-tactic plan shows the levels that are legible, and zooming in reveals the rest', async () => {
    const file = path.join(tempDir(), 'big.hoshin');
    writePlanFile(file, validatePlanDocument(largePlan({ departments: 20, objectives: 8, goals: 200, tactics: 2000 })));
    const { page, url, consoleErrors } = await serveInWebMode(browser, file, FULL_HD);
    await openTree(page, url);
    const atFit = await cardTexts(page);
    expectLegible(atFit);
    // No tactic is drawn at Fit; what is folded carries its count.
    expect(atFit.some((c) => c.kind === 'tactic')).toBe(false);
    const counts = await page.$$eval('[data-toggle="expand"] .tree-toggle__text', (els) =>
      els.map((e) => e.textContent ?? ''),
    );
    expect(counts.length).toBeGreaterThan(3);
    expect(counts.every((c) => /^\+\d+$/.test(c.trim()))).toBe(true);
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-fit-2000-1920-light.png') });

    // Zoom in (the + key zooms about the centre): first the goals appear, then their tactics.
    await page.locator('.tree__stage').focus();
    const kinds = async () => new Set((await cardTexts(page)).map((c) => c.kind));
    let steps = 0;
    while (!(await kinds()).has('goal') && steps < 4) {
      await page.keyboard.press('+');
      steps += 1;
    }
    expect(await kinds()).toContain('goal');
    while (!(await kinds()).has('tactic') && steps < 8) {
      await page.keyboard.press('+');
      steps += 1;
    }
    expect(await kinds()).toContain('tactic');
    expectLegible(await cardTexts(page));
    await settled(page);
    await page.screenshot({ path: path.join(SHOTS, 'e2e-zoomed-2000-1920-light.png') });
    expect(consoleErrors).toEqual([]);
  });
});
