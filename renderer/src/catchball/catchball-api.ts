import type { PlanDocument } from '../../../contract/plan-format.ts';
import { ApiError } from '../api/index.ts';
import { unwrapEnvelope } from '../api/envelope.ts';
import { takeSessionToken } from '../api/token.ts';

/**
 * Web mode's "Send draft…": asks the server to issue the department's draft (a POST: issuing is a recorded,
 * undoable change, never a side effect of a GET) and saves the answered file through the browser.
 * Resolves with the saved file's name.
 */
export async function downloadDraft(departmentId: string): Promise<string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = takeSessionToken();
  if (token) headers['X-Hoshin-Token'] = token;
  let response: Response;
  try {
    response = await fetch('/api/draft', {
      method: 'POST',
      headers,
      body: JSON.stringify({ department: departmentId }),
    });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ApiError('transport', `Could not issue the draft (${reason}). Is \`hoshin serve\` running?`);
  }
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('transport', `draft: the server answered ${response.status} without a readable result`);
    }
    unwrapEnvelope<never>(body, 'draft');
    throw new ApiError('transport', `draft: the server answered ${response.status}`);
  }
  const fileName = attachmentName(response.headers.get('Content-Disposition')) ?? 'draft.hoshin';
  const url = URL.createObjectURL(await response.blob());
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

/** The plan JSON of a returned draft file (`.hoshin` or `.json`), read by the server that knows the format. */
export async function readDraftFile(file: File): Promise<PlanDocument> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream' };
  const token = takeSessionToken();
  if (token) headers['X-Hoshin-Token'] = token;
  let response: Response;
  try {
    response = await fetch('/api/read-draft', { method: 'POST', headers, body: await file.arrayBuffer() });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ApiError('transport', `Could not upload ${file.name} (${reason}). Is \`hoshin serve\` running?`);
  }
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new ApiError('transport', `read-draft: the server answered ${response.status} without a readable result`);
  }
  return unwrapEnvelope<PlanDocument>(body, 'read-draft');
}
