import type { PlanDocument } from '../../../contract/plan-format.ts';
import { formatPeriod } from '../domain/format.ts';
import { openNoteCounts } from '../domain/notes.ts';
import { departmentSlots } from './department-palette.ts';
import type { CardContext } from './NodeCard.tsx';
import type { GapCounts } from './tree-model.ts';

/** What the cards show beyond their items, looked up once per plan (the live tree and the exported picture). */
export function cardContext(plan: PlanDocument, counts: GapCounts): CardContext {
  const names = new Map(plan.departments.map((d) => [d.id, d.name]));
  const slots = departmentSlots(plan);
  const horizons = new Map(plan.objectives.map((o) => [o.id, o.horizon]));
  const notes = openNoteCounts(plan.notes);
  const kicker = ['PLAN', plan.plan.organisation, formatPeriod(plan.plan)].filter(Boolean).join(' · ');
  return {
    departmentName: (id) => (id ? (names.get(id) ?? null) : null),
    departmentSlot: (id) => (id ? (slots.get(id) ?? null) : null),
    horizon: (id) => horizons.get(id) ?? null,
    plan: { kicker, vision: plan.plan.vision ?? '' },
    unalignedCount: counts.orphanedGoals + counts.orphanedTactics,
    openNotes: (id) => notes.get(id) ?? 0,
  };
}
