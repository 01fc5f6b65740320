import { createContext, useContext } from 'react';
import type { HoshinApi } from '../../../contract/api.ts';

/**
 * The page's one transport to the service layer (main.tsx builds it once), for views that call operations
 * themselves (the review, the report). Every change through it reaches the query cache's effects
 * (state/plan-queries.ts), so the header's Undo and every view follow it.
 */
export const ApiContext = createContext<HoshinApi | null>(null);

export function useApi(): HoshinApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext: App provides it');
  return api;
}
