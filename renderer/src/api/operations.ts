import type { HoshinApi, OperationName } from '../../../contract/api.ts';
import { META_OPERATION_NAMES } from '../../../contract/operation-meta.ts';

/** Every operation of the contract, from the zod-free metadata table (the one runtime import of contract/). */
export const OPERATION_NAMES: readonly OperationName[] = META_OPERATION_NAMES;

export type Call = (operation: OperationName, input: unknown) => Promise<unknown>;

/** One HoshinApi method per operation, all routed through `call`. */
export function buildApi(call: Call): HoshinApi {
  // The cast is sound: each method forwards its own operation's input and `call` resolves to that operation's
  // result (the transport unwraps the envelope the contract types per operation).
  return Object.fromEntries(OPERATION_NAMES.map((op) => [op, (input: unknown) => call(op, input)])) as HoshinApi;
}
