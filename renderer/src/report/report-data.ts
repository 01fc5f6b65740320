import type { HoshinApi, ReviewState } from '../../../contract/api.ts';
import type { Finding, GapReport } from '../../../contract/gaps.ts';
import type { Department, Goal, Objective, PlanDocument, Tactic } from '../../../contract/plan-format.ts';
import { today } from '../../../contract/today.ts';
import { t } from '../i18n/intl.ts';

export interface ReportData {
  plan: PlanDocument;
  gaps: GapReport;
  review: ReviewState | null;
  /** A data: URL, or null. */
  logo: string | null;
  /** YYYY-MM-DD, the date printed on the cover. */
  preparedOn: string;
}

export async function loadReportData(api: HoshinApi): Promise<Omit<ReportData, 'logo' | 'preparedOn'>> {
  const [plan, gaps, review] = await Promise.all([
    api.getPlan({}),
    api.analyzeGaps({}),
    // The review only adds latest actuals to the summary; a plan without one still reports.
    api.getReview({}).catch(() => null),
  ]);
  return { plan, gaps, review };
}

/** The report's date: the app's one today (contract/today.ts), as the gap analysis it prints uses. */
export const todayIso = (): string => today();

/** Lookups every section needs, built once per report. */
export interface PlanFacts {
  data: ReportData;
  departments: Map<string, Department>;
  objectives: Map<string, Objective>;
  goals: Map<string, Goal>;
  tactics: Map<string, Tactic>;
  goalsOf: Map<string, Goal[]>;
  tacticsOf: Map<string, Tactic[]>;
  /** Goal id -> tactics supporting it. */
  tacticsOfGoal: Map<string, Tactic[]>;
  /** Objective id -> goals supporting it. */
  goalsOfObjective: Map<string, Goal[]>;
  gapOf: Map<string, 'orphan' | 'uncovered' | 'unexecuted'>;
  /** Code (or name) of the item a finding is about. */
  findingSubject: (f: Finding) => string;
  codeOf: (id: string) => string;
}

function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function planFacts(data: ReportData): PlanFacts {
  const { plan, gaps } = data;
  const objectives = new Map(plan.objectives.map((o) => [o.id, o]));
  const goals = new Map(plan.goals.map((g) => [g.id, g]));
  const tactics = new Map(plan.tactics.map((t) => [t.id, t]));
  const tacticsOfGoal = group(
    plan.tactics.flatMap((t) => t.supports.map((s) => [s.goalId, t] as const)),
    ([goalId]) => goalId,
  );
  const goalsOfObjective = group(
    plan.goals.flatMap((g) => g.supports.map((s) => [s.objectiveId, g] as const)),
    ([objectiveId]) => objectiveId,
  );
  const gapOf = new Map<string, 'orphan' | 'uncovered' | 'unexecuted'>();
  for (const id of gaps.uncoveredObjectives) gapOf.set(id, 'uncovered');
  for (const id of gaps.unexecutedObjectives) gapOf.set(id, 'unexecuted');
  for (const id of [...gaps.orphanedGoals, ...gaps.orphanedTactics]) gapOf.set(id, 'orphan');
  const codeOf = (id: string) => objectives.get(id)?.code ?? goals.get(id)?.code ?? tactics.get(id)?.code ?? id;
  return {
    data,
    departments: new Map(plan.departments.map((d) => [d.id, d])),
    objectives,
    goals,
    tactics,
    goalsOf: group(plan.goals, (g) => g.departmentId),
    tacticsOf: group(plan.tactics, (t) => t.departmentId),
    tacticsOfGoal: new Map([...tacticsOfGoal].map(([k, pairs]) => [k, pairs.map(([, t]) => t)])),
    goalsOfObjective: new Map([...goalsOfObjective].map(([k, pairs]) => [k, pairs.map(([, g]) => g)])),
    gapOf,
    codeOf,
    findingSubject: (f) =>
      f.itemKind === 'plan' ? t('rpt.findingPlan') : f.itemKind === 'owner' ? f.id : codeOf(f.id),
  };
}

/** Codes in reading order: `CS-2` before `CS-10`. */
export const byCode = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' }).compare;
