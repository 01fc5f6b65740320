/** An axe-core scan of every view, in both themes: no serious or critical violation. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWebMode, settled } from './web-mode.ts';

// Evaluated through the DevTools protocol: the page's CSP (script-src 'self') rightly refuses an injected <script>.
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const VIEWS = ['plan', 'cascade', 'departments', 'tree', 'gaps', 'report'] as const;

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Serious and critical violations, one line each, so a failure names the rule and the elements. */
async function scan(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document)).violations;
  });
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id} (${v.help}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

async function open(theme: 'light' | 'dark', view: string): Promise<Page> {
  const { page, url } = await openWebMode(browser);
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(url.replace(/#.*$/, '') + `#/${view}`);
  await page.locator(`main[data-view="${view}"] h2`).first().waitFor();
  return page;
}

describe.each(['light', 'dark'] as const)('accessibility (%s theme)', (theme) => {
  it.each(VIEWS)('finds no serious or critical violation in #/%s', async (view) => {
    const page = await open(theme, view);
    if (view === 'cascade') {
      // With an item selected, so the inspector's fields and links are scanned too.
      await page.locator('[role="treeitem"][data-item-id="g-cs-1"]').first().click();
      await page.locator('.inspector [data-inspected-id="g-cs-1"]').waitFor();
    }
    // The report is scanned once laid out, not while its passing "Laying out the report…" line shows.
    if (view === 'report') await page.locator('.rpt-progress').waitFor({ state: 'detached' });
    await settled(page);
    expect(await scan(page)).toEqual([]);
  });

  it('finds no serious or critical violation in the command palette', async () => {
    const page = await open(theme, 'cascade');
    await page.keyboard.press('Control+k');
    await page.getByRole('dialog', { name: 'Command palette' }).waitFor();
    expect(await scan(page)).toEqual([]);
  });

  it('finds no serious or critical violation in Start next year’s plan', async () => {
    const page = await open(theme, 'cascade');
    await page.keyboard.press('Control+k');
    await page.keyboard.type('next year');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Start next year’s plan' });
    await dialog.locator('[data-rollover-summary]').waitFor();
    await dialog.locator('summary').click();
    await settled(page);
    expect(await scan(page)).toEqual([]);
  });

  it('finds no serious or critical violation in the import wizard, at its columns and at its rows', async () => {
    const page = await open(theme, 'cascade');
    await page.getByRole('button', { name: 'Import from Excel/CSV…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import from Excel/CSV' });
    await dialog.locator('input[data-import-file]').setInputFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'Level,Code,Title,Parent,Target\nannual,A1,Open two new markets,,2\ngoal,G1,Win the first clients,A1,\nannual,A2,Lift the margin,,ninety\n',
      ),
    });
    await expect.poll(() => dialog.getAttribute('data-import-step')).toBe('columns');
    await settled(page);
    expect(await scan(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Preview the rows' }).click();
    await expect.poll(() => dialog.getAttribute('data-import-step')).toBe('rows');
    await settled(page);
    expect(await scan(page)).toEqual([]);
  });

  it('finds no serious or critical violation in presentation mode', async () => {
    const page = await open(theme, 'cascade');
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await settled(page);
    expect(await scan(page)).toEqual([]);
  });
});
