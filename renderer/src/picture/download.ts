/**
 * Saves a picture the page made: on the desktop through the shell (main asks where; the desktop refuses browser
 * downloads), in a browser tab as a download. Resolves to where it went (the file, or the download's name), or
 * null when the user cancelled the save dialog.
 */
export async function savePictureFile(blob: Blob, fileName: string): Promise<string | null> {
  const shell = window.hoshinShell;
  if (shell) return shell.savePicture(fileName, new Uint8Array(await blob.arrayBuffer()));
  downloadBlob(blob, fileName);
  return fileName;
}

/** A Blob download through a temporary link (web mode). */
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
