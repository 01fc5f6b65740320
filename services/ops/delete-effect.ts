/**
 * What deleting an item takes with it (previewDelete, and the result of every delete), linear in the links the
 * item has (bench/delete-preview.ts measures it from 2,000 to 200,000 tactics).
 */
import type { DeleteEffect } from '../../contract/api.ts';
import type { Strength } from '../../contract/plan-format.ts';
import type { PlanStore } from '../../db/plan-store.ts';
import { mustFind } from './support.ts';

export function deleteEffect(store: PlanStore, kind: DeleteEffect['kind'], id: string): DeleteEffect {
  let goals: string[] = [];
  let tactics: string[] = [];
  const links: DeleteEffect['links'] = [];
  const goalLink = (l: { goalId: string; objectiveId: string; strength: Strength }) =>
    links.push({ kind: 'goal-objective', fromId: l.goalId, toId: l.objectiveId, strength: l.strength });
  const tacticLink = (l: { tacticId: string; goalId: string; strength: Strength }) =>
    links.push({ kind: 'tactic-goal', fromId: l.tacticId, toId: l.goalId, strength: l.strength });
  let label: string;
  // Goals that stop carrying any objective because of this delete (deleted or newly orphaned).
  let goalsLost = new Set<string>();
  let newlyOrphanedGoals: string[] = [];
  if (kind === 'department') {
    const d = mustFind(store.getDepartment(id), 'department', id);
    label = `department '${d.name}'`;
    goals = store.goalIdsOfDepartment(id);
    tactics = store.tacticIdsOfDepartment(id);
    const { up, down } = store.linksOfGoals(goals);
    up.forEach(goalLink);
    const deletedGoals = new Set(goals);
    down.forEach(tacticLink);
    // Links from this department's tactics to other departments' goals go too.
    store
      .linksOfTactics(tactics)
      .filter((l) => !deletedGoals.has(l.goalId))
      .forEach(tacticLink);
    // Only goals that carried an objective can orphan a tactic: one under a goal that carried none already was.
    goalsLost = new Set(up.map((l) => l.goalId));
  } else if (kind === 'objective') {
    const o = mustFind(store.getObjective(id), 'objective', id);
    label = `objective ${o.code} '${o.title}'`;
    const incoming = store.linksToObjectives([id]);
    incoming.forEach(goalLink);
    for (const l of store.objectiveLinksOf([id])) {
      links.push({ kind: 'annual-breakthrough', fromId: l.annualId, toId: l.breakthroughId, strength: l.strength });
    }
    const counts = store.countUpLinks(
      'goal',
      incoming.map((l) => l.goalId),
    );
    newlyOrphanedGoals = incoming.filter((l) => counts.get(l.goalId) === 1).map((l) => l.goalId);
    goalsLost = new Set(newlyOrphanedGoals);
  } else if (kind === 'goal') {
    const g = mustFind(store.getGoal(id), 'goal', id);
    label = `goal ${g.code} '${g.title}'`;
    const { up, down } = store.linksOfGoals([id]);
    up.forEach(goalLink);
    down.forEach(tacticLink);
    if (up.length > 0) goalsLost = new Set([id]);
  } else {
    const t = mustFind(store.getTactic(id), 'tactic', id);
    label = `tactic ${t.code} '${t.title}'`;
    store.linksOfTactics([id]).forEach(tacticLink);
  }
  const deletedTactics = new Set(kind === 'tactic' ? [id] : tactics);
  const newlyOrphanedTactics = tacticsOrphanedBy(store, goalsLost, deletedTactics);
  const newlyOrphaned = [...newlyOrphanedGoals, ...newlyOrphanedTactics];
  const parts: string[] = [];
  if (goals.length) parts.push(plural(goals.length, 'goal'));
  if (tactics.length) parts.push(plural(tactics.length, 'tactic'));
  if (links.length) parts.push(plural(links.length, 'link'));
  let summary = `Deleting ${label}` + (parts.length ? ` also deletes ${joinList(parts)}` : ' deletes nothing else');
  summary += newlyOrphaned.length ? `; ${plural(newlyOrphaned.length, 'item')} will then trace to no objective.` : '.';
  return { kind, id, goals, tactics, links, newlyOrphaned, summary };
}

/**
 * Tactics that traced to an objective only through goals in `goalsLost` (deleted, or about to support no
 * objective), excluding tactics being deleted themselves. Set-based in SQL (the store's one statement): linear in
 * the links involved, with no row of them brought into JavaScript (an objective's preview once filtered every
 * link per candidate: 13 s at 200,000 tactics).
 */
function tacticsOrphanedBy(store: PlanStore, goalsLost: Set<string>, deletedTactics: Set<string>): string[] {
  return store.tacticsOrphanedByLosing([...goalsLost], [...deletedTactics]);
}

function plural(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function joinList(parts: string[]): string {
  return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
