/** The monthly review: KPI months (plan and actual), countermeasures, and tactic status updates. */
import type { Countermeasure, TacticUpdate } from '../../contract/plan-format.ts';
import { periodMonths, reviewRows } from '../../core/review.ts';
import type { PlanStore } from '../../db/plan-store.ts';
import type { DomainDeclarations } from './declaration.ts';
import { defined, freshId, invalid, notFound } from './support.ts';

/** Only an objective or goal with a KPI has months to enter. */
function kpiItem(store: PlanStore, id: string, path: string): void {
  const item = store.getObjective(id) ?? store.getGoal(id);
  if (!item) throw invalid(path, `no objective or goal has id "${id}"`);
  if (!item.kpi) throw invalid(path, `${item.code} has no KPI: give it one first`);
}

export const reviewOps = {
  getReview: {
    draft: 'open',
    run: ({ store, today }, input) => {
      const doc = store.loadDocument();
      return {
        months: periodMonths(
          doc.plan.periodStart,
          doc.plan.periodEnd,
          input?.today ?? today(),
          doc.plan.settings.fiscalYearStart,
        ),
        tolerance: doc.plan.settings.reviewTolerance,
        kpis: reviewRows(doc, input?.today ?? today()),
        countermeasures: doc.review.countermeasures,
        tacticUpdates: doc.review.tacticUpdates,
      };
    },
  },
  setKpiMonth: {
    draft: 'open',
    run: ({ store }, { itemId, month, plan, actual }) => {
      kpiItem(store, itemId, 'itemId');
      return store.setKpiMonth(itemId, month, { plan, actual });
    },
  },
  setKpiMonths: {
    draft: 'open',
    run: ({ store }, { values }) => {
      values.forEach((v, i) => kpiItem(store, v.itemId, `values[${i}].itemId`));
      for (const v of values) store.setKpiMonth(v.itemId, v.month, { plan: v.plan, actual: v.actual });
      return { set: values.length };
    },
  },
  addCountermeasure: {
    draft: 'open',
    run: (ctx, input) => {
      kpiItem(ctx.store, input.itemId, 'itemId');
      const c: Countermeasure = {
        id: freshId(ctx, input.id),
        itemId: input.itemId,
        month: input.month,
        rootCause: input.rootCause,
        action: input.action,
        owner: input.owner ?? null,
        due: input.due ?? null,
        status: input.status ?? 'open',
      };
      ctx.store.putCountermeasure(c);
      return c;
    },
  },
  updateCountermeasure: {
    draft: 'open',
    run: ({ store }, input) => {
      const current = store.getCountermeasure(input.id);
      if (!current) throw notFound('countermeasure', input.id);
      const c = { ...current, ...defined(input) };
      store.putCountermeasure(c);
      return c;
    },
  },
  deleteCountermeasure: { draft: 'open', run: ({ store }, { id }) => ({ removed: store.deleteCountermeasure(id) }) },
  /** A tactic's status reported in the review (also sets the tactic's status). */
  addTacticUpdate: {
    draft: 'open',
    run: ({ store, newId, today }, { tacticId, status, note, date }) => {
      const tactic = store.getTactic(tacticId);
      if (!tactic) throw invalid('tacticId', `no tactic has id "${tacticId}"`);
      const update: TacticUpdate = { id: newId(), tacticId, status, note: note ?? null, date: date ?? today() };
      store.insertTacticUpdate(update);
      store.updateTactic({ ...tactic, status });
      return update;
    },
  },
} satisfies DomainDeclarations;
