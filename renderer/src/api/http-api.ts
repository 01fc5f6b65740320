import type { HoshinApi, OperationName } from '../../../contract/api.ts';
import { ApiError } from './api-error.ts';
import { unwrapEnvelope } from './envelope.ts';
import { buildApi } from './operations.ts';
import { CLIENT_ID } from './team-page.ts';
import { t } from '../i18n/intl.ts';

/**
 * Web mode: `POST /api/<operation>` with the input as JSON; every answer, error or not, is an Envelope. A team
 * plan's page calls `${baseUrl}/api/<operation>` with its CSRF token.
 */
export function createHttpApi(token: string | null, baseUrl = '', csrf: string | null = null): HoshinApi {
  return buildApi(async (operation: OperationName, input: unknown) => {
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
    return unwrapEnvelope(body, operation);
  });
}
