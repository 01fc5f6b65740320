import type { Finding, FindingKind } from '../../../contract/gaps.ts';
import { t } from '../i18n/intl.ts';
import { ruleText } from '../i18n/service-text.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

/** Every kind's catalogue key; typed so a new kind must be named (and translated). */
const GROUP_KEYS = {
  orphaned_goal: 'gaps.group.orphaned_goal',
  orphaned_tactic: 'gaps.group.orphaned_tactic',
  uncovered_objective: 'gaps.group.uncovered_objective',
  unexecuted_objective: 'gaps.group.unexecuted_objective',
  goal_without_tactics: 'gaps.group.goal_without_tactics',
  missing_owner: 'gaps.group.missing_owner',
  missing_kpi_target: 'gaps.group.missing_kpi_target',
  kpi_without_baseline: 'gaps.group.kpi_without_baseline',
  overdue_tactic: 'gaps.group.overdue_tactic',
  tactic_without_due_date: 'gaps.group.tactic_without_due_date',
  owner_overloaded: 'gaps.group.owner_overloaded',
  too_many_objectives: 'gaps.group.too_many_objectives',
  weakly_supported_objective: 'gaps.group.weakly_supported_objective',
  annual_serves_no_breakthrough: 'gaps.group.annual_serves_no_breakthrough',
  breakthrough_without_annual: 'gaps.group.breakthrough_without_annual',
  breakthrough_annuals_not_carried: 'gaps.group.breakthrough_annuals_not_carried',
  red_month_without_countermeasure: 'gaps.group.red_month_without_countermeasure',
  weights_not_100: 'gaps.group.weights_not_100',
  department_kpi_without_goal: 'gaps.group.department_kpi_without_goal',
} as const satisfies Record<FindingKind, MessageKey>;

/**
 * Group headings, in the report's order (the four structural gaps first), read in the app's language when shown
 * (each a getter, so GROUP_LABEL[kind] stays a plain lookup for its callers).
 */
export const GROUP_LABEL: Readonly<Record<FindingKind, string>> = Object.defineProperties(
  {} as Record<FindingKind, string>,
  Object.fromEntries(
    (Object.keys(GROUP_KEYS) as FindingKind[]).map((kind) => [
      kind,
      { get: () => t(GROUP_KEYS[kind]), enumerable: true },
    ]),
  ),
);

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
    if (list) groups.push({ kind, label: GROUP_LABEL[kind], rule: ruleText(kind, list[0]!.rule), findings: list });
  }
  return groups;
}

/** React key of a finding: kind and item, plus the message (an item can be red in several months). */
export const findingKey = (f: Finding) => `${f.kind}:${f.itemKind}:${f.id}:${f.message}`;
