import { useCallback, useEffect, useRef, useState } from 'react';
import type { HoshinApi } from '../../../contract/api.ts';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { toApiError, type ApiError } from '../api/index.ts';

export type Mutate = <T>(run: (api: HoshinApi) => Promise<T>) => Promise<T>;

export type PlanLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; plan: PlanDocument; gaps: GapReport };

export interface PlanState {
  load: PlanLoad;
  reload: () => Promise<void>;
  /** Runs a change, then reloads plan and gaps so every view shows the result; rethrows the change's error. */
  mutate: Mutate;
}

/**
 * The plan and its gap report, fetched together so the two never disagree. Whole-plan reloads after every change
 * are deliberate for now: plans are small and it keeps one source of truth (the file), with no client-side patching.
 * `onReloadError` hears failures once a plan is showing; before that the failure is the load state itself.
 */
export function usePlan(api: HoshinApi, onReloadError: (error: ApiError) => void): PlanState {
  const [load, setLoad] = useState<PlanLoad>({ status: 'loading' });
  // Only the newest request may write state, so a slow early answer never overwrites a later one.
  const latest = useRef(0);
  const loaded = useRef(false);

  const reload = useCallback((): Promise<void> => {
    const request = ++latest.current;
    return Promise.all([api.getPlan(undefined), api.analyzeGaps(undefined)]).then(
      ([plan, gaps]) => {
        if (request !== latest.current) return;
        loaded.current = true;
        setLoad({ status: 'ready', plan, gaps });
      },
      (err: unknown) => {
        if (request !== latest.current) return;
        const error = toApiError(err);
        if (loaded.current) onReloadError(error);
        else setLoad({ status: 'failed', error });
      },
    );
  }, [api, onReloadError]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const mutate = useCallback<Mutate>(
    async (run) => {
      const result = await run(api);
      await reload();
      return result;
    },
    [api, reload],
  );

  return { load, reload, mutate };
}
