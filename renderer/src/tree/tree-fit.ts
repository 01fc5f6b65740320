import { nodeHeight, nodeWidth, SPACING, type Orientation } from './node-geometry.ts';
import { layoutTree, type TreeLayout } from './tree-layout.ts';
import type { SecondaryLink, TreeItem } from './tree-model.ts';
import { fitTransform, type Size, type ViewTransform } from './tree-viewport.ts';

/**
 * The lowest zoom at which a card's code, owner and title read comfortably (title 15 px, owner 13 px on the card:
 * 9 and 8 px on screen), on a projector as on a laptop. Fit never shows a level that would be drawn smaller.
 */
export const LEGIBLE_SCALE = 0.6;
/** Fit enlarges a small tree to fill the screen, up to this zoom. */
export const FIT_MAX_SCALE = 1.25;
/** In presentation mode Fit may enlarge further: the room reads the cards from metres away. */
export const PRESENT_MAX_SCALE = 2;

export interface FitChoice {
  /** The deepest level shown (the plan is 0, objectives 1, goals 2, tactics 3); null: every level. */
  depth: number | null;
  /** The nodes to collapse: every node of the deepest level shown that has children (they show their count). */
  collapsed: Set<string>;
  layout: TreeLayout;
  transform: ViewTransform;
}

/** Keys of the nodes at `depth` that have children (collapsing them hides every level below). */
export function keysAtDepth(root: TreeItem, depth: number): Set<string> {
  const out = new Set<string>();
  let level: TreeItem[] = [root];
  for (let d = 0; d < depth && level.length > 0; d++) level = level.flatMap((n) => n.children);
  for (const n of level) if (n.children.length > 0) out.add(n.key);
  return out;
}

function maxDepth(root: TreeItem): number {
  let depth = 0;
  let level: TreeItem[] = [root];
  while (level.some((n) => n.children.length > 0)) {
    level = level.flatMap((n) => n.children);
    depth += 1;
  }
  return depth;
}

/**
 * A lower bound of the tree's breadth when only levels 0..depth are shown: its leaves side by side, each at its
 * own breadth plus the sibling gap. Cheap (one pass), so Fit lays out only the levels that can fit.
 */
function minBreadth(root: TreeItem, depth: number, orientation: Orientation): number {
  const horizontal = orientation === 'horizontal';
  const gap = SPACING[orientation].siblings;
  let sum = 0;
  const stack: [TreeItem, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [n, d] = stack.pop()!;
    if (d === depth || n.children.length === 0) sum += (horizontal ? nodeHeight(n) : nodeWidth(n)) + gap;
    else for (const c of n.children) stack.push([c, d + 1]);
  }
  return sum - gap;
}

/**
 * What Fit shows: the whole tree when it fills the screen at a legible zoom; otherwise the deepest levels that do
 * (objectives and goals, their tactics folded into counts), down to the objectives alone. The view fills the
 * screen's width or height, whichever the tree's shape meets first, centred, enlarged up to `maxScale`
 * (FIT_MAX_SCALE; PRESENT_MAX_SCALE in presentation mode).
 * Pure: the same model, orientation and size always give the same choice.
 */
export function legibleFit(
  root: TreeItem,
  secondary: readonly SecondaryLink[],
  orientation: Orientation,
  size: Size,
  maxScale = FIT_MAX_SCALE,
): FitChoice {
  const deepest = maxDepth(root);
  const available = (orientation === 'horizontal' ? size.height : size.width) / LEGIBLE_SCALE;
  const choose = (depth: number | null): FitChoice => {
    const collapsed = depth === null ? new Set<string>() : keysAtDepth(root, depth);
    const layout = layoutTree(root, secondary, collapsed, orientation);
    return { depth, collapsed, layout, transform: fitTransform(layout.bounds, size, maxScale) };
  };
  for (let depth = deepest; depth > 1; depth--) {
    if (minBreadth(root, depth, orientation) > available) continue;
    const choice = choose(depth === deepest ? null : depth);
    if (choice.transform.k >= LEGIBLE_SCALE) return choice;
  }
  return choose(deepest <= 1 ? null : 1);
}
