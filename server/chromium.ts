/**
 * The one way this project starts Chromium (the report's printer, the e2e tests, the benchmarks, the README
 * screenshots): which binary, and the arguments for a headless, quiet browser that runs in a container (no
 * sandbox, no GPU, no background network or update traffic that would disturb a measurement).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, LaunchOptions } from 'playwright-core';
import { HoshinError } from '../contract/errors.ts';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const BROWSER_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

const NO_CHROMIUM = 'no Chromium found: install chromium or set HOSHIN_CHROMIUM to a Chromium or Chrome binary';

/** `HOSHIN_CHROMIUM` when set (it must exist), else the first Chromium or Chrome on the PATH. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const named = env.HOSHIN_CHROMIUM;
  if (named) {
    if (isExecutable(named)) return named;
    throw new HoshinError('not_found', `${NO_CHROMIUM} (HOSHIN_CHROMIUM is ${named}, which is not an executable file)`);
  }
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of BROWSER_NAMES) {
      const candidate = path.join(dir, name);
      if (isExecutable(candidate)) return candidate;
    }
  }
  throw new HoshinError('not_found', NO_CHROMIUM);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/**
 * Chromium from findChromium() (or `executablePath`) with CHROMIUM_ARGS plus `extraArgs`. playwright-core is
 * loaded on the first launch, not with this module, so a CLI command that never prints starts without it.
 */
export async function launchChromium(
  options: LaunchOptions & { env?: NodeJS.ProcessEnv; extraArgs?: string[] } = {},
): Promise<Browser> {
  const { env, extraArgs = [], executablePath, ...launch } = options;
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: executablePath ?? findChromium(env),
    args: [...CHROMIUM_ARGS, ...extraArgs],
    ...launch,
  });
}
