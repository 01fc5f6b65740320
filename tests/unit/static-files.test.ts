/** readStaticFile: the one way web mode and the tree benchmark find a page's file. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStaticFile } from '../../server/static-files.ts';
import { tempDir } from '../helpers/temp.ts';

describe('readStaticFile', () => {
  it('serves files inside the root, typed, and / as index.html; nothing outside it, a folder or a bad path', () => {
    const parent = tempDir();
    const root = path.join(parent, 'renderer');
    fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
    fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html>');
    fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'export {}');
    fs.writeFileSync(path.join(parent, 'secret.txt'), 'not served');
    fs.mkdirSync(path.join(parent, 'renderer-other'));
    fs.writeFileSync(path.join(parent, 'renderer-other', 'x.js'), 'not served either');

    expect(readStaticFile(root, '/')).toMatchObject({ ok: true, type: 'text/html; charset=utf-8' });
    const js = readStaticFile(root, '/assets/app.js');
    expect(js).toMatchObject({ ok: true, type: 'text/javascript; charset=utf-8' });
    expect(js.ok && js.data.toString()).toBe('export {}');
    for (const escape of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/../renderer-other/x.js']) {
      expect(readStaticFile(root, escape), escape).toMatchObject({ ok: false, status: 404 });
    }
    expect(readStaticFile(root, '/assets')).toMatchObject({ ok: false, status: 404 });
    expect(readStaticFile(root, '/missing.css')).toMatchObject({ ok: false, status: 404 });
    expect(readStaticFile(root, '/%E0%A4%A')).toEqual({ ok: false, status: 400, message: 'bad path' });
  });
});
