/**
 * Next year's plan from this year's: a pure function from the old plan document to the new one and its report.
 *
 * What is carried (`carry`):
 * - breakthrough objectives: always (they span several years);
 * - `all`: every annual objective, goal and tactic;
 * - `none`: none of them;
 * - `unfinished` (the default): what is not finished, plus what it needs to keep its links meaningful:
 *   - a tactic is finished when its status is `done`;
 *   - a goal or annual objective with a KPI target and a recorded actual is finished when its last actual reaches
 *     the target in the KPI's direction; without them, a goal is finished when it has tactics and all are done,
 *     an annual objective when it has goals and all are finished (an item with no work under it and no measured
 *     result is not known to be finished, so it is carried);
 *   - a carried tactic carries the goals it supports, and a carried goal the annual objectives it supports, so
 *     no unfinished work loses the objective it serves (the report says which item needed it).
 * Departments are all kept, with their ids. Links are kept where both ends are carried, with their strength and
 * order. Each carried item gets a new id and records the old one as `carriedFrom`; codes, titles, owners, KPIs,
 * statuses and tags are copied. Each KPI's baseline becomes the last recorded actual of the old KPI (else the old
 * baseline stays). A tactic due before the new period starts has its due date cleared (a date in the past would
 * make every carried tactic overdue). Actuals, hand-set plan values, countermeasures, tactic updates and catchball
 * notes are not carried: a new period starts with an empty review and no notes. The report says all of this.
 */
import { resolvedTarget, roundForKpi } from '../contract/kpi-values.ts';
import { HoshinError } from '../contract/errors.ts';
import type { Goal, Kpi, Objective, PlanDocument, Tactic } from '../contract/plan-format.ts';
import type { TextMessage } from '../contract/text.ts';
import type { CarryMode, RolloverChange, RolloverItem, RolloverLevel, RolloverReport } from '../contract/rollover.ts';
import { fiscalYear } from './review.ts';

export interface RolloverOptions {
  /** The new period's year, written YYYY. */
  period: string;
  carry: CarryMode;
  newId: () => string;
  /** For the report: the old and new files' names. */
  fromFile: string;
  toFile: string;
}

export interface RolloverResult {
  document: PlanDocument;
  report: RolloverReport;
}

/**
 * The first and last day of the new period: the old period's dates moved to `year` (when unset, the fiscal year
 * starting in month `fiscalYearStart` of `year`: a calendar year for 1).
 */
export function nextPeriod(
  periodStart: string | null,
  periodEnd: string | null,
  period: string,
  fiscalYearStart = 1,
): { periodStart: string; periodEnd: string } {
  if (!/^\d{4}$/.test(period.trim())) {
    throw new HoshinError('invalid_input', `the new period must be a year written YYYY, such as 2028, not "${period}"`);
  }
  const year = Number(period.trim());
  const oldYear = periodStart ? Number(periodStart.slice(0, 4)) : periodEnd ? Number(periodEnd.slice(0, 4)) : null;
  if (oldYear !== null && year <= oldYear) {
    throw new HoshinError(
      'invalid_input',
      `the year ${year} does not come after this plan's period (${describePeriod(periodStart, periodEnd)}): give a later year, such as ${oldYear + 1}`,
    );
  }
  if (!periodStart) {
    // Without dates, the new period is the fiscal year named by the year it starts in.
    const fy = fiscalYear(year, fiscalYearStart);
    return { periodStart: fy.start, periodEnd: fy.end };
  }
  const shift = year - Number(periodStart.slice(0, 4));
  const start = moveYears(periodStart, shift);
  // Without an end, the period is a year from its start.
  const end = periodEnd ? moveYears(periodEnd, shift) : dayBefore(moveYears(periodStart, shift + 1));
  return { periodStart: start, periodEnd: end };
}

function describePeriod(start: string | null, end: string | null): string {
  if (start && end) return `${start} to ${end}`;
  return start ? `from ${start}` : `to ${end}`;
}

/** The same month and day `years` later; 29 February becomes 28 February in a year that has none. */
function moveYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

const formatNumber = (n: number) => String(n);

export function rolloverDocument(old: PlanDocument, options: RolloverOptions): RolloverResult {
  if (old.draft) {
    throw new HoshinError(
      'invalid_input',
      `${options.fromFile} is a department draft: start next year's plan from the master plan instead`,
    );
  }
  const { periodStart, periodEnd } = nextPeriod(
    old.plan.periodStart,
    old.plan.periodEnd,
    options.period,
    old.plan.settings.fiscalYearStart,
  );
  const carry = options.carry;

  // The last recorded actual of each KPI (months sort as text).
  const lastActual = new Map<string, { month: string; actual: number }>();
  for (const m of old.review.months) {
    if (m.actual === null) continue;
    const seen = lastActual.get(m.itemId);
    if (!seen || m.month > seen.month) lastActual.set(m.itemId, { month: m.month, actual: m.actual });
  }
  /**
   * Why an item is finished (a reason to leave it), or null when it is not: by its KPI when it has a target and an
   * actual to judge it by, else by the work under it (`workDone`, null when there is none).
   */
  /** The message of each reason to leave an item, by its English words. */
  const reasonTexts = new Map<string, TextMessage>([
    ['its tactics are all done', { key: 'rollover.left.tacticsDone', params: {} }],
    ['its goals are all finished', { key: 'rollover.left.goalsFinished', params: {} }],
    ['finished', { key: 'rollover.left.finished', params: {} }],
    ['done', { key: 'rollover.left.done', params: {} }],
    ['not carried: only breakthrough objectives are', { key: 'rollover.left.onlyBreakthroughs', params: {} }],
  ]);
  const finished = (id: string, kpi: Kpi | null, workDone: string | null): string | null => {
    const last = lastActual.get(id);
    // A relative target is judged by the value it resolves to from the baseline.
    const target = kpi ? resolvedTarget(kpi) : null;
    if (!kpi || target === null || !last) return workDone;
    const met = kpi.direction === 'increase' ? last.actual >= target : last.actual <= target;
    if (!met) return null;
    const reason = `KPI target met (${formatNumber(last.actual)} in ${last.month}, target ${formatNumber(roundForKpi(target, kpi))})`;
    reasonTexts.set(reason, {
      key: 'rollover.left.kpiMet',
      params: { actual: last.actual, month: last.month, target: roundForKpi(target, kpi) },
    });
    return reason;
  };

  const tacticsOfGoal = new Map<string, Tactic[]>();
  for (const t of old.tactics) for (const s of t.supports) push(tacticsOfGoal, s.goalId, t);
  const goalsOfObjective = new Map<string, Goal[]>();
  for (const g of old.goals) for (const s of g.supports) push(goalsOfObjective, s.objectiveId, g);

  // Why each item is finished (a reason to leave it), or null when it is not.
  const goalFinished = new Map<string, string | null>();
  for (const g of old.goals) {
    const tactics = tacticsOfGoal.get(g.id) ?? [];
    const allDone = tactics.length > 0 && tactics.every((t) => t.status === 'done');
    goalFinished.set(g.id, finished(g.id, g.kpi, allDone ? 'its tactics are all done' : null));
  }
  const objectiveFinished = new Map<string, string | null>();
  for (const o of old.objectives) {
    if (o.horizon !== 'annual') continue;
    const goals = goalsOfObjective.get(o.id) ?? [];
    const allDone = goals.length > 0 && goals.every((g) => goalFinished.get(g.id) !== null);
    objectiveFinished.set(o.id, finished(o.id, o.kpi, allDone ? 'its goals are all finished' : null));
  }

  // Which items are carried, and why.
  const carriedWhy = new Map<string, string>();
  for (const o of old.objectives) if (o.horizon === 'breakthrough') carriedWhy.set(o.id, 'breakthrough objective');
  if (carry === 'all') {
    for (const x of [...old.objectives, ...old.goals, ...old.tactics])
      if (!carriedWhy.has(x.id)) carriedWhy.set(x.id, 'all items carried');
  } else if (carry === 'unfinished') {
    const needs = new Map<string, string[]>();
    for (const t of old.tactics) {
      if (t.status === 'done') continue;
      carriedWhy.set(t.id, `unfinished (${statusWords(t.status)})`);
      for (const s of t.supports) push(needs, s.goalId, t.code);
    }
    for (const g of old.goals) {
      const needed = needs.get(g.id);
      if (goalFinished.get(g.id) === null) carriedWhy.set(g.id, 'unfinished');
      else if (needed) carriedWhy.set(g.id, `needed by unfinished ${plural(needed, 'tactic')} ${codeList(needed)}`);
      else continue;
      for (const s of g.supports) push(needs, s.objectiveId, g.code);
    }
    for (const o of old.objectives) {
      if (o.horizon !== 'annual') continue;
      const needed = needs.get(o.id);
      if (objectiveFinished.get(o.id) === null) carriedWhy.set(o.id, 'unfinished');
      else if (needed) carriedWhy.set(o.id, `needed by carried ${plural(needed, 'goal')} ${codeList(needed)}`);
    }
  }

  const newIds = new Map<string, string>();
  for (const id of carriedWhy.keys()) newIds.set(id, options.newId());
  const carried: RolloverItem[] = [];
  const left: RolloverItem[] = [];
  const changed: RolloverChange[] = [];
  const report = (level: RolloverLevel, x: { id: string; code: string; title: string }, leftReason: string) => {
    const why = carriedWhy.get(x.id);
    if (why !== undefined)
      carried.push({ level, id: x.id, code: x.code, title: x.title, newId: newIds.get(x.id)!, reason: why });
    else {
      const reasonText = reasonTexts.get(leftReason);
      left.push({
        level,
        id: x.id,
        code: x.code,
        title: x.title,
        reason: leftReason,
        ...(reasonText ? { reasonText } : {}),
      });
    }
  };
  const leftReason = (finished: string | null | undefined) =>
    carry === 'none' ? 'not carried: only breakthrough objectives are' : (finished ?? 'finished');

  /** The KPI with its baseline set from the last actual, noting the change. */
  const nextKpi = (level: RolloverLevel, oldId: string, code: string, kpi: Kpi | null): Kpi | null => {
    const last = lastActual.get(oldId);
    if (!kpi || !last || last.actual === kpi.baseline) return kpi;
    changed.push({
      level,
      id: newIds.get(oldId)!,
      code,
      field: 'baseline',
      from: kpi.baseline,
      to: last.actual,
      message: `${code}: KPI baseline ${kpi.baseline === null ? 'unset' : formatNumber(kpi.baseline)} → ${formatNumber(last.actual)} (the actual of ${last.month})`,
      text: {
        key: kpi.baseline === null ? 'rollover.change.baselineSet' : 'rollover.change.baseline',
        params: { code, from: kpi.baseline ?? '', to: last.actual, month: last.month },
      },
    });
    return { ...kpi, baseline: last.actual };
  };

  const objectives: Objective[] = [];
  for (const o of old.objectives) {
    const level = o.horizon;
    report(level, o, leftReason(objectiveFinished.get(o.id)));
    const id = newIds.get(o.id);
    if (id === undefined) continue;
    objectives.push({
      ...o,
      id,
      kpi: nextKpi(level, o.id, o.code, o.kpi),
      supports: o.supports.flatMap((s) => {
        const to = newIds.get(s.objectiveId);
        return to ? [{ objectiveId: to, strength: s.strength }] : [];
      }),
      carriedFrom: o.id,
    });
  }
  const goals: Goal[] = [];
  for (const g of old.goals) {
    report('goal', g, leftReason(goalFinished.get(g.id)));
    const id = newIds.get(g.id);
    if (id === undefined) continue;
    goals.push({
      ...g,
      id,
      kpi: nextKpi('goal', g.id, g.code, g.kpi),
      supports: g.supports.flatMap((s) => {
        const to = newIds.get(s.objectiveId);
        return to ? [{ objectiveId: to, strength: s.strength }] : [];
      }),
      carriedFrom: g.id,
    });
  }
  const tactics: Tactic[] = [];
  for (const t of old.tactics) {
    report('tactic', t, carry === 'none' ? leftReason(null) : 'done');
    const id = newIds.get(t.id);
    if (id === undefined) continue;
    let due = t.due;
    if (due !== null && due < periodStart) {
      changed.push({
        level: 'tactic',
        id,
        code: t.code,
        field: 'due',
        from: due,
        to: null,
        message: `${t.code}: due date ${due} cleared (before the new period starts on ${periodStart}); set a new one`,
        text: { key: 'rollover.change.due', params: { code: t.code, due, startDate: periodStart } },
      });
      due = null;
    }
    tactics.push({
      ...t,
      id,
      due,
      supports: t.supports.flatMap((s) => {
        const to = newIds.get(s.goalId);
        return to ? [{ goalId: to, strength: s.strength }] : [];
      }),
      carriedFrom: t.id,
    });
  }

  const title = nextTitle(old.plan.title, old.plan.periodStart, old.plan.periodEnd, periodStart);
  const planId = options.newId();
  if (title !== old.plan.title) {
    changed.unshift({
      level: 'plan',
      id: 'plan',
      code: null,
      field: 'title',
      from: old.plan.title,
      to: title,
      message: `Title: '${old.plan.title}' → '${title}'`,
      text: { key: 'rollover.change.title', params: { from: old.plan.title, to: title } },
    });
  }
  changed.unshift({
    level: 'plan',
    id: 'plan',
    code: null,
    field: 'period',
    from: describePeriod(old.plan.periodStart, old.plan.periodEnd),
    to: describePeriod(periodStart, periodEnd),
    message: `Period: ${old.plan.periodStart || old.plan.periodEnd ? describePeriod(old.plan.periodStart, old.plan.periodEnd) : 'unset'} → ${describePeriod(periodStart, periodEnd)}`,
    text: {
      key: 'rollover.change.period',
      params: {
        was:
          old.plan.periodStart && old.plan.periodEnd
            ? 'both'
            : old.plan.periodStart
              ? 'start'
              : old.plan.periodEnd
                ? 'end'
                : 'unset',
        fromStartDate: old.plan.periodStart ?? '',
        fromEndDate: old.plan.periodEnd ?? '',
        startDate: periodStart,
        endDate: periodEnd,
      },
    },
  });

  const document: PlanDocument = {
    format: old.format,
    version: old.version,
    plan: { ...old.plan, id: planId, title, periodStart, periodEnd },
    departments: old.departments.map((d) => ({ ...d })),
    objectives,
    goals,
    tactics,
    notes: [],
    review: { months: [], countermeasures: [], tacticUpdates: [] },
    draft: null,
  };
  const count = (items: RolloverItem[]): Record<RolloverLevel, number> => {
    const c = { breakthrough: 0, annual: 0, goal: 0, tactic: 0 };
    for (const x of items) c[x.level] += 1;
    return c;
  };
  const links =
    objectives.reduce((n, o) => n + o.supports.length, 0) +
    goals.reduce((n, g) => n + g.supports.length, 0) +
    tactics.reduce((n, t) => n + t.supports.length, 0);
  return {
    document,
    report: {
      from: {
        file: options.fromFile,
        planId: old.plan.id,
        title: old.plan.title,
        periodStart: old.plan.periodStart,
        periodEnd: old.plan.periodEnd,
      },
      to: { file: options.toFile, planId, title, periodStart, periodEnd },
      carry,
      carried,
      left,
      changed,
      notCarried: {
        actuals: old.review.months.filter((m) => m.actual !== null).length,
        planValues: old.review.months.filter((m) => m.plan !== null).length,
        countermeasures: old.review.countermeasures.length,
        tacticUpdates: old.review.tacticUpdates.length,
        notes: old.notes.length,
      },
      summary: {
        carried: { ...count(carried), departments: old.departments.length, links },
        left: count(left),
        changed: changed.length,
        written: false,
      },
    },
  };
}

const STATUS_WORDS: Record<Tactic['status'], string> = {
  not_started: 'not started',
  on_track: 'on track',
  at_risk: 'at risk',
  off_track: 'off track',
  done: 'done',
};
const statusWords = (s: Tactic['status']) => STATUS_WORDS[s];
const plural = (xs: readonly unknown[], word: string) => (xs.length === 1 ? word : `${word}s`);
/** At most three codes, then how many more: a goal a hundred tactics need gets a readable reason. */
const codeList = (codes: readonly string[]) =>
  codes.length <= 3 ? codes.join(', ') : `${codes.slice(0, 3).join(', ')} and ${codes.length - 3} more`;
/** "1 goal", "3 goals" (every word counted here takes an s). */
const count = (n: number, word: string) => `${n} ${n === 1 ? word : `${word}s`}`;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The title with the old period's years moved on: every four-digit year of the old period standing alone (not
 * part of a longer number) moves by as many years as the period ("Plan 2027" → "Plan 2028", "FY2027-2028" →
 * "FY2028-2029"); a title without one is kept.
 */
export function nextTitle(title: string, oldStart: string | null, oldEnd: string | null, newStart: string): string {
  const from = oldStart ?? oldEnd;
  if (!from) return title;
  const first = Number(from.slice(0, 4));
  const last = oldEnd ? Number(oldEnd.slice(0, 4)) : first;
  const shift = Number(newStart.slice(0, 4)) - first;
  return title.replace(/(?<!\d)\d{4}(?!\d)/g, (y) => {
    const year = Number(y);
    return year >= first && year <= last ? String(year + shift) : y;
  });
}

/** A file name for the new plan: its title without the characters file systems refuse. */
export function suggestedFileName(title: string): string {
  // eslint-disable-next-line no-control-regex
  const name = title.replace(/[\u0000-\u001f\\/:*?"<>|]+/g, '-').replace(/^[\s.]+|[\s.]+$/g, '');
  return `${name.slice(0, 120) || 'Next year'}.hoshin`;
}

/** The report as plain text: what was carried, what was left and what changed, with counts. */
export function formatRolloverReport(r: RolloverReport): string {
  const levels: [RolloverLevel, string][] = [
    ['breakthrough', 'breakthrough objective'],
    ['annual', 'annual objective'],
    ['goal', 'goal'],
    ['tactic', 'tactic'],
  ];
  const total = (l: RolloverLevel) => r.summary.carried[l] + r.summary.left[l];
  const leftLevels = levels.filter(([l]) => r.summary.left[l] > 0);
  const lines = [
    `${r.summary.written ? 'Wrote' : 'Would write'} ${r.to.file}: '${r.to.title}' (${describePeriod(r.to.periodStart, r.to.periodEnd)}) from '${r.from.title}', carrying ${r.carry === 'unfinished' ? 'unfinished items' : r.carry === 'all' ? 'every item' : 'breakthrough objectives only'}.`,
    `Carried: ${levels.map(([l, w]) => `${r.summary.carried[l]} of ${count(total(l), w)}`).join(', ')}; ${count(r.summary.carried.departments, 'department')}; ${count(r.summary.carried.links, 'link')}.`,
    `Left: ${leftLevels.length > 0 ? leftLevels.map(([l, w]) => count(r.summary.left[l], w)).join(', ') : 'nothing'}.`,
    `Changed: ${r.summary.changed}.`,
  ];
  const item = (x: RolloverItem) => `  ${x.level.padEnd(12)} ${x.code} '${x.title}': ${x.reason}`;
  if (r.carried.length > 0) lines.push('', `Carried (${r.carried.length}):`, ...r.carried.map(item));
  if (r.left.length > 0) lines.push('', `Left (${r.left.length}):`, ...r.left.map(item));
  if (r.changed.length > 0) lines.push('', `Changed (${r.changed.length}):`, ...r.changed.map((c) => `  ${c.message}`));
  const n = r.notCarried;
  lines.push(
    '',
    `Not carried (a new period starts empty): ${count(n.actuals, 'actual')}, ${count(n.planValues, 'hand-set plan value')}, ` +
      `${count(n.countermeasures, 'countermeasure')}, ${count(n.tacticUpdates, 'tactic update')}, ${count(n.notes, 'catchball note')}.`,
  );
  return `${lines.join('\n')}\n`;
}
