import type { TreeItem, TreeKind } from './tree-model.ts';

export type Orientation = 'horizontal' | 'vertical';

/** Node boxes in layout units (CSS pixels at zoom 1). Gap nodes grow by the alarm band on top. */
export const NODE_WIDTH: Record<TreeKind, number> = {
  plan: 340,
  objective: 320,
  unaligned: 320,
  goal: 320,
  tactic: 320,
};
const BASE_HEIGHT: Record<TreeKind, number> = { plan: 132, objective: 84, unaligned: 84, goal: 84, tactic: 76 };
export const GAP_BAND = 26;
export const CARD_PADDING = 12;

/** Space between depth levels (room for the collapse toggle and the edges) and between neighbours. */
export const SPACING: Record<Orientation, { depth: number; siblings: number; cousins: number }> = {
  horizontal: { depth: 84, siblings: 10, cousins: 26 },
  vertical: { depth: 76, siblings: 18, cousins: 40 },
};

export function nodeHeight(item: Pick<TreeItem, 'kind' | 'gap'>): number {
  return BASE_HEIGHT[item.kind] + (item.gap === 'none' ? 0 : GAP_BAND);
}

export function nodeWidth(item: Pick<TreeItem, 'kind'>): number {
  return NODE_WIDTH[item.kind];
}
