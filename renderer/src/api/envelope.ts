import type { HistoryState } from '../../../contract/api.ts';
import { RESOURCES, type Resource } from '../../../contract/operation-meta.ts';
import type { ErrorIssue } from '../../../contract/errors.ts';
import { ApiError, type ApiErrorCode } from './api-error.ts';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function readIssues(raw: unknown): ErrorIssue[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isRecord).map((i) => ({ path: String(i['path'] ?? '$'), message: String(i['message'] ?? '') }));
}

/**
 * The value of an `Envelope<T>`, or an ApiError. The envelope crossed a process or network boundary, so its shape
 * is checked rather than trusted; the value itself is typed by the operation that was called.
 */
export function unwrapEnvelope<T>(envelope: unknown, operation: string): T {
  if (isRecord(envelope) && envelope['ok'] === true && 'value' in envelope) {
    if (isHistory(envelope['history'])) for (const listener of headListeners) listener(envelope['history']);
    const touched = readTouched(envelope['touched']);
    if (touched.length > 0) for (const listener of effectListeners) listener({ operation, touched });
    return envelope['value'] as T;
  }
  if (isRecord(envelope) && envelope['ok'] === false && isRecord(envelope['error'])) {
    const error = envelope['error'];
    const code = typeof error['code'] === 'string' ? (error['code'] as ApiErrorCode) : 'internal';
    const message = typeof error['message'] === 'string' ? error['message'] : `${operation} failed`;
    throw new ApiError(code, message, readIssues(error['issues']));
  }
  throw new ApiError('transport', `${operation}: the app answered with something that is not a result`);
}

type HeadListener = (history: HistoryState) => void;

/**
 * Listeners for the history head every change's envelope carries, whichever view or transport made the change,
 * so the header's Undo names the last change without asking again. A page shows one plan, so one set suffices.
 */
const headListeners = new Set<HeadListener>();

/** Hears the new history head after every change; returns the unsubscribe. */
export function onHistoryHead(listener: HeadListener): () => void {
  headListeners.add(listener);
  return () => {
    headListeners.delete(listener);
  };
}

/** What a change touched, as its envelope says: the resources a cache must patch or fetch again. */
export interface ChangeEffects {
  operation: string;
  touched: Resource[];
}

type EffectListener = (effects: ChangeEffects) => void;
const effectListeners = new Set<EffectListener>();

/**
 * Hears what every change touched, whichever view or transport made it (renderer/src/state/plan-queries.ts
 * fetches those resources again); returns the unsubscribe.
 */
export function onChangeEffects(listener: EffectListener): () => void {
  effectListeners.add(listener);
  return () => {
    effectListeners.delete(listener);
  };
}

function readTouched(raw: unknown): Resource[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter((r): r is Resource => (RESOURCES as readonly unknown[]).includes(r));
}

function isHistory(raw: unknown): raw is HistoryState {
  return (
    isRecord(raw) &&
    typeof raw['canUndo'] === 'boolean' &&
    typeof raw['canRedo'] === 'boolean' &&
    typeof raw['undoDepth'] === 'number' &&
    typeof raw['redoDepth'] === 'number'
  );
}
