import type { PlanDocument } from '../../../contract/plan-format.ts';
import { ApiError } from '../api/index.ts';
import { unwrapEnvelope } from '../api/envelope.ts';
import { pageRoute } from '../api/team-page.ts';
import { authHeaders } from '../api/token.ts';
import { postForFile } from '../api/file-download.ts';
import { t } from '../i18n/intl.ts';

/**
 * Web mode's "Send draft…": asks the server to issue the department's draft (a POST: issuing is a recorded,
 * undoable change, never a side effect of a GET) and saves the answered file through the browser.
 * Resolves with the saved file's name.
 */
export function downloadDraft(departmentId: string): Promise<string> {
  return postForFile(
    '/api/draft',
    { department: departmentId },
    { label: 'draft', failure: t('app.issueFailed'), fallbackName: 'draft.hoshin' },
  );
}

/** The plan JSON of a returned draft file (`.hoshin` or `.json`), read by the server that knows the format. */
export async function readDraftFile(file: File): Promise<PlanDocument> {
  const headers: Record<string, string> = { 'Content-Type': 'application/octet-stream', ...authHeaders() };
  let response: Response;
  try {
    response = await fetch(pageRoute('/api/read-draft'), { method: 'POST', headers, body: await file.arrayBuffer() });
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
    throw new ApiError('transport', `read-draft: the server answered ${response.status} without a readable result`);
  }
  return unwrapEnvelope<PlanDocument>(body, 'read-draft');
}
