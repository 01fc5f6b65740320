/** The alignment tree in web mode: gap marks, drag to link, collapse, search, filters, keyboard, remembered view. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { launchBrowser, openWebMode, settled } from './web-mode.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** axe-core's violations inside the work area, each as "rule: first offending elements". */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run: (el: Element) => Promise<AxeResult> } }).axe.run(
      document.querySelector('main')!,
    ),
  );
  return result.violations.map(
    (v) =>
      `${v.id}: ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
  );
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const treeUrl = (url: string) => url.replace(/#.*$/, '#/tree');

async function openTree(page: Page, url: string) {
  await page.goto(treeUrl(url));
  await page.locator('[data-tree-ready="true"] [data-node-id]').first().waitFor();
}

/** Fit the whole tree on screen, every branch expanded (the sample fits in boxes), so every node is drawn. */
async function fit(page: Page) {
  await page.locator('.tree__stage').focus();
  await page.keyboard.press('0');
  await viewSettled(page);
}

/**
 * Waits until the view the tree shows is the one it has stored (the zoom gesture has ended, including d3's
 * wheel-end delay) and React has committed a frame after it, so every node of the new view is drawn.
 */
async function viewSettled(page: Page) {
  await expect
    .poll(() =>
      page.evaluate(() => {
        const shown = document.querySelector('.tree__svg > g')?.getAttribute('transform') ?? '';
        const key = Object.keys(localStorage).find((k) => k.startsWith('hoshin.tree.'));
        const stored = key
          ? (JSON.parse(localStorage.getItem(key) ?? 'null') as {
              transform?: { x: number; y: number; k: number };
            } | null)
          : null;
        const t = stored?.transform;
        return t ? shown === `translate(${t.x},${t.y}) scale(${t.k})` : false;
      }),
    )
    .toBe(true);
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(null)))),
  );
}

/** `data-node-id` -> `kind:gap` of every node drawn. */
const marks = (page: Page): Promise<Record<string, string>> =>
  page.$$eval('[data-node-id]', (els) =>
    Object.fromEntries(
      els.map((e) => {
        const d = (e as HTMLElement).dataset;
        return [d['nodeId'] ?? '', `${d['kind']}:${d['gap']}`];
      }),
    ),
  );

async function centreOf(page: Page, id: string) {
  const box = await page.locator(`[data-node-id="${id}"]`).boundingBox();
  if (!box) throw new Error(`${id} is not drawn`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

describe('alignment tree', () => {
  it('opens at #/tree and marks exactly the sample plan’s gaps on the nodes', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser);
    await openTree(page, url);
    expect(await page.locator('main').getAttribute('data-view')).toBe('tree');
    await fit(page);
    const seen = await marks(page);
    expect(Object.keys(seen)).toHaveLength(1 + 5 + 17 + 35);
    expect(seen['plan']).toBe('plan:none');
    const gaps = Object.entries(seen).filter(([, v]) => !v.endsWith(':none'));
    expect(Object.fromEntries(gaps)).toEqual({
      o5: 'objective:uncovered',
      'g-mkt-2': 'goal:orphan',
      't-mkt-2-1': 'tactic:orphan',
      't-it-ai-1': 'tactic:orphan',
    });
    expect(seen['g-sales-2']).toBe('goal:none');
    // The Unaligned header is drawn, but it is not an item.
    const header = page.locator('[data-branch="unaligned"]');
    expect(await header.count()).toBe(1);
    expect(await header.getAttribute('data-node-id')).toBeNull();
    // The gap counts are always on screen.
    expect(await page.locator('[data-gap-count="orphanTactic"]').textContent()).toContain('2');
    expect(await page.locator('[data-gap-count="uncovered"]').textContent()).toContain('1');
    expect(consoleErrors).toEqual([]);
  });

  it('passes an axe-core scan in both themes, at card and box detail', async () => {
    const { page, url } = await openWebMode(browser);
    await openTree(page, url);
    expect(await axeViolations(page)).toEqual([]);
    await fit(page);
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    await settled(page); // the buttons' colour transitions finish first
    expect(await axeViolations(page)).toEqual([]);
  });

  it('marks an objective whose goals have no tactic as unexecuted', async () => {
    const { page, url, api } = await openWebMode(browser);
    const o = await api<{ id: string }>('createObjective', { title: 'Cut billing errors in half' });
    await api('createGoal', {
      departmentId: 'd-ops',
      title: 'Audit every invoice run',
      supports: [{ objectiveId: o.id, strength: 'strong' }],
    });
    await openTree(page, url);
    await fit(page);
    expect(await page.locator(`[data-node-id="${o.id}"]`).getAttribute('data-gap')).toBe('unexecuted');
    expect(await page.locator('[data-gap-count="unexecuted"]').textContent()).toContain('1');
  });

  it('links an orphaned tactic by dragging it onto a goal, and the orphan mark goes', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openTree(page, url);
    await fit(page);
    const from = await centreOf(page, 't-it-ai-1');
    const to = await centreOf(page, 'g-cs-1');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 10, from.y + 10, { steps: 3 });
    await page.mouse.move(to.x, to.y, { steps: 12 });
    expect(await page.locator('[data-node-id="g-cs-1"]').getAttribute('class')).toContain('is-drop-target');
    await page.mouse.up();
    const dialog = page.getByRole('dialog', { name: /Link IT-AI\.1 to goal CS-1/ });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: /Strong/ }).click();

    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).tactics.find((t) => t.id === 't-it-ai-1')!.supports)
      .toEqual([{ goalId: 'g-cs-1', strength: 'strong' }]);
    await fit(page);
    await expect.poll(() => page.locator('[data-node-id="t-it-ai-1"]').getAttribute('data-gap')).toBe('none');
    expect(await page.locator('[data-node-id="t-it-ai-1"]').getAttribute('data-key')).toBe('g-cs-1/t-it-ai-1');
    expect(await page.locator('[data-gap-count="orphanTactic"]').textContent()).toContain('1');

    // The link was one change: one undo takes it away again.
    await api('undo');
    expect((await api<PlanDocument>('getPlan')).tactics.find((t) => t.id === 't-it-ai-1')!.supports).toEqual([]);
  });

  it('links a goal to an objective by dragging, with the strength chosen after the drop', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openTree(page, url);
    await fit(page);
    const from = await centreOf(page, 'g-mkt-2');
    const to = await centreOf(page, 'o1');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 12 });
    await page.mouse.up();
    await page.getByRole('dialog').getByRole('button', { name: /Weak/ }).click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).goals.find((g) => g.id === 'g-mkt-2')!.supports)
      .toEqual([{ objectiveId: 'o1', strength: 'weak' }]);
  });

  it('cancels a drop without linking anything', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openTree(page, url);
    await fit(page);
    const from = await centreOf(page, 't-it-ai-1');
    const to = await centreOf(page, 'g-cs-1');
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x, to.y, { steps: 10 });
    await page.mouse.up();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    expect((await api<PlanDocument>('getPlan')).tactics.find((t) => t.id === 't-it-ai-1')!.supports).toEqual([]);
  });

  it('collapses and expands a subtree, and remembers it for the plan', async () => {
    const { page, url } = await openWebMode(browser);
    await openTree(page, url);
    await fit(page);
    expect(await page.locator('[data-node-id="g-cs-1"]').count()).toBe(1);
    await page.locator('[data-toggle-for="o1"]').click();
    await expect.poll(() => page.locator('[data-node-id="g-cs-1"]').count()).toBe(0);
    expect(await page.locator('[data-node-id="o1"]').getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-toggle-for="o1"] .tree-toggle__text').textContent()).toMatch(/^\+\d+$/);

    await page.reload();
    // The remembered view: the same zoom, o1 still collapsed (0 would expand every branch).
    await page.locator('[data-tree-ready="true"] [data-node-id="o1"]').waitFor();
    expect(await page.locator('[data-node-id="g-cs-1"]').count()).toBe(0);

    await page.locator('[data-toggle-for="o1"]').click();
    await expect.poll(() => page.locator('[data-node-id="g-cs-1"]').count()).toBe(1);
    expect(await page.locator('[data-node-id="o1"]').getAttribute('aria-expanded')).toBe('true');
  });

  it('highlights search matches, dims the rest, and jumps to a match', async () => {
    const { page, url } = await openWebMode(browser);
    await openTree(page, url);
    await fit(page);
    await page.getByLabel('Search the tree').fill('onboarding');
    await expect.poll(() => page.locator('.tree-node.is-match').count()).toBeGreaterThan(0);
    const matched = await page.$$eval('.tree-node.is-match', (els) =>
      els.map((e) => (e as HTMLElement).dataset['nodeId']),
    );
    expect(matched.sort()).toEqual(['g-cs-2', 't-cs-2-1', 't-cs-2-2']);
    expect(await page.locator('[data-node-id="g-cs-1"]').getAttribute('class')).toContain('is-dimmed');
    await page.getByLabel('Search the tree').press('Enter');
    await expect.poll(() => page.locator('[data-match-count]').textContent()).toBe('1 of 3');
    await page.getByLabel('Search the tree').fill('');
    await expect.poll(() => page.locator('.tree-node.is-dimmed').count()).toBe(0);
  });

  it('filters by department and shows only the gaps', async () => {
    const { page, url } = await openWebMode(browser);
    await openTree(page, url);
    await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'Marketing' });
    await fit(page);
    const dept = Object.keys(await marks(page)).sort();
    expect(dept).toEqual([
      'g-mkt-1',
      'g-mkt-2',
      'o1',
      'o2',
      'o3',
      'o4',
      'o5',
      'plan',
      't-mkt-1-1',
      't-mkt-1-2',
      't-mkt-2-1',
    ]);

    await page.getByRole('combobox', { name: 'Department' }).selectOption({ label: 'All departments' });
    await page.getByLabel('Show only gaps').check();
    await fit(page);
    expect(Object.keys(await marks(page)).sort()).toEqual(['g-mkt-2', 'o5', 'plan', 't-it-ai-1', 't-mkt-2-1']);
  });

  it('selects on click and moves between nodes with the arrow keys', async () => {
    const { page, url } = await openWebMode(browser);
    await openTree(page, url);
    await fit(page);
    await page.locator('[data-node-id="g-cs-1"]').click();
    expect(await page.locator('[data-node-id="g-cs-1"]').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.inspector').textContent()).toContain('CS-1');

    await page.keyboard.press('ArrowRight');
    expect(await page.locator('[data-node-id="t-cs-1-1"]').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('[data-node-id="t-cs-1-2"]').getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[data-node-id="g-cs-1"]').getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('.tree__stage').getAttribute('aria-activedescendant')).toBe('tree-node-o1/g-cs-1');
  });

  it('zooms with the keyboard and the wheel, and keeps the zoom for the plan', async () => {
    const { page, url } = await openWebMode(browser);
    await openTree(page, url);
    await fit(page);
    const width = async () => (await page.locator('[data-node-id="g-cs-1"]').boundingBox())!.width;
    const before = await width();
    await page.locator('.tree__stage').focus();
    await page.keyboard.press('+');
    await expect.poll(width).toBeGreaterThan(before * 1.2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(width).toBeLessThan(before);
    const zoomed = await width();
    const stage = (await page.locator('.tree__stage').boundingBox())!;
    await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
    await page.mouse.wheel(0, -300);
    await expect.poll(width).toBeGreaterThan(zoomed);
    const kept = await width();
    await viewSettled(page);
    await page.reload();
    await page.locator('[data-tree-ready="true"] [data-node-id]').first().waitFor();
    expect(Math.abs((await width()) - kept)).toBeLessThan(1);
  });
});
