import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';

/**
 * One department's part of the plan, for its head (`hoshin report --department`): the department, its goals and
 * tactics, the goals of other departments its tactics carry, and the objectives all of those serve (with the
 * objectives these support in turn). Links to anything left out are dropped, and the gap report keeps only what
 * is about the items kept, so every page is about this department. Pure.
 */
export function departmentSlice(
  plan: PlanDocument,
  gaps: GapReport,
  departmentId: string,
): { plan: PlanDocument; gaps: GapReport } {
  const department = plan.departments.find((d) => d.id === departmentId);
  if (!department) return { plan, gaps };
  const tactics = plan.tactics.filter((t) => t.departmentId === departmentId);
  const goalIds = new Set(plan.goals.filter((g) => g.departmentId === departmentId).map((g) => g.id));
  for (const t of tactics) for (const s of t.supports) goalIds.add(s.goalId);
  const goals = plan.goals.filter((g) => goalIds.has(g.id));
  // The objectives its goals serve, and those it is responsible for (its KPIs), served or not.
  const objectiveIds = new Set([
    ...goals.flatMap((g) => g.supports.map((s) => s.objectiveId)),
    ...plan.objectives.filter((o) => o.departmentId === departmentId).map((o) => o.id),
  ]);
  const byId = new Map(plan.objectives.map((o) => [o.id, o]));
  const pending = [...objectiveIds];
  while (pending.length > 0) {
    const o = byId.get(pending.pop()!);
    for (const s of o?.supports ?? [])
      if (!objectiveIds.has(s.objectiveId)) {
        objectiveIds.add(s.objectiveId);
        pending.push(s.objectiveId);
      }
  }
  const kept = new Set([...objectiveIds, ...goalIds, ...tactics.map((t) => t.id)]);
  const departmentIds = new Set([departmentId, ...goals.map((g) => g.departmentId)]);
  const sliced: PlanDocument = {
    ...plan,
    plan: { ...plan.plan, title: `${plan.plan.title} · ${department.name}` },
    departments: plan.departments.filter((d) => departmentIds.has(d.id)),
    objectives: plan.objectives
      .filter((o) => objectiveIds.has(o.id))
      .map((o) => ({
        ...o,
        supports: o.supports.filter((s) => objectiveIds.has(s.objectiveId)),
        // A department left out of the slice is named by no item of it.
        departmentId: o.departmentId && departmentIds.has(o.departmentId) ? o.departmentId : null,
      })),
    goals: goals.map((g) => ({
      ...g,
      supports: g.supports.filter((s) => objectiveIds.has(s.objectiveId)),
      supportingDepartmentIds: (g.supportingDepartmentIds ?? []).filter((id) => departmentIds.has(id)),
    })),
    tactics,
  };
  const only = (ids: string[]) => ids.filter((id) => kept.has(id));
  const findings = gaps.findings.filter((f) => f.itemKind === 'plan' || f.itemKind === 'owner' || kept.has(f.id));
  const counts = { ...gaps.counts };
  for (const kind of Object.keys(counts) as (keyof typeof counts)[])
    counts[kind] = findings.filter((f) => f.kind === kind).length;
  return {
    plan: sliced,
    gaps: {
      ...gaps,
      orphanedGoals: only(gaps.orphanedGoals),
      orphanedTactics: only(gaps.orphanedTactics),
      uncoveredObjectives: only(gaps.uncoveredObjectives),
      unexecutedObjectives: only(gaps.unexecutedObjectives),
      findings,
      counts,
      coverage: {
        objectives: gaps.coverage.objectives.filter((c) => objectiveIds.has(c.objectiveId)),
        departments: gaps.coverage.departments.filter((c) => departmentIds.has(c.departmentId)),
      },
    },
  };
}
