import type { Goal, Objective, PlanDocument, Strength, Tactic } from '../../../contract/plan-format.ts';
import { goalsOf, indexPlan, tacticsOf, type LinkRef, type PlanIndex } from '../domain/plan-index.ts';
import { isFiltering, itemMatches, NO_FILTER, type Item, type OutlineFilter } from './filter.ts';

export type RowKind = 'objective' | 'goal' | 'tactic' | 'section';
export type ItemKind = Exclude<RowKind, 'section'>;

/** The key of the "Unaligned" section row; no item key starts with "§". */
export const UNALIGNED_KEY = '§unaligned';
export const DRAFT_KEY = '§draft';

/**
 * One line of the outline. A goal supporting two objectives is listed under both (with its tactics), so rows are
 * told apart by `key`, the path of ids from the top (`o1/g1/t1`), not by item id. Rows hold ids, not items: the
 * same rows serve every plan of the same shape, and the view reads each visible item from the plan's index.
 */
export interface OutlineRow {
  key: string;
  kind: RowKind;
  /** The item's id; the section's key for the section row; '' for a draft. */
  id: string;
  /** 1: objectives and the Unaligned section; 2: goals (and unaligned tactics); 3: tactics under goals. */
  level: number;
  parentKey: string | null;
  /** Id of the item this row is listed under (objective of a goal, goal of a tactic); null at the top or in Unaligned. */
  parentId: string | null;
  /** Strength of the link to `parentId`. */
  strength: Strength | null;
  /** Parents the item is listed under; more than one means the item is shared and shown more than once. */
  parents: number;
  /** Children shown when expanded (after filtering). */
  childCount: number;
  expanded: boolean;
  posInSet: number;
  setSize: number;
  /** False when the row is shown only because a descendant matches the filter. */
  match: boolean;
  draft: boolean;
}

/** A new item being typed, not yet created: it sits where it will be created. */
export interface DraftSpec {
  kind: ItemKind;
  /** Row it is listed under: an objective's key (goal), a goal row's key (tactic), UNALIGNED_KEY, or null (objective). */
  parentKey: string | null;
  /** Item the new one will support (the parent row's id), or null. */
  parentId: string | null;
  /** Sibling it follows (created with `afterId`); undefined: at the end. */
  afterId?: string | undefined;
}

export interface OutlineOptions {
  filter?: OutlineFilter;
  /** Keys of collapsed rows; everything else is expanded. */
  collapsed?: ReadonlySet<string>;
  draft?: DraftSpec | null;
  /** Ids shown even when the filter would hide them (items just created or edited while filtering). */
  pinned?: ReadonlySet<string>;
}

export interface Outline {
  rows: OutlineRow[];
  filtering: boolean;
  /** Items (not rows) that match the filter; every item when not filtering. */
  matched: number;
}

const EMPTY = new Set<string>();

/**
 * The plan as the flat list of rows the outline shows, in order: objectives with the goals supporting them and
 * those goals' tactics, then the Unaligned section (goals supporting no objective, with their tactics, and tactics
 * supporting no goal). Filtering keeps matching items plus their ancestors as context; collapsing hides children.
 * Without a filter the result depends only on the plan's shape (see PlanShape), not on titles or statuses.
 */
export function buildOutline(plan: PlanDocument, options: OutlineOptions = {}): Outline {
  const filter = options.filter ?? NO_FILTER;
  const collapsed = options.collapsed ?? EMPTY;
  const pinned = options.pinned ?? EMPTY;
  const draft = options.draft ?? null;
  const filtering = isFiltering(filter);
  const index = indexPlan(plan);

  // Filtering: which items match, and which goals' tactics remain (the same under every parent, so cached by id).
  const matchCache = new Map<string, boolean>();
  const matches = (kind: ItemKind, id: string): boolean => {
    if (!filtering) return true;
    let m = matchCache.get(id);
    if (m === undefined) {
      const item =
        kind === 'objective' ? index.objectives.get(id) : kind === 'goal' ? index.goals.get(id) : index.tactics.get(id);
      m = pinned.has(id) || (item !== undefined && itemMatches(filter, { kind, item } as Item));
      matchCache.set(id, m);
    }
    return m;
  };
  const tacticCache = new Map<string, readonly LinkRef[]>();
  const tacticsShown = (goalId: string): readonly LinkRef[] => {
    const all = tacticsOf(index, goalId);
    if (!filtering) return all;
    let shown = tacticCache.get(goalId);
    if (!shown) {
      shown = all.filter((l) => matches('tactic', l.id));
      tacticCache.set(goalId, shown);
    }
    return shown;
  };
  const goalShown = (goalId: string) => matches('goal', goalId) || tacticsShown(goalId).length > 0;
  const goalsShown = (objectiveId: string): readonly LinkRef[] => {
    const all = goalsOf(index, objectiveId);
    return filtering ? all.filter((l) => goalShown(l.id)) : all;
  };

  const rows: OutlineRow[] = [];
  // A draft's parent opens so the draft is visible.
  const open = (key: string) => !collapsed.has(key) || draft?.parentKey === key;
  const push = (
    kind: RowKind,
    key: string,
    id: string,
    level: number,
    parentKey: string | null,
    parentId: string | null,
    strength: Strength | null,
    parents: number,
    childCount: number,
    posInSet: number,
    setSize: number,
  ): boolean => {
    const expanded = childCount > 0 && open(key);
    rows.push({
      key,
      kind,
      id,
      level,
      parentKey,
      parentId,
      strength,
      parents,
      childCount,
      expanded,
      posInSet,
      setSize,
      match: kind === 'section' || matches(kind, id),
      draft: false,
    });
    return expanded;
  };
  const supportCount = (kind: 'goal' | 'tactic', id: string) =>
    (kind === 'goal' ? index.goals.get(id) : index.tactics.get(id))?.supports.length ?? 0;

  const pushTactics = (tactics: readonly LinkRef[], goalKey: string, goalId: string | null, level: number) => {
    tactics.forEach((l, i) =>
      push(
        'tactic',
        `${goalKey}/${l.id}`,
        l.id,
        level,
        goalKey,
        goalId,
        l.strength,
        supportCount('tactic', l.id),
        0,
        i + 1,
        tactics.length,
      ),
    );
  };
  const pushGoal = (
    l: { id: string; strength: Strength | null },
    parentKey: string,
    parentId: string | null,
    pos: number,
    size: number,
  ) => {
    const key = `${parentKey}/${l.id}`;
    const tactics = tacticsShown(l.id);
    if (
      push('goal', key, l.id, 2, parentKey, parentId, l.strength, supportCount('goal', l.id), tactics.length, pos, size)
    ) {
      pushTactics(tactics, key, l.id, 3);
    }
  };

  const objectives = filtering
    ? plan.objectives.filter((o) => matches('objective', o.id) || goalsShown(o.id).length > 0)
    : plan.objectives;
  const unalignedGoals = plan.goals.filter((g) => g.supports.length === 0 && (!filtering || goalShown(g.id)));
  const unalignedTactics = plan.tactics.filter((t) => t.supports.length === 0 && matches('tactic', t.id));
  const unalignedCount = unalignedGoals.length + unalignedTactics.length;
  const hasSection = unalignedCount > 0 || draft?.parentKey === UNALIGNED_KEY;
  const topCount = objectives.length + (hasSection ? 1 : 0);

  objectives.forEach((o, i) => {
    const goals = goalsShown(o.id);
    if (push('objective', o.id, o.id, 1, null, null, null, 0, goals.length, i + 1, topCount)) {
      goals.forEach((l, j) => pushGoal(l, o.id, o.id, j + 1, goals.length));
    }
  });
  if (hasSection) {
    if (push('section', UNALIGNED_KEY, UNALIGNED_KEY, 1, null, null, null, 0, unalignedCount, topCount, topCount)) {
      unalignedGoals.forEach((g, i) =>
        pushGoal({ id: g.id, strength: null }, UNALIGNED_KEY, null, i + 1, unalignedCount),
      );
      unalignedTactics.forEach((t, i) =>
        push(
          'tactic',
          `${UNALIGNED_KEY}/${t.id}`,
          t.id,
          2,
          UNALIGNED_KEY,
          null,
          null,
          0,
          0,
          unalignedGoals.length + i + 1,
          unalignedCount,
        ),
      );
    }
  }
  if (draft) insertDraft(rows, draft);
  const total = plan.objectives.length + plan.goals.length + plan.tactics.length;
  return { rows, filtering, matched: filtering ? [...matchCache.values()].filter(Boolean).length : total };
}

/** End (exclusive) of the subtree of rows[i]: the next row at its level or above. */
export function subtreeEnd(rows: readonly OutlineRow[], i: number): number {
  const level = rows[i]!.level;
  let j = i + 1;
  while (j < rows.length && rows[j]!.level > level) j++;
  return j;
}

function insertDraft(rows: OutlineRow[], draft: DraftSpec): void {
  const parentIndex = draft.parentKey === null ? -1 : rows.findIndex((r) => r.key === draft.parentKey);
  const parent = parentIndex >= 0 ? rows[parentIndex]! : null;
  const level = parent ? (draft.kind === 'tactic' && parent.kind === 'goal' ? 3 : 2) : 1;
  let at: number;
  const anchor =
    draft.afterId === undefined
      ? -1
      : rows.findIndex((r) => r.parentKey === draft.parentKey && r.id === draft.afterId && !r.draft);
  if (anchor >= 0) {
    at = subtreeEnd(rows, anchor);
  } else if (parent) {
    at = subtreeEnd(rows, parentIndex);
    // A new unaligned goal goes before the unaligned tactics, where it will be listed once created.
    if (draft.kind === 'goal' && parent.key === UNALIGNED_KEY) {
      const firstTactic = rows.findIndex((r, i) => i > parentIndex && i < at && r.kind === 'tactic' && r.level === 2);
      if (firstTactic >= 0) at = firstTactic;
    }
  } else {
    const section = rows.findIndex((r) => r.key === UNALIGNED_KEY);
    at = section >= 0 ? section : rows.length;
  }
  const siblings = rows.filter((r) => r.parentKey === draft.parentKey && r.level === level).length;
  rows.splice(at, 0, {
    key: DRAFT_KEY,
    kind: draft.kind,
    id: '',
    level,
    parentKey: draft.parentKey,
    parentId: draft.parentId,
    strength: draft.parentId ? 'strong' : null,
    parents: draft.parentId ? 1 : 0,
    childCount: 0,
    expanded: false,
    posInSet: siblings + 1,
    setSize: siblings + 1,
    match: true,
    draft: true,
  });
  if (parent) parent.childCount += 1;
  if (parent && !parent.expanded) parent.expanded = true;
}

/** The key a row for `id` would have under `parentKey`. */
export const childKey = (parentKey: string | null, id: string): string =>
  parentKey === null ? id : `${parentKey}/${id}`;

/**
 * The key of an item's first row and the keys of the rows above it, which must be expanded for it to show.
 * Null when the plan has no such item.
 */
export function firstRowPath(
  plan: PlanDocument,
  kind: ItemKind,
  id: string,
): { key: string; ancestors: string[] } | null {
  const index = indexPlan(plan);
  const goalPath = (g: Goal): string[] => [g.supports[0]?.objectiveId ?? UNALIGNED_KEY];
  if (kind === 'objective') return index.objectives.has(id) ? { key: id, ancestors: [] } : null;
  if (kind === 'goal') {
    const g = index.goals.get(id);
    if (!g) return null;
    const [top] = goalPath(g);
    return { key: `${top}/${id}`, ancestors: [top!] };
  }
  const t = index.tactics.get(id);
  if (!t) return null;
  const g = t.supports[0] ? index.goals.get(t.supports[0].goalId) : undefined;
  if (!g) return { key: `${UNALIGNED_KEY}/${id}`, ancestors: [UNALIGNED_KEY] };
  const [top] = goalPath(g);
  const goalKey = `${top}/${g.id}`;
  return { key: `${goalKey}/${id}`, ancestors: [top!, goalKey] };
}

/** The item a row shows, read from the plan's index (rows hold ids only); null for the section and drafts. */
export function rowItem(index: PlanIndex, row: OutlineRow): Objective | Goal | Tactic | null {
  if (row.draft) return null;
  switch (row.kind) {
    case 'objective':
      return index.objectives.get(row.id) ?? null;
    case 'goal':
      return index.goals.get(row.id) ?? null;
    case 'tactic':
      return index.tactics.get(row.id) ?? null;
    case 'section':
      return null;
  }
}
