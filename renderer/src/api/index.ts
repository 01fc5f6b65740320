import type { HoshinApi } from '../../../contract/api.ts';
import { createHttpApi } from './http-api.ts';
import { createIpcApi } from './ipc-api.ts';
import { teamPage } from './team-page.ts';
import { takeSessionToken } from './token.ts';

export { ApiError, toApiError } from './api-error.ts';
export { onChangeEffects, onHistoryHead, type ChangeEffects } from './envelope.ts';
export { onRemoteChange } from './team-page.ts';

/**
 * IPC inside Electron (the preload defines `window.hoshin`), HTTP in a browser tab opened by `hoshin serve`, or
 * by `hoshin team serve` for a team plan (its page names the plan's API base and CSRF token).
 */
export function createApi(): HoshinApi {
  const bridge = window.hoshin;
  if (bridge) return createIpcApi(bridge);
  const team = teamPage();
  if (team) return createHttpApi(null, team.apiBase, team.csrf);
  return createHttpApi(takeSessionToken());
}
