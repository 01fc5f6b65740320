/**
 * What a successful call changed, for the envelope: the resources its declaration says it touches and the new
 * history head, so a client can refetch exactly those (or patch them) and show the right Undo label without
 * asking again. Reads add nothing, so their envelopes stay `{ ok, value }`.
 */
import type { HistoryState, OperationName } from '../contract/api.ts';
import { OPERATION_META, type Resource } from '../contract/operation-meta.ts';
import type { Dispatch } from './dispatch.ts';

export interface Effects {
  touched?: readonly Resource[];
  history?: HistoryState;
}

export function effectsOf(dispatch: Dispatch, operation: OperationName): Effects {
  const meta = OPERATION_META[operation];
  if (meta.kind === 'read') return {};
  return { touched: meta.touches, history: dispatch('getHistory', {}) };
}
