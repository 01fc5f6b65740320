/**
 * One `ipcMain.handle('hoshin:<operation>')` per operation of the contract. Each checks that the call comes from
 * our window's top frame showing our own page, then hands the raw input to the open plan's dispatch (which
 * validates it with the operation's zod schema and runs it in one transaction), and answers with an Envelope.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { OPERATION_NAMES, type Envelope, type OperationName } from '../contract/api.ts';
import { HoshinError, type SerializedError } from '../contract/errors.ts';
import type { PlanSession } from '../services/plan-files.ts';
import { channelOf } from './channels.ts';
import { isTrustedSender, type SenderContext } from './sender-check.ts';

export interface IpcContext extends SenderContext {
  session(): PlanSession | null;
}

export function registerIpcHandlers(context: IpcContext): void {
  for (const operation of OPERATION_NAMES) {
    ipcMain.handle(channelOf(operation), (event, input: unknown) => handle(context, operation, event, input));
  }
}

export function removeIpcHandlers(): void {
  for (const operation of OPERATION_NAMES) ipcMain.removeHandler(channelOf(operation));
}

function handle(
  context: IpcContext,
  operation: OperationName,
  event: IpcMainInvokeEvent,
  input: unknown,
): Envelope<unknown> {
  if (!isTrustedSender(context, event)) {
    console.warn(`refused ${operation} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
    return failure({ code: 'unauthorized', message: 'This page may not use the plan API.' });
  }
  const session = context.session();
  if (!session) return failure({ code: 'not_found', message: 'No plan is open. Use File > New or File > Open.' });
  try {
    return { ok: true, value: session.dispatch(operation, input) };
  } catch (err) {
    if (err instanceof HoshinError) return failure(err.toJSON());
    console.error(`${operation} failed:`, err);
    return failure({ code: 'internal', message: `Something went wrong while running ${operation}.` });
  }
}

function failure(error: SerializedError): Envelope<never> {
  return { ok: false, error };
}
