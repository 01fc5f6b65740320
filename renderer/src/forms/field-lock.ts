import { createContext, useContext } from 'react';

/**
 * Set around a department draft's read-only part: every field and link control inside shows disabled and is
 * described by the reason (element `id`), so nothing can be typed only to be refused. Navigation stays enabled.
 */
export interface FieldLock {
  reason: string;
  /** The id of the element that shows the reason. */
  id: string;
}

export const FieldLockContext = createContext<FieldLock | null>(null);

export function useFieldLock(): FieldLock | null {
  return useContext(FieldLockContext);
}

/** aria-describedby with the lock's reason added (fields keep their own error or hint first). */
export function withLock(describedBy: string | undefined, lock: FieldLock | null): string | undefined {
  if (!lock) return describedBy;
  return describedBy ? `${describedBy} ${lock.id}` : lock.id;
}
