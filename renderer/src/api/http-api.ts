import type { HoshinApi, OperationName } from '../../../contract/api.ts';
import { ApiError } from './api-error.ts';
import { unwrapEnvelope } from './envelope.ts';
import { buildApi } from './operations.ts';
import { CLIENT_ID } from './team-page.ts';
import { rememberVersions, withSeenVersion } from './team-versions.ts';
import { t } from '../i18n/intl.ts';

/**
 * Web mode: `POST /api/<operation>` with the input as JSON; every answer, error or not, is an Envelope. A team
 * plan's page calls `${baseUrl}/api/<operation>` with its CSRF token.
 */
export function createHttpApi(token: string | null, baseUrl = '', csrf: string | null = null): HoshinApi {
  const team = csrf !== null;
  const call = async (operation: OperationName, given: unknown, versioned = true): Promise<unknown> => {
    // A team plan: an update names the version it was made against (api/team-versions.ts).
    const input = team && versioned ? withSeenVersion(operation, given) : given;
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers['X-Hoshin-Token'] = token;
    if (csrf) {
      headers['X-CSRF-Token'] = csrf;
      headers['X-Hoshin-Client'] = CLIENT_ID;
    }
    let response: Response;
    try {
      response = await fetch(`${baseUrl}/api/${operation}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(input ?? {}),
      });
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ApiError('transport', t('app.unreachable', { reason }));
    }
    const text = await response.text();
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      const status = `${response.status} ${response.statusText}`.trim();
      throw new ApiError('transport', `${operation}: the server answered ${status} without a readable result`);
    }
    try {
      const value = unwrapEnvelope(body, operation);
      if (team) rememberVersions(operation, value);
      return value;
    } catch (err) {
      // Someone else changed the same field first: the refusal can send this change again, over theirs.
      if (team && err instanceof ApiError && err.code === 'conflict' && input !== given) {
        err.reapply = () => call(operation, given, false);
      }
      throw err;
    }
  };
  return buildApi((operation, input) => call(operation, input));
}
