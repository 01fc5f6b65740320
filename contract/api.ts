/**
 * The one API contract: operation name -> zod input schema (-> result type in `ApiResults`).
 * Electron IPC, web mode over HTTP (`POST /api/<operation>`) and the CLI all dispatch through these schemas,
 * so an operation validates identically whichever way it arrives.
 */
import { z } from 'zod';
import type { ChangeSet, DraftStatus, IssuedDraft, MergeResult } from './catchball.ts';
import type { SerializedError } from './errors.ts';
import type { GapReport } from './gaps.ts';
import type { TextMessage } from './text.ts';
import { CARRY_MODES, type RolloverReport } from './rollover.ts';
import { META_OPERATION_NAMES, OPERATION_META, type MetaReadOperation, type Resource } from './operation-meta.ts';
import {
  codeText,
  dateOrNull,
  descriptionText,
  entityId,
  horizonSchema,
  kpiOrNull,
  weightSchema,
  nameText,
  COUNTERMEASURE_STATUSES,
  monthText,
  NOTE_KINDS,
  noteText,
  answerText,
  personText,
  planDocumentSchema,
  ownerLoadLimitSchema,
  reviewToleranceSchema,
  weekStartSchema,
  fiscalYearStartSchema,
  strengthSchema,
  tacticStatusSchema,
  tagsSchema,
  titleText,
  visionText,
  type Department,
  type Countermeasure,
  type Goal,
  type Kpi,
  type KpiMonth,
  type Note,
  type TacticUpdate,
  type Objective,
  type PlanDocument,
  type PlanHeader,
  type Strength,
  type Tactic,
} from './plan-format.ts';

const empty = z.strictObject({}).optional();
const finiteOrNull = z.number({ error: 'must be a number or null' }).finite('must be a finite number').nullable();
const countermeasureStatus = z.enum(COUNTERMEASURE_STATUSES, { error: 'must be open, in_progress or done' });
const byId = z.strictObject({ id: entityId });
/** A cell as read from a CSV file or a sheet (a date as its YYYY-MM-DD text). */
const tableCell = z.union(
  [z.string().max(10_000, 'must be at most 10000 characters'), z.number(), z.boolean(), z.null()],
  {
    error: 'must be text, a number, true/false or null',
  },
);
const actualsFileInput = z.strictObject({
  /** The file's name ("actuals.csv"), for messages and the undo label. */
  source: z
    .string({ error: 'must be a file name' })
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters'),
  tables: z
    .array(
      z.strictObject({
        name: z.string({ error: 'must be a sheet name' }).max(500, 'must be at most 500 characters'),
        rows: z
          .array(z.array(tableCell).max(500, 'must hold at most 500 cells a row'))
          .max(100_000, 'must hold at most 100000 rows'),
      }),
    )
    .min(1, 'must hold at least one table')
    .max(200, 'must hold at most 200 tables'),
});
/**
 * The largest upload an import takes, in base64 characters (about 12 MB of workbook: a 20,000-tactic export is
 * some 3 MB). Kept under web mode's 16 MiB limit for an operation's JSON body, so the body limit stays as it is.
 */
export const MAX_IMPORT_UPLOAD_CHARS = 16_000_000;
/**
 * A workbook or CSV file to import into the open plan (File > Import from Excel/CSV…): its bytes as base64, and
 * the wizard's corrections in the `--mapping` format (README "Import from Excel and CSV"). Levels and fields are
 * checked against the importer's own lists when the mapping is read, so this schema names no list of its own.
 */
const importFileInput = z.strictObject({
  /** The file's name ("plan.xlsx"): the format when its content does not tell, messages and the undo label. */
  source: z
    .string({ error: 'must be a file name' })
    .min(1, 'must not be empty')
    .max(500, 'must be at most 500 characters'),
  data: z
    .base64({ error: 'must be the file’s bytes as base64' })
    .min(1, 'must not be empty: the file is empty')
    .max(MAX_IMPORT_UPLOAD_CHARS, 'is too large: a file to import may be at most 12 MB'),
  mapping: z
    .strictObject({
      sheets: z
        .array(
          z.strictObject({
            name: z.string({ error: 'must be the name of a sheet' }).min(1, 'must not be empty').max(500),
            level: z.string({ error: 'must be a sheet level' }).max(40).optional(),
            columns: z.record(z.string().max(500), z.string({ error: 'must be a field' }).max(40)).optional(),
          }),
        )
        .max(200, 'must hold at most 200 sheets'),
    })
    .optional(),
  /** Import the rows without errors and leave the rows in error out (the wizard's "import the valid rows only"). */
  validOnly: z.boolean({ error: 'must be true or false' }).optional(),
});
const reorder = z.strictObject({
  ids: z.array(entityId).min(1, 'must list at least one id'),
});
/** Insert after this sibling (null: first); omitted: at the end. */
const afterId = entityId.nullish();

/** A weight in percent, or null to clear it. */
const weightOrNull = weightSchema.nullable();
/** A goal's supporting departments (besides its own), in order; [] clears them. */
const supportingDepartmentIds = z.array(entityId, { error: 'must be a list of department ids' }).max(200);
const objectiveFields = {
  code: codeText,
  title: titleText,
  description: descriptionText,
  horizon: horizonSchema,
  owner: personText,
  kpi: kpiOrNull,
  weight: weightOrNull,
  /** The responsible department (its KPI's owner department); null: none. */
  departmentId: entityId.nullable(),
};
const goalFields = {
  departmentId: entityId,
  code: codeText,
  title: titleText,
  description: descriptionText,
  owner: personText,
  kpi: kpiOrNull,
  weight: weightOrNull,
  supportingDepartmentIds,
};
const tacticFields = {
  departmentId: entityId,
  code: codeText,
  title: titleText,
  description: descriptionText,
  owner: personText,
  due: dateOrNull,
  status: tacticStatusSchema,
  tags: tagsSchema,
};

const supportsObjectives = z.array(z.strictObject({ objectiveId: entityId, strength: strengthSchema }));
const supportsGoals = z.array(z.strictObject({ goalId: entityId, strength: strengthSchema }));

/** goal -> objective, tactic -> goal, and annual objective -> breakthrough objective (the X-matrix's corner). */
export const LINK_KINDS = ['goal-objective', 'tactic-goal', 'annual-breakthrough'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
const linkKind = z.enum(LINK_KINDS, { error: 'must be goal-objective, tactic-goal or annual-breakthrough' });
export const ITEM_KINDS = ['department', 'objective', 'goal', 'tactic'] as const;
export type EntityKind = (typeof ITEM_KINDS)[number];

const createGoalInput = z.strictObject({
  id: entityId.optional(),
  departmentId: entityId,
  code: codeText.optional(),
  title: titleText,
  description: descriptionText.optional(),
  owner: personText.optional(),
  kpi: kpiOrNull.optional(),
  supports: supportsObjectives.optional(),
  weight: weightOrNull.optional(),
  supportingDepartmentIds: supportingDepartmentIds.optional(),
  afterId,
});
const createTacticInput = z.strictObject({
  id: entityId.optional(),
  departmentId: entityId,
  code: codeText.optional(),
  title: titleText,
  description: descriptionText.optional(),
  owner: personText.optional(),
  due: dateOrNull.optional(),
  status: tacticStatusSchema.optional(),
  tags: tagsSchema.optional(),
  supports: supportsGoals.optional(),
  afterId,
});
/** A department made with the item that first needs it (no `afterId`: it goes last). */
const newDepartmentInput = z.strictObject({ id: entityId.optional(), name: nameText, head: personText.optional() });

export const operations = {
  getPlan: { input: empty },
  updatePlan: {
    input: z.strictObject({
      title: titleText.optional(),
      organisation: personText.optional(),
      periodStart: dateOrNull.optional(),
      periodEnd: dateOrNull.optional(),
      vision: visionText.optional(),
      settings: z
        .strictObject({
          ownerLoadLimit: ownerLoadLimitSchema.optional(),
          reviewTolerance: reviewToleranceSchema.optional(),
          weekStart: weekStartSchema.optional(),
          fiscalYearStart: fiscalYearStartSchema.optional(),
        })
        .optional(),
    }),
  },
  createDepartment: {
    input: z.strictObject({ id: entityId.optional(), name: nameText, head: personText.optional(), afterId }),
  },
  updateDepartment: {
    input: z.strictObject({ id: entityId, name: nameText.optional(), head: personText.optional() }),
  },
  deleteDepartment: { input: byId },
  /** Renames a person everywhere they are named (owners, heads), as one undo step. */
  renamePerson: {
    input: z.strictObject({ from: nameText, to: nameText }),
  },
  reorderDepartments: { input: reorder },

  createObjective: {
    input: z.strictObject({
      id: entityId.optional(),
      code: codeText.optional(),
      title: titleText,
      description: descriptionText.optional(),
      horizon: horizonSchema.optional(),
      owner: personText.optional(),
      kpi: kpiOrNull.optional(),
      weight: weightOrNull.optional(),
      departmentId: entityId.nullable().optional(),
      afterId,
    }),
  },
  updateObjective: { input: z.strictObject({ id: entityId, ...partial(objectiveFields) }) },
  deleteObjective: { input: byId },
  reorderObjectives: { input: reorder },

  createGoal: { input: createGoalInput },
  updateGoal: { input: z.strictObject({ id: entityId, ...partial(goalFields) }) },
  /**
   * The weights of several objectives or goals at once, as one undo step (the gaps view's "Change the weights"
   * for a level whose weights do not add up to 100); null clears one.
   */
  setWeights: {
    input: z.strictObject({
      weights: z
        .array(
          z.strictObject({
            kind: z.enum(['objective', 'goal'], { error: 'must be objective or goal' }),
            id: entityId,
            weight: weightOrNull,
          }),
        )
        .min(1, 'must list at least one weight')
        .max(2000, 'must list at most 2000 weights'),
    }),
  },
  deleteGoal: { input: byId },
  reorderGoals: { input: reorder },

  createTactic: { input: createTacticInput },
  /**
   * A goal or tactic and the new department it belongs to, created together as one undo step (the first goal of a
   * plan without departments, typed in the outline).
   */
  createInNewDepartment: {
    input: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('goal'),
        department: newDepartmentInput,
        item: createGoalInput.omit({ departmentId: true }),
      }),
      z.strictObject({
        kind: z.literal('tactic'),
        department: newDepartmentInput,
        item: createTacticInput.omit({ departmentId: true }),
      }),
    ]),
  },
  updateTactic: { input: z.strictObject({ id: entityId, ...partial(tacticFields) }) },
  deleteTactic: { input: byId },
  reorderTactics: { input: reorder },

  /** Creates the link, or changes its strength when it exists. */
  setLink: {
    input: z.strictObject({ kind: linkKind, fromId: entityId, toId: entityId, strength: strengthSchema }),
  },
  removeLink: { input: z.strictObject({ kind: linkKind, fromId: entityId, toId: entityId }) },
  /** What deleting this item would take with it; writes nothing. */
  previewDelete: {
    input: z.strictObject({
      kind: z.enum(ITEM_KINDS, { error: 'must be department, objective, goal or tactic' }),
      id: entityId,
    }),
  },
  analyzeGaps: { input: z.strictObject({ today: dateOrNull.optional() }).optional() },
  /**
   * Turns an item into the kind one level down (indent) or up (outdent), keeping its id, title, description and
   * owner: objective -> goal supporting `parentId` (an objective); goal -> tactic supporting `parentId` (a goal);
   * tactic -> goal supporting `parentId` (an objective); goal -> objective. Its own supporters are re-linked to
   * the new parent where the cascade allows it; see ConvertResult.
   */
  /** A goal or tactic takes the next free code where it stands now (its department, its goal); see RenumberResult. */
  renumberItem: { input: byId },
  convertItem: {
    input: z.strictObject({
      id: entityId,
      to: z.enum(['objective', 'goal', 'tactic'], { error: 'must be objective, goal or tactic' }),
      /** The item the converted one will support (required for goal and tactic). */
      parentId: entityId.nullish(),
      /** Department of a new goal or tactic; default: the item's own, else the first. */
      departmentId: entityId.optional(),
      strength: strengthSchema.optional(),
      afterId,
    }),
  },
  /**
   * The change set of a department draft (plan JSON with its draft block) against this plan; writes nothing
   * but, with `markReturned`, the note that the department's draft came back.
   */
  reviewDraft: { input: z.strictObject({ draft: planDocumentSchema, markReturned: z.boolean().optional() }) },
  /**
   * Applies the accepted changes of a draft in one transaction and one undo step. `accept`: 'all', or the keys
   * of the changes to apply; `resolve`: per conflict key, whose version wins (default: the master's).
   */
  mergeDraft: {
    input: z.strictObject({
      draft: planDocumentSchema,
      accept: z.union([z.literal('all'), z.array(z.string())]),
      resolve: z.record(z.string(), z.enum(['draft', 'master'], { error: 'must be draft or master' })).optional(),
    }),
  },
  /** Per department: the newest draft issued, returned, merged, and open notes. */
  getDraftStatus: { input: empty },
  /**
   * Issues a department draft: records it in this plan (department, plan, sha256 of the base, issue time; one
   * undo step, and undo removes the record) and answers the draft document to write as the department's file.
   * `department`: its id, or its name in any case.
   */
  issueDraft: {
    input: z.strictObject({
      department: z.string({ error: 'must name a department' }).trim().min(1, 'must name a department').max(200),
      /** The issue time to record (default: now); for tests and scripted issues. */
      issuedAt: z.iso.datetime({ error: 'must be an ISO date-time' }).optional(),
    }),
  },
  addNote: {
    input: z.strictObject({
      id: entityId.optional(),
      itemId: entityId,
      kind: z.enum(NOTE_KINDS, { error: 'must be question or proposal' }),
      text: noteText,
      author: personText.optional(),
    }),
  },
  answerNote: {
    input: z.strictObject({ id: entityId, answer: answerText, answeredBy: personText.optional() }),
  },
  deleteNote: { input: byId },
  /** The monthly review: every KPI's months with plan, actual and status, for the bowling chart. */
  getReview: { input: z.strictObject({ today: dateOrNull.optional() }).optional() },
  /** Sets a KPI's plan (null: back to interpolation) and/or actual (null: clear) for one month. */
  setKpiMonth: {
    input: z.strictObject({
      itemId: entityId,
      month: monthText,
      plan: finiteOrNull.optional(),
      actual: finiteOrNull.optional(),
    }),
  },
  /** Several months at once (a paste from a spreadsheet): one undo step. */
  setKpiMonths: {
    input: z.strictObject({
      values: z
        .array(
          z.strictObject({
            itemId: entityId,
            month: monthText,
            plan: finiteOrNull.optional(),
            actual: finiteOrNull.optional(),
          }),
        )
        .min(1, 'must hold at least one value')
        .max(5000, 'must hold at most 5000 values'),
    }),
  },
  /**
   * Actuals from a file (`hoshin actual --from`, the review's "Load actuals from file…"): the file's tables as
   * read, one row per value with columns KPI (item code or id), Month and Value. Preview reports what loading
   * would do and changes nothing.
   */
  previewActuals: { input: actualsFileInput },
  /** Loads the file's actuals as one undo step; with any row in error nothing is written (`written: false`). */
  importActuals: { input: actualsFileInput },
  /**
   * Import from Excel and CSV in the app: what importing the file into the open plan would do (sheets and columns
   * recognised, every row's action), as `hoshin import --merge --dry-run --json` reports it; writes nothing.
   */
  previewImport: { input: importFileInput },
  /**
   * Imports the file into the open plan as one undo step, matching items by code. With a row in error nothing is
   * written (`written: false`) unless `validOnly`, which imports the other rows.
   */
  importFile: { input: importFileInput },
  addCountermeasure: {
    input: z.strictObject({
      id: entityId.optional(),
      itemId: entityId,
      month: monthText,
      rootCause: noteText,
      action: noteText,
      owner: personText.optional(),
      due: dateOrNull.optional(),
      status: countermeasureStatus.optional(),
    }),
  },
  updateCountermeasure: {
    input: z.strictObject({
      id: entityId,
      rootCause: noteText.optional(),
      action: noteText.optional(),
      owner: personText.optional(),
      due: dateOrNull.optional(),
      status: countermeasureStatus.optional(),
    }),
  },
  deleteCountermeasure: { input: byId },
  /** A tactic's status reported in the review (also sets the tactic's status). */
  addTacticUpdate: {
    input: z.strictObject({
      tacticId: entityId,
      status: tacticStatusSchema,
      note: descriptionText.optional(),
      date: dateOrNull.optional(),
    }),
  },
  /**
   * Next year's plan, previewed: what `hoshin rollover` (and File > Start Next Year's Plan…) would carry, leave and
   * change for this period and carry choice (contract/rollover.ts). Writes nothing; `to.file` is the file name
   * suggested for the new plan. A period that is not a year after this plan's is refused in plain words.
   */
  previewRollover: {
    input: z.strictObject({
      period: z.string({ error: 'must be a year written YYYY' }).max(20, 'must be a year written YYYY'),
      carry: z.enum(CARRY_MODES, { error: 'must be unfinished, all or none' }).optional(),
    }),
  },
  /** The open file's name, for the window title. */
  getDocumentInfo: { input: empty },
  /** Undoes the newest change of this session (every other mutating operation is one undo step). */
  undo: { input: empty },
  redo: { input: empty },
  getHistory: { input: empty },
} as const;

/** Operations that change nothing, so they never become undo steps (derived from OPERATION_META). */
export const READ_ONLY_OPERATIONS: readonly ReadOnlyOperation[] = META_OPERATION_NAMES.filter(
  (name): name is ReadOnlyOperation => OPERATION_META[name].kind === 'read',
);
export type ReadOnlyOperation = MetaReadOperation;

export interface ConvertResult {
  kind: 'objective' | 'goal' | 'tactic';
  item: Objective | Goal | Tactic;
  /** Items that supported the converted item and now support its new parent instead. */
  relinked: string[];
  /** Items left supporting nothing because the converted item can no longer carry them. */
  orphaned: string[];
}

export type MonthStatus = 'green' | 'amber' | 'red';

/** One KPI row of the bowling chart. */
export interface KpiReview {
  itemId: string;
  itemKind: 'objective' | 'goal';
  code: string;
  title: string;
  owner: string | null;
  kpi: Kpi;
  months: {
    month: string;
    plan: number | null;
    planSource: 'set' | 'interpolated';
    actual: number | null;
    status: MonthStatus | null;
    countermeasures: string[];
  }[];
}

export interface ReviewState {
  months: string[];
  tolerance: number;
  kpis: KpiReview[];
  countermeasures: Countermeasure[];
  tacticUpdates: TacticUpdate[];
}

/** One row of an actuals file and what loading it does (`hoshin actual --from … --json`, README). */
export interface ActualsRow {
  /** The sheet or CSV file the row is in. */
  sheet: string;
  /** 1-based row number in the sheet. */
  row: number;
  /** The KPI's item code (as given when no item has it). */
  code: string | null;
  month: string | null;
  value: number | null;
  action: 'create' | 'update' | 'unchanged' | 'error';
  message: string;
}

export interface ActualsReport {
  rows: ActualsRow[];
  summary: { create: number; update: number; unchanged: number; error: number };
  /** True when the values were written (never for a preview, or when a row has an error). */
  written: boolean;
}

/**
 * What importing a file does, row by row: the `hoshin import --dry-run --json` report (README "Import from Excel
 * and CSV"), with the levels and fields a sheet and a column may be given (the wizard's choices) and, for
 * `validOnly`, the rows left out.
 */
export interface ImportFileReport {
  /** The file's name, as given. */
  source: string;
  sheets: { name: string; level: string; columns: Record<string, string> }[];
  rows: {
    sheet: string;
    row: number;
    action: 'create' | 'update' | 'unchanged' | 'error';
    kind: string;
    code: string | null;
    message: string;
  }[];
  summary: {
    create: number;
    update: number;
    unchanged: number;
    error: number;
    departmentsCreated: string[];
    ignoredColumns: string[];
    written: boolean;
  };
  /** Every level a sheet may be given and every field a column may be given, in the importer's order. */
  choices: { levels: string[]; fields: string[] };
  /** With `validOnly`: the rows in error that were left out (their messages); empty otherwise. */
  leftOut: { sheet: string; row: number; message: string }[];
}

export interface DocumentInfo {
  /** File name without folders, e.g. "CX plan 2027.hoshin". */
  fileName: string;
  /** Set when the open file is a department draft: only that department's items can change. */
  draft: { planId: string; planTitle: string; departmentId: string; issuedAt: string } | null;
}

/** The session's undo/redo stacks, as the Edit menu and the toolbar show them. */
export interface HistoryState {
  canUndo: boolean;
  canRedo: boolean;
  /** What Undo would undo ("Create objective 'Lift NPS'"), or null. */
  undoLabel: string | null;
  redoLabel: string | null;
  /** The same labels as catalogue keys and arguments (contract/text.ts), for a client in another language. */
  undoMessage?: TextMessage | null;
  redoMessage?: TextMessage | null;
  undoDepth: number;
  redoDepth: number;
}

function partial<T extends Record<string, z.ZodType>>(fields: T): { [K in keyof T]: z.ZodOptional<T[K]> } {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, v.optional()])) as {
    [K in keyof T]: z.ZodOptional<T[K]>;
  };
}

export type Operations = typeof operations;
export type OperationName = keyof Operations;
export const OPERATION_NAMES = Object.keys(operations) as OperationName[];

/** What a delete removes: the item itself, items owned by it, and links that disappear with it. */
export interface DeleteEffect {
  kind: EntityKind;
  id: string;
  /** Goals and tactics deleted with a department. */
  goals: string[];
  tactics: string[];
  /** Links removed (goal->objective and tactic->goal). */
  links: { kind: LinkKind; fromId: string; toId: string; strength: Strength }[];
  /** Items left supporting nothing because of this delete. */
  newlyOrphaned: string[];
  /** One sentence for the confirmation dialog. */
  summary: string;
}

/** What renaming a person changed: the ids now naming `to`, per kind, and how many places that is. */
export interface RenamePersonResult {
  from: string;
  to: string;
  departments: string[];
  objectives: string[];
  goals: string[];
  tactics: string[];
  countermeasures: string[];
  count: number;
}

/** Every code a renumber changed: the item first, then the tactics numbered under a goal, which follow it. */
export interface RenumberResult {
  renamed: { id: string; kind: 'goal' | 'tactic'; from: string; to: string }[];
  /** The change in one sentence, the undo label and the app's notice alike: "Renumbered CS-1 as IT-3 and its 3 tactics". */
  summary: string;
}

/** What `createInNewDepartment` made: the department, and the goal or tactic in it. */
export type CreateInNewDepartmentResult =
  { kind: 'goal'; department: Department; item: Goal } | { kind: 'tactic'; department: Department; item: Tactic };

export interface ApiResults {
  getPlan: PlanDocument;
  updatePlan: PlanHeader;
  createDepartment: Department;
  updateDepartment: Department;
  deleteDepartment: DeleteEffect;
  renamePerson: RenamePersonResult;
  reorderDepartments: string[];
  createObjective: Objective;
  updateObjective: Objective;
  deleteObjective: DeleteEffect;
  reorderObjectives: string[];
  createGoal: Goal;
  updateGoal: Goal;
  /** How many items' weights changed. */
  setWeights: { changed: number };
  deleteGoal: DeleteEffect;
  reorderGoals: string[];
  createTactic: Tactic;
  createInNewDepartment: CreateInNewDepartmentResult;
  updateTactic: Tactic;
  deleteTactic: DeleteEffect;
  reorderTactics: string[];
  setLink: { kind: LinkKind; fromId: string; toId: string; strength: Strength };
  removeLink: { removed: boolean };
  previewDelete: DeleteEffect;
  analyzeGaps: GapReport;
  convertItem: ConvertResult;
  renumberItem: RenumberResult;
  getDocumentInfo: DocumentInfo;
  reviewDraft: ChangeSet;
  mergeDraft: MergeResult;
  getDraftStatus: DraftStatus[];
  issueDraft: IssuedDraft;
  addNote: Note;
  answerNote: Note;
  deleteNote: { removed: boolean };
  getReview: ReviewState;
  setKpiMonth: KpiMonth | null;
  setKpiMonths: { set: number };
  previewActuals: ActualsReport;
  importActuals: ActualsReport;
  previewImport: ImportFileReport;
  importFile: ImportFileReport;
  addCountermeasure: Countermeasure;
  updateCountermeasure: Countermeasure;
  deleteCountermeasure: { removed: boolean };
  addTacticUpdate: TacticUpdate;
  previewRollover: RolloverReport;
  /** `label`: what was undone or redone; null when there was nothing to do. */
  /** `message`: the label as a catalogue key and arguments (contract/text.ts), null for a step without one. */
  undo: { label: string | null; message?: TextMessage | null; history: HistoryState };
  redo: { label: string | null; message?: TextMessage | null; history: HistoryState };
  getHistory: HistoryState;
}

export type OperationInput<K extends OperationName> = z.input<Operations[K]['input']>;
export type ParsedInput<K extends OperationName> = z.output<Operations[K]['input']>;
export type OperationResult<K extends OperationName> = ApiResults[K];

/** The renderer's view of the API: one async method per operation, whatever the transport. */
export type HoshinApi = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<OperationResult<K>>;
};

/**
 * What crosses a transport: a value, or a serialized HoshinError. A successful change (or undo/redo) also
 * carries the resources it touched (its OPERATION_META entry) and the new history head; reads carry neither.
 */
export type Envelope<T> =
  { ok: true; value: T; touched?: readonly Resource[]; history?: HistoryState } | { ok: false; error: SerializedError };

/** The preload's bridge: the same methods, returning envelopes (Electron IPC cannot carry error fields). */
export type HoshinBridge = {
  [K in OperationName]: (input: OperationInput<K>) => Promise<Envelope<OperationResult<K>>>;
};
