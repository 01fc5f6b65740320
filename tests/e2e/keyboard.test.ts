/**
 * The keyboard-first session (issue 15): every key from a row of the outline, Esc out of the inspector, the `?`
 * list, owner suggestions, and the focus kept in the work area after each action. Web mode in Chromium.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focused, getPlan, history, openCascade, row } from './outline-helpers.ts';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('keyboard-first outline', () => {
  it('1, 2 and 3 set the link strength of a row, one undo step named for the change', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 't-cs-1-1').click();
    const strength = async () =>
      (await getPlan(fx)).tactics.find((t) => t.id === 't-cs-1-1')!.supports.find((s) => s.goalId === 'g-cs-1')
        ?.strength;

    await page.keyboard.press('2');
    await expect.poll(strength).toBe('medium');
    expect((await history(fx)).undoLabel).toBe('Changed link CS-1.1 → CS-1 to medium');
    await expect.poll(() => focused(page)).toBe('t-cs-1-1');
    await expect.poll(() => row(page, 't-cs-1-1').locator('.strength--medium').count()).toBe(1);

    await page.keyboard.press('3');
    await expect.poll(strength).toBe('weak');
    await page.keyboard.press('1');
    await expect.poll(strength).toBe('strong');
    expect((await history(fx)).undoDepth).toBe(3);

    // A goal's link to its objective, the same way.
    await row(page, 'g-cs-1').click();
    await page.keyboard.press('3');
    await expect
      .poll(async () => (await getPlan(fx)).goals.find((g) => g.id === 'g-cs-1')!.supports[0]!.strength)
      .toBe('weak');
    expect((await history(fx)).undoLabel).toBe('Changed link CS-1 → O1 to weak');
    expect(fx.consoleErrors).toEqual([]);
  });

  it('Alt+Down and Alt+Up move a row among its siblings, the focus following it', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    const order = async () => (await getPlan(fx)).tactics.map((t) => t.id).filter((id) => id.startsWith('t-cs-1-'));
    const before = await order();
    expect(before.slice(0, 2)).toEqual(['t-cs-1-1', 't-cs-1-2']);

    await row(page, 't-cs-1-1').click();
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(async () => (await order()).slice(0, 2)).toEqual(['t-cs-1-2', 't-cs-1-1']);
    await expect.poll(() => focused(page)).toBe('t-cs-1-1');
    // The outline shows the new order.
    await expect
      .poll(() =>
        page
          .locator('[role="treeitem"][data-item-id^="t-cs-1-"]')
          .evaluateAll((els) => els.slice(0, 2).map((e) => e.getAttribute('data-item-id'))),
      )
      .toEqual(['t-cs-1-2', 't-cs-1-1']);

    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(async () => (await order()).slice(0, 2)).toEqual(['t-cs-1-1', 't-cs-1-2']);
    await expect.poll(() => focused(page)).toBe('t-cs-1-1');
    expect((await history(fx)).undoDepth).toBe(2);
  });

  it('Delete and Backspace delete the row; undoing the delete leaves the focus on a row', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    const has = async (id: string) => (await getPlan(fx)).tactics.some((t) => t.id === id);

    await row(page, 't-cs-1-3').click();
    await page.keyboard.press('Backspace');
    await expect.poll(() => has('t-cs-1-3')).toBe(false);
    await expect.poll(() => focused(page)).not.toBe('body');

    await row(page, 't-cs-1-2').click();
    await page.keyboard.press('Delete');
    await expect.poll(() => has('t-cs-1-2')).toBe(false);
    const after = await focused(page);
    expect(after).not.toBe('body');

    await page.keyboard.press('Control+z');
    await expect.poll(() => has('t-cs-1-2')).toBe(true);
    await expect.poll(() => focused(page)).not.toBe('body');
    // The keys still work: the focused row answers ArrowUp.
    const was = await focused(page);
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focused(page)).not.toBe(was);
    expect(fx.consoleErrors).toEqual([]);
  });

  it('Esc in the inspector returns to the focused row of the outline', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 'g-cs-1').click();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.inspector'))).toBe(true);
    // A field with unsaved text: the first Esc puts the saved value back and stays; the next goes back.
    await page.keyboard.type('zz');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.inspector'))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('g-cs-1');
    // From a field further down (the owner) as well.
    await page.locator('.inspector').getByRole('combobox', { name: 'Owner', exact: true }).focus();
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('g-cs-1');
    expect((await history(fx)).undoDepth).toBe(0);
  });

  it('? lists every shortcut; Esc closes the list and the focus goes back to the row', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 'o1').click();
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await dialog.waitFor();
    const text = await dialog.innerText();
    for (const key of ['1, 2, 3', 'Alt+↑, Alt+↓', 'Delete, Backspace', 'Ctrl/Cmd+K', 'F2', 'Esc', '?'])
      expect(text).toContain(key);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => focused(page)).toBe('o1');
    // Typed in a text field, ? is just a character.
    await page.getByRole('searchbox').first().focus();
    await page.keyboard.type('?');
    expect(await dialog.isVisible()).toBe(false);
  });

  // An input with a list of suggestions is a combobox to assistive technology (and to getByRole).
  it('suggests every owner and head named so far in every owner field', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    const plan = await getPlan(fx);
    const people = new Set(
      [...plan.departments.map((d) => d.head), ...plan.goals.map((g) => g.owner), ...plan.tactics.map((t) => t.owner)]
        .filter((p): p is string => !!p)
        .map((p) => p.trim()),
    );
    await row(page, 't-cs-1-1').click();
    const owner = page.locator('.inspector').getByRole('combobox', { name: 'Owner', exact: true });
    const listId = await owner.getAttribute('list');
    expect(listId).toBeTruthy();
    const options = await page
      .locator(`datalist#${listId} option`)
      .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    for (const p of people) expect(options).toContain(p);
    expect(new Set(options).size).toBe(options.length);

    // A new name, once saved, is suggested everywhere (the head of a department included).
    await owner.fill('Zoë Newcomer');
    await owner.press('Enter');
    await expect.poll(() => page.locator(`datalist#${listId} option[value="Zoë Newcomer"]`).count()).toBe(1);
    await page.getByRole('link', { name: 'Departments', exact: true }).click();
    expect(await page.getByRole('combobox', { name: 'Head of HR' }).getAttribute('list')).toBe(listId);
  });

  it('keeps the focus in the work area after adding a KPI and after clearing the filters', async () => {
    const fx = await openWebMode(browser);
    const goal = await fx.api<{ id: string }>('createGoal', {
      departmentId: 'd-cs',
      title: 'Goal without a KPI yet',
      supports: [{ objectiveId: 'o1', strength: 'strong' }],
    });
    await openCascade(fx);
    const { page } = fx;
    const activeLabel = () =>
      page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        return el && el !== document.body ? (el.labels?.[0]?.textContent ?? el.textContent ?? el.tagName) : 'body';
      });

    await row(page, goal.id).click();
    await page.getByRole('button', { name: 'Add a KPI' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(activeLabel).toBe('KPI name');
    await page.keyboard.type('First-contact resolution');
    await page.keyboard.press('Enter');
    await expect
      .poll(async () => (await getPlan(fx)).goals.find((g) => g.id === goal.id)!.kpi?.name)
      .toBe('First-contact resolution');
    await expect.poll(activeLabel).not.toBe('body');

    const search = page.getByRole('searchbox').first();
    await search.fill('churn');
    await page.getByRole('button', { name: 'Clear filters' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('button', { name: 'Clear filters' }).count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type))
      .toBe('search');
  });

  it('keeps the focus in the gaps list after a fix takes its finding away', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await page.goto(fx.url.replace(/#.*$/, '#/gaps'));
    await page.locator('[data-finding-group]').first().waitFor();
    const finding = page.locator('[data-finding-kind="missing_owner"][data-finding-id="t-sup-3-1"]');
    await finding.getByRole('button', { name: 'Assign an owner' }).focus();
    await page.keyboard.press('Enter');
    const form = page.getByRole('form', { name: 'Assign an owner' });
    await form.getByLabel('Owner').waitFor();
    await page.keyboard.type('Rahul Mehta');
    await page.keyboard.press('Enter');
    await expect.poll(() => finding.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => !!document.activeElement?.closest('.gaps-view button, .gaps-view [tabindex]')))
      .toBe(true);
    // The next key works: Enter on the focused finding's button opens its fix.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.gaps-view form').count()).toBe(1);
  });

  it('Esc in the inspector returns to the tree on its node; Ctrl+F there searches the tree', async () => {
    const fx = await openWebMode(browser);
    const { page } = fx;
    await page.goto(fx.url.replace(/#.*$/, '#/tree'));
    await page.locator('[data-tree-ready="true"] [data-node-id]').first().waitFor();
    const stage = page.locator('.tree__stage');
    const onStage = () =>
      page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains('tree__stage') ? el.getAttribute('aria-activedescendant') : 'elsewhere';
      });
    // Ctrl+F on the tree searches the tree, not the cascade.
    await stage.focus();
    await page.keyboard.press('Control+f');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search the tree');
    expect(await page.locator('main').getAttribute('data-view')).toBe('tree');
    await page.keyboard.type('onboarding');
    await page.keyboard.press('Enter');
    // The first match is found: centred, the cursor on it and selected (the inspector shows it).
    await expect.poll(() => page.locator('[data-match-count]').textContent()).toBe('1 of 3');
    await expect.poll(() => page.locator('[data-node-id="g-cs-2"]').getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => page.locator('.inspector').textContent()).toContain('CS-2');
    const area = (await stage.boundingBox())!;
    await expect
      .poll(async () => {
        const box = await page.locator('[data-node-id="g-cs-2"]').boundingBox();
        return box ? Math.abs(box.x + box.width / 2 - (area.x + area.width / 2)) < area.width / 4 : false;
      })
      .toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('[data-match-count]').textContent()).toBe('2 of 3');
    await expect.poll(() => page.locator('[data-node-id="t-cs-2-1"]').getAttribute('aria-selected')).toBe('true');
    // Esc from the search: back on the stage, on the node found; the arrow keys go on from there.
    await page.keyboard.press('Escape');
    await expect.poll(onStage).toBe('tree-node-g-cs-2/t-cs-2-1');
    await page.keyboard.press('ArrowDown');
    await expect.poll(onStage).toBe('tree-node-g-cs-2/t-cs-2-2');

    // Esc in the inspector returns to the tree, on its node.
    const title = page.locator('.inspector').getByRole('textbox', { name: 'Title', exact: true });
    await title.focus();
    await page.keyboard.press('Escape');
    await expect.poll(onStage).toBe('tree-node-g-cs-2/t-cs-2-2');
    // And Ctrl+F from the inspector, the tree on screen, searches the tree.
    await title.focus();
    await page.keyboard.press('Control+f');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Search the tree');
    expect(fx.consoleErrors).toEqual([]);
  });

  it('Ctrl+F in the cascade searches the cascade', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    await row(page, 'g-cs-1').click();
    await page.keyboard.press('Control+f');
    await expect
      .poll(() => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.placeholder))
      .toBe('Find text or code (Ctrl+F)');
  });

  it('renames a person everywhere from an owner field, one undo step, the focus kept', async () => {
    const fx = await openWebMode(browser);
    await openCascade(fx);
    const { page } = fx;
    const named = async (name: string) => {
      const plan = await getPlan(fx);
      return [
        ...plan.departments.filter((d) => d.head === name).map((d) => d.id),
        ...[...plan.objectives, ...plan.goals, ...plan.tactics].filter((x) => x.owner === name).map((x) => x.id),
      ].sort();
    };
    const before = await named('Amara Okafor');
    expect(before).toEqual(['d-cs', 'g-cs-1']);
    await row(page, 'g-cs-1').click();
    const open = page.locator('.inspector').getByRole('button', { name: 'Rename Amara Okafor everywhere…' });
    await open.click();
    const field = page.getByRole('textbox', { name: 'New name for Amara Okafor' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await page.locator('.rename-person').innerText()).toContain('(3 places)');
    // Esc closes the form and gives the focus back to its button; nothing changed.
    await page.keyboard.press('Escape');
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await history(fx)).undoDepth).toBe(0);

    await page.keyboard.press('Enter');
    await field.fill('Amara Okafor-Reyes');
    await page.keyboard.press('Enter');
    await expect.poll(() => named('Amara Okafor-Reyes')).toEqual(before);
    expect(await named('Amara Okafor')).toEqual([]);
    const h = await history(fx);
    expect(h.undoDepth).toBe(1);
    expect(h.undoLabel).toBe('Renamed Amara Okafor to Amara Okafor-Reyes (3 places)');
    await expect
      .poll(() => page.locator('.inspector').getByRole('combobox', { name: 'Owner', exact: true }).inputValue())
      .toBe('Amara Okafor-Reyes');
    await expect.poll(() => focused(page)).not.toBe('body');
    // The people list suggests the new name, no longer the old one.
    await expect.poll(() => page.locator('datalist#plan-people option[value="Amara Okafor"]').count()).toBe(0);
    expect(await page.locator('datalist#plan-people option[value="Amara Okafor-Reyes"]').count()).toBe(1);

    // One undo puts the old name back everywhere.
    await page.locator('.inspector').getByRole('combobox', { name: 'Owner', exact: true }).press('Escape');
    await page.keyboard.press('Control+z');
    await expect.poll(() => named('Amara Okafor')).toEqual(before);
    expect(await named('Amara Okafor-Reyes')).toEqual([]);
    expect(fx.consoleErrors).toEqual([]);
  });
});
