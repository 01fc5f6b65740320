import type { Finding } from '../../../contract/gaps.ts';
import { t } from '../i18n/intl.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { leadershipReason, lockReason, type DraftScope } from '../domain/draft-lock.ts';

/**
 * Why a finding's fix cannot be applied in this department draft, or null. A fix is locked by what it changes:
 * the item itself (owner, KPI target, status), the item at the lower end of a link it sets, or leadership's
 * links; creating a goal or tactic of the department's own is always possible.
 */
export function fixLock(draft: DraftScope | null, finding: Finding, plan: PlanDocument): string | null {
  if (!draft) return null;
  const own = (id: string): string | null => {
    const item = plan.goals.find((g) => g.id === id) ?? plan.tactics.find((t) => t.id === id);
    if (!item) return finding.itemKind === 'objective' ? leadershipReason() : null;
    const departmentName = plan.departments.find((d) => d.id === item.departmentId)?.name;
    return lockReason(draft, {
      kind: plan.goals.some((g) => g.id === id) ? 'goal' : 'tactic',
      departmentId: item.departmentId,
      departmentName,
    });
  };
  switch (finding.fix.action) {
    case 'link_to_goal':
    case 'link_to_objective':
    case 'assign_owner':
    case 'set_status_or_due':
    case 'set_kpi_baseline':
      return own(finding.id);
    case 'set_weights':
      // A department's own goals' weights are its own; objectives' are leadership's.
      return finding.itemKind === 'goal' ? own(finding.id) : leadershipReason();
    case 'create_tactic': {
      if (finding.itemKind === 'goal') return own(finding.id);
      // The goals that carry the objective, as the analysis named them.
      const carrying = new Set(finding.fix.targets ?? []);
      const ownGoal = plan.goals.some((g) => g.departmentId === draft.departmentId && carrying.has(g.id));
      return ownGoal ? null : t('findingFix.lockNoOwnGoal', { department: draft.departmentName });
    }
    case 'create_goal':
    case 'add_countermeasure':
      return null;
    case 'link_to_breakthrough':
    case 'set_kpi_target':
    case 'strengthen_links':
    case 'rebalance_owner':
    case 'merge_objectives':
      return leadershipReason();
  }
}
