/** The Electron shell's hardening, checked without Electron: fuses in electron-builder.yml, one secure webPreferences. */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { SECURE_WEB_PREFERENCES, secureWebPreferences } from '../../main/web-preferences.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The `key: value` lines of one top-level block of a YAML file (enough for electron-builder.yml's flat blocks). */
function yamlBlock(file: string, name: string): Record<string, string> {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const start = lines.findIndex((l) => l === `${name}:`);
  expect(start, `${name}: block in ${path.basename(file)}`).toBeGreaterThanOrEqual(0);
  const out: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const m = /^\s+([A-Za-z]+):\s*(\S+)\s*$/.exec(line);
    if (m) out[m[1]!] = m[2]!;
  }
  return out;
}

describe('Electron fuses', () => {
  it('are set in electron-builder.yml: no Node mode, no NODE_OPTIONS or inspect, encrypted cookies, ASAR only', () => {
    expect(yamlBlock(path.join(root, 'electron-builder.yml'), 'electronFuses')).toMatchObject({
      runAsNode: 'false',
      enableNodeOptionsEnvironmentVariable: 'false',
      enableNodeCliInspectArguments: 'false',
      enableCookieEncryption: 'true',
      enableEmbeddedAsarIntegrityValidation: 'true',
      onlyLoadAppFromAsar: 'true',
    });
    // onlyLoadAppFromAsar needs the app packed into an asar archive.
    expect(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')).not.toMatch(/^asar:\s*false/m);
  });
});

describe('webPreferences', () => {
  it('are locked down, with Auxclick disabled', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
  });

  it('keep every secure setting whatever a window asks for', () => {
    const prefs = secureWebPreferences({ preload: '/p.js', devTools: true, spellcheck: true });
    expect(prefs).toMatchObject({ ...SECURE_WEB_PREFERENCES, preload: '/p.js', devTools: true, spellcheck: true });
    expect(secureWebPreferences({ devTools: false, spellcheck: false })).not.toHaveProperty('preload');
  });

  it('are what every BrowserWindow in main/ is created with', () => {
    const dir = path.join(root, 'main');
    let windows = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(dir, file), 'utf8');
      for (const match of source.matchAll(/new BrowserWindow\(/g)) {
        windows++;
        // The options object of this constructor call, up to its closing `});`.
        const options = source.slice(match.index, source.indexOf('\n  });', match.index));
        expect(options, `${file}: every window uses secureWebPreferences(…)`).toMatch(
          /webPreferences: secureWebPreferences\(/,
        );
      }
      expect(source, `${file}: no webPreferences written out by hand`).not.toMatch(/webPreferences:\s*\{/);
    }
    expect(windows).toBeGreaterThanOrEqual(2);
  });
});
