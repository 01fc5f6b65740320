/**
 * File > Connect to a Team Plan… in web mode (the palette's command; the desktop menu sends the page the same
 * command): a wrong address is refused in plain words as it is submitted, and a plan's address pasted from the
 * browser opens the server's sign-in page in a new tab, to come back to that plan.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('connecting to a team plan', () => {
  it('refuses an address that would send a password unencrypted, then opens the sign-in page of a good one', async () => {
    const { page, url, consoleErrors } = await openWebMode(browser);
    // The "server": this test answers for it, so the new tab has a page to show.
    await page
      .context()
      .route('https://plans.example.com/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Sign in</title><p>Sign in</p>' }),
      );
    await page.goto(url);
    await page.locator('[role="tree"]').waitFor();
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Connect to a team');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Connect to a team plan' });
    await dialog.waitFor();
    const field = dialog.getByLabel('Server address');
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);

    await field.fill('http://plans.example.com');
    await dialog.getByRole('button', { name: 'Connect' }).click();
    await expect
      .poll(() => dialog.getByRole('alert').textContent())
      .toBe(
        'plans.example.com must be reached over https:// so your password and plan travel encrypted. Use https://plans.example.com.',
      );

    await field.fill('plans.example.com/plans/cx-2027/#/tree');
    const [tab] = await Promise.all([
      page.context().waitForEvent('page'),
      dialog.getByRole('button', { name: 'Connect' }).click(),
    ]);
    await tab.waitForURL(/^https:\/\/plans\.example\.com\/login\?next=/);
    expect(new URL(tab.url()).searchParams.get('next')).toBe('/plans/cx-2027/#/tree');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    // The next time, the address is offered again.
    await page.keyboard.press('Control+k');
    await page.keyboard.type('Connect to a team');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => dialog.getByLabel('Server address').inputValue())
      .toBe('plans.example.com/plans/cx-2027/#/tree');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
