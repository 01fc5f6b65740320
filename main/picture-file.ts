/** Pictures the page asks main to save (Export picture…): checked before anything is written. No Electron here. */

export interface PictureFile {
  /** A bare file name ending in .svg or .png. */
  fileName: string;
  kind: 'svg' | 'png';
  data: Uint8Array;
}

/** Larger than any tree or X-matrix picture the page can draw (a PNG is capped by the canvas at ~200 M pixels). */
export const MAX_PICTURE_BYTES = 512 * 1024 * 1024;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The picture, or null when the request is not one: a file name with a folder in it or another extension, bytes
 * that are not a PNG (by its signature) or an SVG document (by its opening), or too many of them. The page never
 * chooses where the file goes: main asks the user.
 */
export function checkPicture(fileName: unknown, data: unknown): PictureFile | null {
  if (typeof fileName !== 'string' || fileName.length === 0 || fileName.length > 200) return null;
  if (/[\\/:]/.test(fileName) || fileName.includes('\u0000') || fileName.startsWith('.')) return null;
  const kind = /\.svg$/i.test(fileName) ? 'svg' : /\.png$/i.test(fileName) ? 'png' : null;
  if (!kind || !(data instanceof Uint8Array) || data.length === 0 || data.length > MAX_PICTURE_BYTES) return null;
  if (kind === 'png' && !PNG_SIGNATURE.every((b, i) => data[i] === b)) return null;
  if (kind === 'svg') {
    const head = new TextDecoder().decode(data.subarray(0, 256)).trimStart();
    if (!head.startsWith('<?xml') && !head.startsWith('<svg')) return null;
  }
  return { fileName, kind, data };
}
