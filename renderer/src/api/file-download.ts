import { ApiError } from './index.ts';
import { unwrapEnvelope } from './envelope.ts';
import { pageRoute } from './team-page.ts';
import { authHeaders } from './token.ts';
import { t } from '../i18n/intl.ts';

/**
 * Web mode's routes that answer a file (a department draft, next year's plan): POST the JSON body with the
 * session's token, turn a refusal into the server's own error, and save the answered file through the browser
 * under the name the server gave. A POST, never a GET: each makes the server record or write something.
 * Resolves with the saved file's name.
 */
export async function postForFile(
  route: string,
  body: unknown,
  what: { label: string; failure: string; fallbackName: string },
): Promise<string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...authHeaders() };
  let response: Response;
  try {
    response = await fetch(pageRoute(route), { method: 'POST', headers, body: JSON.stringify(body) });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ApiError('transport', t('app.failedReason', { failure: what.failure, reason }));
  }
  if (!response.ok) {
    let answer: unknown;
    try {
      answer = await response.json();
    } catch {
      throw new ApiError(
        'transport',
        `${what.label}: the server answered ${response.status} without a readable result`,
      );
    }
    unwrapEnvelope<never>(answer, what.label);
    throw new ApiError('transport', `${what.label}: the server answered ${response.status}`);
  }
  const fileName = attachmentName(response.headers.get('Content-Disposition')) ?? what.fallbackName;
  saveBlob(await response.blob(), fileName);
  return fileName;
}

/** Saves a blob as a download named `fileName` (web mode, and Electron's renderer alike). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  try {
    const a = document.createElement('a');
    a.href = url;
    a.download = fileName;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The click has handed the blob to the download; revoking on the next turn keeps it alive until then.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

/** The file name of `attachment; filename*=UTF-8''…`. */
export function attachmentName(header: string | null): string | null {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(header ?? '')?.[1];
  if (!encoded) return null;
  try {
    return decodeURIComponent(encoded);
  } catch {
    return null;
  }
}
