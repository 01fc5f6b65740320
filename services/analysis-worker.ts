/**
 * The worker thread behind services/heavy-reads.ts: answers a whole-plan read (`getPlan`, `analyzeGaps`) from a
 * snapshot of the plan file, so the thread that saves edits never waits for it.
 *
 * Invariants:
 * - The snapshot is one `serialize()` of the file on a read-only connection of this thread's own: a single read
 *   transaction, so it holds exactly one committed state (the file is in rollback-journal mode: a reader never
 *   sees an uncommitted page). The shared lock lasts only as long as copying the pages (about 80 ms for a
 *   200,000-tactic plan); loading and analysing happen afterwards, on an in-memory copy, holding no lock.
 * - Nothing here writes: the file is opened read-only and the copy lives in memory.
 * - The answer is the value's JSON text, so the main thread sends it on without parsing or stringifying it.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { analyzeGaps } from '../core/gaps.ts';
import { PlanStore } from '../db/plan-store.ts';

export interface HeavyReadJob {
  id: number;
  operation: 'getPlan' | 'analyzeGaps';
  /** The file the session's connection has open (the plan itself, or its temporary copy). */
  file: string;
  /** For analyzeGaps: the date overdue findings are measured against. */
  today: string;
}

export type HeavyReadAnswer = { id: number; json: string } | { id: number; error: string };

/** The file's busy timeout, as the writer's: a commit in progress holds the file for milliseconds. */
const BUSY_TIMEOUT_MS = 5000;

function answer(job: HeavyReadJob): string {
  const file = new Database(job.file, { readonly: true, fileMustExist: true, timeout: BUSY_TIMEOUT_MS });
  let snapshot: Buffer;
  try {
    snapshot = file.serialize();
  } finally {
    file.close();
  }
  const copy = new Database(snapshot);
  try {
    const doc = new PlanStore(copy).loadDocument();
    return JSON.stringify(job.operation === 'getPlan' ? doc : analyzeGaps(doc, job.today));
  } finally {
    copy.close();
  }
}

parentPort?.on('message', (job: HeavyReadJob) => {
  let reply: HeavyReadAnswer;
  try {
    reply = { id: job.id, json: answer(job) };
  } catch (err) {
    reply = { id: job.id, error: err instanceof Error ? err.message : String(err) };
  }
  parentPort?.postMessage(reply);
});
