import { t } from '../i18n/intl.ts';

/** Chromium's limits for a canvas: a side of at most 16,384 px and about 268 million pixels in all. */
const MAX_SIDE = 16_384;
const MAX_PIXELS = 200_000_000;

/** The largest scale up to `wanted` at which a picture of `width` × `height` still fits on a canvas. */
export function pngScale(width: number, height: number, wanted: number): number {
  const bySide = MAX_SIDE / Math.max(width, height);
  const byArea = Math.sqrt(MAX_PIXELS / (width * height));
  return Math.min(wanted, bySide, byArea);
}

/**
 * Draws a self-contained SVG document onto a canvas at `scale` device pixels per unit and encodes it as PNG.
 * The browser's own renderer draws it (no native dependency); fonts are the page's, so text looks as on screen.
 */
export async function svgToPng(svgText: string, width: number, height: number, scale: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * scale));
    canvas.height = Math.max(1, Math.round(height * scale));
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('picture.noSurface'));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(t('picture.tooLarge'));
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}
