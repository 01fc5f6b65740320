/**
 * The PlanService whose plan lives in a worker thread (services/plan-worker.ts): the calling thread only posts
 * messages and receives answers, so it never waits on SQLite (Electron's main process, web mode's HTTP loop).
 *
 * Invariants:
 * - The worker opens the file itself: its write lock, checks and migrations run there; an open it refuses
 *   rejects `openWorkerService` with the same HoshinError code and words as openPlan.
 * - A second writer is refused with `locked` also within this process: db/write-lock.ts keeps its held locks
 *   per thread, so the files open in workers of this process are kept here as well.
 * - A worker that stops (a crash, out of memory) fails every pending and later call in plain words; since every
 *   operation is one SQLite transaction, the file keeps its last committed state (a leftover journal is replayed
 *   on the next open).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Envelope, OperationName } from '../contract/api.ts';
import { HoshinError, type SerializedError } from '../contract/errors.ts';
import { lockedError, setHeldInOtherThreads } from '../db/write-lock.ts';
import type { PlanWorkerData, PlanWorkerReply, PlanWorkerRequest } from './plan-worker.ts';
import { toHoshinError, type PlanService, type ServiceInfo } from './plan-service.ts';

/** The worker's module: beside this file, as TypeScript in the repo (Node strips the types) or built as .js. */
export function planWorkerFile(): string {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  for (const name of ['plan-worker.ts', 'plan-worker.js']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  throw new HoshinError(
    'internal',
    'Hoshin Planner is incomplete: the part that opens plans is missing. Reinstall it.',
  );
}

/** Files open for writing in a worker of this process (canonical path -> holders). */
const openHere = new Set<string>();
// A plain openPlan on this thread (a CLI command, a test) sees the files a worker of this process holds.
setHeldInOtherThreads((file) => openHere.has(canonical(file)));

/** A file's path with links resolved (the path itself when it does not exist yet): one file, one name. */
export function canonical(file: string): string {
  const resolved = path.resolve(file);
  try {
    return fs.realpathSync.native(resolved);
  } catch {
    return resolved;
  }
}

export interface WorkerServiceOptions {
  readonly?: boolean;
  /** See HeavyReadOptions.workerMinPages. */
  workerMinPages?: number;
  /** A fixed date for overdue findings (tests). */
  today?: string;
}

export interface WorkerPlanService extends PlanService {
  /** Stops the worker at once, as a crash would (tests; a shell giving up on a hung worker). */
  terminate(): Promise<void>;
}

const STOPPED =
  'The part of Hoshin Planner that keeps the plan open stopped unexpectedly. Changes saved before this are kept; open the plan again to go on.';

type Pending = { resolve: (reply: PlanWorkerReply) => void; reject: (err: HoshinError) => void };

export async function openWorkerService(file: string, options: WorkerServiceOptions = {}): Promise<WorkerPlanService> {
  const resolved = path.resolve(file);
  const key = canonical(resolved);
  const writing = options.readonly !== true;
  if (writing && openHere.has(key)) throw lockedError(resolved, process.pid);
  if (writing) openHere.add(key);
  const data: PlanWorkerData = { file: resolved, ...options };
  let worker: Worker;
  try {
    worker = new Worker(planWorkerFile(), { workerData: data });
  } catch (err) {
    if (writing) openHere.delete(key);
    throw err instanceof HoshinError ? err : new HoshinError('internal', STOPPED);
  }
  const pending = new Map<number, Pending>();
  let nextId = 0;
  let stopped: HoshinError | null = null;
  let released = false;
  const release = () => {
    if (writing && !released) openHere.delete(key);
    released = true;
  };
  const stop = (error: HoshinError) => {
    stopped ??= error;
    release();
    for (const p of pending.values()) p.reject(stopped);
    pending.clear();
  };

  const info = await new Promise<ServiceInfo>((resolve, reject) => {
    const onMessage = (reply: PlanWorkerReply) => {
      if (reply.kind === 'opened') resolve(reply.info);
      else if (reply.kind === 'failed') reject(toHoshinError(reply.error));
    };
    worker.once('message', onMessage);
    worker.once('error', () => reject(new HoshinError('internal', STOPPED)));
    worker.once('exit', () => reject(new HoshinError('internal', STOPPED)));
  }).catch((err: unknown) => {
    release();
    void worker.terminate();
    throw err;
  });

  worker.on('message', (reply: PlanWorkerReply) => {
    if (!('id' in reply)) return;
    const p = pending.get(reply.id);
    if (!p) return;
    pending.delete(reply.id);
    p.resolve(reply);
  });
  worker.on('error', (err) => {
    console.error(`the plan worker for ${path.basename(resolved)} failed:`, err);
    stop(new HoshinError('internal', STOPPED));
  });
  const closedError = () => new HoshinError('not_found', 'The plan is closed. Open it again to go on.');
  let closing: Promise<void> | null = null;
  worker.on('exit', () => stop(closing ? closedError() : new HoshinError('internal', STOPPED)));

  const send = (request: PlanWorkerRequest): Promise<PlanWorkerReply> => {
    if (stopped) return Promise.reject(stopped);
    return new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject });
      worker.postMessage(request);
    });
  };
  const act = async <T>(request: PlanWorkerRequest): Promise<T> => {
    const reply = await send(request);
    if (reply.kind === 'refused') throw toHoshinError(reply.error);
    return (reply.kind === 'done' ? reply.value : null) as T;
  };
  const failureText = (error: SerializedError) => JSON.stringify({ ok: false, error });
  const callText = async (operation: string, input: unknown): Promise<string> => {
    try {
      const reply = await send({ id: ++nextId, kind: 'call', operation, input });
      return reply.kind === 'answer' ? reply.text : failureText({ code: 'internal', message: STOPPED });
    } catch (err) {
      return failureText(err instanceof HoshinError ? err.toJSON() : { code: 'internal', message: STOPPED });
    }
  };
  const call = async (operation: string, input: unknown) =>
    JSON.parse(await callText(operation, input)) as Envelope<unknown>;

  return {
    info,
    call,
    callText,
    async value<T>(operation: OperationName, input: unknown): Promise<T> {
      const envelope = await call(operation, input);
      if (!envelope.ok) throw toHoshinError(envelope.error);
      return envelope.value as T;
    },
    departmentName: (departmentId) => act<string | null>({ id: ++nextId, kind: 'departmentName', departmentId }),
    copyTo: (target) => act<void>({ id: ++nextId, kind: 'copyTo', target: path.resolve(target) }),
    issueDraft: (department, target, overwrite) =>
      act({ id: ++nextId, kind: 'issueDraft', department, target: path.resolve(target), overwrite }),
    rollover: (out, period, carry) => act({ id: ++nextId, kind: 'rollover', out: path.resolve(out), period, carry }),
    close() {
      closing ??= (async () => {
        if (stopped) return;
        try {
          // The worker closes the connection and releases the write lock, then answers.
          await act({ id: ++nextId, kind: 'close' });
        } catch {
          // The worker is gone already; its lock went with it.
        }
        stop(closedError());
        await worker.terminate();
      })();
      return closing;
    },
    async terminate() {
      await worker.terminate();
      stop(new HoshinError('internal', STOPPED));
    },
  };
}
