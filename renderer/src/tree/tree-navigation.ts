import type { LaidNode, TreeLayout } from './tree-layout.ts';

export type Step = 'parent' | 'child' | 'previous' | 'next';

const levels = new WeakMap<TreeLayout, Map<number, LaidNode[]>>();

/** Nodes of each depth in reading order (top to bottom, or left to right when vertical). */
function levelsOf(layout: TreeLayout): Map<number, LaidNode[]> {
  let byDepth = levels.get(layout);
  if (byDepth) return byDepth;
  byDepth = new Map();
  for (const n of layout.nodes) {
    const list = byDepth.get(n.depth);
    if (list) list.push(n);
    else byDepth.set(n.depth, [n]);
  }
  const horizontal = layout.orientation === 'horizontal';
  for (const list of byDepth.values()) list.sort((a, b) => (horizontal ? a.y - b.y : a.x - b.x));
  levels.set(layout, byDepth);
  return byDepth;
}

/** Arrow keys map to steps by orientation: along the depth axis to parent/child, across it to neighbours. */
export function stepForKey(key: string, orientation: TreeLayout['orientation']): Step | null {
  const horizontal = orientation === 'horizontal';
  switch (key) {
    case 'ArrowLeft':
      return horizontal ? 'parent' : 'previous';
    case 'ArrowRight':
      return horizontal ? 'child' : 'next';
    case 'ArrowUp':
      return horizontal ? 'previous' : 'parent';
    case 'ArrowDown':
      return horizontal ? 'next' : 'child';
    default:
      return null;
  }
}

/** The node one step away, or null at an edge of the tree. `child` of a collapsed node is null (expand first). */
export function neighbour(layout: TreeLayout, fromKey: string, step: Step): LaidNode | null {
  const from = layout.byKey.get(fromKey);
  if (!from) return null;
  switch (step) {
    case 'parent':
      return from.parentKey === null ? null : (layout.byKey.get(from.parentKey) ?? null);
    case 'child': {
      const firstChild = from.item.children[0];
      return from.collapsed || !firstChild ? null : (layout.byKey.get(firstChild.key) ?? null);
    }
    case 'previous':
    case 'next': {
      const level = levelsOf(layout).get(from.depth) ?? [];
      const i = level.indexOf(from);
      return level[step === 'next' ? i + 1 : i - 1] ?? null;
    }
  }
}
