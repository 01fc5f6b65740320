/**
 * Checks and steps shared by several domain modules. They enforce the rules a schema cannot see (references
 * exist, ids are unique plan-wide) and throw HoshinError('invalid_input') or ('not_found') naming the field.
 */
import { HoshinError } from '../../contract/errors.ts';
import type { Department, Goal, Objective, Tactic } from '../../contract/plan-format.ts';
import type { PlanStore, SortedTable } from '../../db/plan-store.ts';
import type { OpContext } from './context.ts';

export const invalid = (path: string, message: string) =>
  new HoshinError('invalid_input', `${path}: ${message}`, [{ path, message }]);

export const notFound = (kind: string, id: string) =>
  new HoshinError('not_found', `no ${kind} has id "${id}"`, [{ path: 'id', message: `no ${kind} has id "${id}"` }]);

export function mustFind<T>(value: T | undefined, kind: string, id: string): T {
  if (value === undefined) throw notFound(kind, id);
  return value;
}

/** A new item's id: the one given (if no item holds it yet) or a fresh one. */
export function freshId(ctx: OpContext, given: string | undefined): string {
  if (given === undefined) return ctx.newId();
  if (ctx.store.idTaken(given)) throw invalid('id', `"${given}" is already used by another item`);
  return given;
}

export function department(store: PlanStore, id: string, path = 'departmentId'): Department {
  const d = store.getDepartment(id);
  if (!d) throw invalid(path, `no department has id "${id}"`);
  return d;
}

export function checkObjectives(store: PlanStore, supports: readonly { objectiveId: string }[]): void {
  const seen = new Set<string>();
  supports.forEach((s, i) => {
    if (!store.getObjective(s.objectiveId))
      throw invalid(`supports[${i}].objectiveId`, `no objective has id "${s.objectiveId}"`);
    if (seen.has(s.objectiveId))
      throw invalid(`supports[${i}].objectiveId`, `objective "${s.objectiveId}" is listed twice`);
    seen.add(s.objectiveId);
  });
}

export function checkGoals(store: PlanStore, supports: readonly { goalId: string }[]): void {
  const seen = new Set<string>();
  supports.forEach((s, i) => {
    if (!store.getGoal(s.goalId)) throw invalid(`supports[${i}].goalId`, `no goal has id "${s.goalId}"`);
    if (seen.has(s.goalId)) throw invalid(`supports[${i}].goalId`, `goal "${s.goalId}" is listed twice`);
    seen.add(s.goalId);
  });
}

/** Sort key for a new row: after `afterId` (null: first), or at the end when omitted. Writes nothing. */
export function insertPosition(store: PlanStore, table: SortedTable, afterId: string | null | undefined): string {
  const key = store.sortKeyFor(table, afterId);
  if (key === undefined) throw invalid('afterId', `no ${table} has id "${afterId}"`);
  return key;
}

export function reorder(store: PlanStore, table: SortedTable, ids: readonly string[]): string[] {
  const all = store.sortKeys(table);
  const position = new Map(all.map((row, i) => [row.id, i]));
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (!position.has(id)) throw invalid(`ids[${i}]`, `no ${table} has id "${id}"`);
    if (seen.has(id)) throw invalid(`ids[${i}]`, `"${id}" is listed twice`);
    seen.add(id);
  });
  // The listed items trade places among the slots they already hold; everything else stays put, and only the
  // rows whose slot changed are written (each takes the key of its new slot).
  const slots = ids.map((id) => position.get(id)!).sort((a, b) => a - b);
  const next = all.map((row) => row.id);
  const moved: { id: string; key: string }[] = [];
  slots.forEach((slot, i) => {
    const id = ids[i]!;
    next[slot] = id;
    if (all[slot]!.id !== id) moved.push({ id, key: all[slot]!.key });
  });
  store.setSortKeys(table, moved);
  return next;
}

export type AnyItem =
  { kind: 'objective'; item: Objective } | { kind: 'goal'; item: Goal } | { kind: 'tactic'; item: Tactic };

export function kindOf(store: PlanStore, id: string): AnyItem {
  const o = store.getObjective(id);
  if (o) return { kind: 'objective', item: o };
  const g = store.getGoal(id);
  if (g) return { kind: 'goal', item: g };
  const t = store.getTactic(id);
  if (t) return { kind: 'tactic', item: t };
  throw new HoshinError('not_found', `no objective, goal or tactic has id "${id}"`, [
    { path: 'id', message: `no objective, goal or tactic has id "${id}"` },
  ]);
}

/** The keys of a patch that were given (undefined means "leave as is"; null means "clear"). */
export function defined<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<T>;
}
