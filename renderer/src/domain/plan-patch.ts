import type { ApiResults, DeleteEffect, LinkKind, OperationInput, OperationName } from '../../../contract/api.ts';
import { META_OPERATION_NAMES, OPERATION_META, type MetaPatchableOperation } from '../../../contract/operation-meta.ts';
import type { PlanDocument, Strength } from '../../../contract/plan-format.ts';

/** The operations whose result is enough to update the plan in place, without reloading it (OPERATION_META). */
export type PatchableOperation = MetaPatchableOperation;

const PATCHABLE: ReadonlySet<OperationName> = new Set(
  META_OPERATION_NAMES.filter((name) => OPERATION_META[name].patchable),
);

export const isPatchable = (operation: OperationName): operation is PatchableOperation => PATCHABLE.has(operation);

interface Identified {
  id: string;
}

/** Inserts where the server did: after `afterId`, first for null, last when omitted. */
function insert<T extends Identified>(list: readonly T[], item: T, afterId: string | null | undefined): T[] {
  const next = list.filter((x) => x.id !== item.id);
  if (afterId === undefined) return [...next, item];
  if (afterId === null) return [item, ...next];
  const at = next.findIndex((x) => x.id === afterId);
  if (at < 0) return [...next, item];
  next.splice(at + 1, 0, item);
  return next;
}

function replace<T extends Identified>(list: readonly T[], item: T): T[] {
  const at = list.findIndex((x) => x.id === item.id);
  if (at < 0) return [...list, item];
  const next = list.slice();
  next[at] = item;
  return next;
}

function reorder<T extends Identified>(list: readonly T[], ids: readonly string[]): T[] {
  const byId = new Map(list.map((x) => [x.id, x]));
  const ordered = ids.flatMap((id) => {
    const x = byId.get(id);
    return x ? [x] : [];
  });
  return ordered.length === list.length ? ordered : list.slice();
}

/** Where each kind of link lives: the supporter's list, and the key naming the supported item. */
const LINK_HOME = {
  'goal-objective': { list: 'goals', target: 'objectiveId' },
  'tactic-goal': { list: 'tactics', target: 'goalId' },
  'annual-breakthrough': { list: 'objectives', target: 'objectiveId' },
} as const satisfies Record<LinkKind, { list: 'objectives' | 'goals' | 'tactics'; target: string }>;

type Supporter = { id: string; supports: readonly Record<string, unknown>[] };

/** The plan with `edit` applied to the `supports` of the items listed in `fromIds` (in the kind's list). */
function editSupports(
  plan: PlanDocument,
  kind: LinkKind,
  fromIds: ReadonlySet<string>,
  edit: (supports: readonly Record<string, unknown>[], from: Supporter) => Record<string, unknown>[],
): PlanDocument {
  const { list } = LINK_HOME[kind];
  const items = plan[list] as readonly Supporter[];
  if (!items.some((x) => fromIds.has(x.id))) return plan;
  return { ...plan, [list]: items.map((x) => (fromIds.has(x.id) ? { ...x, supports: edit(x.supports, x) } : x)) };
}

function setLinkIn(plan: PlanDocument, kind: LinkKind, fromId: string, toId: string, strength: Strength) {
  const { target } = LINK_HOME[kind];
  return editSupports(plan, kind, new Set([fromId]), (supports) =>
    supports.some((s) => s[target] === toId)
      ? supports.map((s) => (s[target] === toId ? { ...s, strength } : s))
      : [...supports, { [target]: toId, strength }],
  );
}

function removeLinksIn(plan: PlanDocument, kind: LinkKind, links: readonly { fromId: string; toId: string }[]) {
  if (links.length === 0) return plan;
  const { target } = LINK_HOME[kind];
  const gone = new Set(links.map((l) => `${l.fromId}\n${l.toId}`));
  return editSupports(plan, kind, new Set(links.map((l) => l.fromId)), (supports, from) =>
    supports.filter((s) => !gone.has(`${from.id}\n${String(s[target])}`)),
  );
}

/** Removes the deleted items, every link the delete took with it, and the notes and review entries about them. */
function applyDelete(plan: PlanDocument, effect: DeleteEffect): PlanDocument {
  const gone = new Set([effect.id, ...effect.goals, ...effect.tactics]);
  let next: PlanDocument = {
    ...plan,
    departments: effect.kind === 'department' ? plan.departments.filter((d) => d.id !== effect.id) : plan.departments,
    objectives: effect.kind === 'objective' ? plan.objectives.filter((o) => o.id !== effect.id) : plan.objectives,
    goals: plan.goals.some((g) => gone.has(g.id)) ? plan.goals.filter((g) => !gone.has(g.id)) : plan.goals,
    tactics: plan.tactics.some((t) => gone.has(t.id)) ? plan.tactics.filter((t) => !gone.has(t.id)) : plan.tactics,
    notes: plan.notes.some((n) => gone.has(n.itemId)) ? plan.notes.filter((n) => !gone.has(n.itemId)) : plan.notes,
    review: {
      months: plan.review.months.filter((m) => !gone.has(m.itemId)),
      countermeasures: plan.review.countermeasures.filter((c) => !gone.has(c.itemId)),
      tacticUpdates: plan.review.tacticUpdates.filter((u) => !gone.has(u.tacticId)),
    },
  };
  for (const kind of Object.keys(LINK_HOME) as LinkKind[]) {
    next = removeLinksIn(
      next,
      kind,
      effect.links.filter((l) => l.kind === kind && !gone.has(l.fromId)),
    );
  }
  return next;
}

/**
 * The plan after an operation the server has just applied, computed from the operation's input and result so the
 * screen changes at once; the caller reconciles with a fresh load later. Lists that did not change keep their
 * identity, so views memoised on them do not recompute.
 */
export function applyChange<K extends PatchableOperation>(
  plan: PlanDocument,
  operation: K,
  input: OperationInput<K>,
  result: ApiResults[K],
): PlanDocument {
  // Each branch narrows by operation name; TypeScript cannot correlate K across input and result, hence the casts.
  const r = result as ApiResults[PatchableOperation];
  const afterId = (input as { afterId?: string | null }).afterId;
  switch (operation) {
    case 'updatePlan':
      return { ...plan, plan: r as ApiResults['updatePlan'] };
    case 'createDepartment':
      return { ...plan, departments: insert(plan.departments, r as ApiResults['createDepartment'], afterId) };
    case 'updateDepartment':
      return { ...plan, departments: replace(plan.departments, r as ApiResults['updateDepartment']) };
    case 'reorderDepartments':
      return { ...plan, departments: reorder(plan.departments, r as string[]) };
    case 'createObjective':
      return { ...plan, objectives: insert(plan.objectives, r as ApiResults['createObjective'], afterId) };
    case 'updateObjective': {
      const o = r as ApiResults['updateObjective'];
      const before = plan.objectives.find((x) => x.id === o.id);
      let objectives = replace(plan.objectives, o);
      // A new horizon drops the annual -> breakthrough links on both sides of the objective.
      if (before && before.horizon !== o.horizon) {
        objectives = objectives.map((x) =>
          x.supports.some((s) => s.objectiveId === o.id)
            ? { ...x, supports: x.supports.filter((s) => s.objectiveId !== o.id) }
            : x,
        );
      }
      return { ...plan, objectives };
    }
    case 'reorderObjectives':
      return { ...plan, objectives: reorder(plan.objectives, r as string[]) };
    case 'createGoal':
      return { ...plan, goals: insert(plan.goals, r as ApiResults['createGoal'], afterId) };
    case 'updateGoal':
      return { ...plan, goals: replace(plan.goals, r as ApiResults['updateGoal']) };
    case 'reorderGoals':
      return { ...plan, goals: reorder(plan.goals, r as string[]) };
    case 'createTactic':
      return { ...plan, tactics: insert(plan.tactics, r as ApiResults['createTactic'], afterId) };
    case 'createInNewDepartment': {
      const made = r as ApiResults['createInNewDepartment'];
      const departments = insert(plan.departments, made.department, undefined);
      const itemAfter = (input as OperationInput<'createInNewDepartment'>).item.afterId;
      return made.kind === 'goal'
        ? { ...plan, departments, goals: insert(plan.goals, made.item, itemAfter) }
        : { ...plan, departments, tactics: insert(plan.tactics, made.item, itemAfter) };
    }
    case 'updateTactic':
      return { ...plan, tactics: replace(plan.tactics, r as ApiResults['updateTactic']) };
    case 'reorderTactics':
      return { ...plan, tactics: reorder(plan.tactics, r as string[]) };
    case 'deleteDepartment':
    case 'deleteObjective':
    case 'deleteGoal':
    case 'deleteTactic':
      return applyDelete(plan, r as DeleteEffect);
    case 'setLink': {
      const link = r as ApiResults['setLink'];
      return setLinkIn(plan, link.kind, link.fromId, link.toId, link.strength);
    }
    case 'removeLink': {
      const { kind, fromId, toId } = input as OperationInput<'removeLink'>;
      if (!(r as ApiResults['removeLink']).removed) return plan;
      return removeLinksIn(plan, kind, [{ fromId, toId }]);
    }
  }
  return plan;
}
