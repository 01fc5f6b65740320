/** What main accepts to save from Export picture… (desktop): a bare .svg or .png name and bytes that are one. */
import { describe, expect, it } from 'vitest';
import { checkPicture } from '../../main/picture-file.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const svg = new TextEncoder().encode(
  '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>',
);

describe('checkPicture', () => {
  it('accepts a PNG and an SVG under bare names', () => {
    expect(checkPicture('plan-tree.png', png)).toMatchObject({ kind: 'png', fileName: 'plan-tree.png' });
    expect(checkPicture('plan-x-matrix.SVG', svg)).toMatchObject({ kind: 'svg' });
  });

  it('refuses names with folders, other extensions, hidden names, and bytes that are not the format named', () => {
    expect(checkPicture('../evil.png', png)).toBeNull();
    expect(checkPicture('C:\\x.png', png)).toBeNull();
    expect(checkPicture('.png', png)).toBeNull();
    expect(checkPicture('tree.exe', png)).toBeNull();
    expect(checkPicture('tree.png', svg)).toBeNull();
    expect(checkPicture('tree.svg', png)).toBeNull();
    expect(checkPicture('tree.png', 'not bytes')).toBeNull();
    expect(checkPicture('tree.png', new Uint8Array())).toBeNull();
    expect(checkPicture(42, png)).toBeNull();
  });
});
