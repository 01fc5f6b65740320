import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument, Strength, TacticStatus } from '../../../contract/plan-format.ts';

/** What a node stands for. `unaligned` is the branch header gathering orphans: not an item of the plan. */
export type TreeKind = 'plan' | 'objective' | 'goal' | 'tactic' | 'unaligned';
/** The DOM contract's `data-gap`, straight from the gap report's id lists. */
export type GapMark = 'orphan' | 'uncovered' | 'unexecuted' | 'none';

export const UNALIGNED_KEY = 'unaligned';
export const PLAN_ID = 'plan';

export interface TreeItem {
  /** Unique in the tree and stable across reloads: `plan`, `unaligned`, or `${parentId}/${id}`. */
  key: string;
  /** The item's id; `plan` for the root, `unaligned` for the branch header. */
  id: string;
  kind: TreeKind;
  gap: GapMark;
  code: string;
  title: string;
  owner: string | null;
  departmentId: string | null;
  status: TacticStatus | null;
  /** Strength of the link to the parent this node sits under; null under the root and under Unaligned. */
  strength: Strength | null;
  /** Kept only to show where a matching item sits (department filter): drawn faded. */
  context: boolean;
  children: TreeItem[];
}

/** A link not drawn as the tree edge: the child sits under a stronger parent. Drawn dashed. */
export interface SecondaryLink {
  childId: string;
  parentId: string;
  strength: Strength;
}

export interface TreeFilters {
  departmentId: string | null;
  onlyGaps: boolean;
}

export interface GapCounts {
  orphanedGoals: number;
  orphanedTactics: number;
  uncoveredObjectives: number;
  unexecutedObjectives: number;
}

export interface TreeModel {
  root: TreeItem;
  secondary: SecondaryLink[];
  counts: GapCounts;
}

export const NO_FILTERS: TreeFilters = { departmentId: null, onlyGaps: false };

const RANK: Record<Strength, number> = { strong: 3, medium: 2, weak: 1 };

/** The strongest of a list of links, the first listed on a tie (supports order is the planner's order). */
function strongest<T extends { strength: Strength }>(links: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const l of links) if (!best || RANK[l.strength] > RANK[best.strength]) best = l;
  return best;
}

export function gapMarks(gaps: GapReport): Map<string, GapMark> {
  const marks = new Map<string, GapMark>();
  for (const id of gaps.uncoveredObjectives) marks.set(id, 'uncovered');
  for (const id of gaps.unexecutedObjectives) marks.set(id, 'unexecuted');
  for (const id of gaps.orphanedGoals) marks.set(id, 'orphan');
  for (const id of gaps.orphanedTactics) marks.set(id, 'orphan');
  return marks;
}

/**
 * The plan as one tree: plan -> objectives -> goals -> tactics, plus an Unaligned branch (first child of the root)
 * holding the orphaned goals (with their tactics) and the tactics that support no goal.
 *
 * Invariants:
 * - Every goal and tactic appears at most once, under its strongest link; every other link is a SecondaryLink.
 * - A tactic sits under an aligned goal whenever it has one, so everything under Unaligned is an orphan.
 * - Gap marks come from the report only (the one source of gap truth), never recomputed here.
 * - Objectives keep plan order; goals and tactics keep plan order among their siblings.
 */
export function buildTreeModel(plan: PlanDocument, gaps: GapReport, filters: TreeFilters = NO_FILTERS): TreeModel {
  const marks = gapMarks(gaps);
  const orphanGoals = new Set(gaps.orphanedGoals);
  const orphanTactics = new Set(gaps.orphanedTactics);
  const objectiveIds = new Set(plan.objectives.map((o) => o.id));
  const goalIds = new Set(plan.goals.map((g) => g.id));
  const secondary: SecondaryLink[] = [];

  const tacticsByGoal = new Map<string, TreeItem[]>();
  const looseTactics: TreeItem[] = [];
  for (const t of plan.tactics) {
    // The strongest link to an aligned goal, else the strongest to any goal (one pass, no arrays: hot at 20,000).
    let bestAligned: (typeof t.supports)[number] | undefined;
    let bestAny: (typeof t.supports)[number] | undefined;
    for (const s of t.supports) {
      if (!goalIds.has(s.goalId)) continue;
      if (!bestAny || RANK[s.strength] > RANK[bestAny.strength]) bestAny = s;
      if (!orphanGoals.has(s.goalId) && (!bestAligned || RANK[s.strength] > RANK[bestAligned.strength]))
        bestAligned = s;
    }
    const primary = bestAligned ?? bestAny;
    const parentId = primary && !(orphanTactics.has(t.id) && !orphanGoals.has(primary.goalId)) ? primary.goalId : null;
    for (const s of t.supports) {
      if (goalIds.has(s.goalId) && (s !== primary || parentId === null))
        secondary.push(link(t.id, s.goalId, s.strength));
    }
    const item: TreeItem = {
      key: `${parentId ?? UNALIGNED_KEY}/${t.id}`,
      id: t.id,
      kind: 'tactic',
      gap: marks.get(t.id) ?? 'none',
      code: t.code,
      title: t.title,
      owner: t.owner,
      departmentId: t.departmentId,
      status: t.status,
      strength: parentId === null ? null : (primary?.strength ?? null),
      context: false,
      children: [],
    };
    if (parentId === null) looseTactics.push(item);
    else pushTo(tacticsByGoal, parentId, item);
  }

  const goalsByObjective = new Map<string, TreeItem[]>();
  const orphanGoalItems: TreeItem[] = [];
  for (const g of plan.goals) {
    const links = g.supports.filter((s) => objectiveIds.has(s.objectiveId));
    const primary = orphanGoals.has(g.id) ? undefined : strongest(links);
    for (const s of links) if (s !== primary) secondary.push(link(g.id, s.objectiveId, s.strength));
    const parentId = primary?.objectiveId ?? UNALIGNED_KEY;
    const item: TreeItem = {
      key: `${parentId}/${g.id}`,
      id: g.id,
      kind: 'goal',
      gap: marks.get(g.id) ?? 'none',
      code: g.code,
      title: g.title,
      owner: g.owner,
      departmentId: g.departmentId,
      status: null,
      strength: primary?.strength ?? null,
      context: false,
      children: tacticsByGoal.get(g.id) ?? [],
    };
    if (primary) pushTo(goalsByObjective, primary.objectiveId, item);
    else orphanGoalItems.push(item);
  }

  const objectives: TreeItem[] = plan.objectives.map((o) => ({
    key: `${PLAN_ID}/${o.id}`,
    id: o.id,
    kind: 'objective',
    gap: marks.get(o.id) ?? 'none',
    code: o.code,
    title: o.title,
    owner: o.owner,
    departmentId: null,
    status: null,
    strength: null,
    context: false,
    children: goalsByObjective.get(o.id) ?? [],
  }));

  const unalignedChildren = [...orphanGoalItems, ...looseTactics];
  const unaligned: TreeItem = {
    key: UNALIGNED_KEY,
    id: UNALIGNED_KEY,
    kind: 'unaligned',
    gap: 'none',
    code: '',
    title: 'Unaligned',
    owner: null,
    departmentId: null,
    status: null,
    strength: null,
    context: false,
    children: unalignedChildren,
  };
  const root: TreeItem = {
    key: PLAN_ID,
    id: PLAN_ID,
    kind: 'plan',
    gap: 'none',
    code: '',
    title: plan.plan.title,
    owner: plan.plan.organisation,
    departmentId: null,
    status: null,
    strength: null,
    context: false,
    children: unalignedChildren.length > 0 ? [unaligned, ...objectives] : objectives,
  };

  return {
    root: applyFilters(root, filters),
    secondary,
    counts: {
      orphanedGoals: gaps.orphanedGoals.length,
      orphanedTactics: gaps.orphanedTactics.length,
      uncoveredObjectives: gaps.uncoveredObjectives.length,
      unexecutedObjectives: gaps.unexecutedObjectives.length,
    },
  };
}

function link(childId: string, parentId: string, strength: Strength): SecondaryLink {
  return { childId, parentId, strength };
}

function pushTo<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Department filter: goals and tactics of the department, with the nodes above them (faded when of another
 * department). Objectives always stay, as the frame the department's work hangs from.
 * Gaps only: every gap node with its whole subtree, and the nodes above them.
 */
export function applyFilters(root: TreeItem, filters: TreeFilters): TreeItem {
  if (!filters.departmentId && !filters.onlyGaps) return root;
  const dept = filters.departmentId;
  const visit = (item: TreeItem, insideGap: boolean): TreeItem | null => {
    const gapHere = insideGap || item.gap !== 'none' || (item.kind === 'unaligned' && filters.onlyGaps);
    const children: TreeItem[] = [];
    for (const c of item.children) {
      const kept = visit(c, gapHere);
      if (kept) children.push(kept);
    }
    const ownDept = item.kind === 'goal' || item.kind === 'tactic' ? item.departmentId === dept : false;
    const passesDept = !dept || ownDept || item.kind === 'plan' || item.kind === 'objective';
    const passesGaps = !filters.onlyGaps || gapHere || item.kind === 'plan';
    const structural = item.kind === 'plan' || item.kind === 'unaligned' || item.kind === 'objective';
    const selfMatches = passesDept && passesGaps && !(item.kind === 'unaligned' && children.length === 0);
    if (!selfMatches && children.length === 0) return null;
    if (item.kind === 'unaligned' && children.length === 0) return null;
    return { ...item, context: !structural && !selfMatches, children };
  };
  return visit(root, false) ?? { ...root, children: [] };
}

/** Every node of the tree, depth first in sibling order. */
export function* walk(item: TreeItem): Generator<TreeItem> {
  yield item;
  for (const c of item.children) yield* walk(c);
}
