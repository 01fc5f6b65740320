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

export async function ensureRendererBuilt(log: (line: string) => void = () => {}): Promise<string> {
  if (rendererBuildIsCurrent()) return RENDERER_OUT_DIR;
  log('Building the web UI (once, or after the renderer changed)…\n');
  const vite = await import('vite');
  const { rendererConfig } = await import('../renderer/vite.config.ts');
  await vite.build({ ...rendererConfig, configFile: false, logLevel: 'error' });
  return RENDERER_OUT_DIR;
}
