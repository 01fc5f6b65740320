import { CARD_FONTS } from './card-fonts.ts';
import { nodeHeight, nodeWidth, SPACING, type Orientation } from './node-geometry.ts';
import { layoutTree, wrapBranches, type LaidNode, type TreeLayout } from './tree-layout.ts';
import type { SecondaryLink, TreeItem } from './tree-model.ts';
import { visibleRect, type Size, type ViewTransform, fitTransform } from './tree-viewport.ts';

/**
 * Legible, on a projector as on a laptop: a card's code, owner and title drawn at this many CSS pixels or more
 * on screen. Fit never shows a level that would be drawn smaller.
 */
export const MIN_LEGIBLE_PX = 11;
/** The smallest of the code, owner and title fonts on a card (the owner's line). */
export const SMALLEST_CARD_TEXT_PX = Math.min(CARD_FONTS.code.size, CARD_FONTS.meta.size, CARD_FONTS.title.size);
/** The lowest zoom at which that smallest text is MIN_LEGIBLE_PX on screen (11 / 13 ≈ 0.85). */
export const LEGIBLE_SCALE = MIN_LEGIBLE_PX / SMALLEST_CARD_TEXT_PX;
/**
 * Presenting, the room reads from metres away: presentation mode's large type is 1.25× the app's (20 px root
 * against 16), and so is the tree's minimum, 14 px (zoom 14 / 13 ≈ 1.08).
 */
export const PRESENT_MIN_LEGIBLE_PX = 14;
export const PRESENT_LEGIBLE_SCALE = PRESENT_MIN_LEGIBLE_PX / SMALLEST_CARD_TEXT_PX;
/** The on-screen size, in CSS px, of a card's smallest code, owner or title text at zoom k. */
export const cardTextPx = (k: number): number => SMALLEST_CARD_TEXT_PX * k;
/** Fit enlarges a small tree to fill the screen, up to this zoom. */
export const FIT_MAX_SCALE = 1.5;
/** In presentation mode Fit may enlarge further: the room reads the cards from metres away. */
export const PRESENT_MAX_SCALE = 2;

export interface FitChoice {
  /** The deepest level shown (the plan is 0, objectives 1, goals 2, tactics 3); null: every level. */
  depth: number | null;
  /** The nodes to collapse: every node of the deepest level shown that has children (they show their count). */
  collapsed: Set<string>;
  /** The branches wrapped into this many columns side by side (1: the tree as it is; see wrapBranches). */
  columns: number;
  layout: TreeLayout;
  transform: ViewTransform;
}

/** Fit wraps a tall tree into at most this many columns to use a wide screen (horizontal layouts only). */
export const MAX_COLUMNS = 4;
/** Wrapping into more columns must cover this much more of the screen than fewer columns. */
const WRAP_GAIN = 1.15;

/** The share of the screen the fitted picture covers (its bounds at the fitted zoom over the screen's area). */
export function coverage(choice: Pick<FitChoice, 'layout' | 'transform'>, size: Size): number {
  const { x0, x1, y0, y1 } = choice.layout.bounds;
  const k = choice.transform.k;
  return ((x1 - x0) * k * (y1 - y0) * k) / Math.max(1, size.width * size.height);
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
 * (objectives and goals, their tactics folded into counts), down to the objectives alone. A level too tall for
 * the screen but not too wide is wrapped into columns (up to MAX_COLUMNS, the plan's card left out) before a
 * shallower level is tried, so a wide screen is used. The view fills the screen's width or height, whichever the
 * tree's shape meets first, centred, enlarged up to `maxScale` (FIT_MAX_SCALE; PRESENT_MAX_SCALE presenting).
 * Pure: the same model, orientation and size always give the same choice.
 */
export function legibleFit(
  root: TreeItem,
  secondary: readonly SecondaryLink[],
  orientation: Orientation,
  size: Size,
  maxScale = FIT_MAX_SCALE,
  /** The lowest legible zoom: LEGIBLE_SCALE, or PRESENT_LEGIBLE_SCALE when presenting. */
  legible = LEGIBLE_SCALE,
): FitChoice {
  const deepest = maxDepth(root);
  const available = (orientation === 'horizontal' ? size.height : size.width) / legible;
  const maxColumns = orientation === 'horizontal' ? MAX_COLUMNS : 1;
  const choose = (depth: number | null, columns: number, plain?: TreeLayout): FitChoice => {
    const collapsed = depth === null ? new Set<string>() : keysAtDepth(root, depth);
    const layout = wrapBranches(plain ?? layoutTree(root, secondary, collapsed, orientation), columns);
    return { depth, collapsed, columns, layout, transform: fitTransform(layout.bounds, size, maxScale) };
  };
  let last: FitChoice | null = null;
  for (let depth = deepest; depth >= 1; depth--) {
    const breadth = minBreadth(root, depth, orientation);
    // Even split evenly into the most columns, the level's leaves would be drawn too small.
    if (breadth > available * maxColumns && depth > 1) continue;
    const shown = depth === deepest ? null : depth;
    const plain = choose(shown, 1);
    // The number of columns whose picture covers most of the screen; more columns only for a clear gain (the
    // tree's own shape, with the plan's card, when it suits the screen about as well).
    let best = plain;
    for (let columns = 2; columns <= maxColumns; columns++) {
      const wrapped = choose(shown, columns, plain.layout);
      if (wrapped.columns !== columns || wrapped.transform.k < legible) continue;
      const better = best.transform.k < legible || coverage(wrapped, size) > coverage(best, size) * WRAP_GAIN;
      if (better) best = wrapped;
    }
    if (best.transform.k >= legible) return best;
    last = best;
  }
  // Not even the objectives alone are legible on the whole screen: legible, from the top (see legibleView).
  last ??= choose(null, 1);
  return { ...last, transform: legibleView(last.layout, size, maxScale, legible) };
}

/**
 * Fit's view of a laid-out tree: the whole of it, filling the screen (up to `maxScale`), when that is legible.
 * Otherwise (even the objectives alone are too many for this screen) legible zoom from the start of the breadth
 * (the Unaligned branch and the first objectives), centred across it; the rest is a pan away.
 */
export function legibleView(
  layout: TreeLayout,
  size: Size,
  maxScale = FIT_MAX_SCALE,
  legible = LEGIBLE_SCALE,
): ViewTransform {
  const fitted = fitTransform(layout.bounds, size, maxScale);
  if (fitted.k >= legible) return fitted;
  const k = legible;
  const { x0, x1, y0, y1 } = layout.bounds;
  const pad = 32;
  return layout.orientation === 'horizontal'
    ? { k, x: (size.width - (x1 - x0) * k) / 2 - x0 * k, y: pad - y0 * k }
    : { k, x: pad - x0 * k, y: (size.height - (y1 - y0) * k) / 2 - y0 * k };
}

/** What Fit chose, as zooming in needs it: its zoom and the deepest level it showed. */
export interface FitLevel {
  k: number;
  /** The deepest level Fit showed (null: every level). */
  depth: number | null;
}

/** Each zoom in by this factor past Fit's zoom shows one level more (one press of +: 1.25). */
export const REVEAL_STEP = 1.25;

/**
 * Level of detail from the scale: the deepest level shown at zoom k, after Fit showed `fit.depth` at `fit.k`.
 * At Fit's zoom and below, Fit's level; each REVEAL_STEP further in, one level deeper (null: every level).
 */
export function levelForScale(k: number, fit: FitLevel, deepest: number): number | null {
  if (fit.depth === null) return null;
  const steps = Math.floor(Math.log(k / fit.k) / Math.log(REVEAL_STEP) + 1e-9);
  const level = fit.depth + Math.max(0, steps);
  return level >= deepest ? null : level;
}

/**
 * What zooming in to `t` reveals: the branches Fit folded (`folded`) that are on screen and above the level the
 * scale now shows open (`expand`), and the nodes at that level below them that have children fold in their
 * turn (`fold`), so each step in shows one level more, and only where the screen is. Pure.
 */
export function revealOnZoom(
  layout: TreeLayout,
  t: ViewTransform,
  size: Size,
  folded: ReadonlySet<string>,
  fit: FitLevel | null,
  deepest: number,
): { expand: string[]; fold: string[]; anchor: LaidNode | null } {
  const none = { expand: [], fold: [], anchor: null };
  if (!fit || folded.size === 0) return none;
  const level = levelForScale(t.k, fit, deepest);
  const limit = level ?? Infinity;
  const screen = visibleRect(t, size, 0);
  const cx = (screen.x0 + screen.x1) / 2;
  const cy = (screen.y0 + screen.y1) / 2;
  const expand: string[] = [];
  const fold: string[] = [];
  let anchor: LaidNode | null = null;
  let best = Infinity;
  for (const n of layout.nodes) {
    if (!n.collapsed || !folded.has(n.key) || n.depth >= limit) continue;
    if (n.x + n.w < screen.x0 || n.x > screen.x1 || n.y + n.h < screen.y0 || n.y > screen.y1) continue;
    expand.push(n.key);
    const d = Math.hypot(n.x + n.w / 2 - cx, n.y + n.h / 2 - cy);
    if (d < best) {
      best = d;
      anchor = n;
    }
    if (level === null) continue;
    let below: TreeItem[] = n.item.children;
    for (let depth = n.depth + 1; depth < level; depth++) below = below.flatMap((c) => c.children);
    for (const c of below) if (c.children.length > 0) fold.push(c.key);
  }
  return expand.length > 0 ? { expand, fold, anchor } : none;
}

/** The deepest level of the tree (the plan is 0). */
export { maxDepth as treeDepth };
