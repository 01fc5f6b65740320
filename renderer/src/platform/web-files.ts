/**
 * Web mode's (and a team plan page's) file routes, behind the platform's declared calls (platform.ts): a file
 * answered to a POST and saved as a download, a file uploaded for the server to read, a Blob saved as a download.
 */
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { ApiError } from '../api/api-error.ts';
import { unwrapEnvelope } from '../api/envelope.ts';
import { pageRoute } from '../api/team-page.ts';
import { authHeaders } from '../api/token.ts';
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
  downloadBlob(await response.blob(), fileName);
  return fileName;
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

/** The plan JSON of a file (a returned draft, `.hoshin` or `.json`), uploaded to the route that reads it. */
export async function uploadForPlan(route: string, file: File): Promise<PlanDocument> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream', ...authHeaders() };
  let response: Response;
  try {
    response = await fetch(pageRoute(route), { method: 'POST', headers, body: await file.arrayBuffer() });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ApiError(
      'transport',
      t('app.failedReason', { failure: t('app.uploadFailed', { file: file.name }), reason }),
    );
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('transport', `${route}: the server answered ${response.status} without a readable result`);
  }
  return unwrapEnvelope<PlanDocument>(body, route);
}

/** A Blob download through a temporary link (a browser tab). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(a.href), 60_000);
}
