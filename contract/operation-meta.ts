/**
 * What every client may know about each operation, without zod: whether it reads or changes, the undo label's
 * verb, the resources it touches and whether its result alone describes the change to the plan. Zod-free and
 * importing only types, so the renderer and the sandboxed preload import it at run time; `satisfies` fails the
 * build when an operation of `contract/api.ts` has no entry here (or an entry names no operation).
 *
 * The server side of each operation (draft rule, handler, custom undo label) is declared in its domain module
 * under `services/ops/`, keyed by the same name; dispatch, the IPC allow-list, the HTTP routes, the renderer
 * client and the renderer's read-only and patchable sets are all derived from these two tables.
 */
import type { OperationName } from './api.ts';

/**
 * What an operation reads or may change: `plan` (items, links, header), `gaps` (the analysis derived from the
 * plan), `review` (KPI months, countermeasures, tactic updates), `notes`, `drafts` (issue records), `history`
 * (the undo stacks) and `document` (the open file itself).
 */
export const RESOURCES = ['plan', 'gaps', 'review', 'notes', 'drafts', 'history', 'document'] as const;
export type Resource = (typeof RESOURCES)[number];

/**
 * `read`: changes nothing and is never an undo step. `change`: one transaction and one undo step. `step`: undo
 * or redo, which change anything but record no step of their own.
 */
export type OperationKind = 'read' | 'change' | 'step';

export interface OperationMeta {
  kind: OperationKind;
  /** The undo label's verb ("Add goal"), completed from the result; null for reads and steps. */
  label: string | null;
  /** For a read, what it reads; for a change or step, what it may change. */
  touches: readonly Resource[];
  /** The result alone is enough to patch the client's copy of the plan (no reload needed). */
  patchable: boolean;
}

const read = (...touches: Resource[]) => ({ kind: 'read', label: null, touches, patchable: false }) as const;
const change = <const P extends boolean = false>(label: string, touches: Resource[], patchable: P = false as P) =>
  ({ kind: 'change', label, touches: [...touches, 'history'], patchable }) as const;
const ITEM: Resource[] = ['plan', 'gaps'];
const ALL: Resource[] = ['plan', 'gaps', 'review', 'notes', 'drafts', 'history'];

export const OPERATION_META = {
  // The plan and its file
  getPlan: read('plan'),
  getDocumentInfo: read('document'),
  analyzeGaps: read('gaps'),
  updatePlan: change('Edit plan settings', ['plan', 'gaps', 'review'], true),

  // Departments
  createDepartment: change('Add department', ITEM, true),
  updateDepartment: change('Edit department', ITEM, true),
  deleteDepartment: change('Delete department', [...ITEM, 'review', 'notes'], true),
  reorderDepartments: change('Reorder departments', ITEM, true),

  // People (owners and heads are names, not records: a rename changes every place a name stands)
  renamePerson: change('Rename person', [...ITEM, 'review']),

  // Objectives, goals, tactics
  createObjective: change('Add objective', ITEM, true),
  updateObjective: change('Edit objective', [...ITEM, 'review'], true),
  deleteObjective: change('Delete objective', [...ITEM, 'review', 'notes'], true),
  reorderObjectives: change('Reorder objectives', ITEM, true),
  createGoal: change('Add goal', ITEM, true),
  updateGoal: change('Edit goal', [...ITEM, 'review'], true),
  setWeights: change('Set weights', ITEM),
  deleteGoal: change('Delete goal', [...ITEM, 'review', 'notes'], true),
  reorderGoals: change('Reorder goals', ITEM, true),
  createTactic: change('Add tactic', ITEM, true),
  createInNewDepartment: change('Add', ITEM, true),
  updateTactic: change('Edit tactic', ITEM, true),
  deleteTactic: change('Delete tactic', [...ITEM, 'notes'], true),
  reorderTactics: change('Reorder tactics', ITEM, true),
  previewDelete: read('plan'),
  convertItem: change('Move', [...ITEM, 'review']),
  renumberItem: change('Renumber', ITEM),

  // Links
  setLink: change('Link', ITEM, true),
  removeLink: change('Unlink', ITEM, true),

  // Catchball
  /** With `markReturned` it notes that the draft came back, which is no undo step. */
  reviewDraft: read('drafts'),
  mergeDraft: change('Merge draft', ['plan', 'gaps', 'review', 'notes', 'drafts']),
  getDraftStatus: read('drafts', 'notes'),
  issueDraft: change('Issue draft', ['drafts']),

  // Notes
  addNote: change('Add note', ['notes']),
  answerNote: change('Answer note', ['notes']),
  deleteNote: change('Delete note', ['notes']),

  // The monthly review (a red month without a countermeasure is a gap finding: what changes one touches the gaps)
  getReview: read('review'),
  setKpiMonth: change('Enter KPI value', ['review', 'gaps']),
  setKpiMonths: change('Paste KPI values', ['review', 'gaps']),
  previewActuals: read('review'),
  importActuals: change('Load actuals', ['review', 'gaps']),
  addCountermeasure: change('Add countermeasure', ['review', 'gaps']),
  updateCountermeasure: change('Edit countermeasure', ['review', 'gaps']),
  deleteCountermeasure: change('Delete countermeasure', ['review', 'gaps']),
  addTacticUpdate: change('Update tactic status', ['review', 'plan', 'gaps']),

  // Import from Excel and CSV into the open plan (the CLI's `hoshin import --merge`)
  previewImport: read('plan'),
  importFile: change('Import', ['plan', 'gaps', 'review']),

  // Next year's plan (the new file is written by the CLI or the shell, never into the open plan)
  previewRollover: read('plan', 'review'),

  // History
  undo: { kind: 'step', label: null, touches: ALL, patchable: false },
  redo: { kind: 'step', label: null, touches: ALL, patchable: false },
  getHistory: read('history'),
} as const satisfies Record<OperationName, OperationMeta>;

export type OperationMetaTable = typeof OPERATION_META;

/** The names whose entry says `kind: 'read'`. */
export type MetaReadOperation = {
  [K in keyof OperationMetaTable]: OperationMetaTable[K]['kind'] extends 'read' ? K : never;
}[keyof OperationMetaTable];

/** The names whose entry says `patchable: true`. */
export type MetaPatchableOperation = {
  [K in keyof OperationMetaTable]: OperationMetaTable[K]['patchable'] extends true ? K : never;
}[keyof OperationMetaTable];

/** Every operation, in the table's order (grouped by domain). */
export const META_OPERATION_NAMES = Object.keys(OPERATION_META) as OperationName[];

export const metaOf = (operation: OperationName): OperationMeta => OPERATION_META[operation];

export const isMetaOperation = (name: string): name is OperationName => Object.hasOwn(OPERATION_META, name);
