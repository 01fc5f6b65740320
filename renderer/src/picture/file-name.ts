/** A file name from a plan title: letters, digits, dashes; never empty. */
export function pictureFileName(planTitle: string, what: string, ext: 'svg' | 'png'): string {
  const base = `${planTitle} ${what}`
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  return `${base || 'picture'}.${ext}`;
}
