/** Starts web mode on a temporary plan and drives Debian's Chromium through playwright-core. */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { onTestFinished } from 'vitest';
import { launchChromium } from '../../server/chromium.ts';
import { startWebMode } from '../../server/serve.ts';
import { samplePlanDocument, writePlanFile, emptyPlanDocument } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

/** Chromium as the app's report printer finds and starts it (server/chromium.ts: HOSHIN_CHROMIUM or the PATH). */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface WebModeFixture {
  page: Page;
  url: string;
  token: string;
  file: string;
  /** Calls an operation over HTTP, as a second client would. */
  api: <T = unknown>(operation: string, input?: unknown) => Promise<T>;
  consoleErrors: string[];
}

export async function openWebMode(
  browser: Browser,
  plan: 'sample' | 'empty' = 'sample',
  viewport = { width: 1440, height: 900 },
  /** The browser's language (BCP 47), as the operating system would set it; Chromium's default otherwise. */
  locale?: string,
): Promise<WebModeFixture> {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, plan === 'sample' ? samplePlanDocument() : emptyPlanDocument('New plan'));
  return serveInWebMode(browser, file, viewport, locale);
}

/** Serves an existing plan or draft file in web mode and opens a page on it (not yet navigated). */
export async function serveInWebMode(
  browser: Browser,
  file: string,
  viewport = { width: 1440, height: 900 },
  locale?: string,
): Promise<WebModeFixture> {
  const running = await startWebMode(file, { port: 0, log: () => {}, announce: () => {} });
  const context = await browser.newContext(locale ? { viewport, locale } : { viewport });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => consoleErrors.push(err.message));
  onTestFinished(async () => {
    await context.close();
    await running.close();
  });
  const origin = new URL(running.url).origin;
  const api = async <T>(operation: string, input: unknown = {}): Promise<T> => {
    const res = await fetch(`${origin}/api/${operation}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hoshin-Token': running.token },
      body: JSON.stringify(input),
    });
    const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } };
    if (!body.ok) throw new Error(body.error?.message);
    return body.value;
  };
  return { page, url: running.url, token: running.token, file, api, consoleErrors };
}

/**
 * Waits until the page is at rest, for checks that look at its final colours or layout (axe scans, screenshots):
 * no finite CSS animation or transition still running, no region marked busy, no report still being laid out.
 * A condition, not a pause, so a loaded machine waits longer and a quiet one not at all.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity) &&
      !document.querySelector('[aria-busy="true"], .rpt-progress') &&
      !(document.querySelector('.report-view__status')?.textContent ?? '').startsWith('Laying out'),
    undefined,
    { timeout: 30_000, polling: 50 },
  );
}
