/** Web mode end to end: the built renderer, the HTTP transport and a real plan file, driven in Chromium. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('web mode', () => {
  it('shows the plan header and its cascade from the file', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser);
    await page.goto(url);
    await expect.poll(() => page.locator('header').first().textContent()).toContain('Customer Experience Plan 2027');
    await expect.poll(() => page.locator('[data-kind="objective"]').count()).toBe(5);
    expect(await page.locator('[data-item-id="t-it-ai-1"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main').getAttribute('data-view')).toBe('cascade');
    expect(consoleErrors).toEqual([]);
  });

  it('keeps working after a reload without the token in the address', async () => {
    const { page, url } = await openWebMode(browser);
    await page.goto(url);
    await page.locator('[data-kind="objective"]').first().waitFor();
    expect(page.url()).not.toContain('token=');
    await page.reload();
    await expect.poll(() => page.locator('[data-kind="objective"]').count()).toBe(5);
  });

  it('creates an objective, a goal under it and a tactic under that, through the UI', async () => {
    const { page, url, api } = await openWebMode(browser, 'empty');
    await api('createDepartment', { id: 'd-sup', name: 'Support', head: 'Rahul' });
    await page.goto(url);
    await page.getByRole('button', { name: 'Add objective' }).waitFor();

    // Each button adds the item and starts editing its title; Enter commits. A new goal goes under the objective
    // in focus, a new tactic under the goal in focus.
    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.keyboard.type('Resolve on first contact');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).objectives.map((o) => o.title))
      .toEqual(['Resolve on first contact']);
    const objectiveId = (await api<PlanDocument>('getPlan')).objectives[0]!.id;

    await page.getByRole('button', { name: 'Add goal' }).click();
    await page.keyboard.type('Answer every question in one contact');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await api<PlanDocument>('getPlan')).goals.length).toBe(1);
    const goal = (await api<PlanDocument>('getPlan')).goals[0]!;
    expect(goal).toMatchObject({ title: 'Answer every question in one contact', departmentId: 'd-sup' });
    expect(goal.supports.map((s) => s.objectiveId)).toEqual([objectiveId]);

    await page.getByRole('button', { name: 'Add tactic' }).click();
    await page.keyboard.type('Searchable knowledge base');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await api<PlanDocument>('getPlan')).tactics.length).toBe(1);
    expect((await api<PlanDocument>('getPlan')).tactics[0]!.supports.map((s) => s.goalId)).toEqual([goal.id]);

    // The page shows the cascade it built, with no gap left.
    await expect.poll(() => page.locator(`[data-item-id="${goal.id}"]`).count()).toBeGreaterThan(0);
    const gaps = await api<{ orphanedTactics: string[]; uncoveredObjectives: string[] }>('analyzeGaps');
    expect(gaps.orphanedTactics).toEqual([]);
    expect(gaps.uncoveredObjectives).toEqual([]);
  });

  it('shows a validation error next to the field and creates nothing', async () => {
    const { page, url, api } = await openWebMode(browser);
    await page.goto(url);
    await page.getByRole('button', { name: 'Add objective' }).click();
    await page.keyboard.type('   ');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('must not be empty').count()).toBeGreaterThan(0);
    expect((await api<PlanDocument>('getPlan')).objectives).toHaveLength(5);
  });
});
