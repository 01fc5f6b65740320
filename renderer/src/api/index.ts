import type { HoshinApi } from '../../../contract/api.ts';
import { createHttpApi } from './http-api.ts';
import { createIpcApi } from './ipc-api.ts';
import { takeSessionToken } from './token.ts';

export { ApiError, toApiError } from './api-error.ts';
export { onHistoryHead } from './envelope.ts';

/** Web mode is a browser tab served by `hoshin serve`: no Electron preload. */
export const WEB_MODE = typeof window !== 'undefined' && window.hoshin === undefined;

/** IPC inside Electron (the preload defines `window.hoshin`), HTTP in a browser tab opened by `hoshin serve`. */
export function createApi(): HoshinApi {
  const bridge = window.hoshin;
  if (bridge) return createIpcApi(bridge);
  return createHttpApi(takeSessionToken());
}
