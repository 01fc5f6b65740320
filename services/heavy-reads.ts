/**
 * Whole-plan reads off the request path. `getPlan` and `analyzeGaps` load every row of the plan (seconds at
 * 200,000 tactics); run on the thread that answers requests they made every edit behind them wait. Here they run
 * in a worker thread (services/analysis-worker.ts) on a snapshot of the file, so a save is answered while an
 * analysis is under way. Transport-neutral: web mode and the desktop IPC call it the same way.
 *
 * Invariants:
 * - An answer describes a committed state no older than its request: a request joins a running job only when
 *   nothing was committed since that job was sent (the connection's `total_changes()` and `data_version`, which
 *   count this connection's writes and everyone else's commits, are unchanged); otherwise it waits for a newer job.
 * - A newer request supersedes an older one that has not started: every request arriving while a job runs
 *   shares the one job queued behind it, so a burst of edits costs at most one more analysis, and the job
 *   running is never abandoned (cancelling it on every edit would starve the analysis while someone types).
 * - The input is validated with the operation's zod schema first, as dispatch does.
 * - Where no worker can run (a worker that fails to start or dies, a snapshot that cannot be written), the read
 *   runs through dispatch on this thread, with dispatch's errors, so nothing is lost but the concurrency.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { operations } from '../contract/api.ts';
import { HoshinError } from '../contract/errors.ts';
import { invalidInput, zodIssues } from '../core/plan-json.ts';
import type { PlanStore } from '../db/plan-store.ts';
import type { HeavyReadAnswer, HeavyReadJob } from './analysis-worker.ts';
import type { Dispatch } from './dispatch.ts';

export type HeavyRead = HeavyReadJob['operation'];
export const HEAVY_READS: ReadonlySet<string> = new Set<HeavyRead>(['getPlan', 'analyzeGaps']);
export const isHeavyRead = (name: string): name is HeavyRead => HEAVY_READS.has(name);

export interface HeavyReads {
  /** The JSON text of the operation's value. */
  run(operation: HeavyRead, input: unknown): Promise<string>;
  /** How many reads went to the worker and how many ran on this thread (the fallback): for tests and benches. */
  stats(): { worker: number; inline: number };
  close(): void;
}

interface Job {
  key: string;
  operation: HeavyRead;
  today: string;
  /** The commit counter when the job was sent to the worker (null while queued). */
  version: string | null;
  waiters: { resolve: (json: string) => void; reject: (err: unknown) => void }[];
}

/** The worker's module: beside this file, as TypeScript in the repo (Node strips the types) or built as .js. */
function workerFile(): string | null {
  const dir = path.dirname(fileURLToPath(import.meta.url));
  for (const name of ['analysis-worker.ts', 'analysis-worker.js']) {
    const file = path.join(dir, name);
    if (fs.existsSync(file)) return file;
  }
  return null;
}

export interface HeavyReadOptions {
  /**
   * Plans smaller than this many pages (4 KiB each) are answered on the session's thread: a whole-plan read of
   * one takes milliseconds (about 10 ms at 2,000 tactics, 135 pages), less than a snapshot and a worker's answer,
   * and the worker is not started at all. Default WORKER_MIN_PAGES; 0 sends every read to the worker.
   */
  workerMinPages?: number;
}

/**
 * 2 MiB, about 9,000 tactics (a whole-plan read of some 30 ms on a quiet machine); the 20,000-tactic benchmark
 * plan (1,070 pages, 70 ms) goes to the worker.
 */
export const WORKER_MIN_PAGES = 500;

/**
 * Pages copied per step of a snapshot (4 KiB each): about a millisecond of work, so a save waits at most that long
 * for a step, while a 200,000-tactic plan (11,000 pages) still copies in a few hundred milliseconds.
 */
const PAGES_PER_STEP = 256;

export function createHeavyReads(
  store: PlanStore,
  dispatch: Dispatch,
  today: () => string,
  options: HeavyReadOptions = {},
): HeavyReads {
  const minPages = options.workerMinPages ?? WORKER_MIN_PAGES;
  const pageCount = store.sqlite.prepare('PRAGMA page_count').pluck();
  const small = () => minPages > 0 && (pageCount.get() as number) < minPages;
  const versionQuery = store.sqlite.prepare('SELECT total_changes() AS n');
  const version = () =>
    `${(versionQuery.get() as { n: number }).n}:${String(store.sqlite.pragma('data_version', { simple: true }))}`;
  let worker: Worker | null = null;
  let broken = workerFile() === null;
  let closed = false;
  let running: Job | null = null;
  let runningId = 0;
  const queued = new Map<string, Job>();
  const counts = { worker: 0, inline: 0 };
  /** The private folder (mode 0700) snapshots are written to, made on first use and removed on close. */
  let snapshots: string | null = null;
  /** The running job's snapshot, removed once it is answered. */
  let snapshot: string | null = null;
  const removeSnapshot = () => {
    if (snapshot) fs.rmSync(snapshot, { force: true });
    snapshot = null;
  };

  const inline = (operation: HeavyRead, input: unknown): string => JSON.stringify(dispatch(operation, input));
  /** Answers a job on this thread (the fallback); each waiter gets dispatch's own result or error. */
  const runInline = (job: Job) => {
    counts.inline += 1;
    let json: string;
    try {
      json = inline(job.operation, job.operation === 'getPlan' ? {} : { today: job.today });
    } catch (err) {
      for (const w of job.waiters) w.reject(err);
      return;
    }
    for (const w of job.waiters) w.resolve(json);
  };
  /** The running job failed in the worker or its snapshot: answer it here, then go on. */
  const fallBack = (job: Job) => {
    running = null;
    removeSnapshot();
    runInline(job);
    pump();
  };

  const startWorker = (): Worker | null => {
    if (broken) return null;
    if (worker) return worker;
    try {
      worker = new Worker(workerFile()!);
    } catch {
      broken = true;
      return null;
    }
    // A session's reader never keeps the process alive on its own.
    worker.unref();
    worker.on('message', (reply: HeavyReadAnswer) => {
      const job = running;
      if (!job || reply.id !== runningId) return;
      if (!('json' in reply)) return fallBack(job);
      running = null;
      removeSnapshot();
      for (const w of job.waiters) w.resolve(reply.json);
      pump();
    });
    worker.on('error', () => {
      // The worker could not load or died: answer what it held here, and everything after it too.
      broken = true;
      worker = null;
      if (running) fallBack(running);
    });
    return worker;
  };

  function pump(): void {
    while (!closed && !running && queued.size > 0) {
      const [key, job] = queued.entries().next().value as [string, Job];
      queued.delete(key);
      const w = small() ? null : startWorker();
      if (!w) {
        runInline(job);
        continue;
      }
      job.version = version();
      running = job;
      const id = ++runningId;
      try {
        snapshots ??= fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-snapshot-'));
      } catch {
        // No temporary folder to write a snapshot to: this read, and the next ones, on this thread.
        broken = true;
        running = null;
        runInline(job);
        continue;
      }
      const file = path.join(snapshots, `${id}.hoshin`);
      snapshot = file;
      counts.worker += 1;
      // SQLite's online backup from the session's own connection, a few pages per turn of the event loop: the
      // connection's commits made meanwhile are copied too, so the snapshot is the committed state when it
      // completes (never older than the request), and no save waits for more than one step.
      store.sqlite.backup(file, { progress: () => PAGES_PER_STEP }).then(
        () => {
          if (closed || running !== job) return;
          const message: HeavyReadJob = { id, operation: job.operation, file, today: job.today };
          w.postMessage(message);
        },
        () => {
          // The snapshot could not be written (a full disk, say).
          if (!closed && running === job) fallBack(job);
        },
      );
    }
  }

  return {
    run(operation, input) {
      const parsed = operations[operation].input.safeParse(input);
      if (!parsed.success)
        return Promise.reject(invalidInput(`invalid input for ${operation}`, zodIssues(parsed.error)));
      const day =
        operation === 'analyzeGaps' ? ((parsed.data as { today?: string | null } | undefined)?.today ?? today()) : '';
      const key = `${operation}:${day}`;
      return new Promise<string>((resolve, reject) => {
        const waiter = { resolve, reject };
        if (running && running.key === key && running.version === version()) {
          running.waiters.push(waiter);
          return;
        }
        const job = queued.get(key);
        if (job) job.waiters.push(waiter);
        else queued.set(key, { key, operation, today: day, version: null, waiters: [waiter] });
        pump();
      });
    },
    stats: () => ({ ...counts }),
    close() {
      closed = true;
      broken = true;
      void worker?.terminate();
      worker = null;
      const error = new HoshinError('not_found', 'The plan was closed before this read finished.');
      for (const job of [...(running ? [running] : []), ...queued.values()])
        for (const w of job.waiters) w.reject(error);
      running = null;
      queued.clear();
      snapshot = null;
      if (snapshots) fs.rmSync(snapshots, { recursive: true, force: true });
    },
  };
}
