/** Links: goal -> objective, tactic -> goal, annual -> breakthrough objective (the X-matrix's corner). */
import type { LinkKind } from '../../contract/api.ts';
import type { Strength } from '../../contract/plan-format.ts';
import { textMessage, type DescribedText } from '../../contract/text.ts';
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

/**
 * The undo label of a link change, read before the change is made (whether the link exists, and its codes):
 * "Changed link CS-1.3 → CS-1 to medium", "Linked CS-1.3 → CS-1 (weak)", "Unlinked CS-1.3 → CS-1". Null when an
 * end does not exist (the handler then refuses the change).
 */
function linkLabel(
  store: PlanStore,
  input: { kind: LinkKind; fromId: string; toId: string; strength?: Strength },
  removing: boolean,
): DescribedText | null {
  const { kind, fromId, toId, strength } = input;
  const from =
    kind === 'tactic-goal'
      ? store.getTactic(fromId)
      : kind === 'goal-objective'
        ? store.getGoal(fromId)
        : store.getObjective(fromId);
  const to = kind === 'tactic-goal' ? store.getGoal(toId) : store.getObjective(toId);
  if (!from || !to) return null;
  const ends = `${from.code} → ${to.code}`;
  const ends_ = { from: from.code, to: to.code };
  if (removing) return { text: `Unlinked ${ends}`, message: textMessage('undo.link.removed', ends_) };
  const linked =
    kind === 'tactic-goal'
      ? store.tacticSupports(fromId).some((l) => l.goalId === toId)
      : kind === 'goal-objective'
        ? store.goalSupports(fromId).some((l) => l.objectiveId === toId)
        : store.objectiveSupports(fromId).some((l) => l.objectiveId === toId);
  const params = { ...ends_, strength: strength ?? 'strong' };
  return linked
    ? { text: `Changed link ${ends} to ${strength}`, message: textMessage('undo.link.changed', params) }
    : { text: `Linked ${ends} (${strength})`, message: textMessage('undo.link.added', params) };
}

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
    describeBefore: ({ store }, input) => linkLabel(store, input, false),
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
    describeBefore: ({ store }, input) => linkLabel(store, input, true),
  },
} satisfies DomainDeclarations;
