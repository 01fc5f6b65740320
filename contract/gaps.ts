import type { TextMessage } from './text.ts';

/** The gap analysis result: the one shape the tree, the gaps view, the report and `hoshin check` all read. */
export const FINDING_KINDS = [
  'orphaned_goal',
  'orphaned_tactic',
  'uncovered_objective',
  'unexecuted_objective',
  'goal_without_tactics',
  'missing_owner',
  'missing_kpi_target',
  'kpi_without_baseline',
  'overdue_tactic',
  'tactic_without_due_date',
  'owner_overloaded',
  'too_many_objectives',
  'weakly_supported_objective',
  'annual_serves_no_breakthrough',
  'breakthrough_without_annual',
  'breakthrough_annuals_not_carried',
  'red_month_without_countermeasure',
  'weights_not_100',
  'department_kpi_without_goal',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];
export type Severity = 'error' | 'warning' | 'info';

/** What fixes a finding; the gaps view turns it into a button. */
export type FixAction =
  | 'link_to_goal'
  | 'link_to_objective'
  | 'create_goal'
  | 'create_tactic'
  | 'assign_owner'
  | 'set_kpi_target'
  | 'set_kpi_baseline'
  | 'set_status_or_due'
  | 'rebalance_owner'
  | 'merge_objectives'
  | 'strengthen_links'
  | 'link_to_breakthrough'
  | 'add_countermeasure'
  | 'set_weights';

export interface Finding {
  kind: FindingKind;
  /**
   * The item the finding is about; `plan` for plan-wide findings, the owner's name for owner_overloaded; for
   * weights_not_100, the first weighted item of the level (an objective, or a goal of the department).
   */
  id: string;
  itemKind: 'plan' | 'objective' | 'goal' | 'tactic' | 'owner';
  severity: Severity;
  /** A sentence a planner understands, naming the item (in English). */
  message: string;
  /** The same sentence as a catalogue key and its arguments, for a client that speaks the reader's language. */
  text?: TextMessage;
  /** The rule that fired, so a planner can see why the item was flagged. */
  rule: string;
  fix: {
    action: FixAction;
    label: string;
    /** The label as a catalogue key and its arguments (see `Finding.text`). */
    text?: TextMessage;
    /**
     * The items the fix works on when they are not the finding's own item, in plan order: the annual objectives
     * one of which gets the new goal, or the goals one of which gets the new tactic. Absent otherwise.
     */
    targets?: string[];
  };
}

/**
 * How strongly an objective is carried: goals supporting it and tactics under those goals. A breakthrough
 * objective is also carried through the annual objectives that serve it: their goals count as its goals, and a
 * goal is strong for it only when both links on the way (goal → annual, annual → breakthrough) are strong.
 */
export interface ObjectiveCoverage {
  objectiveId: string;
  goals: number;
  /** Goals whose link to the objective is strong. */
  strongGoals: number;
  /** Distinct tactics supporting any of those goals. */
  tactics: number;
  /** Tactics with a strong link to a goal that strongly supports the objective. */
  strongTactics: number;
}

/** How much of a department's work traces to an objective. */
export interface DepartmentCoverage {
  departmentId: string;
  goals: number;
  alignedGoals: number;
  tactics: number;
  alignedTactics: number;
}

export interface GapReport {
  orphanedGoals: string[];
  orphanedTactics: string[];
  uncoveredObjectives: string[];
  unexecutedObjectives: string[];
  findings: Finding[];
  counts: Record<FindingKind, number>;
  coverage: { objectives: ObjectiveCoverage[]; departments: DepartmentCoverage[] };
}
