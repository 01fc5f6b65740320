import type { HoshinApi, HoshinBridge, OperationName } from '../../../contract/api.ts';
import { ApiError } from './api-error.ts';
import { unwrapEnvelope } from './envelope.ts';
import { buildApi } from './operations.ts';

/** Desktop: the preload's bridge returns envelopes because Electron IPC drops custom error fields. */
export function createIpcApi(bridge: HoshinBridge): HoshinApi {
  return buildApi(async (operation: OperationName, input: unknown) => {
    const method = bridge[operation] as ((input: unknown) => Promise<unknown>) | undefined;
    if (typeof method !== 'function') throw new ApiError('transport', `${operation} is not exposed by the app`);
    let envelope: unknown;
    try {
      envelope = await method(input);
    } catch (err) {
      const reason = err instanceof Error ? err.message : String(err);
      throw new ApiError('transport', `${operation}: the app did not answer (${reason})`);
    }
    return unwrapEnvelope(envelope, operation);
  });
}
