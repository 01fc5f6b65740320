import { createContext, useContext } from 'react';
import type { DraftScope } from '../domain/draft-lock.ts';

/** Set when the open file is a department's draft (from getDocumentInfo); null for the master plan. */
export const DraftContext = createContext<DraftScope | null>(null);

export function useDraft(): DraftScope | null {
  return useContext(DraftContext);
}
