/**
 * Web mode serves the same renderer build as the desktop app (out/renderer). When it is missing, or older
 * than any renderer source, it is (re)built with the renderer's Vite config, so `hoshin serve` works right
 * after `npm ci` and never serves a stale UI during development.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const RENDERER_SOURCE_DIR = path.join(repoRoot, 'renderer');
export const RENDERER_OUT_DIR = path.join(repoRoot, 'out', 'renderer');
/** Renderer code reads these at build time (types only), so they count as its sources too. */
const EXTRA_SOURCES = [path.join(repoRoot, 'contract')];

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const stat = fs.statSync(path.join(entry.parentPath, entry.name));
    newest = Math.max(newest, stat.mtimeMs);
  }
  return newest;
}

export function rendererBuildIsCurrent(): boolean {
  const index = path.join(RENDERER_OUT_DIR, 'index.html');
  if (!fs.existsSync(index)) return false;
  const built = fs.statSync(index).mtimeMs;
  return [RENDERER_SOURCE_DIR, ...EXTRA_SOURCES].every((dir) => newestMtime(dir) <= built);
}

const LOCK_DIR = path.join(repoRoot, 'out', '.renderer-build.lock');
const LOCK_WAIT_MS = 180_000;

/**
 * Builds when stale. Several processes may ask at once (test workers, a CLI report next to a running server), so
 * one builds under a lock folder (mkdir is atomic) while the others wait for it and then find the build current.
 */
export async function ensureRendererBuilt(log: (line: string) => void = () => {}): Promise<string> {
  const started = Date.now();
  for (;;) {
    if (rendererBuildIsCurrent()) return RENDERER_OUT_DIR;
    fs.mkdirSync(path.dirname(LOCK_DIR), { recursive: true });
    try {
      fs.mkdirSync(LOCK_DIR);
      break;
    } catch {
      // A lock older than the wait limit belongs to a builder that died: take it over.
      const lock = fs.statSync(LOCK_DIR, { throwIfNoEntry: false });
      const age = lock ? Date.now() - lock.mtimeMs : 0;
      if (age > LOCK_WAIT_MS) fs.rmSync(LOCK_DIR, { recursive: true, force: true });
      else if (Date.now() - started > LOCK_WAIT_MS)
        throw new Error('timed out waiting for another build of the web UI');
      else await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    if (!rendererBuildIsCurrent()) await buildRenderer(log);
  } finally {
    fs.rmSync(LOCK_DIR, { recursive: true, force: true });
  }
  return RENDERER_OUT_DIR;
}

async function buildRenderer(log: (line: string) => void): Promise<void> {
  log('Building the web UI (once, or after the renderer changed)…\n');
  const vite = await import('vite');
  const { rendererConfig } = await import('../renderer/vite.config.ts');
  // Always React's production build: Vite picks React's build from NODE_ENV, which is 'test' under vitest and would
  // ship the development build (StrictMode's double effects, several times slower).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await vite.build({ ...rendererConfig, configFile: false, logLevel: 'error', mode: 'production' });
  } finally {
    if (nodeEnv === undefined) delete process.env.NODE_ENV;
    else process.env.NODE_ENV = nodeEnv;
  }
}
