/**
 * Actuals from a file: each row's KPI resolved against the plan (an objective's or goal's code, or its id), and
 * what loading it does (create: no actual yet for that month; update: another value; unchanged: the same value).
 * `importActuals` writes every value in the one transaction and undo step dispatch opens, and only when no row
 * has an error; loading the same file again finds every row unchanged and so writes nothing (and records no
 * undo step: a change that writes nothing leaves the history as it was).
 */
import { textMessage } from '../../contract/text.ts';
import type { ActualsReport, ActualsRow, ParsedInput } from '../../contract/api.ts';
import type { Goal, Objective, PlanDocument } from '../../contract/plan-format.ts';
import { readActuals } from '../../core/import/actuals.ts';
import { periodMonths } from '../../core/review.ts';
import type { PlanStore } from '../../db/plan-store.ts';
import type { DomainDeclarations } from './declaration.ts';

type ActualsInput = ParsedInput<'importActuals'>;

interface Planned {
  itemId: string;
  month: string;
  actual: number;
}

/** The report, and the values to write when it has no error. */
export function planActuals(
  store: PlanStore,
  input: ActualsInput,
  today: string,
): { report: ActualsReport; writes: Planned[] } {
  const { records } = readActuals(input.tables, input.source);
  const doc = store.loadDocument();
  const lookup = itemLookup(doc);
  const period =
    doc.plan.periodStart && doc.plan.periodEnd ? periodMonths(doc.plan.periodStart, doc.plan.periodEnd, today) : null;
  const recorded = new Map(doc.review.months.map((m) => [`${m.itemId}/${m.month}`, m.actual]));
  const firstRow = new Map<string, string>();
  const rows: ActualsRow[] = [];
  const writes: Planned[] = [];
  for (const record of records) {
    const where = `${record.sheet}, row ${record.row}`;
    const month = record.month.ok ? record.month.value : null;
    const value = record.value.ok ? record.value.value : null;
    const base = { sheet: record.sheet, row: record.row, code: record.kpi || null, month, value };
    const error = (problem: string) => rows.push({ ...base, action: 'error', message: `${where}: ${problem}` });
    if (record.kpi === '') {
      error('no KPI given (write the code of the objective or goal it measures)');
      continue;
    }
    const found = lookup(record.kpi);
    if (typeof found === 'string') {
      error(found);
      continue;
    }
    const { item } = found;
    base.code = item.code;
    if (!record.month.ok) {
      error(`month ${record.month.problem}`);
      continue;
    }
    if (month === null) {
      error(`no month given for ${item.code} (write it YYYY-MM)`);
      continue;
    }
    if (period && !period.includes(month)) {
      error(`month ${month} is outside the plan's period (${period[0]} to ${period[period.length - 1]})`);
      continue;
    }
    if (!record.value.ok) {
      error(`value ${record.value.problem}`);
      continue;
    }
    const key = `${item.id}/${month}`;
    const earlier = firstRow.get(key);
    if (earlier !== undefined) {
      error(`${item.code} for ${month} is given again (already in ${earlier})`);
      continue;
    }
    firstRow.set(key, `row ${record.row}`);
    const current = recorded.get(key) ?? null;
    if (value === null) {
      rows.push({
        ...base,
        action: 'unchanged',
        message: `${where}: no value given for ${item.code} in ${month}, nothing recorded`,
      });
    } else if (current === value) {
      rows.push({
        ...base,
        action: 'unchanged',
        message: `${where}: the actual of ${item.code} for ${month} is already ${value}`,
      });
    } else {
      writes.push({ itemId: item.id, month, actual: value });
      rows.push(
        current === null
          ? {
              ...base,
              action: 'create',
              message: `${where}: records ${value} as the actual of ${item.code} for ${month}`,
            }
          : {
              ...base,
              action: 'update',
              message: `${where}: changes the actual of ${item.code} for ${month} from ${current} to ${value}`,
            },
      );
    }
  }
  const count = (action: ActualsRow['action']) => rows.filter((r) => r.action === action).length;
  const summary = {
    create: count('create'),
    update: count('update'),
    unchanged: count('unchanged'),
    error: count('error'),
  };
  return { report: { rows, summary, written: false }, writes };
}

type Lookup = (text: string) => { item: Objective | Goal } | string;

/** KPI cell -> its objective or goal: by code (exactly, else in any case when only one item matches), or by id. */
function itemLookup(doc: PlanDocument): Lookup {
  const items: (Objective | Goal)[] = [...doc.objectives, ...doc.goals];
  const byCode = new Map(items.map((i) => [i.code, i]));
  const byId = new Map(items.map((i) => [i.id, i]));
  const byLowerCode = new Map<string, (Objective | Goal)[]>();
  for (const i of items) byLowerCode.set(i.code.toLowerCase(), [...(byLowerCode.get(i.code.toLowerCase()) ?? []), i]);
  const tactics = new Map(doc.tactics.flatMap((t) => [[t.code.toLowerCase(), t] as const, [t.id, t] as const]));
  return (text) => {
    const loose = byLowerCode.get(text.toLowerCase());
    const item = byCode.get(text) ?? byId.get(text) ?? (loose?.length === 1 ? loose[0] : undefined);
    if (item) {
      return item.kpi ? { item } : `${item.code} has no KPI: give it one before recording its actuals`;
    }
    const tactic = tactics.get(text) ?? tactics.get(text.toLowerCase());
    if (tactic) return `${tactic.code} is a tactic: only objectives and goals have KPIs`;
    return `no item has the code ${text}`;
  };
}

function run(store: PlanStore, input: ActualsInput, today: string, write: boolean): ActualsReport {
  const { report, writes } = planActuals(store, input, today);
  if (!write || report.summary.error > 0) return report;
  store.setKpiActuals(writes);
  return { ...report, written: writes.length > 0 };
}

export const actualsOps = {
  previewActuals: { draft: 'open', run: ({ store, today }, input) => run(store, input, today(), false) },
  importActuals: {
    draft: 'open',
    run: ({ store, today }, input) => run(store, input, today(), true),
    describeBefore: (_ctx, input) => ({
      text: `Load actuals from ${input.source}`,
      message: textMessage('undo.importActuals', { source: input.source }),
    }),
  },
} satisfies DomainDeclarations;
