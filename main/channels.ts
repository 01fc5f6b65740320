/** The IPC channel of each operation, shared by the preload (which invokes it) and main (which handles it). */
import type { OperationName } from '../contract/api.ts';

export const CHANNEL_PREFIX = 'hoshin:';

export function channelOf(operation: OperationName): `hoshin:${OperationName}` {
  return `${CHANNEL_PREFIX}${operation}`;
}
