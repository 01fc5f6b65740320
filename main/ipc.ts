/**
 * One `ipcMain.handle('hoshin:operation')` for every operation of the contract; main/operation-call.ts checks
 * the sender and the name and hands the call to the open plan's worker, answering with an Envelope.
 */
import { ipcMain } from 'electron';
import { OPERATION_CHANNEL } from './channels.ts';
import { answerOperation, type IpcContext } from './operation-call.ts';

export type { IpcContext } from './operation-call.ts';

export function registerIpcHandlers(context: IpcContext): void {
  ipcMain.handle(OPERATION_CHANNEL, (event, operation: unknown, input: unknown) =>
    answerOperation(context, operation, event, input),
  );
}

export function removeIpcHandlers(): void {
  ipcMain.removeHandler(OPERATION_CHANNEL);
}
