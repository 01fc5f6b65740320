import type { Finding, FindingKind } from '../../../contract/gaps.ts';

/** Group headings, in the report's order (the four structural gaps first). Typed so a new kind must be named. */
export const GROUP_LABEL: Record<FindingKind, string> = {
  orphaned_goal: 'Orphaned goals',
  orphaned_tactic: 'Orphaned tactics',
  uncovered_objective: 'Uncovered objectives',
  unexecuted_objective: 'Unexecuted objectives',
  goal_without_tactics: 'Goals without tactics',
  missing_owner: 'Missing owners',
  missing_kpi_target: 'Objectives without a KPI target',
  kpi_without_baseline: 'KPIs without a baseline',
  overdue_tactic: 'Overdue tactics',
  tactic_without_due_date: 'Tactics without a due date',
  owner_overloaded: 'Overloaded owners',
  too_many_objectives: 'Too many objectives',
  weakly_supported_objective: 'Weakly supported objectives',
  annual_serves_no_breakthrough: 'Annual objectives serving no breakthrough',
  breakthrough_without_annual: 'Breakthroughs without an annual objective',
  breakthrough_annuals_not_carried: 'Breakthroughs their annual objectives do not carry yet',
  red_month_without_countermeasure: 'Red months without a countermeasure',
  weights_not_100: 'Weights that do not add up to 100 %',
  department_kpi_without_goal: 'Responsible departments without a goal',
};

export interface FindingGroup {
  kind: FindingKind;
  label: string;
  /** The rule behind every finding of the group (one rule per kind). */
  rule: string;
  findings: Finding[];
}

/** Findings grouped by kind, groups in GROUP_LABEL order, findings in report order; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byKind = new Map<FindingKind, Finding[]>();
  for (const f of findings) {
    const list = byKind.get(f.kind);
    if (list) list.push(f);
    else byKind.set(f.kind, [f]);
  }
  const groups: FindingGroup[] = [];
  for (const kind of Object.keys(GROUP_LABEL) as FindingKind[]) {
    const list = byKind.get(kind);
    if (list) groups.push({ kind, label: GROUP_LABEL[kind], rule: list[0]!.rule, findings: list });
  }
  return groups;
}

/** React key of a finding: kind and item, plus the message (an item can be red in several months). */
export const findingKey = (f: Finding) => `${f.kind}:${f.itemKind}:${f.id}:${f.message}`;
