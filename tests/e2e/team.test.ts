/**
 * A team plan in Chromium: two people signed in in two browser contexts edit the same plan, each sees the
 * other's change without reloading, and a viewer is refused plainly. Real PostgreSQL (a private cluster).
 */
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../../server/renderer-build.ts';
import { createTeamServer } from '../../server/team/team-server.ts';
import { samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { TeamService } from '../../services/team/team-service.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/temp.ts';
import { row } from './outline-helpers.ts';
import { launchBrowser } from './web-mode.ts';

const PASSWORD = 'correct horse battery';
let browser: Browser;
let cluster: PostgresCluster;
beforeAll(async () => {
  [browser, cluster] = await Promise.all([launchBrowser(), startPostgres()]);
});
afterAll(async () => {
  await browser?.close();
  cluster?.stop();
});

async function teamPlan() {
  const team = await TeamService.connect(await cluster.createDatabase());
  await team.listen();
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  const { planId } = await team.push(file);
  await team.addUser({ email: 'amara@example.com', name: 'Amara Okafor', password: PASSWORD, role: 'leader' });
  await team.addUser({ email: 'yuki@example.com', name: 'Yuki Tanaka', password: PASSWORD, role: 'leader' });
  await team.addUser({ email: 'vera@example.com', name: 'Vera Viewer', password: PASSWORD, role: 'viewer', planId });
  const server = createTeamServer({ team, rendererDir: await ensureRendererBuilt() });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const close = async () => {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await team.close();
  };
  return { base, planId, close };
}

/** Signs in on the sign-in page as a person would, then opens the plan's cascade. */
async function signedIn(
  base: string,
  planId: string,
  email: string,
  options: { deaf?: boolean } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // A page that never hears of others' changes (its events stream cut), so its view of an item goes stale.
  if (options.deaf) await context.route('**/events*', (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${base}/login?next=${encodeURIComponent(`/plans/${planId}/`)}`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(`${base}/plans/${planId}/**`);
  await page.goto(`${base}/plans/${planId}/#/cascade`);
  await page.locator('main[data-view="cascade"]').waitFor();
  return context;
}

describe('a team plan in two browsers', () => {
  it('shows each person the other’s change live, and refuses a viewer’s edit in plain words', async () => {
    const { base, planId, close } = await teamPlan();
    try {
      const amara = await signedIn(base, planId, 'amara@example.com');
      const yuki = await signedIn(base, planId, 'yuki@example.com');
      const [a] = amara.pages();
      const [y] = yuki.pages();
      await row(y!, 't-cs-1-2').waitFor();

      // Amara renames a tactic in her outline; Yuki's outline shows it without a reload.
      await row(a!, 't-cs-1-2').click();
      await a!.keyboard.press('F2');
      await a!.keyboard.press('Control+a');
      await a!.keyboard.type('Save playbook within 48 hours');
      await a!.keyboard.press('Enter');
      await expect.poll(() => row(y!, 't-cs-1-2').textContent()).toContain('Save playbook within 48 hours');
      // Yuki's inspector shows who changed it.
      await row(y!, 't-cs-1-2').click();
      await expect
        .poll(() => y!.locator('[data-item-history="t-cs-1-2"]').textContent())
        .toMatch(/Amara Okafor · .* · /);

      // And back the other way.
      await row(y!, 't-cs-1-3').click();
      await y!.keyboard.press('F2');
      await y!.keyboard.press('Control+a');
      await y!.keyboard.type('Win-back call in week one');
      await y!.keyboard.press('Enter');
      await expect.poll(() => row(a!, 't-cs-1-3').textContent()).toContain('Win-back call in week one');

      // A viewer's edit is refused with the role it needs, never a code.
      const vera = await signedIn(base, planId, 'vera@example.com');
      const [v] = vera.pages();
      await row(v!, 't-cs-1-2').click();
      await v!.keyboard.press('F2');
      await v!.keyboard.press('Control+a');
      await v!.keyboard.type('Viewer was here');
      await v!.keyboard.press('Enter');
      await expect
        .poll(() => v!.locator('[role="alert"]').allTextContents())
        .toEqual(expect.arrayContaining([expect.stringMatching(/needs the leader role.*you are a viewer/)]));
      await expect.poll(() => row(a!, 't-cs-1-2').textContent()).toContain('Save playbook within 48 hours');
      await Promise.all([amara.close(), yuki.close(), vera.close()]);
    } finally {
      await close();
    }
  });

  it('refuses an edit made on a stale view, names who changed it, and applies it again on request', async () => {
    const { base, planId, close } = await teamPlan();
    try {
      const amara = await signedIn(base, planId, 'amara@example.com', { deaf: true });
      const yuki = await signedIn(base, planId, 'yuki@example.com');
      const [a] = amara.pages();
      const [y] = yuki.pages();
      const rename = async (page: typeof a, id: string, title: string) => {
        await row(page!, id).click();
        await page!.keyboard.press('F2');
        await page!.keyboard.press('Control+a');
        await page!.keyboard.type(title);
        await page!.keyboard.press('Enter');
      };
      await rename(y, 't-cs-1-1', 'Health score, by Yuki');
      await expect.poll(() => row(y!, 't-cs-1-1').textContent()).toContain('Health score, by Yuki');
      // Amara's page has not heard of it: her rename was made against the older version.
      await rename(a, 't-cs-1-1', 'Health score, by Amara');
      const alert = a!.locator('.error-banner');
      await expect
        .poll(() => alert.textContent())
        .toMatch(/Yuki Tanaka changed the title .* your change was not applied/);
      await a!.locator('[data-reapply]').click();
      await expect.poll(() => row(y!, 't-cs-1-1').textContent()).toContain('Health score, by Amara');
      await expect.poll(() => row(a!, 't-cs-1-1').textContent()).toContain('Health score, by Amara');
      await Promise.all([amara.close(), yuki.close()]);
    } finally {
      await close();
    }
  });

  it('lists every change in the activity feed live, opens its items, and undoes and redoes from the header', async () => {
    const { base, planId, close } = await teamPlan();
    try {
      const amara = await signedIn(base, planId, 'amara@example.com');
      const yuki = await signedIn(base, planId, 'yuki@example.com');
      const [a] = amara.pages();
      const [y] = yuki.pages();
      // The monthly review of a team plan leads to what changed this month.
      await a!.getByRole('link', { name: 'Review' }).click();
      await a!.locator('main[data-view="review"]').waitFor();
      await a!.getByRole('link', { name: /^What changed since this month began/ }).click();
      await a!.locator('main[data-view="activity"]').waitFor();
      expect(await a!.getByRole('link', { name: 'Activity' }).getAttribute('aria-current')).toBe('page');
      await expect.poll(() => a!.locator('.activity-view').textContent()).toContain('No changes in this period.');

      // Yuki renames a tactic: Amara's feed shows who did what, without a reload.
      await row(y!, 't-cs-1-2').click();
      await y!.keyboard.press('F2');
      await y!.keyboard.press('Control+a');
      await y!.keyboard.type('Save playbook within 48 hours');
      await y!.keyboard.press('Enter');
      const entries = a!.locator('.activity-entry');
      await expect.poll(() => entries.count()).toBe(1);
      await expect
        .poll(() => entries.first().textContent())
        .toMatch(/Yuki Tanaka · Edit tactic CS-1\.2.*Save playbook within 48 hours/);
      // Its item opens in the inspector.
      await entries
        .first()
        .getByRole('button', { name: /Show CS-1\.2 Save playbook/ })
        .click();
      await a!.locator('[data-item-history="t-cs-1-2"]').waitFor();

      // Yuki's header Undo and Redo work in a team plan, and the feed lists both.
      await expect.poll(() => y!.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);
      await y!.getByRole('button', { name: 'Undo' }).click();
      await expect.poll(() => row(y!, 't-cs-1-2').textContent()).not.toContain('Save playbook within 48 hours');
      await y!.getByRole('button', { name: 'Redo' }).click();
      await expect.poll(() => row(y!, 't-cs-1-2').textContent()).toContain('Save playbook within 48 hours');
      await expect.poll(() => entries.count()).toBe(3);
      await expect.poll(() => entries.first().textContent()).toMatch(/Yuki Tanaka · Redid: Edit tactic CS-1\.2/);

      // "Changes since" a later day lists none; All lists them again.
      await a!.locator('[data-activity-since]').fill('2099-01-01');
      await expect.poll(() => a!.locator('.activity-view').textContent()).toContain('No changes in this period.');
      await a!.getByRole('button', { name: 'All', exact: true }).click();
      await expect.poll(() => entries.count()).toBe(3);
      await Promise.all([amara.close(), yuki.close()]);
    } finally {
      await close();
    }
  });
});
