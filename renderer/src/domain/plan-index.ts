import type { Department, Goal, Objective, PlanDocument, Strength, Tactic } from '../../../contract/plan-format.ts';

/** A link as the outline lists it: the supporter's id and the link's strength. */
export interface LinkRef {
  id: string;
  strength: Strength;
}

/**
 * The cascade's shape: which goals support which objective and which tactics which goal, in sort order. It changes
 * only when an item is added, removed, reordered or relinked, not when a title or a status changes, so everything
 * derived from it (the outline's rows) survives ordinary edits. Compare shapes by identity.
 */
export interface PlanShape {
  objectiveIds: readonly string[];
  goalsOf: ReadonlyMap<string, readonly LinkRef[]>;
  tacticsOf: ReadonlyMap<string, readonly LinkRef[]>;
}

/** Lookups every view needs. Plans are replaced, never mutated, so each part is cached by the list it comes from. */
export interface PlanIndex {
  objectives: ReadonlyMap<string, Objective>;
  goals: ReadonlyMap<string, Goal>;
  tactics: ReadonlyMap<string, Tactic>;
  departments: ReadonlyMap<string, Department>;
  shape: PlanShape;
}

const NONE: readonly LinkRef[] = [];
const maps = new WeakMap<readonly { id: string }[], ReadonlyMap<string, unknown>>();
const indexes = new WeakMap<PlanDocument, PlanIndex>();
let lastShape: {
  objectives: readonly Objective[];
  goals: readonly Goal[];
  tactics: readonly Tactic[];
  shape: PlanShape;
} | null = null;

function byId<T extends { id: string }>(list: readonly T[]): ReadonlyMap<string, T> {
  let map = maps.get(list) as ReadonlyMap<string, T> | undefined;
  if (!map) {
    map = new Map(list.map((x) => [x.id, x]));
    maps.set(list, map);
  }
  return map;
}

function sameIds(a: readonly { id: string }[], b: readonly { id: string }[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i]!.id !== b[i]!.id) return false;
  return true;
}

function sameLinks<T extends { id: string; supports: readonly { strength: Strength }[] }>(
  a: readonly T[],
  b: readonly T[],
  target: (s: T['supports'][number]) => string,
): boolean {
  if (a === b) return true;
  if (!sameIds(a, b)) return false;
  for (let i = 0; i < a.length; i++) {
    const sa = a[i]!.supports;
    const sb = b[i]!.supports;
    if (sa === sb) continue;
    if (sa.length !== sb.length) return false;
    for (let j = 0; j < sa.length; j++) {
      if (target(sa[j]!) !== target(sb[j]!) || sa[j]!.strength !== sb[j]!.strength) return false;
    }
  }
  return true;
}

function buildShape(plan: PlanDocument): PlanShape {
  const goalsOf = new Map<string, LinkRef[]>();
  const tacticsOf = new Map<string, LinkRef[]>();
  for (const g of plan.goals) {
    for (const s of g.supports) {
      let list = goalsOf.get(s.objectiveId);
      if (!list) goalsOf.set(s.objectiveId, (list = []));
      list.push({ id: g.id, strength: s.strength });
    }
  }
  for (const t of plan.tactics) {
    for (const s of t.supports) {
      let list = tacticsOf.get(s.goalId);
      if (!list) tacticsOf.set(s.goalId, (list = []));
      list.push({ id: t.id, strength: s.strength });
    }
  }
  return { objectiveIds: plan.objectives.map((o) => o.id), goalsOf, tacticsOf };
}

/** The shape of this plan: the previous plan's shape object when nothing structural changed. */
function shapeOf(plan: PlanDocument): PlanShape {
  const last = lastShape;
  if (
    last &&
    sameIds(last.objectives, plan.objectives) &&
    sameLinks(last.goals, plan.goals, (s) => s.objectiveId) &&
    sameLinks(last.tactics, plan.tactics, (s) => s.goalId)
  ) {
    lastShape = { objectives: plan.objectives, goals: plan.goals, tactics: plan.tactics, shape: last.shape };
    return last.shape;
  }
  const shape = buildShape(plan);
  lastShape = { objectives: plan.objectives, goals: plan.goals, tactics: plan.tactics, shape };
  return shape;
}

export function indexPlan(plan: PlanDocument): PlanIndex {
  let index = indexes.get(plan);
  if (!index) {
    index = {
      objectives: byId(plan.objectives),
      goals: byId(plan.goals),
      tactics: byId(plan.tactics),
      departments: byId(plan.departments),
      shape: shapeOf(plan),
    };
    indexes.set(plan, index);
  }
  return index;
}

export const goalsOf = (index: PlanIndex, objectiveId: string): readonly LinkRef[] =>
  index.shape.goalsOf.get(objectiveId) ?? NONE;
export const tacticsOf = (index: PlanIndex, goalId: string): readonly LinkRef[] =>
  index.shape.tacticsOf.get(goalId) ?? NONE;
