import type { Finding, GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { CountermeasureFix } from './fixes/CountermeasureFix.tsx';
import { CreateGoalFix } from './fixes/CreateGoalFix.tsx';
import { CreateTacticFix } from './fixes/CreateTacticFix.tsx';
import { KpiBaselineFix } from './fixes/KpiBaselineFix.tsx';
import { KpiTargetFix } from './fixes/KpiTargetFix.tsx';
import { LinkFix } from './fixes/LinkFix.tsx';
import { OwnerFix } from './fixes/OwnerFix.tsx';
import { StatusDueFix } from './fixes/StatusDueFix.tsx';
import { StrengthenFix } from './fixes/StrengthenFix.tsx';
import { WeightsFix } from './fixes/WeightsFix.tsx';

/** The month a red-month finding names (its message says "was red in YYYY-MM"). */
function monthIn(message: string): string {
  return /\b\d{4}-(0[1-9]|1[0-2])\b/.exec(message)?.[0] ?? '';
}

/** Whether a finding's fix can be done right here (the others are advice: rebalance an owner, merge objectives). */
export function hasInlineFix(f: Finding): boolean {
  return f.fix.action !== 'rebalance_owner' && f.fix.action !== 'merge_objectives';
}

/** The inline form that carries out a finding's fix. */
export function FixForm({
  finding,
  plan,
  gaps,
  onDone,
}: {
  finding: Finding;
  plan: PlanDocument;
  gaps: GapReport | null;
  onDone: () => void;
}) {
  const { id, itemKind } = finding;
  switch (finding.fix.action) {
    case 'link_to_goal':
      return <LinkFix plan={plan} gaps={gaps} kind="tactic-goal" itemId={id} onDone={onDone} />;
    case 'link_to_objective':
      return <LinkFix plan={plan} gaps={gaps} kind="goal-objective" itemId={id} onDone={onDone} />;
    case 'link_to_breakthrough':
      return finding.kind === 'breakthrough_without_annual' ? (
        <LinkFix plan={plan} gaps={gaps} kind="annual-breakthrough" itemId={id} reverse onDone={onDone} />
      ) : (
        <LinkFix plan={plan} gaps={gaps} kind="annual-breakthrough" itemId={id} onDone={onDone} />
      );
    case 'add_countermeasure':
      return <CountermeasureFix itemId={id} month={monthIn(finding.message)} onDone={onDone} />;
    case 'create_goal':
      // The analysis names the objectives when the goal belongs elsewhere (a breakthrough's annual objectives).
      return finding.fix.targets ? (
        <CreateGoalFix plan={plan} objectiveIds={finding.fix.targets} annual onDone={onDone} />
      ) : (
        <CreateGoalFix
          plan={plan}
          objectiveIds={[id]}
          // A responsible department without a goal: the goal is that department's.
          departmentId={
            finding.kind === 'department_kpi_without_goal'
              ? (plan.objectives.find((o) => o.id === id)?.departmentId ?? undefined)
              : undefined
          }
          onDone={onDone}
        />
      );
    case 'create_tactic': {
      // An objective's finding names the goals that carry it (for a breakthrough, its annual objectives' goals).
      const goalIds = itemKind === 'goal' ? [id] : (finding.fix.targets ?? []);
      return <CreateTacticFix plan={plan} goalIds={goalIds} onDone={onDone} />;
    }
    case 'assign_owner':
      return itemKind === 'objective' || itemKind === 'goal' || itemKind === 'tactic' ? (
        <OwnerFix plan={plan} itemKind={itemKind} itemId={id} onDone={onDone} />
      ) : null;
    case 'set_kpi_target': {
      const objective = plan.objectives.find((o) => o.id === id);
      return objective ? <KpiTargetFix objective={objective} onDone={onDone} /> : null;
    }
    case 'set_kpi_baseline': {
      const item =
        itemKind === 'objective' ? plan.objectives.find((o) => o.id === id) : plan.goals.find((g) => g.id === id);
      return item?.kpi && (itemKind === 'objective' || itemKind === 'goal') ? (
        <KpiBaselineFix itemKind={itemKind} itemId={id} kpi={item.kpi} onDone={onDone} />
      ) : null;
    }
    case 'set_status_or_due': {
      const tactic = plan.tactics.find((t) => t.id === id);
      return tactic ? <StatusDueFix tactic={tactic} onDone={onDone} /> : null;
    }
    case 'strengthen_links':
      return <StrengthenFix plan={plan} objectiveId={id} onDone={onDone} />;
    case 'set_weights':
      return itemKind === 'objective' || itemKind === 'goal' ? (
        <WeightsFix plan={plan} itemKind={itemKind} itemId={id} onDone={onDone} />
      ) : null;
    case 'rebalance_owner':
    case 'merge_objectives':
      return null;
  }
}
