/**
 * Saves a file the page made: a Blob download through a temporary link. Works in a browser tab and in Electron's
 * renderer alike (Electron asks where to save, as the browser does).
 */
export function downloadBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; revoking later keeps slow starts safe.
  window.setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}

/** A file name from a plan title: letters, digits, dashes; never empty. */
export function pictureFileName(planTitle: string, what: string, ext: 'svg' | 'png'): string {
  const base = `${planTitle} ${what}`
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'picture'}.${ext}`;
}
