/** What the cascade outline's e2e tests share: finding a row, reading the plan and history, where the focus is. */
import type { Page } from 'playwright-core';
import type { HistoryState } from '../../contract/api.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import type { WebModeFixture } from './web-mode.ts';

export const row = (page: Page, id: string) => page.locator(`[role="treeitem"][data-item-id="${id}"]`).first();
export const getPlan = (fx: WebModeFixture) => fx.api<PlanDocument>('getPlan');
export const history = (fx: WebModeFixture) => fx.api<HistoryState>('getHistory');

/** The id of the outline row holding the focus, or what holds it instead ("body" when the focus was dropped). */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    return el.getAttribute('data-item-id') ?? `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`;
  });

export async function openCascade(fx: WebModeFixture): Promise<void> {
  await fx.page.goto(fx.url);
  await fx.page.locator('main[data-view="cascade"]').waitFor();
}
