import { historyText } from '../i18n/service-text.ts';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryState, HoshinApi, OperationInput, OperationName, OperationResult } from '../../../contract/api.ts';
import type { GapReport } from '../../../contract/gaps.ts';
import { META_OPERATION_NAMES, OPERATION_META } from '../../../contract/operation-meta.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { onHistoryHead, onRemoteChange, toApiError, type ApiError } from '../api/index.ts';
import { applyChange, isPatchable, type PatchableOperation } from '../domain/plan-patch.ts';

/** Runs any change, then reloads the whole plan (for changes the result cannot describe). */
export type Mutate = <T>(run: (api: HoshinApi) => Promise<T>) => Promise<T>;
/** Runs one operation and shows its result at once; rethrows the operation's error. */
export type Run = <K extends OperationName>(operation: K, input: OperationInput<K>) => Promise<OperationResult<K>>;
/**
 * Shows `provisional(plan)` at once, then runs the operation and shows its real result; on failure reloads the plan
 * (undoing the provisional change) and rethrows. For changes whose outcome the screen can predict (a new title).
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

const GAPS_DELAY_MS = 150;
/** After this long without a change, the plan is reloaded in the background to reconcile the local patches. */
const RECONCILE_DELAY_MS = 2000;

/**
 * The plan, its gap report and the undo history. A change patches the local plan from the operation's result so
 * the screen follows within a frame (a whole reload of a 20,000-tactic plan costs far more); the gap analysis is
 * refreshed right after and the plan reconciled with the file once changes pause. Undo and redo can change
 * anything, so they reload. Only the newest request may write state, so a slow early answer never overwrites a
 * later one. `onReloadError` hears failures once a plan is showing; before that the failure is the load state.
 */
export function usePlan(api: HoshinApi, onReloadError: (error: ApiError) => void): PlanState {
  const [planLoad, setLoad] = useState<PlanLoad>({ status: 'loading' });
  // Kept apart from the plan: the analysis may answer before or after the plan it belongs with.
  const [gaps, setGaps] = useState<GapReport | null>(null);
  const [history, setHistory] = useState<HistoryState | null>(null);
  // Bumped by every change and reload: background answers requested before the bump are stale.
  const generation = useRef(0);
  const loaded = useRef(false);
  const timers = useRef<{ gaps?: number; reconcile?: number }>({});
  // Changes go to the server one after another, in the order they were made: a new item's "add after" may name
  // the item created just before it, and undo must come after the change it undoes.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback(<T>(task: () => Promise<T>): Promise<T> => {
    const next = queue.current.then(task, task);
    queue.current = next.catch(() => undefined);
    return next;
  }, []);

  const fail = useCallback(
    (err: unknown) => {
      const error = toApiError(err);
      if (loaded.current) onReloadError(error);
      else setLoad({ status: 'failed', error });
    },
    [onReloadError],
  );

  const refreshHistory = useCallback(() => {
    api.getHistory({}).then(setHistory, () => {});
  }, [api]);
  // Every change's envelope carries the new history head, from this hook's calls and any other view's alike.
  useEffect(() => onHistoryHead(setHistory), []);

  const reload = useCallback((): Promise<void> => {
    const request = ++generation.current;
    // The plan first, alone: the server answers one request at a time, and the outline needs only the plan.
    const plan = api.getPlan({}).then(
      (p) => {
        if (request !== generation.current) return false;
        loaded.current = true;
        setLoad({ status: 'ready', plan: p, gaps: null });
        return true;
      },
      (err: unknown) => {
        if (request === generation.current) fail(err);
        return false;
      },
    );
    const report = plan.then((ok) => {
      if (!ok) return;
      refreshHistory();
      return api.analyzeGaps({}).then(
        (g) => {
          if (request === generation.current) setGaps(g);
        },
        (err: unknown) => {
          if (request === generation.current) fail(err);
        },
      );
    });
    return report.then(() => undefined);
  }, [api, fail, refreshHistory]);

  // A team plan: someone else's change reloads the plan (this page's own are already in its state).
  useEffect(() => onRemoteChange(() => void reload()), [reload]);

  useEffect(() => {
    void reload();
    const pending = timers.current;
    return () => {
      window.clearTimeout(pending.gaps);
      window.clearTimeout(pending.reconcile);
    };
  }, [reload]);

  /** After a patched change: gaps soon, the whole plan once changes pause (its envelope brought the history). */
  const afterChange = useCallback(() => {
    const request = generation.current;
    window.clearTimeout(timers.current.gaps);
    timers.current.gaps = window.setTimeout(() => {
      api.analyzeGaps({}).then(
        (g) => {
          if (request === generation.current) setGaps(g);
        },
        () => {},
      );
    }, GAPS_DELAY_MS);
    window.clearTimeout(timers.current.reconcile);
    timers.current.reconcile = window.setTimeout(() => {
      api.getPlan({}).then(
        (p) => {
          if (request !== generation.current) return;
          setLoad((current) => (current.status === 'ready' ? { ...current, plan: p } : current));
        },
        () => {},
      );
    }, RECONCILE_DELAY_MS);
  }, [api]);

  const run = useCallback<Run>(
    (operation, input) => {
      const call = api[operation] as (input: unknown) => Promise<unknown>;
      type Result = OperationResult<typeof operation>;
      if (READ_ONLY.has(operation)) return call(input) as Promise<Result>;
      generation.current++;
      return enqueue(async () => {
        const result = (await call(input)) as Result;
        if (isPatchable(operation)) {
          generation.current++;
          setLoad((current) =>
            current.status === 'ready'
              ? { ...current, plan: applyChange(current.plan, operation, input as never, result as never) }
              : current,
          );
          afterChange();
        } else {
          await reload();
        }
        return result;
      });
    },
    [api, afterChange, reload, enqueue],
  );

  const runOptimistic = useCallback<RunOptimistic>(
    (operation, input, provisional) => {
      generation.current++;
      setLoad((current) => (current.status === 'ready' ? { ...current, plan: provisional(current.plan) } : current));
      const call = api[operation] as (input: unknown) => Promise<unknown>;
      return enqueue(async () => {
        let result: OperationResult<typeof operation>;
        try {
          result = (await call(input)) as OperationResult<typeof operation>;
        } catch (err) {
          void reload();
          throw err;
        }
        generation.current++;
        setLoad((current) =>
          current.status === 'ready'
            ? { ...current, plan: applyChange(current.plan, operation, input as never, result as never) }
            : current,
        );
        afterChange();
        return result;
      });
    },
    [api, afterChange, reload, enqueue],
  );

  const mutate = useCallback<Mutate>(
    (change) => {
      generation.current++;
      return enqueue(async () => {
        const result = await change(api);
        await reload();
        return result;
      });
    },
    [api, reload, enqueue],
  );

  const step = useCallback(
    (direction: 'undo' | 'redo') => {
      generation.current++;
      return enqueue(async () => {
        const result = direction === 'undo' ? await api.undo({}) : await api.redo({});
        setHistory(result.history);
        if (result.label !== null) await reload();
        return result.label === null ? null : historyText(result.message, result.label);
      });
    },
    [api, reload, enqueue],
  );

  const load = useMemo<PlanLoad>(
    () => (planLoad.status === 'ready' ? { ...planLoad, gaps } : planLoad),
    [planLoad, gaps],
  );
  return useMemo(
    () => ({ load, history, reload, run, runOptimistic, mutate, step }),
    [load, history, reload, run, runOptimistic, mutate, step],
  );
}
