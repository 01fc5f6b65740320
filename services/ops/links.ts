/** Links: goal -> objective, tactic -> goal, annual -> breakthrough objective (the X-matrix's corner). */
import type { LinkKind } from '../../contract/api.ts';
import type { PlanStore } from '../../db/plan-store.ts';
import type { DraftRules } from '../catchball.ts';
import type { DomainDeclarations } from './declaration.ts';
import { invalid } from './support.ts';

function linkEnds(store: PlanStore, kind: LinkKind, fromId: string, toId: string): void {
  if (kind === 'annual-breakthrough') {
    if (store.getObjective(fromId)?.horizon !== 'annual')
      throw invalid('fromId', `no annual objective has id "${fromId}"`);
    if (store.getObjective(toId)?.horizon !== 'breakthrough') {
      throw invalid('toId', `no breakthrough objective has id "${toId}"`);
    }
  } else if (kind === 'goal-objective') {
    if (!store.getGoal(fromId)) throw invalid('fromId', `no goal has id "${fromId}"`);
    if (!store.getObjective(toId)) throw invalid('toId', `no objective has id "${toId}"`);
  } else {
    if (!store.getTactic(fromId)) throw invalid('fromId', `no tactic has id "${fromId}"`);
    if (!store.getGoal(toId)) throw invalid('toId', `no goal has id "${toId}"`);
  }
}

/** In a draft, a link belongs to its supporting end: only the department's own goals and tactics may change. */
const supporterOwned = (rules: DraftRules, input: { kind: LinkKind; fromId: string }) =>
  input.kind === 'goal-objective' ? rules.ownGoal(input.fromId) : rules.ownTactic(input.fromId);

export const linkOps = {
  /** Creates the link, or changes its strength when it exists. */
  setLink: {
    draft: { check: supporterOwned },
    run: ({ store }, { kind, fromId, toId, strength }) => {
      linkEnds(store, kind, fromId, toId);
      if (kind === 'goal-objective') store.setGoalLink(fromId, toId, strength);
      else if (kind === 'tactic-goal') store.setTacticLink(fromId, toId, strength);
      else store.setObjectiveLink(fromId, toId, strength);
      return { kind, fromId, toId, strength };
    },
  },
  removeLink: {
    draft: { check: supporterOwned },
    run: ({ store }, { kind, fromId, toId }) => {
      linkEnds(store, kind, fromId, toId);
      const removed =
        kind === 'goal-objective'
          ? store.removeGoalLink(fromId, toId)
          : kind === 'tactic-goal'
            ? store.removeTacticLink(fromId, toId)
            : store.removeObjectiveLink(fromId, toId);
      return { removed };
    },
  },
} satisfies DomainDeclarations;
