/**
 * What `hoshin:operation` answers, free of Electron at run time (type imports only) so it is tested without the
 * binary: the sender must be our window's top frame showing our own page, the name an operation (the allow-list
 * derived from the declarations); the raw input then goes to the open plan's service, whose dispatch validates it
 * with the operation's zod schema and runs it in one transaction in the plan's worker thread
 * (services/plan-worker-client.ts), so the main process never waits on SQLite.
 */
import type { IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../contract/api.ts';
import { isOperationName } from '../services/dispatch.ts';
import type { PlanService } from '../services/plan-service.ts';
import { isTrustedSender, type SenderContext } from './sender-check.ts';

export interface IpcContext extends SenderContext {
  session(): PlanService | null;
}

export function answerOperation(
  context: IpcContext,
  operation: unknown,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  input: unknown,
): Promise<Envelope<unknown>> {
  const name = typeof operation === 'string' ? operation : String(operation);
  if (!isTrustedSender(context, event)) {
    console.warn(`refused ${name.slice(0, 80)} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
    return Promise.resolve({
      ok: false,
      error: { code: 'unauthorized', message: 'This page may not use the plan API.' },
    });
  }
  if (typeof operation !== 'string' || !isOperationName(operation)) {
    return Promise.resolve({
      ok: false,
      error: { code: 'not_found', message: `There is no operation called "${name.slice(0, 80)}".` },
    });
  }
  const session = context.session();
  if (!session) {
    return Promise.resolve({
      ok: false,
      error: { code: 'not_found', message: 'No plan is open. Use File > New or File > Open.' },
    });
  }
  return session.call(operation, input);
}
