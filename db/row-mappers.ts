/**
 * Rows of the plan tables to the contract's items and back (db/plan-store.ts reads and writes with these): a
 * KPI's five columns, a header's settings, an item's sort key and the plan it was carried from.
 */
import type { Department, Goal, Kpi, Note, Objective, PlanHeader, Tactic } from '../contract/plan-format.ts';
import { generateNKeysBetween } from 'fractional-indexing';
import type * as schema from './schema.ts';

export type KpiRow = {
  kpiName: string | null;
  kpiUnit: string | null;
  kpiBaseline: number | null;
  kpiTarget: number | null;
  kpiDirection: 'increase' | 'decrease' | null;
  kpiTargetKind: 'absolute' | 'relative' | null;
};

export function toNote(row: typeof schema.note.$inferSelect): Note {
  return {
    id: row.id,
    itemId: row.itemId,
    kind: row.kind,
    text: row.text,
    author: row.author,
    createdAt: row.createdAt,
    answer: row.answer,
    answeredBy: row.answeredBy,
    answeredAt: row.answeredAt,
    departmentId: row.departmentId,
  };
}
export function fromNote(n: Note, sortOrder: number): typeof schema.note.$inferInsert {
  return { ...n, sortOrder };
}

export function toKpi(row: KpiRow): Kpi | null {
  if (row.kpiName === null || row.kpiDirection === null) return null;
  return {
    name: row.kpiName,
    unit: row.kpiUnit,
    baseline: row.kpiBaseline,
    target: row.kpiTarget,
    direction: row.kpiDirection,
    // Only a relative target says so: an absolute one reads as it always did.
    ...(row.kpiTargetKind === 'relative' ? { targetKind: 'relative' as const } : {}),
  };
}
export function fromKpi(kpi: Kpi | null): KpiRow {
  return {
    kpiName: kpi?.name ?? null,
    kpiUnit: kpi?.unit ?? null,
    kpiBaseline: kpi?.baseline ?? null,
    kpiTarget: kpi?.target ?? null,
    kpiDirection: kpi?.direction ?? null,
    kpiTargetKind: kpi?.targetKind === 'relative' ? 'relative' : null,
  };
}

export function toHeader(row: typeof schema.plan.$inferSelect): PlanHeader {
  return {
    id: row.id,
    title: row.title,
    organisation: row.organisation,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    vision: row.vision,
    settings: {
      ownerLoadLimit: row.ownerLoadLimit,
      reviewTolerance: row.reviewTolerance,
      weekStart: row.weekStart,
      fiscalYearStart: row.fiscalYearStart,
    },
  };
}
export function fromHeader(h: PlanHeader): typeof schema.plan.$inferInsert {
  return {
    id: h.id,
    title: h.title,
    organisation: h.organisation,
    periodStart: h.periodStart,
    periodEnd: h.periodEnd,
    vision: h.vision,
    ownerLoadLimit: h.settings.ownerLoadLimit,
    reviewTolerance: h.settings.reviewTolerance,
    weekStart: h.settings.weekStart,
    fiscalYearStart: h.settings.fiscalYearStart,
  };
}
export function toDepartment(row: typeof schema.department.$inferSelect): Department {
  return { id: row.id, name: row.name, head: row.head };
}
export function fromDepartment(x: Department, sortKey: string): typeof schema.department.$inferInsert {
  return { id: x.id, name: x.name, head: x.head, sortKey };
}
export function toObjective(row: typeof schema.objective.$inferSelect, supports: Objective['supports']): Objective {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    description: row.description,
    horizon: row.horizon,
    owner: row.owner,
    kpi: toKpi(row),
    supports,
    ...carried(row.carriedFrom),
    ...(row.weight === null ? {} : { weight: row.weight }),
    ...(row.departmentId === null ? {} : { departmentId: row.departmentId }),
  };
}
export function fromObjective(x: Objective, sortKey: string): typeof schema.objective.$inferInsert {
  return {
    id: x.id,
    code: x.code,
    title: x.title,
    description: x.description,
    horizon: x.horizon,
    owner: x.owner,
    ...fromKpi(x.kpi),
    sortKey,
    carriedFrom: x.carriedFrom ?? null,
    weight: x.weight ?? null,
    departmentId: x.departmentId ?? null,
  };
}
export function toGoal(
  row: typeof schema.goal.$inferSelect,
  supports: Goal['supports'],
  supportingDepartmentIds: string[],
): Goal {
  return {
    id: row.id,
    code: row.code,
    departmentId: row.departmentId,
    title: row.title,
    description: row.description,
    owner: row.owner,
    kpi: toKpi(row),
    supports,
    ...carried(row.carriedFrom),
    ...(row.weight === null ? {} : { weight: row.weight }),
    ...(supportingDepartmentIds.length === 0 ? {} : { supportingDepartmentIds }),
  };
}
export function fromGoal(x: Goal, sortKey: string): typeof schema.goal.$inferInsert {
  return {
    id: x.id,
    departmentId: x.departmentId,
    code: x.code,
    title: x.title,
    description: x.description,
    owner: x.owner,
    ...fromKpi(x.kpi),
    sortKey,
    carriedFrom: x.carriedFrom ?? null,
    weight: x.weight ?? null,
  };
}
export function toTactic(row: typeof schema.tactic.$inferSelect, supports: Tactic['supports']): Tactic {
  return {
    id: row.id,
    code: row.code,
    departmentId: row.departmentId,
    title: row.title,
    description: row.description,
    owner: row.owner,
    due: row.due,
    status: row.status,
    tags: row.tags,
    supports,
    ...carried(row.carriedFrom),
  };
}
export function fromTactic(x: Tactic, sortKey: string): typeof schema.tactic.$inferInsert {
  return {
    id: x.id,
    departmentId: x.departmentId,
    code: x.code,
    title: x.title,
    description: x.description,
    owner: x.owner,
    due: x.due,
    status: x.status,
    tags: x.tags,
    sortKey,
    carriedFrom: x.carriedFrom ?? null,
  };
}

/** Each item with its sort key, in the document's order (array order is sort order). */
export function zipKeys<T>(items: readonly T[]): [T, string][] {
  const keys = generateNKeysBetween(null, null, items.length);
  return items.map((x, i) => [x, keys[i]!]);
}

/** `carriedFrom` only when set (contract/plan-format.ts): an item that was not carried reads as it always did. */
export function carried(carriedFrom: string | null): { carriedFrom?: string } {
  return carriedFrom === null ? {} : { carriedFrom };
}
