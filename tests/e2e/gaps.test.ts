/** The gaps view in web mode: findings grouped and counted, their fixes, selection, the tree, coverage. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapReport } from '../../contract/gaps.ts';
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

async function openGaps(page: Page, url: string) {
  await page.goto(url.replace(/#.*$/, '#/gaps'));
  await page.locator('[data-finding-group]').first().waitFor();
}

const finding = (page: Page, kind: string, id: string) =>
  page.locator(`[data-finding-kind="${kind}"][data-finding-id="${id}"]`);

describe('gaps view', () => {
  it('lists every finding, grouped by kind and counted, each with its rule and fix', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    await openGaps(page, url);
    const report = await api<GapReport>('analyzeGaps');
    const groups = await page.$$eval('[data-finding-group]', (els) =>
      els.map((e) => [
        (e as HTMLElement).dataset['findingGroup'],
        Number(e.querySelector('.section-heading__count')?.textContent),
        e.querySelectorAll('[data-finding-kind]').length,
      ]),
    );
    const expected = Object.entries(report.counts)
      .filter(([, n]) => n > 0)
      .map(([kind, n]) => [kind, n, n]);
    expect(groups).toEqual(expected);
    expect(await page.locator('[data-finding-kind]').count()).toBe(report.findings.length);
    expect(
      await finding(page, 'orphaned_tactic', 't-it-ai-1').getByRole('button', { name: 'Link to a goal…' }).count(),
    ).toBe(1);
    expect(
      await finding(page, 'uncovered_objective', 'o5')
        .getByRole('button', { name: /Create a goal for this objective in/ })
        .count(),
    ).toBe(1);
    expect(
      await finding(page, 'missing_owner', 't-sup-3-1').getByRole('button', { name: 'Assign an owner' }).count(),
    ).toBe(1);
    expect(await page.locator('[data-finding-group="orphaned_tactic"]').textContent()).toContain(
      'Every tactic must support a goal that supports an objective.',
    );
    expect(consoleErrors).toEqual([]);
  });

  it('passes an axe-core scan in both themes, with a fix open', async () => {
    const { page, url } = await openWebMode(browser);
    await openGaps(page, url);
    await finding(page, 'orphaned_tactic', 't-it-ai-1').getByRole('button', { name: 'Link to a goal…' }).click();
    expect(await axeViolations(page)).toEqual([]);
    await page.evaluate(() => (document.documentElement.dataset['theme'] = 'dark'));
    await settled(page); // the buttons' colour transitions finish first
    expect(await axeViolations(page)).toEqual([]);
  });

  it('links an orphaned tactic to a goal chosen in the picker, with a strength', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openGaps(page, url);
    await finding(page, 'orphaned_tactic', 't-it-ai-1').getByRole('button', { name: 'Link to a goal…' }).click();
    const form = page.getByRole('form', { name: 'Link to a goal' });
    await form.getByRole('searchbox').fill('SUP-1');
    await form.getByRole('radio', { name: /SUP-1/ }).check();
    await form.getByRole('radio', { name: /Medium/ }).check();
    await form.getByRole('button', { name: 'Link' }).click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).tactics.find((t) => t.id === 't-it-ai-1')!.supports)
      .toEqual([{ goalId: 'g-sup-1', strength: 'medium' }]);
    await expect.poll(() => finding(page, 'orphaned_tactic', 't-it-ai-1').count()).toBe(0);
  });

  it('links an orphaned goal to an objective', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openGaps(page, url);
    await finding(page, 'orphaned_goal', 'g-mkt-2').getByRole('button', { name: 'Link to an objective…' }).click();
    const form = page.getByRole('form', { name: 'Link to an objective' });
    await form.getByRole('radio', { name: /O5/ }).check();
    await form.getByRole('button', { name: 'Link' }).click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).goals.find((g) => g.id === 'g-mkt-2')!.supports)
      .toEqual([{ objectiveId: 'o5', strength: 'strong' }]);
    // Linking the goal also brings its tactic back into line, and covers O5.
    const report = await api<GapReport>('analyzeGaps');
    expect(report.orphanedTactics).toEqual(['t-it-ai-1']);
    expect(report.uncoveredObjectives).toEqual([]);
  });

  it('creates a goal for an uncovered objective in a chosen department', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openGaps(page, url);
    await finding(page, 'uncovered_objective', 'o5')
      .getByRole('button', { name: /Create a goal/ })
      .click();
    const form = page.getByRole('form', { name: 'Create a goal for this objective' });
    await form.getByLabel('Department').selectOption({ label: 'Sales' });
    await form.getByLabel('Goal title').fill('Grow add-on services in the first year');
    await form.getByRole('button', { name: 'Create goal' }).click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).goals.find((g) => g.title.startsWith('Grow add-on')))
      .toMatchObject({ departmentId: 'd-sales', supports: [{ objectiveId: 'o5', strength: 'strong' }] });
    await expect.poll(() => finding(page, 'uncovered_objective', 'o5').count()).toBe(0);
  });

  it('assigns an owner and sets a KPI target inline', async () => {
    const { page, url, api } = await openWebMode(browser);
    const o = await api<{ id: string }>('createObjective', {
      title: 'Answer faster',
      kpi: { name: 'Median first response', unit: 'min', baseline: 30, target: null, direction: 'decrease' },
    });
    await openGaps(page, url);

    await finding(page, 'missing_owner', 't-sup-3-1').getByRole('button', { name: 'Assign an owner' }).click();
    const owner = page.getByRole('form', { name: 'Assign an owner' });
    await owner.getByLabel('Owner').fill('Rahul Mehta');
    await owner.getByLabel('Owner').press('Enter');
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).tactics.find((t) => t.id === 't-sup-3-1')!.owner)
      .toBe('Rahul Mehta');

    await finding(page, 'missing_kpi_target', o.id).getByRole('button', { name: 'Set a KPI target' }).click();
    const kpi = page.getByRole('form', { name: 'Set a KPI target' });
    await kpi.getByLabel(/Target for Median first response/).fill('10');
    await kpi.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).objectives.find((x) => x.id === o.id)!.kpi)
      .toEqual({ name: 'Median first response', unit: 'min', baseline: 30, target: 10, direction: 'decrease' });
    await expect.poll(() => finding(page, 'missing_kpi_target', o.id).count()).toBe(0);
  });

  it('adds a countermeasure to a red month', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openGaps(page, url);
    const row = finding(page, 'red_month_without_countermeasure', 'o3');
    await row.getByRole('button', { name: 'Add a countermeasure' }).click();
    const form = page.getByRole('form', { name: 'Add a countermeasure' });
    expect(await form.getByLabel('Month').inputValue()).toBe('2027-02');
    await form.getByLabel('Root cause').fill('Self-service password reset broke for a week');
    await form.getByLabel('Action').fill('Add a synthetic check of the reset flow');
    await form.getByLabel('Owner').fill('Yuki Tanaka');
    await form.getByRole('button', { name: 'Apply' }).click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).review.countermeasures.filter((c) => c.itemId === 'o3'))
      .toMatchObject([{ month: '2027-02', action: 'Add a synthetic check of the reset flow', owner: 'Yuki Tanaka' }]);
    await expect.poll(() => row.count()).toBe(0);
  });

  it('links an annual objective to a breakthrough objective', async () => {
    const { page, url, api } = await openWebMode(browser);
    const o = await api<{ id: string }>('createObjective', { title: 'Answer every chat within a minute' });
    await openGaps(page, url);
    await finding(page, 'annual_serves_no_breakthrough', o.id)
      .getByRole('button', { name: 'Link to a breakthrough objective…' })
      .click();
    const form = page.getByRole('form', { name: 'Link to a breakthrough objective' });
    await form.getByRole('radio', { name: /O2/ }).check();
    await form.getByRole('button', { name: 'Link' }).click();
    await expect
      .poll(async () => (await api<PlanDocument>('getPlan')).objectives.find((x) => x.id === o.id)!.supports)
      .toEqual([{ objectiveId: 'o2', strength: 'strong' }]);
  });

  it('fixes the new findings inline: a KPI baseline, a due date, and a breakthrough its annual objective does not carry', async () => {
    const { page, url, api, consoleErrors } = await openWebMode(browser);
    const annual = await api<{ id: string; code: string }>('createObjective', {
      title: 'Cut onboarding to a week',
      kpi: { name: 'Days to first invoice', unit: 'days', baseline: null, target: 7, direction: 'decrease' },
    });
    const breakthrough = await api<{ id: string }>('createObjective', {
      title: 'Be the easiest provider to join',
      horizon: 'breakthrough',
    });
    await api('setLink', { kind: 'annual-breakthrough', fromId: annual.id, toId: breakthrough.id, strength: 'strong' });
    const undated = await api<{ id: string }>('createTactic', {
      departmentId: 'd-support',
      title: 'Write the onboarding checklist',
      owner: 'Rahul Mehta',
      supports: [{ goalId: 'g-sup-1', strength: 'strong' }],
    });
    await openGaps(page, url);
    const plan = async () => api<PlanDocument>('getPlan');

    await finding(page, 'kpi_without_baseline', annual.id)
      .getByRole('button', { name: 'Set the KPI’s baseline' })
      .click();
    const baseline = page.getByRole('form', { name: 'Set the KPI’s baseline' });
    await baseline.getByLabel(/Baseline for Days to first invoice/).fill('21');
    await baseline.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(async () => (await plan()).objectives.find((o) => o.id === annual.id)!.kpi!.baseline).toBe(21);
    await expect.poll(() => finding(page, 'kpi_without_baseline', annual.id).count()).toBe(0);

    await finding(page, 'tactic_without_due_date', undated.id).getByRole('button', { name: 'Set a due date' }).click();
    const due = page.getByRole('form', { name: 'Re-plan the tactic' });
    await due.getByLabel('Due').fill('2027-06-30');
    await due.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(async () => (await plan()).tactics.find((t) => t.id === undated.id)!.due).toBe('2027-06-30');
    await expect.poll(() => finding(page, 'tactic_without_due_date', undated.id).count()).toBe(0);

    // Served by an annual objective nobody carries: not "uncovered" itself; the goal goes to the annual objective.
    expect(await finding(page, 'uncovered_objective', breakthrough.id).count()).toBe(0);
    const row = finding(page, 'breakthrough_annuals_not_carried', breakthrough.id);
    expect(await row.textContent()).toContain(`served by 1 annual objective (${annual.code})`);
    await row.getByRole('button', { name: 'Create a goal for one of its annual objectives…' }).click();
    const goalForm = page.getByRole('form', { name: 'Create a goal for one of its annual objectives' });
    expect(await goalForm.getByLabel('Annual objective').inputValue()).toBe(annual.id);
    await goalForm.getByLabel('Department').selectOption({ label: 'Operations' });
    await goalForm.getByLabel('Goal title').fill('Ship every router within two days');
    await goalForm.getByRole('button', { name: 'Create goal' }).click();
    await expect
      .poll(async () => (await plan()).goals.find((g) => g.title === 'Ship every router within two days'))
      .toMatchObject({ departmentId: 'd-ops', supports: [{ objectiveId: annual.id, strength: 'strong' }] });

    // Its annual objective now has a goal without a tactic: the same finding, now asking for a tactic.
    const addTactic = row.getByRole('button', { name: 'Add a tactic to one of their goals' });
    await addTactic.waitFor();
    await addTactic.click();
    const tacticForm = page.getByRole('form', { name: 'Add a tactic' });
    await tacticForm.getByLabel('Tactic title').fill('Stock routers in three regional hubs');
    await tacticForm.getByLabel('Due').fill('2027-04-30');
    await tacticForm.getByRole('button', { name: 'Add tactic' }).click();
    await expect
      .poll(async () => (await plan()).tactics.find((t) => t.title === 'Stock routers in three regional hubs')?.due)
      .toBe('2027-04-30');
    await expect.poll(() => row.count()).toBe(0);
    const report = await api<GapReport>('analyzeGaps');
    // Carried now; what is left on it is that it has no owner or KPI yet (it was created bare).
    expect(report.findings.filter((f) => f.id === breakthrough.id).map((f) => f.kind)).toEqual([
      'missing_owner',
      'missing_kpi_target',
    ]);
    expect(report.counts.tactic_without_due_date).toBe(0);
    expect(consoleErrors).toEqual([]);
  });

  it('selects the item of a clicked finding, and shows it centred in the tree', async () => {
    const { page, url } = await openWebMode(browser);
    await openGaps(page, url);
    const row = finding(page, 'missing_owner', 't-sup-3-1');
    await row.getByRole('button', { name: /has no owner/ }).click();
    await expect.poll(() => page.locator('.inspector').textContent()).toContain('SUP-3.1');

    await row.getByRole('button', { name: 'Show in tree' }).click();
    await page.locator('[data-tree-ready="true"]').waitFor();
    const node = page.locator('[data-node-id="t-sup-3-1"]');
    await node.waitFor();
    expect(await node.getAttribute('aria-selected')).toBe('true');
    const stage = (await page.locator('.tree__stage').boundingBox())!;
    const box = (await node.boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (stage.x + stage.width / 2))).toBeLessThan(20);
    expect(Math.abs(box.y + box.height / 2 - (stage.y + stage.height / 2))).toBeLessThan(20);
  });

  it('shows coverage per objective and per department', async () => {
    const { page, url, api } = await openWebMode(browser);
    await openGaps(page, url);
    const report = await api<GapReport>('analyzeGaps');
    const o1 = report.coverage.objectives.find((c) => c.objectiveId === 'o1')!;
    const cells = async (sel: string) =>
      page.$$eval(`${sel} td.num`, (els) => els.map((e) => e.textContent?.trim() ?? ''));
    expect(await cells('[data-coverage-objective="o1"]')).toEqual(
      [o1.goals, o1.strongGoals, o1.tactics, o1.strongTactics].map(String),
    );
    expect(await cells('[data-coverage-objective="o5"]')).toEqual(['0', '0', '0', '0']);
    expect(await cells('[data-coverage-department="d-marketing"]')).toEqual(['1 of 2', '2 of 3']);
    expect(await page.locator('[data-coverage-department="d-marketing"]').textContent()).toContain('60%');
  });
});
