/**
 * The worker thread that holds an open plan for services/plan-worker-client.ts: it opens the file itself
 * (openPlan: the write lock, the checks, a pending migration), runs every operation and whole-file action the
 * client sends, and answers each message by its id.
 *
 * Invariants:
 * - Every operation is one dispatch call, so one SQLite transaction; a worker stopped half-way leaves a rollback
 *   journal SQLite replays on the next open, never a half-written file.
 * - Operations arrive in order and each synchronous transaction finishes before the next message is read; only
 *   whole-plan reads (services/heavy-reads.ts) and an import's preparation wait asynchronously.
 * - Errors leave as SerializedErrors (HoshinError code and words); anything else is logged here and answered as
 *   `internal` in a plain sentence.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SerializedError } from '../contract/errors.ts';
import { openPlan, type PlanSession } from './plan-files.ts';
import { runOnSession, serializeFailure, sessionActions, sessionInfo, type ServiceInfo } from './plan-service.ts';
import type { CarryMode } from '../contract/rollover.ts';

/** What the client passes to the worker (plain data: functions cannot cross threads). */
export interface PlanWorkerData {
  file: string;
  readonly?: boolean;
  workerMinPages?: number;
  /** A fixed date for overdue findings (tests); the real date when absent. */
  today?: string;
}

export type PlanWorkerRequest =
  | { id: number; kind: 'call'; operation: string; input: unknown }
  | { id: number; kind: 'departmentName'; departmentId: string }
  | { id: number; kind: 'copyTo'; target: string }
  | { id: number; kind: 'issueDraft'; department: string; target: string; overwrite: boolean }
  | { id: number; kind: 'rollover'; out: string; period: string; carry: CarryMode }
  | { id: number; kind: 'close' };

export type PlanWorkerReply =
  | { kind: 'opened'; info: ServiceInfo }
  | { kind: 'failed'; error: SerializedError }
  | { kind: 'answer'; id: number; text: string }
  | { kind: 'done'; id: number; value: unknown }
  | { kind: 'refused'; id: number; error: SerializedError };

const port = parentPort;
const data = workerData as PlanWorkerData;
const log = (text: string) => console.error(text);
const post = (reply: PlanWorkerReply) => port?.postMessage(reply);

function start(): PlanSession | null {
  try {
    const fixed = data.today;
    const session = openPlan(data.file, {
      ...(data.readonly === true ? { readonly: true } : {}),
      ...(data.workerMinPages !== undefined ? { workerMinPages: data.workerMinPages } : {}),
      ...(fixed !== undefined ? { today: () => fixed } : {}),
    });
    post({ kind: 'opened', info: sessionInfo(session) });
    return session;
  } catch (err) {
    post({ kind: 'failed', error: serializeFailure('open', err, log) });
    return null;
  }
}

const session = start();

function action(request: Exclude<PlanWorkerRequest, { kind: 'call' }>, open: PlanSession): unknown {
  switch (request.kind) {
    case 'departmentName':
      return sessionActions.departmentName(open, request.departmentId);
    case 'copyTo':
      return sessionActions.copyTo(open, request.target);
    case 'issueDraft':
      return sessionActions.issueDraft(open, request.department, request.target, request.overwrite);
    case 'rollover':
      return sessionActions.rollover(open, request.out, request.period, request.carry);
    case 'close':
      open.close();
      return null;
  }
}

if (session) {
  port?.on('message', (request: PlanWorkerRequest) => {
    if (request.kind === 'call') {
      void runOnSession(session, request.operation, request.input, log).then((text) =>
        post({ kind: 'answer', id: request.id, text }),
      );
      return;
    }
    try {
      const value = action(request, session);
      post({ kind: 'done', id: request.id, value });
      if (request.kind === 'close') port.close();
    } catch (err) {
      post({ kind: 'refused', id: request.id, error: serializeFailure(request.kind, err, log) });
    }
  });
} else {
  port?.close();
}
