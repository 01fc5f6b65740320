/**
 * convertItem: an item becomes the kind one level down or up, keeping its id, title, description and owner;
 * its supporters are re-linked to the new parent where the cascade allows it.
 */
import type { ApiResults, ParsedInput } from '../../contract/api.ts';
import type { Goal, Objective, Tactic } from '../../contract/plan-format.ts';
import { departmentPrefix, nextCode } from '../../core/codes.ts';
import type { PlanStore, SortedTable } from '../../db/plan-store.ts';
import { department, insertPosition, invalid, kindOf } from './support.ts';

export function convertItem(store: PlanStore, input: ParsedInput<'convertItem'>): ApiResults['convertItem'] {
  const { id, to } = input;
  const current = kindOf(store, id);
  const allowed: Record<string, string[]> = { objective: ['goal'], goal: ['tactic', 'objective'], tactic: ['goal'] };
  if (!allowed[current.kind]!.includes(to)) {
    throw invalid(
      'to',
      `a${current.kind === 'objective' ? 'n' : ''} ${current.kind} can become ${allowed[current.kind]!.join(' or ')}, one level at a time, not ${to === 'objective' ? 'an' : 'a'} ${to}`,
    );
  }
  const strength = input.strength ?? 'strong';
  const parentId = input.parentId ?? null;
  if (to === 'objective' && parentId !== null) throw invalid('parentId', 'an objective supports nothing above it');
  if (to === 'goal' && (parentId === null || !store.getObjective(parentId))) {
    throw invalid(
      'parentId',
      parentId === null ? 'a goal must support an objective: give its id' : `no objective has id "${parentId}"`,
    );
  }
  if (to === 'tactic' && (parentId === null || parentId === id || !store.getGoal(parentId))) {
    throw invalid(
      'parentId',
      parentId === null ? 'a tactic must support a goal: give its id' : `no other goal has id "${parentId}"`,
    );
  }
  const departmentId = (): string => {
    if (input.departmentId !== undefined) return department(store, input.departmentId).id;
    if (current.kind !== 'objective') return current.item.departmentId;
    // An objective becomes a goal of the department responsible for it, when it names one.
    if (current.item.departmentId) return current.item.departmentId;
    const first = store.orderedIds('department')[0];
    if (!first) throw invalid('departmentId', 'the plan has no department yet: add one first');
    return first;
  };
  const { title, description, owner } = current.item;
  const relinked: string[] = [];
  const orphaned: string[] = [];
  const position = (table: SortedTable) => insertPosition(store, table, input.afterId);

  if (current.kind === 'objective') {
    // Goals that supported the objective now support its new parent objective instead.
    const supporters = store.linksToObjectives([id]);
    const d = departmentId();
    store.deleteRow('objective', id);
    for (const l of supporters) {
      store.setGoalLink(l.goalId, parentId!, l.strength);
      relinked.push(l.goalId);
    }
    const g: Goal = {
      id,
      code: nextCode(`${departmentPrefix(department(store, d).name)}-`, store.codes('goal')),
      departmentId: d,
      title,
      description,
      owner,
      kpi: current.item.kpi,
      supports: [{ objectiveId: parentId!, strength }],
      ...carriedFromOf(current.item),
    };
    store.insertGoal(g, position('goal'));
    return { kind: 'goal', item: store.getGoal(id)!, relinked, orphaned };
  }
  if (current.kind === 'tactic') {
    const d = departmentId();
    store.deleteRow('tactic', id);
    const g: Goal = {
      id,
      code: nextCode(`${departmentPrefix(department(store, d).name)}-`, store.codes('goal')),
      departmentId: d,
      title,
      description,
      owner,
      kpi: null,
      supports: [{ objectiveId: parentId!, strength }],
      ...carriedFromOf(current.item),
    };
    store.insertGoal(g, position('goal'));
    return { kind: 'goal', item: store.getGoal(id)!, relinked, orphaned };
  }
  // A goal: its tactics follow it down to the parent goal, or are left unaligned when it becomes an objective.
  const { down } = store.linksOfGoals([id]);
  if (to === 'tactic') {
    const d = departmentId();
    store.deleteRow('goal', id);
    for (const l of down) {
      store.setTacticLink(l.tacticId, parentId!, l.strength);
      relinked.push(l.tacticId);
    }
    const parent = store.getGoal(parentId!)!;
    const t: Tactic = {
      id,
      code: nextCode(`${parent.code}.`, store.codes('tactic')),
      departmentId: d,
      title,
      description,
      owner,
      due: null,
      status: 'not_started',
      tags: [],
      supports: [{ goalId: parentId!, strength }],
      ...carriedFromOf(current.item),
    };
    store.insertTactic(t, position('tactic'));
    return { kind: 'tactic', item: store.getTactic(id)!, relinked, orphaned };
  }
  store.deleteRow('goal', id);
  const remaining = store.countUpLinks(
    'tactic',
    down.map((l) => l.tacticId),
  );
  for (const l of down) if (!remaining.get(l.tacticId)) orphaned.push(l.tacticId);
  const o: Objective = {
    id,
    code: nextCode('O', store.codes('objective')),
    title,
    description,
    horizon: 'annual',
    owner,
    kpi: current.item.kpi,
    supports: [],
    // The goal's department becomes the one responsible for the objective (a weight belongs to its old level).
    departmentId: current.item.departmentId,
    ...carriedFromOf(current.item),
  };
  store.insertObjective(o, position('objective'));
  return { kind: 'objective', item: o, relinked, orphaned };
}

/** The converted item is the same item (its id is kept), so it keeps the item a rollover carried it from. */
function carriedFromOf(item: { carriedFrom?: string | null }): { carriedFrom?: string } {
  return item.carriedFrom ? { carriedFrom: item.carriedFrom } : {};
}
