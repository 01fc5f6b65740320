/**
 * The web-mode token cookie stays with this run's server: cookies are scoped by host, not port, so web mode
 * listens on a per-run loopback address and another program on 127.0.0.1 never receives `hoshin_token`.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { launchBrowser, openWebMode } from './web-mode.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A tiny server on `host` that records the Cookie header of every request it gets. */
async function recorder(host: string): Promise<{ origin: string; cookies: string[] }> {
  const cookies: string[] = [];
  const server = http.createServer((req, res) => {
    cookies.push(req.headers.cookie ?? '');
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>other local server</title><p>other</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return { origin: `http://${host}:${(server.address() as AddressInfo).port}`, cookies };
}

describe('web mode token cookie', () => {
  it('is never sent to another server on 127.0.0.1, only to this run’s own address', async () => {
    const { page, url } = await openWebMode(browser);
    const appHost = new URL(url).hostname;
    expect(appHost).toMatch(/^127\.\d+\.\d+\.\d+$/);
    expect(appHost).not.toBe('127.0.0.1');
    await page.goto(url);
    await expect.poll(() => page.locator('[data-kind="objective"]').count()).toBe(5);
    const [cookie] = await page.context().cookies();
    expect(cookie).toMatchObject({ name: 'hoshin_token', domain: appHost, httpOnly: true, sameSite: 'Strict' });

    // The user opening the other server's address in the same browser (a navigation sends even SameSite=Strict
    // cookies; the app's own CSP already stops its page from fetching anywhere else).
    const other = await recorder('127.0.0.1');
    await page.goto(`${other.origin}/`);
    await expect.poll(() => other.cookies.length).toBeGreaterThan(0);
    expect(other.cookies.join('; ')).not.toContain('hoshin_token');

    // The control: a server on the app's own host (another port) does get the cookie, which is why the host is
    // per-run. Without it this test could pass because the cookie was never sent anywhere.
    const sameHost = await recorder(appHost);
    await page.goto(`${sameHost.origin}/`);
    await expect.poll(() => sameHost.cookies.length).toBeGreaterThan(0);
    expect(sameHost.cookies.join('; ')).toContain('hoshin_token=');
  });
});
