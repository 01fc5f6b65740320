import type { HoshinApi, OperationName } from '../../../contract/api.ts';

/**
 * Every operation of the contract, re-declared because the renderer may import only types from contract/.
 * `satisfies` fails the build when the contract gains or loses an operation and this list does not follow.
 */
const OPERATIONS = {
  getPlan: true,
  updatePlan: true,
  createDepartment: true,
  updateDepartment: true,
  deleteDepartment: true,
  reorderDepartments: true,
  createObjective: true,
  updateObjective: true,
  deleteObjective: true,
  reorderObjectives: true,
  createGoal: true,
  updateGoal: true,
  deleteGoal: true,
  reorderGoals: true,
  createTactic: true,
  updateTactic: true,
  deleteTactic: true,
  reorderTactics: true,
  setLink: true,
  removeLink: true,
  previewDelete: true,
  analyzeGaps: true,
  convertItem: true,
  getDocumentInfo: true,
  reviewDraft: true,
  mergeDraft: true,
  getDraftStatus: true,
  issueDraft: true,
  addNote: true,
  answerNote: true,
  deleteNote: true,
  getReview: true,
  setKpiMonth: true,
  setKpiMonths: true,
  addCountermeasure: true,
  updateCountermeasure: true,
  deleteCountermeasure: true,
  addTacticUpdate: true,
  undo: true,
  redo: true,
  getHistory: true,
} as const satisfies Record<OperationName, true>;

export const OPERATION_NAMES = Object.keys(OPERATIONS) as readonly OperationName[];

export type Call = (operation: OperationName, input: unknown) => Promise<unknown>;

/** One HoshinApi method per operation, all routed through `call`. */
export function buildApi(call: Call): HoshinApi {
  // The cast is sound: each method forwards its own operation's input and `call` resolves to that operation's
  // result (the transport unwraps the envelope the contract types per operation).
  return Object.fromEntries(OPERATION_NAMES.map((op) => [op, (input: unknown) => call(op, input)])) as HoshinApi;
}
