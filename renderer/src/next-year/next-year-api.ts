import type { CarryMode } from '../../../contract/rollover.ts';
import { ApiError } from '../api/index.ts';
import { unwrapEnvelope } from '../api/envelope.ts';
import { takeSessionToken } from '../api/token.ts';
import { attachmentName } from '../catchball/catchball-api.ts';

/**
 * Web mode's "Start next year's plan": the server writes next year's plan from the open one (which it only
 * reads) and answers the file, saved through the browser. A POST, never a GET: it makes the server write a file.
 * Resolves with the saved file's name.
 */
export async function downloadNextYear(period: string, carry: CarryMode): Promise<string> {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' };
  const token = takeSessionToken();
  if (token) headers['X-Hoshin-Token'] = token;
  let response: Response;
  try {
    response = await fetch('/api/rollover', { method: 'POST', headers, body: JSON.stringify({ period, carry }) });
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new ApiError('transport', `Could not write next year’s plan (${reason}). Is \`hoshin serve\` running?`);
  }
  if (!response.ok) {
    let body: unknown;
    try {
      body = await response.json();
    } catch {
      throw new ApiError('transport', `rollover: the server answered ${response.status} without a readable result`);
    }
    unwrapEnvelope<never>(body, 'rollover');
    throw new ApiError('transport', `rollover: the server answered ${response.status}`);
  }
  const fileName = attachmentName(response.headers.get('Content-Disposition')) ?? 'next year.hoshin';
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
