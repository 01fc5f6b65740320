/**
 * One `ipcMain.handle('hoshin:operation')` for every operation of the contract. It checks that the call comes
 * from our window's top frame showing our own page and that the name is an operation (the allow-list derived
 * from the declarations), then hands the raw input to the open plan's dispatch (which validates it with the
 * operation's zod schema and runs it in one transaction), and answers with an Envelope.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../contract/api.ts';
import { HoshinError, type SerializedError } from '../contract/errors.ts';
import { isOperationName, needsPreparation, prepareInput } from '../services/dispatch.ts';
import { effectsOf } from '../services/effects.ts';
import { isHeavyRead } from '../services/heavy-reads.ts';
import type { PlanSession } from '../services/plan-files.ts';
import { OPERATION_CHANNEL } from './channels.ts';
import { isTrustedSender, type SenderContext } from './sender-check.ts';

export interface IpcContext extends SenderContext {
  session(): PlanSession | null;
}

export function registerIpcHandlers(context: IpcContext): void {
  ipcMain.handle(OPERATION_CHANNEL, (event, operation: unknown, input: unknown) =>
    handle(context, operation, event, input),
  );
}

export function removeIpcHandlers(): void {
  ipcMain.removeHandler(OPERATION_CHANNEL);
}

function handle(
  context: IpcContext,
  operation: unknown,
  event: IpcMainInvokeEvent,
  input: unknown,
): Envelope<unknown> | Promise<Envelope<unknown>> {
  const name = typeof operation === 'string' ? operation : String(operation);
  if (!isTrustedSender(context, event)) {
    console.warn(`refused ${name.slice(0, 80)} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
    return failure({ code: 'unauthorized', message: 'This page may not use the plan API.' });
  }
  if (typeof operation !== 'string' || !isOperationName(operation)) {
    return failure({ code: 'not_found', message: `There is no operation called "${name.slice(0, 80)}".` });
  }
  const session = context.session();
  if (!session) return failure({ code: 'not_found', message: 'No plan is open. Use File > New or File > Open.' });
  if (isHeavyRead(operation)) {
    // Answered off the main process's thread (services/heavy-reads.ts), so edits never wait behind it.
    return session.heavyReads.run(operation, input).then(
      (json) => ({ ok: true, value: JSON.parse(json) as unknown }),
      (err: unknown) => failed(operation, err),
    );
  }
  if (needsPreparation(operation)) {
    // An upload to import is read (asynchronously) before its synchronous transaction.
    return prepareInput(operation, input)
      .then((prepared): Envelope<unknown> => {
        const value = session.dispatch(operation, input, prepared);
        return { ok: true, value, ...effectsOf(session.dispatch, operation) };
      })
      .catch((err: unknown) => failed(operation, err));
  }
  try {
    const value = session.dispatch(operation, input);
    return { ok: true, value, ...effectsOf(session.dispatch, operation) };
  } catch (err) {
    return failed(operation, err);
  }
}

function failed(operation: string, err: unknown): Envelope<never> {
  if (err instanceof HoshinError) return failure(err.toJSON());
  console.error(`${operation} failed:`, err);
  return failure({ code: 'internal', message: `Something went wrong while running ${operation}.` });
}

function failure(error: SerializedError): Envelope<never> {
  return { ok: false, error };
}
