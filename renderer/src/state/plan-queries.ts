/**
 * The page's cache of what the service layer holds (TanStack Query): one query per resource an operation may
 * touch (`plan`, `gaps`, `review`, `history`, …; contract/operation-meta.ts). Every change's envelope says what
 * it touched, and whichever view or transport made it, those resources are fetched again here: the screen asks,
 * the cache answers. A caller that updates a resource itself (usePlan patching the plan from a change's result)
 * claims it for that change, so it is not fetched again.
 *
 * Invariants:
 * - A claim covers the next change of that operation only, and is dropped when the call ends either way.
 * - Data stays until replaced (staleTime Infinity): only a change, a reload or someone else's change (a team
 *   plan) fetches again, never a timer or a window focus.
 */
import { QueryClient } from '@tanstack/react-query';
import type { Resource } from '../../../contract/operation-meta.ts';
import { onChangeEffects, onRemoteChange } from '../api/index.ts';

export const queryKeys = {
  plan: ['plan'] as const,
  gaps: ['gaps'] as const,
  history: ['history'] as const,
  review: ['review'] as const,
  resource: (resource: Resource) => [resource] as const,
};

export function createPlanQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Infinity,
        gcTime: Infinity,
        retry: false,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
      },
    },
  });
}

/** operation -> the resources its caller updates itself for the change under way. */
const claims = new Map<string, Set<Resource>>();

/** Claims `resources` of the next `operation` change; returns the release (call it when the call ends). */
export function claim(operation: string, resources: readonly Resource[]): () => void {
  const held = new Set(resources);
  claims.set(operation, held);
  return () => {
    if (claims.get(operation) === held) claims.delete(operation);
  };
}

/**
 * Fetches again what each change touched (the history head comes in the envelope itself), and everything a
 * team plan's other people changed. Returns the disconnect.
 */
export function connectEffects(client: QueryClient): () => void {
  const offEffects = onChangeEffects(({ operation, touched }) => {
    const held = claims.get(operation);
    claims.delete(operation);
    for (const resource of touched) {
      if (resource === 'history' || held?.has(resource)) continue;
      void client.invalidateQueries({ queryKey: queryKeys.resource(resource) });
    }
  });
  const offRemote = onRemoteChange(() => {
    void client.invalidateQueries();
  });
  return () => {
    offEffects();
    offRemote();
  };
}
