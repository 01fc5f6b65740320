/**
 * The words a person reads in an export (CSV, xlsx) for the contract's codes: "On track" for `on_track`,
 * "Orphaned goal" for `orphaned_goal`. The codes stay in plan JSON and `check --json`; a spreadsheet shows words.
 * Typed as full records so a value the contract adds must be named here before it compiles.
 */
import type { FindingKind, Severity } from '../contract/gaps.ts';
import type { Direction, Horizon, Strength, TacticStatus, TargetKind } from '../contract/plan-format.ts';

export const STATUS_WORDS: Record<TacticStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  done: 'Done',
};

export const HORIZON_WORDS: Record<Horizon, string> = { breakthrough: 'Breakthrough', annual: 'Annual' };

export const STRENGTH_WORDS: Record<Strength, string> = { strong: 'Strong', medium: 'Medium', weak: 'Weak' };

export const DIRECTION_WORDS: Record<Direction, string> = { increase: 'Increase', decrease: 'Decrease' };

/** A KPI target's kind: the value itself, or a change in percent from the baseline (read back by the importer). */
export const TARGET_KIND_WORDS: Record<TargetKind, string> = {
  absolute: 'Absolute',
  relative: 'Relative (% from baseline)',
};

export const SEVERITY_WORDS: Record<Severity, string> = { error: 'Error', warning: 'Warning', info: 'Note' };

export const FINDING_WORDS: Record<FindingKind, string> = {
  orphaned_goal: 'Orphaned goal',
  orphaned_tactic: 'Orphaned tactic',
  uncovered_objective: 'Uncovered objective',
  unexecuted_objective: 'Unexecuted objective',
  goal_without_tactics: 'Goal without tactics',
  missing_owner: 'Missing owner',
  missing_kpi_target: 'Objective without a KPI target',
  kpi_without_baseline: 'KPI without a baseline',
  overdue_tactic: 'Overdue tactic',
  tactic_without_due_date: 'Tactic without a due date',
  owner_overloaded: 'Overloaded owner',
  too_many_objectives: 'Too many objectives',
  weakly_supported_objective: 'Weakly supported objective',
  annual_serves_no_breakthrough: 'Annual objective serving no breakthrough',
  breakthrough_without_annual: 'Breakthrough without an annual objective',
  breakthrough_annuals_not_carried: 'Breakthrough its annual objectives do not carry',
  red_month_without_countermeasure: 'Red month without a countermeasure',
  weights_not_100: 'Weights not adding up to 100 %',
  department_kpi_without_goal: 'Responsible department without a goal',
};
