import type { PlanDocument } from '../../../contract/plan-format.ts';
import { ApiError } from '../api/index.ts';
import { unwrapEnvelope } from '../api/envelope.ts';
import { takeSessionToken } from '../api/token.ts';

/** Same origin, authenticated by the session cookie; the browser saves the answer as a file. */
export const draftDownloadUrl = (departmentId: string): string =>
  `/api/draft?departmentId=${encodeURIComponent(departmentId)}`;

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
