/**
 * The renderer's origin, `app://hoshin/`, and how its URLs map onto the built renderer's files. Free of Electron.
 *
 * Why a custom protocol rather than file://: every file:// page shares one origin, so 'self' in the CSP (and a
 * navigation or fetch check) would admit any file on the disk; under app://hoshin/ the renderer can reach
 * exactly the files of out/renderer, the CSP is sent as a real header, and the IPC sender check compares against
 * one precise origin.
 */
import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'hoshin';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;
export const APP_INDEX_URL = `${APP_URL}index.html`;

/**
 * Whether `url` belongs to the app: app://hoshin/..., or, in development only, the electron-vite dev server
 * (`devServerUrl`). Compares scheme and host, not URL.origin (which is "null" for non-special schemes).
 */
export function isAppUrl(url: string, devServerUrl: string | null = null): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST) return true;
  if (devServerUrl === null) return false;
  try {
    return u.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/**
 * The file under `root` that an app:// URL names, or null when it names something outside the app (another
 * host, a path escaping root through `..` or encoded separators).
 */
export function resolveAppFile(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const base = path.resolve(root);
  const file = path.resolve(base, relative);
  return file.startsWith(base + path.sep) ? file : null;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
