/** The export dialog keeps the chosen logo (a data: URL) here, where report.html opened in a new tab finds it. */
const KEY = 'hoshin.report.logo';
/** Data URLs past this size are refused: localStorage holds about 5 MB, and a logo needs far less. */
export const MAX_LOGO_BYTES = 1024 * 1024;

export function readStoredLogo(): string | null {
  try {
    return window.localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function storeLogo(dataUrl: string | null): void {
  try {
    if (dataUrl === null) window.localStorage.removeItem(KEY);
    else window.localStorage.setItem(KEY, dataUrl);
  } catch {
    // Storage may be full or disabled; the logo then lasts only as long as the dialog.
  }
}
