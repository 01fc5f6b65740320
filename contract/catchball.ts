/**
 * Catchball: what a department draft changes, as `hoshin merge --dry-run --json` prints it and the review screen
 * shows it (a public contract: see README "Catchball").
 *
 * - `changes`: what merging would do to the master: add | update | remove an item (goal, tactic, note), or
 *   link | unlink (kind `goal-objective` / `tactic-goal`, `id` the goal or tactic, `fields.toId` the target).
 *   In an update or a re-weighted link, each changed field is `{ "before": base value, "after": draft value }`.
 * - `conflicts`: the same field of an item (or the same link) was changed both in the draft and in the master since
 *   the draft was issued; each conflicting field gives `{ base, draft, master }` and the reviewer picks a side
 *   (`resolve[key] = 'draft' | 'master'`; default and `--accept-all`: the master's). The fields of the same item
 *   changed only in the draft are an ordinary update in `changes` (with the same key: keys are unique among
 *   changes and among conflicts, and `accept` names changes while `resolve` names conflicts).
 * - `rejected`: edits to what a department draft may not change (the plan, departments, objectives, other
 *   departments' items), each with the reason; never applied.
 * A change already present in the master is left out, so merging a draft twice finds nothing new.
 */
import type { PlanDocument } from './plan-format.ts';

export type ChangeOp = 'add' | 'update' | 'remove' | 'link' | 'unlink';
export type ChangeKind =
  'plan' | 'department' | 'objective' | 'goal' | 'tactic' | 'note' | 'goal-objective' | 'tactic-goal';

export interface FieldChange {
  before: unknown;
  after: unknown;
}

export interface Change {
  /** Stable key of this change within the change set, used to accept or reject it. */
  key: string;
  op: ChangeOp;
  kind: ChangeKind;
  id: string;
  fields: Record<string, unknown>;
  /**
   * Keys of the changes this one cannot be merged without (a link or note on an item the draft adds needs that
   * addition). Rejecting a change rejects every change that requires it.
   */
  requires: string[];
}

export interface Conflict {
  key: string;
  op: ChangeOp;
  kind: ChangeKind;
  id: string;
  /** Per field: the value when the draft was issued, in the draft, and in the master now (null: absent). */
  fields: Record<string, { base: unknown; draft: unknown; master: unknown }>;
  reason: string;
}

export interface Rejected {
  op: ChangeOp;
  kind: ChangeKind;
  id: string;
  fields: Record<string, unknown>;
  reason: string;
}

export interface ChangeSet {
  draftId: string;
  planId: string;
  departmentId: string;
  issuedAt: string;
  changes: Change[];
  conflicts: Conflict[];
  rejected: Rejected[];
}

export interface MergeResult {
  applied: number;
  /** Conflicts settled with the master's version, and changes not accepted. */
  kept: number;
  changeSet: ChangeSet;
  /** One sentence for the reviewer ("Merged 12 changes from Support's draft; 1 conflict kept the master's version."). */
  summary: string;
}

/** A department's catchball status in the master plan. */
export interface DraftStatus {
  departmentId: string;
  /** The newest draft issued for the department, if any. */
  draftId: string | null;
  issuedAt: string | null;
  returnedAt: string | null;
  mergedAt: string | null;
  mergedChanges: number | null;
  /** Notes on the department's goals and tactics with no answer yet. */
  openNotes: number;
}

/** What `issueDraft` answers: the master recorded the issue (one undo step); `document` is the draft to write. */
export interface IssuedDraft {
  draftId: string;
  departmentId: string;
  departmentName: string;
  issuedAt: string;
  /** The plan with its draft block: write it as the department's `.hoshin` file. */
  document: PlanDocument;
}
