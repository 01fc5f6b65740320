/**
 * The renderer's only way into the app: `window.hoshin`, one named method per operation of the contract (the
 * names come from the zod-free OPERATION_META, bundled into this file), each invoking the one operation channel
 * with its own name. ipcRenderer itself is never exposed. Runs sandboxed (built as CommonJS), so it loads nothing
 * but Electron at run time.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { HoshinBridge } from '../contract/api.ts';
import { META_OPERATION_NAMES } from '../contract/operation-meta.ts';
import {
  CHOOSE_DRAFT_CHANNEL,
  CONNECT_TEAM_CHANNEL,
  EXPORT_REPORT_CHANNEL,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_CHANNEL,
  SAVE_PICTURE_CHANNEL,
  SEND_DRAFT_CHANNEL,
  START_NEXT_YEAR_CHANNEL,
  type ExportKind,
  type HoshinShell,
  type MenuCommand,
} from '../contract/shell.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import type { CarryMode } from '../contract/rollover.ts';
import { OPERATION_CHANNEL } from './channels.ts';

// Each method forwards its own operation's input; main answers that operation's envelope.
const hoshin = Object.fromEntries(
  META_OPERATION_NAMES.map((operation) => [
    operation,
    (input: unknown) => ipcRenderer.invoke(OPERATION_CHANNEL, operation, input),
  ]),
) as HoshinBridge;

contextBridge.exposeInMainWorld('hoshin', hoshin);

const hoshinShell = {
  onMenuCommand: (listener: (command: MenuCommand) => void) => {
    // Only the command string crosses the bridge, never the IPC event.
    const forward = (_event: unknown, command: MenuCommand) => listener(command);
    ipcRenderer.on(MENU_COMMAND_CHANNEL, forward);
    return () => {
      ipcRenderer.removeListener(MENU_COMMAND_CHANNEL, forward);
    };
  },
  // A dropped File's path is only visible here (webUtils); the page never sees or sends paths itself.
  openFile: (file: File) => ipcRenderer.send(OPEN_FILE_CHANNEL, webUtils.getPathForFile(file)),
  sendDraft: (departmentId: string) => ipcRenderer.invoke(SEND_DRAFT_CHANNEL, departmentId) as Promise<string | null>,
  chooseDraft: () => ipcRenderer.invoke(CHOOSE_DRAFT_CHANNEL) as Promise<PlanDocument | null>,
  exportReport: (kind: ExportKind, query: string) =>
    ipcRenderer.invoke(EXPORT_REPORT_CHANNEL, kind, query) as Promise<string | null>,
  startNextYear: (period: string, carry: CarryMode) =>
    ipcRenderer.invoke(START_NEXT_YEAR_CHANNEL, period, carry) as Promise<string | null>,
  savePicture: (fileName: string, data: Uint8Array) =>
    ipcRenderer.invoke(SAVE_PICTURE_CHANNEL, fileName, data) as Promise<string | null>,
  connectTeam: (address: string) => ipcRenderer.invoke(CONNECT_TEAM_CHANNEL, address) as Promise<string | null>,
} satisfies HoshinShell;

contextBridge.exposeInMainWorld('hoshinShell', hoshinShell);
