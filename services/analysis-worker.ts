/**
 * The worker thread behind services/heavy-reads.ts: answers a whole-plan read (`getPlan`, `analyzeGaps`) from a
 * snapshot of the plan, so the thread that saves edits never waits for it.
 *
 * Invariants:
 * - The snapshot is a private copy the session wrote with SQLite's online backup (one committed state, never
 *   older than the request); nobody else has it open, so reading it takes no lock the plan's writer could meet.
 * - Nothing here writes: the copy is opened read-only, and heavy-reads.ts removes it once answered.
 * - The answer is the value's JSON text, so the main thread sends it on without parsing or stringifying it.
 */
import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { analyzeGaps } from '../core/gaps.ts';
import { PlanStore } from '../db/plan-store.ts';

export interface HeavyReadJob {
  id: number;
  operation: 'getPlan' | 'analyzeGaps';
  /** The snapshot to read: a private copy of the plan (see heavy-reads.ts). */
  file: string;
  /** For analyzeGaps: the date overdue findings are measured against. */
  today: string;
}

export type HeavyReadAnswer = { id: number; json: string } | { id: number; error: string };

function answer(job: HeavyReadJob): string {
  const copy = new Database(job.file, { readonly: true, fileMustExist: true });
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
