/** The cascade editor in web mode, driven like a person at a keyboard in a planning session. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryState } from '../../contract/api.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { getPlan, openCascade, row } from './outline-helpers.ts';
import { launchBrowser, openWebMode, type WebModeFixture } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Waits until the server holds `undoDepth` steps and the title editor has closed, so the next key acts on the
 * newest change (not on the text still being edited).
 */
async function settled(fx: WebModeFixture, undoDepth: number): Promise<void> {
  await expect.poll(async () => (await fx.api<HistoryState>('getHistory')).undoDepth).toBe(undoDepth);
  await expect.poll(() => fx.page.locator('.orow__editor').count()).toBe(0);
}

describe('cascade editor', () => {
  it('builds a three-level cascade on an empty plan by keyboard alone', async () => {
    const fx = await openWebMode(browser, 'empty');
    await fx.api('createDepartment', { id: 'd-sup', name: 'Support', head: 'Rahul' });
    await openCascade(fx);
    const { page } = fx;

    await page.keyboard.press('Control+k');
    await page.keyboard.type('add objective');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Resolve on first contact');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getPlan(fx)).objectives.length).toBe(1);

    // Enter on the objective: a new objective after it; Tab makes it a goal under the objective.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Answer every question in one contact');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getPlan(fx)).goals.length).toBe(1);

    // Enter on the goal: a new goal after it; Tab makes it a tactic under the goal.
    await page.keyboard.press('Enter');
    await page.keyboard.type('Searchable knowledge base');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await getPlan(fx)).tactics.length).toBe(1);

    const plan = await getPlan(fx);
    const [objective] = plan.objectives;
    const [goal] = plan.goals;
    const [tactic] = plan.tactics;
    expect(objective).toMatchObject({ title: 'Resolve on first contact' });
    expect(goal).toMatchObject({ title: 'Answer every question in one contact', departmentId: 'd-sup' });
    expect(goal!.supports).toEqual([{ objectiveId: objective!.id, strength: 'strong' }]);
    expect(tactic).toMatchObject({ title: 'Searchable knowledge base', departmentId: 'd-sup' });
    expect(tactic!.supports).toEqual([{ goalId: goal!.id, strength: 'strong' }]);
    const gaps = await fx.api<{ orphanedGoals: string[]; orphanedTactics: string[]; uncoveredObjectives: string[] }>(
      'analyzeGaps',
    );
    expect(gaps).toMatchObject({ orphanedGoals: [], orphanedTactics: [], uncoveredObjectives: [] });
    // The tactic row shows under the goal, which shows under the objective.
    await expect.poll(() => row(page, tactic!.id).getAttribute('aria-level')).toBe('3');
    expect(await row(page, goal!.id).getAttribute('aria-level')).toBe('2');
    expect(fx.consoleErrors).toEqual([]);
  });

  it('keeps up with titles typed back to back, creating them in order', async () => {
    const fx = await openWebMode(browser, 'empty');
    await fx.api('createDepartment', { id: 'd-sup', name: 'Support' });
    await openCascade(fx);
    const { page } = fx;
    await page.getByRole('button', { name: 'Add objective' }).click();
    // No waiting between items: each Enter shows the new row at once, the server catches up in order.
    await page.keyboard.type('First\n\nSecond\n\nThird\n\nUnder third', { delay: 5 });
    await page.keyboard.press('Tab');
    await page.keyboard.type('\n\nAlso under third\n', { delay: 5 });
    await expect
      .poll(async () => {
        const plan = await getPlan(fx);
        return [plan.objectives.map((o) => o.title), plan.goals.map((g) => g.title)];
      })
      .toEqual([
        ['First', 'Second', 'Third'],
        ['Under third', 'Also under third'],
      ]);
    const plan = await getPlan(fx);
    const third = plan.objectives[2]!.id;
    expect(plan.goals.map((g) => g.supports)).toEqual([
      [{ objectiveId: third, strength: 'strong' }],
      [{ objectiveId: third, strength: 'strong' }],
    ]);
    // The codes the server gave replace the placeholders.
    await expect.poll(() => page.locator('[role="treeitem"] .code').allTextContents()).not.toContain('…');
    expect(fx.consoleErrors).toEqual([]);
  });

  it('indents and outdents existing items with Tab and Shift+Tab, one undo step each', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    // O2 sits under O1: Tab makes it a goal supporting O1.
    await row(page, 'o2').click();
    await page.keyboard.press('Tab');
    await expect
      .poll(async () => (await getPlan(fx)).goals.find((g) => g.id === 'o2')?.supports)
      .toEqual([{ objectiveId: 'o1', strength: 'strong' }]);
    await expect.poll(() => row(page, 'o2').getAttribute('data-kind')).toBe('goal');
    // Shift+Tab: back to an objective.
    await row(page, 'o2').focus();
    await page.keyboard.press('Shift+Tab');
    await expect.poll(async () => (await getPlan(fx)).objectives.some((o) => o.id === 'o2')).toBe(true);
    await settled(fx, 2);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await getPlan(fx)).goals.some((g) => g.id === 'o2')).toBe(true);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await getPlan(fx)).objectives.map((o) => o.id)).toContain('o2');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await getPlan(fx)).goals.some((g) => g.id === 'o2')).toBe(true);
  });

  it('undoes and redoes each kind of change from the keyboard', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    let depth = 0;
    const undoRedo = async (check: (plan: PlanDocument, state: 'done' | 'undone') => void, redoKey: string) => {
      depth += 1;
      await settled(fx, depth);
      check(await getPlan(fx), 'done');
      await page.keyboard.press('Control+z');
      await settled(fx, depth - 1);
      check(await getPlan(fx), 'undone');
      await page.keyboard.press(redoKey);
      await settled(fx, depth);
      check(await getPlan(fx), 'done');
    };

    // Create: Enter on a tactic adds one after it.
    await row(page, 't-cs-1-1').click();
    await page.keyboard.press('Enter');
    await page.keyboard.type('Health score alerts in Slack');
    await page.keyboard.press('Enter');
    await undoRedo((plan, state) => {
      expect(plan.tactics.some((t) => t.title === 'Health score alerts in Slack')).toBe(state === 'done');
    }, 'Control+Shift+z');

    // Edit: F2 renames.
    await row(page, 't-cs-1-2').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Run the save playbook within 48 hours');
    await page.keyboard.press('Enter');
    await undoRedo((plan, state) => {
      const title = plan.tactics.find((t) => t.id === 't-cs-1-2')!.title;
      expect(title === 'Run the save playbook within 48 hours').toBe(state === 'done');
    }, 'Control+y');

    // Delete: the Delete key, no question asked (it is undoable).
    await row(page, 't-cs-1-3').click();
    await page.keyboard.press('Delete');
    await undoRedo((plan, state) => {
      expect(plan.tactics.some((t) => t.id === 't-cs-1-3')).toBe(state === 'undone');
    }, 'Control+Shift+z');

    // Link: a strength changed in the inspector.
    await row(page, 'g-cs-1').click();
    await page.getByRole('combobox', { name: 'Strength of link to O1' }).selectOption('weak');
    await row(page, 'g-cs-1').focus();
    await undoRedo((plan, state) => {
      const link = plan.goals.find((g) => g.id === 'g-cs-1')!.supports.find((s) => s.objectiveId === 'o1');
      expect(link?.strength).toBe(state === 'done' ? 'weak' : 'strong');
    }, 'Control+y');

    // Convert: Tab turns the goal below CS-1 into a tactic under CS-1.
    await row(page, 'g-cs-2').click();
    await page.keyboard.press('Tab');
    await undoRedo((plan, state) => {
      expect(plan.tactics.some((t) => t.id === 'g-cs-2')).toBe(state === 'done');
      expect(plan.goals.some((g) => g.id === 'g-cs-2')).toBe(state === 'undone');
    }, 'Control+Shift+z');

    // Department: renamed in place, undone from outside the text field.
    await page.getByRole('link', { name: 'Departments', exact: true }).click();
    const name = page.getByRole('textbox', { name: 'Name of HR' });
    await name.fill('People');
    await name.press('Enter');
    await page.getByRole('button', { name: 'Move People up' }).focus();
    await undoRedo((plan, state) => {
      const hr = plan.departments.find((d) => d.id === 'd-hr')!;
      expect(hr.name).toBe(state === 'done' ? 'People' : 'HR');
    }, 'Control+Shift+z');
    // The field shows the undone and redone name too.
    await expect.poll(() => page.getByRole('textbox', { name: 'Name of People' }).inputValue()).toBe('People');
  });

  it('changes a link strength in the inspector, shown with the X-matrix symbols', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 't-cs-1-1').click();
    const strength = page.getByRole('combobox', { name: 'Strength of link to CS-1' });
    expect(await strength.inputValue()).toBe('strong');
    expect(await strength.locator('option:checked').textContent()).toBe('● Strong');
    await strength.selectOption('medium');
    await expect
      .poll(async () => (await getPlan(fx)).tactics.find((t) => t.id === 't-cs-1-1')!.supports[0]!.strength)
      .toBe('medium');
    // The outline row shows the new mark.
    await expect.poll(() => row(page, 't-cs-1-1').locator('.strength').textContent()).toContain('○');
  });

  it('adds and removes a link by searching for the target in the inspector', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 't-it-ai-1').click();
    const search = page.getByRole('combobox', { name: 'Link to a goal' });
    await search.fill('SUP-1');
    await search.press('ArrowDown');
    await search.press('Enter');
    await expect
      .poll(async () => (await getPlan(fx)).tactics.find((t) => t.id === 't-it-ai-1')!.supports.map((s) => s.goalId))
      .toEqual(['g-sup-1']);
    await page.getByRole('button', { name: 'Remove link to SUP-1' }).click();
    await expect.poll(async () => (await getPlan(fx)).tactics.find((t) => t.id === 't-it-ai-1')!.supports).toEqual([]);
  });

  it('keeps everything across a reload, and undo still works after it', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 'o1').click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Lowest churn in the market');
    await page.keyboard.press('Enter');
    await settled(fx, 1);
    const before = await getPlan(fx);

    await page.reload();
    await expect.poll(() => row(page, 'o1').textContent()).toContain('Lowest churn in the market');
    expect(await getPlan(fx)).toEqual(before);
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).getAttribute('title')).toContain('Lowest churn');
    await page.locator('main').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => row(page, 'o1').textContent()).toContain('Become the lowest-churn');
    expect((await getPlan(fx)).objectives[0]!.title).toBe(
      'Become the lowest-churn connectivity provider for small businesses',
    );
  });

  it('edits plan settings and item fields in place, with validation next to the field', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await page.getByRole('link', { name: 'Plan', exact: true }).click();
    const vision = page.getByLabel(/^Vision/);
    await vision.fill('Small businesses leave when nobody notices they are struggling.');
    await page.getByLabel('Organisation').focus();
    await expect
      .poll(async () => (await getPlan(fx)).plan.vision)
      .toBe('Small businesses leave when nobody notices they are struggling.');
    await page.getByLabel('Period end').fill('2026-01-01');
    await page.getByLabel('Organisation').focus();
    await expect.poll(() => page.getByText('the period must not end before it starts').count()).toBe(1);
    expect((await getPlan(fx)).plan.periodEnd).toBe('2027-12-31');

    await page.getByRole('link', { name: 'Cascade', exact: true }).click();
    await row(page, 'o1').click();
    const target = page.getByRole('spinbutton', { name: 'Target' });
    await target.fill('8');
    await target.press('Enter');
    await expect.poll(async () => (await getPlan(fx)).objectives[0]!.kpi?.target).toBe(8);
    await expect
      .poll(() => page.locator('[data-kpi-reading]').textContent())
      .toBe('decrease Annual customer churn from 14% to 8%');
  });

  it('finds any item by text or code, and filters by department, owner, status and tag', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await page.keyboard.press('Control+f');
    // Typed once the find field has the focus (on a loaded machine the outline may still be settling).
    await expect.poll(() => page.getByRole('searchbox').evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('SAL-1.2');
    await expect.poll(() => page.getByRole('searchbox').inputValue()).toBe('SAL-1.2');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-item-id')))
      .toBe('t-sales-1-2');
    await page.getByRole('searchbox').fill('');
    await page.getByRole('search').getByRole('combobox', { name: 'Status' }).selectOption('off_track');
    const offTrack = (await getPlan(fx)).tactics.filter((t) => t.status === 'off_track').map((t) => t.id);
    await expect
      .poll(
        async () =>
          new Set(
            await page
              .locator('[role="treeitem"][data-kind="tactic"]')
              .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset['itemId'])),
          ),
      )
      .toEqual(new Set(offTrack));
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByRole('search').getByRole('combobox', { name: 'Department' }).selectOption('d-it');
    await expect.poll(async () => page.locator('[role="treeitem"][data-kind="tactic"]').count()).toBeGreaterThan(0);
    const departments = await page
      .locator('[role="treeitem"][data-kind="tactic"]:not(.is-context) .orow__dept')
      .allTextContents();
    expect(new Set(departments)).toEqual(new Set(['IT']));
  });

  it('deletes a department after saying what goes with it, and undo brings it all back', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    const before = await getPlan(fx);
    await page.getByRole('link', { name: 'Departments', exact: true }).click();
    await page.getByRole('button', { name: 'Delete Sales' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete Sales?' });
    await expect.poll(() => dialog.textContent()).toMatch(/also deletes \d+ goals?/);
    await dialog.getByRole('button', { name: 'Delete department' }).click();
    await expect.poll(async () => (await getPlan(fx)).departments.some((d) => d.id === 'd-sales')).toBe(false);
    await page.keyboard.press('Control+z');
    await expect.poll(() => getPlan(fx)).toEqual(before);
  });

  it('toggles presentation mode with F5 and the toolbar button', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 'o1').click();
    await page.keyboard.press('F5');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['presentation'])).toBe('on');
    expect(await page.locator('.inspector').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['presentation'])).toBeUndefined();
  });
});
