/**
 * Gap analysis: pure, linear in the size of the plan, deterministic for a given `today`.
 * The id lists are sorted; findings come in FINDING_KINDS order, then in plan order.
 *
 * How an objective is judged carried (the one rule the tree, cascade, X-matrix, gaps view and report all show):
 * - An annual objective (or a breakthrough a goal supports directly) is covered by the department goals that
 *   support it, and executed when one of those goals has a tactic.
 * - A breakthrough objective is also carried through the annual objectives that serve it (the X-matrix's
 *   south-west corner): it is covered when one of them is covered, executed when one of them is executed.
 *   Real plans link goals to annual objectives only, so judging breakthroughs by direct goals alone flagged
 *   every breakthrough of a real plan as uncovered.
 * - A breakthrough that annual objectives serve but do not carry (none has a goal, or none of their goals has
 *   a tactic) gets `breakthrough_annuals_not_carried`, a warning naming the annual objectives: the structural
 *   error is already on those annual objectives (uncovered / unexecuted), where the fix belongs. Only a
 *   breakthrough with neither goals nor annual objectives is `uncovered_objective`.
 */
import { FINDING_KINDS, type Finding, type FindingKind, type GapReport } from '../contract/gaps.ts';
import type { TextMessage } from '../contract/text.ts';
import { relativeChangeText } from '../contract/kpi-values.ts';
import type { Kpi, PlanDocument } from '../contract/plan-format.ts';
import { reviewRows } from './review.ts';

/** Hoshin practice: more than this many objectives of a horizon means the plan has lost focus. */
export const FOCUS_LIMITS = { breakthrough: 5, annual: 8 } as const;

export const RULES: Record<FindingKind, string> = {
  orphaned_goal: 'Every department goal must support at least one objective.',
  orphaned_tactic: 'Every tactic must support a goal that supports an objective.',
  uncovered_objective: 'Every objective must be supported by at least one department goal.',
  unexecuted_objective: 'An objective needs at least one supporting goal that has a tactic.',
  goal_without_tactics: 'Every goal needs at least one tactic that carries it out.',
  missing_owner: 'Every objective, goal and tactic needs an owner.',
  missing_kpi_target: 'Every objective needs a KPI with a target.',
  kpi_without_baseline: 'A KPI with a target needs a baseline, the value it starts from, to measure progress.',
  overdue_tactic: 'A tactic past its due date must be done, or re-planned.',
  tactic_without_due_date: 'Every tactic that is not done needs a due date.',
  owner_overloaded: 'No owner should carry more items than the plan’s owner-load limit.',
  too_many_objectives: `A focused plan holds at most ${FOCUS_LIMITS.breakthrough} breakthrough and ${FOCUS_LIMITS.annual} annual objectives.`,
  weakly_supported_objective: 'An objective carried only by weak links is not really carried.',
  annual_serves_no_breakthrough: 'Every annual objective should serve a breakthrough objective.',
  breakthrough_without_annual: 'Every breakthrough objective needs an annual objective that moves it this year.',
  breakthrough_annuals_not_carried:
    'A breakthrough objective is carried through its annual objectives: at least one of them needs a department goal with a tactic.',
  red_month_without_countermeasure: 'Every red month of a KPI needs a countermeasure.',
  weights_not_100:
    'Where weights are given, the weights of a level (the objectives of one horizon, the goals of one department) add up to 100 %.',
  department_kpi_without_goal:
    'A department responsible for an objective (its KPI’s owner) needs a goal of its own that supports the objective.',
};

const SEVERITY: Record<FindingKind, Finding['severity']> = {
  orphaned_goal: 'error',
  orphaned_tactic: 'error',
  uncovered_objective: 'error',
  unexecuted_objective: 'error',
  goal_without_tactics: 'warning',
  missing_owner: 'warning',
  missing_kpi_target: 'warning',
  kpi_without_baseline: 'warning',
  overdue_tactic: 'warning',
  tactic_without_due_date: 'warning',
  owner_overloaded: 'warning',
  too_many_objectives: 'warning',
  weakly_supported_objective: 'warning',
  annual_serves_no_breakthrough: 'warning',
  breakthrough_without_annual: 'warning',
  breakthrough_annuals_not_carried: 'warning',
  red_month_without_countermeasure: 'warning',
  weights_not_100: 'warning',
  department_kpi_without_goal: 'warning',
};

/** Weights summing to within this of 100 are taken as 100 (33.33 + 33.33 + 33.34, or decimals from a sheet). */
const WEIGHT_SUM_TOLERANCE = 0.01;

export function analyzeGaps(doc: PlanDocument, today: string): GapReport {
  const departmentName = new Map(doc.departments.map((d) => [d.id, d.name]));
  const label = (code: string, title: string) => `${code} '${title}'`;
  const findings: Finding[] = [];
  const add: AddFinding = (kind, id, itemKind, said, fix) =>
    findings.push({
      kind,
      id,
      itemKind,
      severity: SEVERITY[kind],
      message: said.en,
      text: said.text,
      rule: RULES[kind],
      fix: {
        action: fix.action,
        label: fix.label.en,
        text: fix.label.text,
        ...(fix.targets ? { targets: fix.targets } : {}),
      },
    });

  // goal -> objectives it supports; objective -> goals supporting it; goal -> tactics under it.
  const goalsOfObjective = new Map<string, { goalId: string; strength: string }[]>();
  for (const o of doc.objectives) goalsOfObjective.set(o.id, []);
  const tacticsOfGoal = new Map<string, number>();
  for (const g of doc.goals) {
    tacticsOfGoal.set(g.id, 0);
    for (const s of g.supports) goalsOfObjective.get(s.objectiveId)?.push({ goalId: g.id, strength: s.strength });
  }
  for (const t of doc.tactics) {
    for (const s of t.supports) tacticsOfGoal.set(s.goalId, (tacticsOfGoal.get(s.goalId) ?? 0) + 1);
  }

  const orphanedGoals = new Set<string>();
  for (const g of doc.goals) if (g.supports.length === 0) orphanedGoals.add(g.id);
  const orphanedTactics = new Set<string>();
  const tacticOrphanReason = new Map<string, string>();
  for (const t of doc.tactics) {
    if (t.supports.length === 0) {
      orphanedTactics.add(t.id);
      tacticOrphanReason.set(t.id, 'supports no goal');
    } else if (t.supports.every((s) => orphanedGoals.has(s.goalId))) {
      orphanedTactics.add(t.id);
      tacticOrphanReason.set(t.id, 'supports only goals that support no objective');
    }
  }
  const uncovered: string[] = [];
  const unexecuted: string[] = [];
  const annualsOf = annualsServing(doc);
  const codeOf = new Map(doc.objectives.map((o) => [o.id, o.code]));
  const goalOrder = new Map(doc.goals.map((g, i) => [g.id, i]));
  const inPlanOrder = (goalIds: string[]) => [...goalIds].sort((x, y) => goalOrder.get(x)! - goalOrder.get(y)!);
  /** covered: a goal supports it; executed: one of those goals has a tactic. */
  const own = (id: string) => {
    const supporters = goalsOfObjective.get(id) ?? [];
    return {
      supporters,
      covered: supporters.length > 0,
      executed: supporters.some((s) => (tacticsOfGoal.get(s.goalId) ?? 0) > 0),
    };
  };

  // Structural gaps first, in the cascade's order: objectives, goals, tactics.
  for (const o of doc.objectives) {
    const { supporters, covered, executed } = own(o.id);
    const annuals = o.horizon === 'breakthrough' ? (annualsOf.get(o.id) ?? []) : [];
    const viaAnnuals = annuals.map(own);
    if (executed || viaAnnuals.some((a) => a.executed)) continue;
    if (!covered && annuals.length > 0) {
      // Served by annual objectives that do not carry it: say which, and fix it there.
      const annualCodes = annuals.map((id) => codeOf.get(id)).join(', ');
      const names = `${plural(annuals.length, 'annual objective')} (${annualCodes})`;
      const params = { code: o.code, title: o.title, count: annuals.length, codes: annualCodes };
      const annualGoals = [...new Set(viaAnnuals.flatMap((a) => a.supporters.map((s) => s.goalId)))];
      add(
        'breakthrough_annuals_not_carried',
        o.id,
        'objective',
        annualGoals.length === 0
          ? said(
              `Breakthrough objective ${label(o.code, o.title)} is served by ${names}, but none of them has a department goal yet, so nobody carries it this year.`,
              'finding.breakthrough_annuals_not_carried.noGoal',
              params,
            )
          : said(
              `Breakthrough objective ${label(o.code, o.title)} is served by ${names}, but none of their goals has a tactic yet, so nothing is being done about it this year.`,
              'finding.breakthrough_annuals_not_carried.noTactic',
              params,
            ),
        annualGoals.length === 0
          ? {
              action: 'create_goal',
              label: said('Create a goal for one of its annual objectives…', 'findingFix.createGoalAnnual'),
              targets: annuals,
            }
          : {
              action: 'create_tactic',
              label: said('Add a tactic to one of their goals', 'findingFix.addTacticTheirGoals'),
              targets: inPlanOrder(annualGoals),
            },
      );
    } else if (!covered) {
      uncovered.push(o.id);
      add(
        'uncovered_objective',
        o.id,
        'objective',
        said(
          `Objective ${label(o.code, o.title)} has no department goal supporting it, so nobody carries it.`,
          'finding.uncovered_objective',
          { code: o.code, title: o.title },
        ),
        {
          action: 'create_goal',
          label: said('Create a goal for this objective in…', 'findingFix.createGoalIn'),
        },
      );
    } else {
      unexecuted.push(o.id);
      add(
        'unexecuted_objective',
        o.id,
        'objective',
        said(
          `Objective ${label(o.code, o.title)} is supported by ${plural(supporters.length, 'goal')}, but none of them has a tactic, so nothing is being done about it.`,
          'finding.unexecuted_objective',
          { code: o.code, title: o.title, count: supporters.length },
        ),
        {
          action: 'create_tactic',
          label: said('Add a tactic to one of its goals', 'findingFix.addTacticItsGoals'),
          // A breakthrough's annual objectives' goals carry it too, so a tactic under one of them also fixes it.
          targets: inPlanOrder([
            ...new Set([...supporters, ...viaAnnuals.flatMap((a) => a.supporters)].map((s) => s.goalId)),
          ]),
        },
      );
    }
  }
  for (const g of doc.goals) {
    if (orphanedGoals.has(g.id)) {
      add(
        'orphaned_goal',
        g.id,
        'goal',
        said(
          `Goal ${label(g.code, g.title)} (${departmentName.get(g.departmentId) ?? g.departmentId}) supports no objective.`,
          'finding.orphaned_goal',
          { code: g.code, title: g.title, department: departmentName.get(g.departmentId) ?? g.departmentId },
        ),
        { action: 'link_to_objective', label: said('Link to an objective…', 'findingFix.linkToObjective') },
      );
    }
  }
  for (const t of doc.tactics) {
    const reason = tacticOrphanReason.get(t.id);
    if (reason) {
      add(
        'orphaned_tactic',
        t.id,
        'tactic',
        said(
          `Tactic ${label(t.code, t.title)} (${departmentName.get(t.departmentId) ?? t.departmentId}) ${reason}, so it traces to no objective.`,
          t.supports.length === 0 ? 'finding.orphaned_tactic.noGoal' : 'finding.orphaned_tactic.orphanedGoals',
          { code: t.code, title: t.title, department: departmentName.get(t.departmentId) ?? t.departmentId },
        ),
        { action: 'link_to_goal', label: said('Link to a goal…', 'findingFix.linkToGoal') },
      );
    }
  }
  for (const g of doc.goals) {
    if ((tacticsOfGoal.get(g.id) ?? 0) === 0) {
      add(
        'goal_without_tactics',
        g.id,
        'goal',
        said(`Goal ${label(g.code, g.title)} has no tactic carrying it out.`, 'finding.goal_without_tactics', {
          code: g.code,
          title: g.title,
        }),
        { action: 'create_tactic', label: said('Add a tactic to this goal', 'findingFix.addTacticThisGoal') },
      );
    }
  }
  for (const o of doc.objectives) {
    const supporters = goalsOfObjective.get(o.id) ?? [];
    if (supporters.length > 0 && supporters.every((s) => s.strength === 'weak')) {
      add(
        'weakly_supported_objective',
        o.id,
        'objective',
        said(
          `Objective ${label(o.code, o.title)} is carried only by weak links (${plural(supporters.length, 'goal')}).`,
          'finding.weakly_supported_objective',
          { code: o.code, title: o.title, count: supporters.length },
        ),
        {
          action: 'strengthen_links',
          label: said('Strengthen a link or add a strongly supporting goal', 'findingFix.strengthenLinks'),
        },
      );
    }
  }
  for (const o of doc.objectives) {
    if (!o.kpi || o.kpi.target === null) {
      add(
        'missing_kpi_target',
        o.id,
        'objective',
        o.kpi
          ? said(
              `Objective ${label(o.code, o.title)} has a KPI (${o.kpi.name}) but no target.`,
              'finding.missing_kpi_target.noTarget',
              {
                code: o.code,
                title: o.title,
                kpi: o.kpi.name,
              },
            )
          : said(
              `Objective ${label(o.code, o.title)} has no KPI, so nobody can tell whether it is met.`,
              'finding.missing_kpi_target.noKpi',
              { code: o.code, title: o.title },
            ),
        { action: 'set_kpi_target', label: said('Set a KPI target', 'findingFix.setKpiTarget') },
      );
    }
  }
  const kpiItems = [
    ...doc.objectives.map((o) => ['objective', 'Objective', o] as const),
    ...doc.goals.map((g) => ['goal', 'Goal', g] as const),
  ];
  for (const [kind, noun, item] of kpiItems) {
    const k = item.kpi;
    if (k && k.target !== null && k.baseline === null) {
      add(
        'kpi_without_baseline',
        item.id,
        kind,
        k.targetKind === 'relative'
          ? said(
              `${noun} ${label(item.code, item.title)} has a KPI (${k.name}) with a target of ${relativeChangeText(k.target)} from its baseline but no baseline, so neither the target nor the progress can be known.`,
              'finding.kpi_without_baseline.relative',
              { kind, code: item.code, title: item.title, kpi: k.name, target: relativeChangeText(k.target) },
            )
          : said(
              `${noun} ${label(item.code, item.title)} has a KPI (${k.name}) with a target of ${valueWithUnit(k.target, k)} but no baseline, so its progress cannot be measured.`,
              'finding.kpi_without_baseline.absolute',
              { kind, code: item.code, title: item.title, kpi: k.name, target: valueWithUnit(k.target, k) },
            ),
        { action: 'set_kpi_baseline', label: said('Set the KPI’s baseline', 'findingFix.setKpiBaseline') },
      );
    }
  }
  const items = [
    ...doc.objectives.map((o) => ['objective', 'Objective', o] as const),
    ...doc.goals.map((g) => ['goal', 'Goal', g] as const),
    ...doc.tactics.map((t) => ['tactic', 'Tactic', t] as const),
  ];
  for (const [kind, noun, item] of items) {
    if (item.owner === null) {
      add(
        'missing_owner',
        item.id,
        kind,
        said(`${noun} ${label(item.code, item.title)} has no owner.`, 'finding.missing_owner', {
          kind,
          code: item.code,
          title: item.title,
        }),
        { action: 'assign_owner', label: said('Assign an owner', 'findingFix.assignOwner') },
      );
    }
  }
  for (const t of doc.tactics) {
    if (t.due !== null && t.due < today && t.status !== 'done') {
      add(
        'overdue_tactic',
        t.id,
        'tactic',
        said(`Tactic ${label(t.code, t.title)} was due on ${t.due} and is not done.`, 'finding.overdue_tactic', {
          code: t.code,
          title: t.title,
          due: t.due,
        }),
        { action: 'set_status_or_due', label: said('Mark done or set a new due date', 'findingFix.markDoneOrReplan') },
      );
    }
  }
  for (const t of doc.tactics) {
    if (t.due === null && t.status !== 'done') {
      add(
        'tactic_without_due_date',
        t.id,
        'tactic',
        said(
          `Tactic ${label(t.code, t.title)} has no due date, so nobody can tell whether it is late.`,
          'finding.tactic_without_due_date',
          { code: t.code, title: t.title },
        ),
        { action: 'set_status_or_due', label: said('Set a due date', 'findingFix.setDueDate') },
      );
    }
  }
  const load = new Map<string, number>();
  for (const [, , item] of items) if (item.owner !== null) load.set(item.owner, (load.get(item.owner) ?? 0) + 1);
  const limit = doc.plan.settings.ownerLoadLimit;
  for (const [owner, count] of load) {
    if (count > limit) {
      add(
        'owner_overloaded',
        owner,
        'owner',
        said(`${owner} owns ${count} items, more than the plan's limit of ${limit}.`, 'finding.owner_overloaded', {
          owner,
          count,
          limit,
        }),
        { action: 'rebalance_owner', label: said('Hand some items to another owner', 'findingFix.rebalanceOwner') },
      );
    }
  }
  for (const horizon of ['breakthrough', 'annual'] as const) {
    const count = doc.objectives.filter((o) => o.horizon === horizon).length;
    if (count > FOCUS_LIMITS[horizon]) {
      add(
        'too_many_objectives',
        'plan',
        'plan',
        said(
          `The plan has ${count} ${horizon} objectives; a focused plan holds at most ${FOCUS_LIMITS[horizon]}.`,
          'finding.too_many_objectives',
          { count, horizon, limit: FOCUS_LIMITS[horizon] },
        ),
        { action: 'merge_objectives', label: said('Merge or drop objectives', 'findingFix.mergeObjectives') },
      );
    }
  }

  // X-matrix corner: annual objectives against breakthroughs, once the plan has both.
  const breakthroughs = doc.objectives.filter((o) => o.horizon === 'breakthrough');
  const annuals = doc.objectives.filter((o) => o.horizon === 'annual');
  if (breakthroughs.length > 0 && annuals.length > 0) {
    const served = new Set(annuals.flatMap((o) => o.supports.map((s) => s.objectiveId)));
    for (const o of annuals) {
      if (o.supports.length === 0) {
        add(
          'annual_serves_no_breakthrough',
          o.id,
          'objective',
          said(
            `Annual objective ${label(o.code, o.title)} serves no breakthrough objective.`,
            'finding.annual_serves_no_breakthrough',
            { code: o.code, title: o.title },
          ),
          {
            action: 'link_to_breakthrough',
            label: said('Link to a breakthrough objective…', 'findingFix.linkToBreakthrough'),
          },
        );
      }
    }
    for (const o of breakthroughs) {
      if (!served.has(o.id)) {
        add(
          'breakthrough_without_annual',
          o.id,
          'objective',
          said(
            `Breakthrough objective ${label(o.code, o.title)} has no annual objective moving it this year.`,
            'finding.breakthrough_without_annual',
            { code: o.code, title: o.title },
          ),
          {
            action: 'link_to_breakthrough',
            label: said('Link an annual objective to it…', 'findingFix.linkAnnualToIt'),
          },
        );
      }
    }
  }
  for (const row of reviewRows(doc, today)) {
    for (const m of row.months) {
      if (m.status === 'red' && m.countermeasures.length === 0) {
        add(
          'red_month_without_countermeasure',
          row.itemId,
          row.itemKind,
          said(
            `${row.kpi.name} (${row.code}) was red in ${m.month}: ${m.actual} against a plan of ${m.plan}, and has no countermeasure.`,
            'finding.red_month_without_countermeasure',
            { kpi: row.kpi.name, code: row.code, month: m.month, actual: m.actual ?? '', plan: m.plan ?? '' },
          ),
          { action: 'add_countermeasure', label: said('Add a countermeasure', 'findingFix.addCountermeasure') },
        );
      }
    }
  }

  weightFindings(doc, departmentName, add);
  // A responsible department carries an objective with a goal of its own that supports it (for a breakthrough,
  // a goal supporting one of the annual objectives that serve it counts too, as in the coverage rule).
  const goalDepartments = new Map(doc.goals.map((g) => [g.id, g.departmentId]));
  for (const o of doc.objectives) {
    const d = o.departmentId;
    if (!d || !departmentName.has(d)) continue;
    const via = [o.id, ...(o.horizon === 'breakthrough' ? (annualsOf.get(o.id) ?? []) : [])];
    const carried = via.some((id) => (goalsOfObjective.get(id) ?? []).some((s) => goalDepartments.get(s.goalId) === d));
    if (carried) continue;
    const name = departmentName.get(d)!;
    add(
      'department_kpi_without_goal',
      o.id,
      'objective',
      said(
        `${name} is responsible for objective ${label(o.code, o.title)}${o.kpi ? ` and its KPI (${o.kpi.name})` : ''}, but none of ${name}’s goals supports it, so the department answers for a result it does not work on.`,
        o.kpi ? 'finding.department_kpi_without_goal.kpi' : 'finding.department_kpi_without_goal.noKpi',
        { department: name, code: o.code, title: o.title, kpi: o.kpi?.name ?? '' },
      ),
      {
        action: 'create_goal',
        label: said(`Create a goal for this objective in ${name}…`, 'findingFix.createGoalInDepartment', {
          department: name,
        }),
      },
    );
  }

  const counts = Object.fromEntries(FINDING_KINDS.map((k) => [k, 0])) as Record<FindingKind, number>;
  for (const f of findings) counts[f.kind] += 1;
  const order = new Map(FINDING_KINDS.map((k, i) => [k, i]));
  findings.sort((a, b) => order.get(a.kind)! - order.get(b.kind)!);
  return {
    orphanedGoals: [...orphanedGoals].sort(),
    coverage: coverage(doc, orphanedGoals, orphanedTactics),
    orphanedTactics: [...orphanedTactics].sort(),
    uncoveredObjectives: uncovered.sort(),
    unexecutedObjectives: unexecuted.sort(),
    findings,
    counts,
  };
}

function coverage(doc: PlanDocument, orphanedGoals: Set<string>, orphanedTactics: Set<string>): GapReport['coverage'] {
  // goal -> tactics under it, with the link's strength.
  const tacticsOfGoal = new Map<string, { tacticId: string; strength: string }[]>();
  for (const t of doc.tactics) {
    for (const s of t.supports) {
      const list = tacticsOfGoal.get(s.goalId) ?? [];
      list.push({ tacticId: t.id, strength: s.strength });
      tacticsOfGoal.set(s.goalId, list);
    }
  }
  const goalsOfObjective = new Map<string, { goalId: string; strength: string }[]>();
  for (const g of doc.goals) {
    for (const s of g.supports) {
      const list = goalsOfObjective.get(s.objectiveId) ?? [];
      list.push({ goalId: g.id, strength: s.strength });
      goalsOfObjective.set(s.objectiveId, list);
    }
  }
  const strengthOfAnnual = new Map<string, Map<string, string>>();
  for (const o of doc.objectives) {
    for (const s of o.supports) {
      const links = strengthOfAnnual.get(s.objectiveId) ?? new Map<string, string>();
      links.set(o.id, s.strength);
      strengthOfAnnual.set(s.objectiveId, links);
    }
  }
  const objectives = doc.objectives.map((o) => {
    // goal -> whether some path from it to the objective is strong all the way.
    const goals = new Map<string, boolean>();
    const reach = (goalId: string, strong: boolean) => goals.set(goalId, goals.get(goalId) === true || strong);
    for (const g of goalsOfObjective.get(o.id) ?? []) reach(g.goalId, g.strength === 'strong');
    if (o.horizon === 'breakthrough') {
      for (const [annualId, strength] of strengthOfAnnual.get(o.id) ?? []) {
        for (const g of goalsOfObjective.get(annualId) ?? []) {
          reach(g.goalId, strength === 'strong' && g.strength === 'strong');
        }
      }
    }
    const tactics = new Set<string>();
    const strongTactics = new Set<string>();
    for (const [goalId, strong] of goals) {
      for (const t of tacticsOfGoal.get(goalId) ?? []) {
        tactics.add(t.tacticId);
        if (strong && t.strength === 'strong') strongTactics.add(t.tacticId);
      }
    }
    return {
      objectiveId: o.id,
      goals: goals.size,
      strongGoals: [...goals.values()].filter(Boolean).length,
      tactics: tactics.size,
      strongTactics: strongTactics.size,
    };
  });
  const departments = new Map(
    doc.departments.map((d) => [
      d.id,
      { departmentId: d.id, goals: 0, alignedGoals: 0, tactics: 0, alignedTactics: 0 },
    ]),
  );
  for (const g of doc.goals) {
    const d = departments.get(g.departmentId);
    if (!d) continue;
    d.goals += 1;
    if (!orphanedGoals.has(g.id)) d.alignedGoals += 1;
  }
  for (const t of doc.tactics) {
    const d = departments.get(t.departmentId);
    if (!d) continue;
    d.tactics += 1;
    if (!orphanedTactics.has(t.id)) d.alignedTactics += 1;
  }
  return { objectives, departments: [...departments.values()] };
}

/** Breakthrough id -> the annual objectives that serve it, in plan order. */
function annualsServing(doc: PlanDocument): Map<string, string[]> {
  const annuals = new Map<string, string[]>();
  for (const o of doc.objectives) {
    if (o.horizon !== 'annual') continue;
    for (const s of o.supports) {
      const list = annuals.get(s.objectiveId);
      if (list) list.push(o.id);
      else annuals.set(s.objectiveId, [o.id]);
    }
  }
  return annuals;
}

/**
 * weights_not_100: per level (breakthrough objectives, annual objectives, each department's goals), when any
 * item has a weight and the weights given do not add up to 100. The finding is on the level's first weighted
 * item and names the level, the sum, the items without a weight, and what to change.
 */
function weightFindings(doc: PlanDocument, departmentName: Map<string, string>, add: AddFinding): void {
  type Weighted = { id: string; code: string; weight?: number | null };
  const check = (
    itemKind: 'objective' | 'goal',
    level: string,
    levelParams: { level: 'breakthrough' | 'annual' | 'department'; department: string },
    items: readonly Weighted[],
  ) => {
    const weighted = items.filter((x) => x.weight !== null && x.weight !== undefined);
    if (weighted.length === 0) return;
    const sum = weighted.reduce((total, x) => total + x.weight!, 0);
    if (Math.abs(sum - 100) <= WEIGHT_SUM_TOLERANCE) return;
    const missing = items.filter((x) => x.weight === null || x.weight === undefined);
    const codes =
      missing
        .slice(0, 5)
        .map((x) => x.code)
        .join(', ') + (missing.length > 5 ? ', …' : '');
    const unweighted =
      missing.length === 0
        ? ''
        : missing.length === 1
          ? ` (${codes} has no weight)`
          : ` (${plural(missing.length, 'item')} have no weight: ${codes})`;
    const change = sum < 100 ? `add ${formatSum(100 - sum)}` : `take away ${formatSum(sum - 100)}`;
    add(
      'weights_not_100',
      weighted[0]!.id,
      itemKind,
      said(
        `The weights of the ${level} add up to ${formatSum(sum)} %, not 100 %${unweighted}.`,
        'finding.weights_not_100',
        {
          ...levelParams,
          sum: formatSum(sum),
          missing: missing.length,
          codes,
        },
      ),
      {
        action: 'set_weights',
        label: said(`Change the weights so they add up to 100 % (${change} %)`, 'findingFix.setWeights', {
          change: sum < 100 ? 'add' : 'take',
          amount: formatSum(Math.abs(100 - sum)),
        }),
      },
    );
  };
  check(
    'objective',
    'breakthrough objectives',
    { level: 'breakthrough', department: '' },
    doc.objectives.filter((o) => o.horizon === 'breakthrough'),
  );
  check(
    'objective',
    'annual objectives',
    { level: 'annual', department: '' },
    doc.objectives.filter((o) => o.horizon === 'annual'),
  );
  const goalsOf = new Map<string, Weighted[]>();
  for (const g of doc.goals) {
    const list = goalsOf.get(g.departmentId);
    if (list) list.push(g);
    else goalsOf.set(g.departmentId, [g]);
  }
  for (const d of doc.departments) {
    const goals = goalsOf.get(d.id);
    const name = departmentName.get(d.id) ?? d.id;
    if (goals) check('goal', `${name} goals`, { level: 'department', department: name }, goals);
  }
}

/** A sum of weights as given, without binary noise (33.33 + 33.33 is 66.66, never 66.66000000000001). */
function formatSum(value: number): string {
  return String(Number(value.toFixed(6)));
}

function valueWithUnit(value: number, kpi: Kpi): string {
  if (!kpi.unit) return String(value);
  return kpi.unit === '%' ? `${value} %` : `${value} ${kpi.unit}`;
}

/** An English sentence with its catalogue key and arguments. */
interface Said {
  en: string;
  text: TextMessage;
}

const said = (en: string, key: string, params: Record<string, string | number> = {}): Said => ({
  en,
  text: { key, params },
});

type AddFinding = (
  kind: FindingKind,
  id: string,
  itemKind: Finding['itemKind'],
  message: Said,
  fix: { action: Finding['fix']['action']; label: Said; targets?: string[] },
) => void;

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** True when the plan has a structural gap: what `hoshin check` exits 1 for. */
export function hasStructuralGaps(report: GapReport): boolean {
  return report.orphanedGoals.length + report.orphanedTactics.length + report.uncoveredObjectives.length > 0;
}
