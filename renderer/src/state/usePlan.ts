import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { historyText } from '../i18n/service-text.ts';
import type { HistoryState, HoshinApi, OperationInput, OperationName, OperationResult } from '../../../contract/api.ts';
import { META_OPERATION_NAMES, OPERATION_META } from '../../../contract/operation-meta.ts';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { onHistoryHead, toApiError, type ApiError } from '../api/index.ts';
import { applyChange, isPatchable, type PatchableOperation } from '../domain/plan-patch.ts';
import { claim, queryKeys } from './plan-queries.ts';

/** Runs any change, then shows the plan as the file has it (for changes the result cannot describe). */
export type Mutate = <T>(run: (api: HoshinApi) => Promise<T>) => Promise<T>;
/** Runs one operation and shows its result at once; rethrows the operation's error. */
export type Run = <K extends OperationName>(operation: K, input: OperationInput<K>) => Promise<OperationResult<K>>;
/**
 * Shows `provisional(plan)` at once, then runs the operation and shows its real result; on failure shows the plan
 * as the file has it (undoing the provisional change) and rethrows. For changes whose outcome the screen can
 * predict (a new title).
 */
export type RunOptimistic = <K extends PatchableOperation>(
  operation: K,
  input: OperationInput<K>,
  provisional: (plan: PlanDocument) => PlanDocument,
) => Promise<OperationResult<K>>;

export type PlanLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  /** `gaps` is null until the first analysis arrives: the outline shows before it. */
  | { status: 'ready'; plan: PlanDocument; gaps: GapReport | null };

export interface PlanState {
  load: PlanLoad;
  history: HistoryState | null;
  reload: () => Promise<void>;
  run: Run;
  runOptimistic: RunOptimistic;
  mutate: Mutate;
  /** Undo or redo the session's newest change; resolves to its label (null: nothing to do). */
  step: (direction: 'undo' | 'redo') => Promise<string | null>;
}

/** Operations that change nothing (OPERATION_META's reads): `run` just calls them. */
const READ_ONLY: ReadonlySet<OperationName> = new Set(
  META_OPERATION_NAMES.filter((name) => OPERATION_META[name].kind === 'read'),
);

/**
 * The plan, its gap report and the undo history, as the page's query cache holds them (state/plan-queries.ts).
 * A change the plan patch can describe patches the cached plan from the operation's result, so the screen
 * follows within a frame (a whole reload of a 20,000-tactic plan costs far more); every other resource it
 * touched (the gaps, at least) is fetched again by the cache. Undo, redo and changes the result cannot describe
 * fetch the plan again, and resolve once it is shown. `onReloadError` hears failures once a plan is showing;
 * before that the failure is the load state.
 */
export function usePlan(api: HoshinApi, onReloadError: (error: ApiError) => void): PlanState {
  const client = useQueryClient();
  const planQuery = useQuery({ queryKey: queryKeys.plan, queryFn: () => api.getPlan({}) });
  const loaded = planQuery.data !== undefined;
  // The outline needs only the plan: the analysis is asked for once the plan has come.
  const gapsQuery = useQuery({ queryKey: queryKeys.gaps, queryFn: () => api.analyzeGaps({}), enabled: loaded });
  const historyQuery = useQuery({ queryKey: queryKeys.history, queryFn: () => api.getHistory({}), enabled: loaded });
  // Every change's envelope carries the new history head, from this hook's calls and any other view's alike.
  useEffect(() => onHistoryHead((head) => client.setQueryData(queryKeys.history, head)), [client]);

  // A failure once a plan is showing is reported (once each); the plan on screen stays.
  const planError = loaded ? planQuery.error : null;
  const gapsError = loaded ? gapsQuery.error : null;
  useEffect(() => {
    if (planError) onReloadError(toApiError(planError));
  }, [planError, planQuery.errorUpdatedAt, onReloadError]);
  useEffect(() => {
    if (gapsError) onReloadError(toApiError(gapsError));
  }, [gapsError, gapsQuery.errorUpdatedAt, onReloadError]);

  // Changes go to the service one after another, in the order they were made: a new item's "add after" may name
  // the item created just before it, and undo must come after the change it undoes.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  /** Shows the plan (and what follows from it) as the service has it now; resolves once it is shown. */
  const refetchPlan = useCallback(
    // cancelRefetch false: a fetch the change's effects already started is the one waited for.
    () => client.invalidateQueries({ queryKey: queryKeys.plan }, { cancelRefetch: false }),
    [client],
  );
  const reload = useCallback(
    () => client.invalidateQueries(undefined, { cancelRefetch: true }).then(() => undefined),
    [client],
  );

  /** Writes a change's result into the cached plan, dropping any fetch started before it (it would be older). */
  const patch = useCallback(
    async <K extends PatchableOperation>(operation: K, input: OperationInput<K>, result: OperationResult<K>) => {
      await client.cancelQueries({ queryKey: queryKeys.plan });
      client.setQueryData<PlanDocument>(queryKeys.plan, (plan) =>
        plan ? applyChange(plan, operation, input as never, result as never) : plan,
      );
    },
    [client],
  );

  const run = useCallback<Run>(
    (operation, input) => {
      const call = api[operation] as (input: unknown) => Promise<unknown>;
      type Result = OperationResult<typeof operation>;
      if (READ_ONLY.has(operation)) return call(input) as Promise<Result>;
      return enqueue(async () => {
        if (!isPatchable(operation)) {
          const result = (await call(input)) as Result;
          await refetchPlan();
          return result;
        }
        const release = claim(operation, ['plan']);
        try {
          const result = (await call(input)) as Result;
          await patch(operation, input as never, result as never);
          return result;
        } finally {
          release();
        }
      });
    },
    [api, enqueue, patch, refetchPlan],
  );

  const runOptimistic = useCallback<RunOptimistic>(
    (operation, input, provisional) => {
      void client.cancelQueries({ queryKey: queryKeys.plan });
      client.setQueryData<PlanDocument>(queryKeys.plan, (plan) => (plan ? provisional(plan) : plan));
      const call = api[operation] as (input: unknown) => Promise<unknown>;
      return enqueue(async () => {
        const release = claim(operation, ['plan']);
        try {
          let result: OperationResult<typeof operation>;
          try {
            result = (await call(input)) as OperationResult<typeof operation>;
          } catch (err) {
            void refetchPlan();
            throw err;
          }
          await patch(operation, input as never, result as never);
          return result;
        } finally {
          release();
        }
      });
    },
    [api, client, enqueue, patch, refetchPlan],
  );

  const mutate = useCallback<Mutate>(
    (change) =>
      enqueue(async () => {
        const result = await change(api);
        // Anything may have changed, through routes whose answers say nothing of it (a draft issued as a file
        // download): every resource on screen is fetched again, the history head with them.
        await client.invalidateQueries(undefined, { cancelRefetch: false });
        return result;
      }),
    [api, client, enqueue],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') =>
      enqueue(async () => {
        const result = direction === 'undo' ? await api.undo({}) : await api.redo({});
        if (result.label !== null) await refetchPlan();
        return result.label === null ? null : historyText(result.message, result.label);
      }),
    [api, enqueue, refetchPlan],
  );

  const load = useMemo<PlanLoad>(() => {
    if (planQuery.data) return { status: 'ready', plan: planQuery.data, gaps: gapsQuery.data ?? null };
    if (planQuery.error) return { status: 'failed', error: toApiError(planQuery.error) };
    return { status: 'loading' };
  }, [planQuery.data, planQuery.error, gapsQuery.data]);
  const history = historyQuery.data ?? null;
  return useMemo(
    () => ({ load, history, reload, run, runOptimistic, mutate, step }),
    [load, history, reload, run, runOptimistic, mutate, step],
  );
}
