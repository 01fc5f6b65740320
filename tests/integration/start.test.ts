/** `npm start` where Electron cannot start: one plain line, then the app in web mode on the sample plan. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../helpers/temp.ts';

const start = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/start.js');

it('says in one plain line that the desktop app cannot start, and serves the sample plan in web mode', async () => {
  const userData = tempDir();
  const child = spawn(process.execPath, [start], {
    env: {
      ...process.env,
      HOSHIN_USER_DATA: userData,
      HOSHIN_NO_BROWSER: '1',
      // An Electron binary that is certainly absent, whatever this machine has installed.
      ELECTRON_OVERRIDE_DIST_PATH: path.join(userData, 'no-electron-here'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  onTestFinished(() => {
    child.kill('SIGTERM');
  });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      const found = /http:\/\/\S+/.exec(stdout)?.[0];
      if (found) resolve(found);
    });
    child.on('exit', (code) => reject(new Error(`start exited (${code}) before serving:\n${stdout}\n${stderr}`)));
  });
  expect(stdout.split('\n')[0]).toBe(
    'The desktop app cannot start here: its binary has not been downloaded (Electron fetches it from the internet on first use). Opening Hoshin Planner in web mode on the sample plan.',
  );
  expect(stderr).not.toMatch(/at .*\.(js|ts):\d+|Error:/);
  expect(fs.existsSync(path.join(userData, 'Sample plan.hoshin'))).toBe(true);
  const page = await fetch(url);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root"');
  const plan = await fetch(new URL('/api/getPlan', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hoshin-Token': new URL(url).searchParams.get('token') ?? '' },
    body: '{}',
  });
  expect(((await plan.json()) as { ok: boolean }).ok).toBe(true);
}, 180_000);
