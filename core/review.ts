/**
 * The monthly review's arithmetic: the months of the plan's period, each KPI's plan line (interpolated from
 * baseline to target unless set by hand), and each month's status against plan and direction.
 */
import { resolvedTarget, roundForKpi } from '../contract/kpi-values.ts';
import type { Direction, Kpi, PlanDocument } from '../contract/plan-format.ts';

export type MonthStatus = 'green' | 'amber' | 'red';

/**
 * 'YYYY-MM' for every month from periodStart to periodEnd; without a start, the fiscal year holding `today`
 * (starting in month `fiscalYearStart`, 1 for a calendar year).
 */
export function periodMonths(
  periodStart: string | null,
  periodEnd: string | null,
  today: string,
  fiscalYearStart = 1,
): string[] {
  const start = (periodStart ?? fiscalYearOf(today, fiscalYearStart).start).slice(0, 7);
  if (!periodStart && !periodEnd) return monthsFrom(start, 12);
  const end = (periodEnd ?? `${start.slice(0, 4)}-12-31`).slice(0, 7);
  const months: string[] = [];
  let [year, month] = start.split('-').map(Number) as [number, number];
  // A period longer than ten years is not a Hoshin plan; stop rather than produce thousands of columns.
  while (months.length < 120) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    if (key > end) break;
    months.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** The fiscal year holding `day`: its first and last day, the year starting in month `startMonth`. */
export function fiscalYearOf(day: string, startMonth: number): { start: string; end: string } {
  const year = Number(day.slice(0, 4)) - (Number(day.slice(5, 7)) < startMonth ? 1 : 0);
  return fiscalYear(year, startMonth);
}

/** Fiscal year `year` (named by the calendar year it starts in), starting in month `startMonth`. */
export function fiscalYear(year: number, startMonth: number): { start: string; end: string } {
  const start = `${year}-${String(startMonth).padStart(2, '0')}-01`;
  const dayBeforeNext = new Date(Date.UTC(year + 1, startMonth - 1, 1) - 86_400_000);
  return { start, end: dayBeforeNext.toISOString().slice(0, 10) };
}

function monthsFrom(start: string, count: number): string[] {
  let [year, month] = start.split('-').map(Number) as [number, number];
  const months: string[] = [];
  for (let i = 0; i < count; i++) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return months;
}

/** Month i of n plans baseline + (target − baseline) × (i + 1) / n, exactly: what a month is judged against. */
function exactPlanLine(kpi: Kpi, months: readonly string[]): (number | null)[] {
  const target = resolvedTarget(kpi);
  if (kpi.baseline === null || target === null) return months.map(() => null);
  const baseline = kpi.baseline;
  return months.map((_, i) => baseline + ((target - baseline) * (i + 1)) / months.length);
}

/**
 * The plan line as shown: month i of n plans baseline + (target − baseline) × (i + 1) / n, the target (resolved,
 * for a relative one) due in the last month, each value rounded to the KPI's own precision (the decimals given in
 * its baseline and target, and in the values recorded for it), so a KPI written and measured in whole numbers
 * plans whole numbers and 0.005 → 0.003 plans thousandths. A month's status is judged against the exact line,
 * so rounding what is shown never turns a red month amber.
 */
export function interpolatePlan(
  kpi: Kpi,
  months: readonly string[],
  measured: readonly (number | null)[] = [],
): (number | null)[] {
  return exactPlanLine(kpi, months).map((v) => (v === null ? null : roundForKpi(v, kpi, measured)));
}

/**
 * Green: on plan or better in the KPI's direction. Amber: worse, but within `tolerancePercent` of the plan value
 * (of the baseline-to-target distance when the plan value is 0). Red: worse than that. Null: nothing to compare.
 */
export function monthStatus(
  plan: number | null,
  actual: number | null,
  direction: Direction,
  tolerancePercent: number,
  span = 0,
): MonthStatus | null {
  if (plan === null || actual === null) return null;
  const shortfall = direction === 'increase' ? plan - actual : actual - plan;
  if (shortfall <= 0) return 'green';
  const band = (tolerancePercent / 100) * (plan !== 0 ? Math.abs(plan) : Math.abs(span));
  return shortfall <= band + 1e-9 ? 'amber' : 'red';
}

export interface ReviewMonth {
  month: string;
  plan: number | null;
  /** Whether the plan value was set by hand or comes from the baseline-to-target line. */
  planSource: 'set' | 'interpolated';
  actual: number | null;
  status: MonthStatus | null;
  /** Countermeasures recorded for this month. */
  countermeasures: string[];
}

export interface KpiReview {
  itemId: string;
  itemKind: 'objective' | 'goal';
  code: string;
  title: string;
  owner: string | null;
  kpi: Kpi;
  months: ReviewMonth[];
}

export function reviewRows(doc: PlanDocument, today: string): KpiReview[] {
  const months = periodMonths(doc.plan.periodStart, doc.plan.periodEnd, today, doc.plan.settings.fiscalYearStart);
  const values = new Map(doc.review.months.map((m) => [`${m.itemId}/${m.month}`, m]));
  const measures = new Map<string, string[]>();
  for (const c of doc.review.countermeasures) {
    const key = `${c.itemId}/${c.month}`;
    measures.set(key, [...(measures.get(key) ?? []), c.id]);
  }
  const tolerance = doc.plan.settings.reviewTolerance;
  const items = [
    ...doc.objectives.map((o) => ({ item: o, itemKind: 'objective' as const })),
    ...doc.goals.map((g) => ({ item: g, itemKind: 'goal' as const })),
  ];
  return items.flatMap(({ item, itemKind }) => {
    const kpi = item.kpi;
    if (!kpi) return [];
    // The values recorded for it count for its precision (actuals measured in tenths plan tenths).
    const measured = months.flatMap((month) => {
      const set = values.get(`${item.id}/${month}`);
      return set ? [set.actual, set.plan] : [];
    });
    const line = interpolatePlan(kpi, months, measured);
    const exact = exactPlanLine(kpi, months);
    const target = resolvedTarget(kpi);
    const span = kpi.baseline !== null && target !== null ? target - kpi.baseline : 0;
    return [
      {
        itemId: item.id,
        itemKind,
        code: item.code,
        title: item.title,
        owner: item.owner,
        kpi,
        months: months.map((month, i) => {
          const set = values.get(`${item.id}/${month}`);
          const plan = set?.plan ?? line[i] ?? null;
          const judgedBy = set?.plan ?? exact[i] ?? null;
          const actual = set?.actual ?? null;
          return {
            month,
            plan,
            planSource: set?.plan !== undefined && set.plan !== null ? ('set' as const) : ('interpolated' as const),
            actual,
            status: monthStatus(judgedBy, actual, kpi.direction, tolerance, span),
            countermeasures: measures.get(`${item.id}/${month}`) ?? [],
          };
        }),
      },
    ];
  });
}
