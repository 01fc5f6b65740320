/**
 * What `npm start` does: the desktop app on the built-in sample plan where Electron can start, and otherwise the
 * same app in web mode on the same sample plan, announced in one plain line (never a stack trace).
 *
 * Electron is never loaded here: `require('electron')` downloads a missing binary, so whether it can start is
 * decided from the files its package leaves (`path.txt` names the binary under `dist/`) and from the display.
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const APP_NAME = 'Hoshin Planner';
const SAMPLE_FILE_NAME = 'Sample plan.hoshin';

export type LaunchDecision = { kind: 'electron'; binary: string } | { kind: 'web'; reason: string };

export interface LaunchEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** The installed `electron` package's folder, or null when the package itself is missing. */
  electronPackageDir: string | null;
}

/** Where the app can run, and if not as a desktop app, why not in words a newcomer can act on. */
export function decideLaunch({ platform, env, electronPackageDir }: LaunchEnvironment): LaunchDecision {
  if (env.HOSHIN_WEB === '1') return { kind: 'web', reason: 'HOSHIN_WEB=1 asks for web mode' };
  if (electronPackageDir === null) return { kind: 'web', reason: 'the electron package is not installed' };
  const binary = electronBinary(electronPackageDir, env);
  if (binary === null) {
    return {
      kind: 'web',
      reason: 'its binary has not been downloaded (Electron fetches it from the internet on first use)',
    };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { kind: 'web', reason: 'there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)' };
  }
  return { kind: 'electron', binary };
}

/** The Electron executable its package would run, or null when it has not been downloaded. */
export function electronBinary(packageDir: string, env: NodeJS.ProcessEnv): string | null {
  const pathFile = path.join(packageDir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const relative = fs.readFileSync(pathFile, 'utf8').trim();
  const base = env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(packageDir, 'dist');
  const binary = path.join(base, relative);
  return fs.existsSync(binary) ? binary : null;
}

/** The folder Electron uses as `userData` for this app, so both modes open the same sample plan. */
export function userDataDir(platform: NodeJS.Platform, env: NodeJS.ProcessEnv, home = os.homedir()): string {
  if (env.HOSHIN_USER_DATA) return path.resolve(env.HOSHIN_USER_DATA);
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), APP_NAME);
}

/** The browser opener of this platform, when one is there to run. */
function browserOpener(platform: NodeJS.Platform, env: NodeJS.ProcessEnv): string[] | null {
  if (env.HOSHIN_NO_BROWSER === '1') return null;
  if (platform === 'darwin') return ['open'];
  if (platform === 'win32') return ['cmd', '/c', 'start', '""'];
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  const found = spawnSync('sh', ['-c', 'command -v xdg-open'], { encoding: 'utf8' });
  return found.status === 0 ? ['xdg-open'] : null;
}

function electronPackageDir(): string | null {
  const dir = path.join(root, 'node_modules', 'electron');
  return fs.existsSync(path.join(dir, 'package.json')) ? dir : null;
}

/** Runs a child to its end, with the parent's terminal; resolves to its exit code. */
function run(command: string, args: string[]): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`Could not run ${path.basename(command)}: ${err.message}`);
      resolve(2);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

async function startElectron(binary: string, args: string[]): Promise<number> {
  const build = await run(process.execPath, [
    path.join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'),
    'build',
  ]);
  if (build !== 0) return build;
  return run(binary, ['.', ...(args.length > 0 ? args : ['--sample'])]);
}

/** Web mode on the sample plan in userData: creates it once, then serves it until the user stops. */
async function startWebMode(args: string[]): Promise<number> {
  const dir = userDataDir(process.platform, process.env);
  const sample = path.join(dir, SAMPLE_FILE_NAME);
  const hoshin = path.join(root, 'bin', 'hoshin.js');
  if (!fs.existsSync(sample)) {
    fs.mkdirSync(dir, { recursive: true });
    const made = spawnSync(process.execPath, [hoshin, 'sample', sample], { encoding: 'utf8' });
    if (made.status !== 0) {
      process.stderr.write(made.stderr || `The sample plan could not be created in ${dir}.\n`);
      return 2;
    }
  }
  const opener = browserOpener(process.platform, process.env);
  const child = spawn(process.execPath, [hoshin, 'serve', sample, ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let opened = false;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => {
    process.stdout.write(text);
    const url = /https?:\/\/\S+/.exec(text)?.[0];
    if (url && !opened && opener) {
      opened = true;
      const [command, ...rest] = opener;
      spawn(command!, [...rest, url], { stdio: 'ignore', detached: true })
        .on('error', () => {})
        .unref();
    }
  });
  const stop = () => child.kill('SIGTERM');
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 0)));
}

export async function launch(args: string[]): Promise<number> {
  const decision = decideLaunch({
    platform: process.platform,
    env: process.env,
    electronPackageDir: electronPackageDir(),
  });
  if (decision.kind === 'electron') return startElectron(decision.binary, args);
  console.log(
    `The desktop app cannot start here: ${decision.reason}. Opening Hoshin Planner in web mode on the sample plan.`,
  );
  return startWebMode(args);
}
