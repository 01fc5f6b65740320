/**
 * The open plan behind an asynchronous, transport-neutral interface: every call returns a promise of the same
 * envelope web mode answers (`{ok, value, touched, history}` or `{ok: false, error}`), plus the few whole-file
 * actions the shells need (document info, Save As copies, drafts, next year's plan, close).
 *
 * Two implementations:
 * - `openInProcessService`: over a PlanSession on the calling thread (the CLI, tests, benches).
 * - `openWorkerService` (services/plan-worker-client.ts): the plan is opened inside a worker thread
 *   (services/plan-worker.ts): its write lock, migrations, every transaction and undo/redo run there, so the
 *   thread that calls (Electron's main process, web mode's HTTP loop) never waits on SQLite.
 *
 * Invariants:
 * - Every operation stays one transaction of dispatch (services/dispatch.ts); errors keep their HoshinError code
 *   and words; anything else becomes `internal` with a plain sentence (its detail is logged, never shown).
 * - Whole-plan reads (`getPlan`, `analyzeGaps`) are answered as JSON text by services/heavy-reads.ts and passed
 *   on as text (`callText`), so nobody parses and re-serialises a 20,000-tactic plan on the way.
 */
import type { Envelope, OperationName } from '../contract/api.ts';
import { HoshinError, type SerializedError } from '../contract/errors.ts';
import type { CarryMode } from '../contract/rollover.ts';
import type { RolloverReport } from '../contract/rollover.ts';
import type { IssuedDraft } from '../contract/catchball.ts';
import { isOperationName, needsPreparation, prepareInput } from './dispatch.ts';
import { effectsOf } from './effects.ts';
import { isHeavyRead } from './heavy-reads.ts';
import { issueDraft } from './issue-draft.ts';
import { copyOpenPlan, openPlan, type PlanSession } from './plan-files.ts';
import { rolloverFrom } from './rollover.ts';
import type { OpenOptions } from '../db/plan-file.ts';
import type { HandlerOptions } from './ops/context.ts';
import type { HeavyReadOptions } from './heavy-reads.ts';

/** What a shell needs to know about the file it opened. */
export interface ServiceInfo {
  /** The file as opened (resolved path). */
  file: string;
  readonly: boolean;
  /** Where the pre-upgrade copy is kept when opening migrated an older file, else null. */
  backup: string | null;
  /** Whether the file is a department draft. */
  draft: boolean;
}

export interface PlanService {
  readonly info: ServiceInfo;
  /** Runs one operation (validated, one transaction) and answers its envelope. Never rejects. */
  call(operation: string, input: unknown): Promise<Envelope<unknown>>;
  /** The same envelope as JSON text (whole-plan reads arrive as text and are never parsed on the way). */
  callText(operation: string, input: unknown): Promise<string>;
  /** Like `call`, but the value itself, or a rejection with the HoshinError. */
  value<T = unknown>(operation: OperationName, input: unknown): Promise<T>;
  /** A department's name (for a dialog's words), or null when there is no such department. */
  departmentName(id: string): Promise<string | null>;
  /** A consistent copy of the open plan at `target` (Save As, Return Draft, "download a copy"). */
  copyTo(target: string): Promise<void>;
  /** Records a department draft and writes its file (undone again when the file cannot be written). */
  issueDraft(department: string, target: string, overwrite: boolean): Promise<Pick<IssuedDraft, 'departmentName'>>;
  /** Next year's plan from this one (which is only read), written to `out`. */
  rollover(out: string, period: string, carry: CarryMode): Promise<RolloverReport>;
  /** Closes the plan (releasing its write lock). Calls after close are refused in plain words. */
  close(): Promise<void>;
}

export type ServiceOptions = OpenOptions & HandlerOptions & HeavyReadOptions;

/** A failed call's error as the envelope carries it: HoshinErrors keep code and words, the rest is logged. */
export function serializeFailure(operation: string, err: unknown, log: (text: string) => void): SerializedError {
  if (err instanceof HoshinError) return err.toJSON();
  log(`${operation} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  return { code: 'internal', message: `Something went wrong while running ${operation}.` };
}

export function toHoshinError(error: SerializedError): HoshinError {
  return new HoshinError(error.code, error.message, error.issues);
}

/**
 * Runs one operation on a session and answers its envelope as JSON text: the shared body of both
 * implementations (the worker runs exactly this).
 */
export async function runOnSession(
  session: PlanSession,
  operation: string,
  input: unknown,
  log: (text: string) => void = console.error,
): Promise<string> {
  if (!isOperationName(operation)) {
    return JSON.stringify({
      ok: false,
      error: { code: 'not_found', message: `There is no operation called "${operation.slice(0, 80)}".` },
    });
  }
  try {
    if (isHeavyRead(operation)) {
      // The value arrives as JSON text and is sent on as it is (a read's envelope has no effects).
      const json = await session.heavyReads.run(operation, input);
      return `{"ok":true,"value":${json}}`;
    }
    // An upload to import is read (asynchronously) before its synchronous transaction.
    const prepared = needsPreparation(operation) ? await prepareInput(operation, input) : undefined;
    const value = session.dispatch(operation, input, prepared);
    return JSON.stringify({ ok: true, value, ...effectsOf(session.dispatch, operation) });
  } catch (err) {
    return JSON.stringify({ ok: false, error: serializeFailure(operation, err, log) });
  }
}

export function sessionInfo(session: PlanSession): ServiceInfo {
  return {
    file: session.file,
    readonly: session.readonly,
    backup: session.opened.backup ?? null,
    draft: session.dispatch('getDocumentInfo', {}).draft !== null,
  };
}

/** The whole-file actions on a session, as the worker and the in-process service run them. */
export const sessionActions = {
  departmentName: (session: PlanSession, id: string) => session.store.getDepartment(id)?.name ?? null,
  copyTo: (session: PlanSession, target: string) => copyOpenPlan(session, target),
  issueDraft: (session: PlanSession, department: string, target: string, overwrite: boolean) => ({
    departmentName: issueDraft(session, department, target, { overwrite }).departmentName,
  }),
  rollover: (session: PlanSession, out: string, period: string, carry: CarryMode) =>
    rolloverFrom((fn) => fn(session), { source: session.file, out, period, carry, force: true }),
};

function unwrap<T>(envelope: Envelope<unknown>): T {
  if (!envelope.ok) throw toHoshinError(envelope.error);
  return envelope.value as T;
}

const closedError = () => new HoshinError('not_found', 'The plan is closed. Open it again to go on.');

/** The service over a session on this thread. */
export function inProcessService(session: PlanSession, log: (text: string) => void = console.error): PlanService {
  let closed = false;
  const info = sessionInfo(session);
  const live = () => {
    if (closed) throw closedError();
    return session;
  };
  const callText = (operation: string, input: unknown) =>
    closed
      ? Promise.resolve(JSON.stringify({ ok: false, error: closedError().toJSON() }))
      : runOnSession(session, operation, input, log);
  const call = async (operation: string, input: unknown) =>
    JSON.parse(await callText(operation, input)) as Envelope<unknown>;
  return {
    info,
    call,
    callText,
    value: async <T>(operation: OperationName, input: unknown) => unwrap<T>(await call(operation, input)),
    departmentName: async (id) => sessionActions.departmentName(live(), id),
    copyTo: async (target) => sessionActions.copyTo(live(), target),
    issueDraft: async (department, target, overwrite) =>
      sessionActions.issueDraft(live(), department, target, overwrite),
    rollover: async (out, period, carry) => sessionActions.rollover(live(), out, period, carry),
    close: async () => {
      if (closed) return;
      closed = true;
      session.close();
    },
  };
}

/** Opens `file` on this thread (openPlan's lock, checks and migrations) behind the asynchronous interface. */
export function openInProcessService(file: string, options: ServiceOptions = {}): PlanService {
  return inProcessService(openPlan(file, options));
}
