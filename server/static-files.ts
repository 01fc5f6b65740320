/**
 * A file of a built page, found from a request path: web mode's renderer (server/web-server.ts) and the tree
 * benchmark's pages (bench/tree/) are served through this one function, so both resolve paths, refuse escapes
 * and type files the same way.
 *
 * Invariants: the answer is a file strictly inside `root` (`..`, encoded or not, never leaves it); `/` is
 * `/index.html`; a path that does not decode is a 400, anything not found (or a folder) a 404.
 */
import fs from 'node:fs';
import path from 'node:path';

export const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticFile =
  { ok: true; file: string; data: Buffer; type: string } | { ok: false; status: 400 | 404; message: string };

/**
 * Reads the file synchronously (the pages' files are small and local), so a caller can write the whole answer
 * before the connection's end is handled: a client that half-closes after its request still gets it.
 */
export function readStaticFile(root: string, pathname: string): StaticFile {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
  } catch {
    return { ok: false, status: 400, message: 'bad path' };
  }
  const base = path.resolve(root);
  const file = path.resolve(base, `.${relative}`);
  if (!file.startsWith(base + path.sep)) return { ok: false, status: 404, message: 'no such file' };
  let data: Buffer;
  try {
    data = fs.readFileSync(file);
  } catch {
    return { ok: false, status: 404, message: `no such file: ${relative}` };
  }
  return { ok: true, file, data, type: MIME[path.extname(file)] ?? 'application/octet-stream' };
}
