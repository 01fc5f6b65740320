/** The parts of the Electron shell (main/) that need no Electron: URL resolution, argv, preferences, sender checks. */
import fs from 'node:fs';
import path from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, contentTypeOf, isAppUrl, resolveAppFile } from '../../main/app-url.ts';
import { hasFlag, optionValue, planFileFromArgv, planTitleFromPath, withPlanExtension } from '../../main/args.ts';
import { MAX_RECENT_FILES, Preferences, sanitize } from '../../main/preferences.ts';
import { isTrustedSender, type SenderContext } from '../../main/sender-check.ts';
import { tempDir } from '../helpers/temp.ts';

describe('app:// URLs', () => {
  const root = path.resolve('/opt/hoshin/out/renderer');

  it('knows its own origin, and the dev server only when one is given', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://hoshin/assets/x.js#/tree')).toBe(true);
    expect(isAppUrl('app://evil/index.html')).toBe(false);
    expect(isAppUrl('file:///etc/passwd')).toBe(false);
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/index.html', 'http://localhost:5173')).toBe(true);
    expect(isAppUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('maps app URLs to files under the renderer folder', () => {
    expect(resolveAppFile(root, 'app://hoshin/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile(root, 'app://hoshin/assets/main.js?v=1#x')).toBe(path.join(root, 'assets', 'main.js'));
    expect(resolveAppFile(root, 'app://hoshin/fonts/Noto%20Sans.woff2')).toBe(
      path.join(root, 'fonts', 'Noto Sans.woff2'),
    );
  });

  it('keeps dot segments inside the folder (the URL parser resolves them against the root)', () => {
    expect(resolveAppFile(root, 'app://hoshin/../../main/index.js')).toBe(path.join(root, 'main', 'index.js'));
    expect(resolveAppFile(root, 'app://hoshin/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc', 'passwd'));
  });

  it('refuses every path that would leave the renderer folder or name another host', () => {
    for (const url of [
      'app://hoshin/..%2f..%2fetc%2fpasswd',
      'app://hoshin/assets%5c..%5c..%5csecret',
      'app://hoshin/index.html%00.png',
      'app://hoshin/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      '::::',
    ]) {
      expect(resolveAppFile(root, url), url).toBeNull();
    }
  });

  it('serves each file type with its content type', () => {
    expect(contentTypeOf('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeOf('a/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('a/f.woff2')).toBe('font/woff2');
    expect(contentTypeOf('a/unknown.bin')).toBe('application/octet-stream');
  });
});

describe('command-line arguments', () => {
  it('finds the plan file named on the command line, resolved against the working folder', () => {
    expect(planFileFromArgv(['/usr/bin/hoshin', 'Plan 2027.hoshin'], '/home/ana')).toBe('/home/ana/Plan 2027.hoshin');
    expect(planFileFromArgv(['electron', '.', '--sample', '/tmp/A.HOSHIN'], '/x')).toBe('/tmp/A.HOSHIN');
    expect(planFileFromArgv(['electron', '.', '--sample'], '/x')).toBeNull();
    expect(planFileFromArgv(['electron', '--weird.hoshin'], '/x')).toBeNull();
  });

  it('reads flags and options in both spellings', () => {
    expect(hasFlag(['a', '--sample'], '--sample')).toBe(true);
    expect(hasFlag(['a'], '--sample')).toBe(false);
    expect(optionValue(['a', '--user-data-dir=/tmp/u'], '--user-data-dir')).toBe('/tmp/u');
    expect(optionValue(['a', '--user-data-dir', '/tmp/u'], '--user-data-dir')).toBe('/tmp/u');
    expect(optionValue(['a', '--user-data-dir', '--sample'], '--user-data-dir')).toBeUndefined();
    expect(optionValue(['a', '--user-data-dir='], '--user-data-dir')).toBeUndefined();
  });

  it('adds the extension a save dialog left out, and titles a plan by its file name', () => {
    expect(withPlanExtension('/tmp/Plan')).toBe('/tmp/Plan.hoshin');
    expect(withPlanExtension('/tmp/Plan.HOSHIN')).toBe('/tmp/Plan.HOSHIN');
    expect(planTitleFromPath('/tmp/Customer Plan.hoshin')).toBe('Customer Plan');
  });
});

describe('preferences', () => {
  it('remembers recent files (newest first, no duplicates, at most ten), the theme and the window across runs', () => {
    const dir = tempDir();
    const prefs = new Preferences(dir);
    for (let i = 0; i < 12; i++) prefs.opened(`/plans/p${i}.hoshin`);
    prefs.opened('/plans/p3.hoshin');
    prefs.setTheme('dark');
    prefs.setWindow({ width: 1280, height: 800, maximized: false, x: 10, y: 20 });
    const again = new Preferences(dir);
    expect(again.recentFiles[0]).toBe('/plans/p3.hoshin');
    expect(again.recentFiles).toHaveLength(MAX_RECENT_FILES);
    expect(new Set(again.recentFiles).size).toBe(MAX_RECENT_FILES);
    expect(again.lastFile).toBe('/plans/p3.hoshin');
    expect(again.theme).toBe('dark');
    expect(again.window).toEqual({ width: 1280, height: 800, maximized: false, x: 10, y: 20 });
    again.forgetRecent('/plans/p3.hoshin');
    expect(new Preferences(dir).lastFile).toBeNull();
    expect(fs.readdirSync(dir)).toEqual(['preferences.json']);
  });

  it('starts from defaults on a damaged file and keeps what is well-formed in an edited one', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'preferences.json'), '{ not json');
    expect(new Preferences(dir).theme).toBe('system');
    expect(
      sanitize({
        recentFiles: ['/a.hoshin', '', 7, '/a.hoshin', '/b.hoshin'],
        lastFile: 3,
        theme: 'purple',
        window: { width: 50, height: 800 },
      }),
    ).toEqual({ recentFiles: ['/a.hoshin', '/b.hoshin'], lastFile: null, theme: 'system', window: null });
    expect(sanitize({ window: { width: 900, height: 700, x: 1.5, y: 2, maximized: 'yes' } }).window).toEqual({
      width: 900,
      height: 700,
      maximized: false,
    });
  });
});

describe('IPC sender check', () => {
  interface FakeFrame {
    url: string;
    parent: FakeFrame | null;
    processId: number;
    routingId: number;
  }
  const top: FakeFrame = { url: APP_INDEX_URL, parent: null, processId: 4, routingId: 1 };
  const contents = { isDestroyed: () => false, mainFrame: top };
  const context: SenderContext = {
    mainContents: () => contents as unknown as WebContents,
    isAppUrl: (url) => isAppUrl(url),
  };
  const event = (sender: unknown, senderFrame: FakeFrame | null) =>
    ({ sender, senderFrame }) as unknown as Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>;

  it('trusts our window’s top frame showing our own page', () => {
    expect(isTrustedSender(context, event(contents, top))).toBe(true);
    expect(isTrustedSender(context, event(contents, { ...top }))).toBe(true);
  });

  it('refuses another window, an iframe, a foreign page, a destroyed frame or no window', () => {
    expect(isTrustedSender(context, event({ ...contents }, top))).toBe(false);
    expect(isTrustedSender(context, event(contents, { ...top, parent: top, routingId: 2 }))).toBe(false);
    expect(isTrustedSender(context, event(contents, { ...top, url: 'https://example.com/' }))).toBe(false);
    expect(isTrustedSender(context, event(contents, null))).toBe(false);
    expect(isTrustedSender({ ...context, mainContents: () => null }, event(contents, top))).toBe(false);
    const destroyed = { ...contents, isDestroyed: () => true };
    expect(
      isTrustedSender({ ...context, mainContents: () => destroyed as unknown as WebContents }, event(destroyed, top)),
    ).toBe(false);
  });
});
