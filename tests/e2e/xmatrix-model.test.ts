/**
 * Weights, responsible and supporting departments and relative targets in the app (web mode, Chromium): set in
 * the inspector, each one undo step, then shown in the X-matrix and judged in the gaps view.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../contract/api.ts';
import { getPlan, openCascade, row } from './outline-helpers.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the model a real X-matrix needs, in the app', () => {
  it('sets a weight, a responsible department, a relative target and a supporting department, and shows them', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await openCascade(fx);

    // An annual objective: weight, responsible department, and a target 10 % below the baseline.
    await row(page, 'o3').click();
    const weight = page.getByRole('textbox', { name: 'Weight (%)' });
    await weight.fill('40');
    await weight.press('Enter');
    await expect.poll(async () => (await getPlan(fx)).objectives.find((o) => o.id === 'o3')?.weight).toBe(40);
    await page.getByRole('combobox', { name: 'Responsible department' }).selectOption('d-support');
    await expect
      .poll(async () => (await getPlan(fx)).objectives.find((o) => o.id === 'o3')?.departmentId)
      .toBe('d-support');
    await page.getByRole('combobox', { name: 'Target is' }).selectOption('relative');
    await expect
      .poll(async () => (await getPlan(fx)).objectives.find((o) => o.id === 'o3')?.kpi?.targetKind)
      .toBe('relative');
    const target = page.getByRole('spinbutton', { name: 'Target (% change)' });
    await target.fill('-10');
    await target.press('Enter');
    await expect
      .poll(() => page.locator('[data-kpi-reading]').textContent())
      .toBe('decrease Customer Effort Score (1-7, lower is better) from 4.1 score by −10 % to 3.69 score');

    // A weight that is no percent is refused next to the field, and nothing changes.
    await weight.fill('140');
    await weight.press('Enter');
    await expect.poll(() => page.getByText('must be a percent from 0 to 100').count()).toBe(1);
    expect((await getPlan(fx)).objectives.find((o) => o.id === 'o3')?.weight).toBe(40);
    await weight.press('Escape');

    // A goal: Sales supports Customer Success's CS-1.
    await row(page, 'g-cs-1').click();
    await page.locator('[data-supporting-department="d-sales"]').check();
    await expect
      .poll(async () => (await getPlan(fx)).goals.find((g) => g.id === 'g-cs-1')?.supportingDepartmentIds)
      .toEqual(['d-sales']);

    // The X-matrix: the weight after the title, the responsible department's KPI heading and owner column.
    await page.goto(`${fx.url.split('#')[0]}#/xmatrix`);
    const o3 = page.locator('.xm-colhead[data-col-id="o3"]');
    await o3.waitFor();
    expect(await o3.textContent()).toMatch(/ · 40 %$/);
    expect(await page.locator('.xm-colhead[data-col-id="kpi:o3"]').textContent()).toMatch(
      /→ −10 % \(3\.69 score\) · Support$/,
    );
    expect(await page.locator('.xm-colhead[data-col-id="department:d-support"]').textContent()).toContain('Support');

    // The gaps view: annual weights that do not add up, and Support carries no goal for O3.
    await page.goto(`${fx.url.split('#')[0]}#/gaps`);
    await expect.poll(() => page.getByText('Weights that do not add up to 100 %').count()).toBeGreaterThan(0);
    expect(await page.getByText('The weights of the annual objectives add up to 40 %, not 100 %').count()).toBe(1);
    // Each change was one undo step: weight, department, target kind, target, supporting department.
    expect((await fx.api<HistoryState>('getHistory')).undoDepth).toBe(5);

    // Fixed in place: the level's weights with their running sum, set as one undo step.
    const item = page.locator('[data-finding-kind="weights_not_100"][data-finding-id="o3"]');
    await item.getByRole('button', { name: /^Change the weights so they add up to 100 %/ }).click();
    const form = page.getByRole('form', { name: 'Change the weights' });
    await form.locator('[data-weight-of="o4"]').fill('35');
    await expect.poll(() => form.locator('[data-weights-sum]').textContent()).toBe('Sum: 75 % (add 25 %)');
    await form.locator('[data-weight-of="o5"]').fill('25');
    await expect.poll(() => form.locator('[data-weights-sum]').textContent()).toBe('Sum: 100 %');
    await form.getByRole('button', { name: 'Set weights' }).click();
    await expect.poll(() => item.count()).toBe(0);
    const weights = (await getPlan(fx)).objectives.filter((o) => o.horizon === 'annual').map((o) => o.weight);
    expect(weights).toEqual([40, 35, 25]);
    expect((await fx.api<HistoryState>('getHistory')).undoDepth).toBe(6);
    expect(fx.consoleErrors).toEqual([]);
  });
});
