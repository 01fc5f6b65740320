/**
 * Codes follow the department, on request: a goal's code is "<department prefix>-<n>" and a tactic's
 * "<goal code>.<n>" (or "<prefix>-T<n>" without a goal). Moving an item keeps its code (people quote codes in
 * meetings), so renumbering is an explicit step of its own: the item takes the next free code where it now
 * stands, and the tactics numbered under a goal ("CS-1.2") follow it ("IT-3.2"). One transaction, one undo step.
 */
import type { RenumberResult } from '../../contract/api.ts';
import type { Goal, Tactic } from '../../contract/plan-format.ts';
import { departmentPrefix, nextCode } from '../../core/codes.ts';
import type { PlanStore } from '../../db/plan-store.ts';
import { department, invalid, notFound } from './support.ts';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const follows = (code: string, prefix: string) => new RegExp(`^${escape(prefix)}\\d+$`).test(code);

/** Where a code stands now: the prefix its number should follow. */
function prefixOf(store: PlanStore, item: { kind: 'goal'; goal: Goal } | { kind: 'tactic'; tactic: Tactic }): string {
  if (item.kind === 'goal') return `${departmentPrefix(department(store, item.goal.departmentId).name)}-`;
  const parent = item.tactic.supports[0] ? store.getGoal(item.tactic.supports[0].goalId) : undefined;
  return parent ? `${parent.code}.` : `${departmentPrefix(department(store, item.tactic.departmentId).name)}-T`;
}

export function renumberItem(store: PlanStore, id: string): RenumberResult {
  const goal = store.getGoal(id);
  const tactic = goal ? undefined : store.getTactic(id);
  if (!goal && !tactic) {
    if (store.getObjective(id)) throw invalid('id', 'an objective’s code does not depend on a department');
    throw notFound('goal or tactic', id);
  }
  const kind = goal ? 'goal' : 'tactic';
  const current = (goal ?? tactic)!;
  const prefix = goal ? prefixOf(store, { kind: 'goal', goal }) : prefixOf(store, { kind: 'tactic', tactic: tactic! });
  if (follows(current.code, prefix)) {
    const where = goal
      ? department(store, goal.departmentId).name
      : prefix.endsWith('.')
        ? `its goal ${prefix.slice(0, -1)}`
        : department(store, tactic!.departmentId).name;
    throw invalid('id', `${current.code} already follows ${where}: there is nothing to renumber`);
  }
  const others = store.codes(kind).filter((c) => c !== current.code);
  const code = nextCode(prefix, others);
  const renamed: RenumberResult['renamed'] = [{ id, kind, from: current.code, to: code }];
  if (goal) {
    store.updateGoal({ ...goal, code });
    // Its tactics numbered under it follow, keeping their own number (a code taken already gets the next free).
    const taken = new Set(store.codes('tactic'));
    const own = new RegExp(`^${escape(goal.code)}\\.(\\d+)$`);
    for (const tacticId of store.linksOfGoals([goal.id]).down.map((l) => l.tacticId)) {
      const t = store.getTactic(tacticId);
      const m = t ? own.exec(t.code) : null;
      if (!t || !m || renamed.some((r) => r.id === t.id)) continue;
      let next = `${code}.${m[1]}`;
      if (taken.has(next)) next = nextCode(`${code}.`, taken);
      taken.delete(t.code);
      taken.add(next);
      store.updateTactic({ ...t, code: next });
      renamed.push({ id: t.id, kind: 'tactic', from: t.code, to: next });
    }
  } else {
    store.updateTactic({ ...tactic!, code });
  }
  const more =
    renamed.length === 1 ? '' : renamed.length === 2 ? ' and its tactic' : ` and its ${renamed.length - 1} tactics`;
  return { renamed, summary: `Renumbered ${current.code} as ${code}${more}` };
}
