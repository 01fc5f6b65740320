import type { HistoryState } from '../../../contract/api.ts';
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

function isHistory(raw: unknown): raw is HistoryState {
  return (
    isRecord(raw) &&
    typeof raw['canUndo'] === 'boolean' &&
    typeof raw['canRedo'] === 'boolean' &&
    typeof raw['undoDepth'] === 'number' &&
    typeof raw['redoDepth'] === 'number'
  );
}
