/**
 * The renderer's only way into the app: `window.hoshin`, one named method per operation of the contract, each
 * invoking exactly its own channel. ipcRenderer itself is never exposed. Runs sandboxed (built as CommonJS), so it
 * imports nothing but Electron at run time; from the contract it takes types only.
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { Envelope, HoshinBridge, OperationInput, OperationName, OperationResult } from '../contract/api.ts';
import {
  CHOOSE_DRAFT_CHANNEL,
  EXPORT_REPORT_CHANNEL,
  MENU_COMMAND_CHANNEL,
  OPEN_FILE_CHANNEL,
  SEND_DRAFT_CHANNEL,
  type ExportKind,
  type HoshinShell,
  type MenuCommand,
} from '../contract/shell.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import { channelOf } from './channels.ts';

function invoke<K extends OperationName>(
  operation: K,
  input: OperationInput<K>,
): Promise<Envelope<OperationResult<K>>> {
  return ipcRenderer.invoke(channelOf(operation), input) as Promise<Envelope<OperationResult<K>>>;
}

const hoshin = {
  getPlan: (input) => invoke('getPlan', input),
  updatePlan: (input) => invoke('updatePlan', input),
  createDepartment: (input) => invoke('createDepartment', input),
  updateDepartment: (input) => invoke('updateDepartment', input),
  deleteDepartment: (input) => invoke('deleteDepartment', input),
  reorderDepartments: (input) => invoke('reorderDepartments', input),
  createObjective: (input) => invoke('createObjective', input),
  updateObjective: (input) => invoke('updateObjective', input),
  deleteObjective: (input) => invoke('deleteObjective', input),
  reorderObjectives: (input) => invoke('reorderObjectives', input),
  createGoal: (input) => invoke('createGoal', input),
  updateGoal: (input) => invoke('updateGoal', input),
  deleteGoal: (input) => invoke('deleteGoal', input),
  reorderGoals: (input) => invoke('reorderGoals', input),
  createTactic: (input) => invoke('createTactic', input),
  updateTactic: (input) => invoke('updateTactic', input),
  deleteTactic: (input) => invoke('deleteTactic', input),
  reorderTactics: (input) => invoke('reorderTactics', input),
  setLink: (input) => invoke('setLink', input),
  removeLink: (input) => invoke('removeLink', input),
  previewDelete: (input) => invoke('previewDelete', input),
  analyzeGaps: (input) => invoke('analyzeGaps', input),
  convertItem: (input) => invoke('convertItem', input),
  getDocumentInfo: (input) => invoke('getDocumentInfo', input),
  reviewDraft: (input) => invoke('reviewDraft', input),
  mergeDraft: (input) => invoke('mergeDraft', input),
  getDraftStatus: (input) => invoke('getDraftStatus', input),
  issueDraft: (input) => invoke('issueDraft', input),
  addNote: (input) => invoke('addNote', input),
  answerNote: (input) => invoke('answerNote', input),
  deleteNote: (input) => invoke('deleteNote', input),
  getReview: (input) => invoke('getReview', input),
  setKpiMonth: (input) => invoke('setKpiMonth', input),
  setKpiMonths: (input) => invoke('setKpiMonths', input),
  addCountermeasure: (input) => invoke('addCountermeasure', input),
  updateCountermeasure: (input) => invoke('updateCountermeasure', input),
  deleteCountermeasure: (input) => invoke('deleteCountermeasure', input),
  addTacticUpdate: (input) => invoke('addTacticUpdate', input),
  undo: (input) => invoke('undo', input),
  redo: (input) => invoke('redo', input),
  getHistory: (input) => invoke('getHistory', input),
} satisfies HoshinBridge;

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
} satisfies HoshinShell;

contextBridge.exposeInMainWorld('hoshinShell', hoshinShell);
