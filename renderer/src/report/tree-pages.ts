/**
 * The cascade tree on paper, paged by objective (pure: no browser, no React). Each objective's subtree goes on
 * pages of its own, split only between goals; a continued page draws the goals without the objective card (its
 * header says "O2 (continued)"), so no edge ever comes from off the page. The Unaligned branch gets pages of its
 * own. Every page is laid out on its own, so a page draws only its own cards and edges; each goal and tactic is
 * on exactly one page, because the tree model places every item once (under its strongest link).
 */
import { NODE_WIDTH, SPACING } from '../tree/node-geometry.ts';
import { layoutTree, type LaidEdge, type LaidNode } from '../tree/tree-layout.ts';
import type { SecondaryLink, TreeItem } from '../tree/tree-model.ts';

/** What one page (or one poster column block) draws, in layout units. */
export interface TreePicture {
  nodes: LaidNode[];
  edges: LaidEdge[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface TreePage {
  kind: 'objective' | 'unaligned';
  /** The objective (or the Unaligned branch) the page belongs to. */
  item: TreeItem;
  /** 0 for the first page of the objective, 1… for "(continued)" pages. */
  part: number;
  picture: TreePicture;
}

const PAD = 6;
/** The card column plus the space to the next level. */
const LEVEL = NODE_WIDTH.goal + SPACING.horizontal.depth;

/** Width in layout units of a picture `levels` cards deep. */
export function pictureWidth(levels: number): number {
  return levels * NODE_WIDTH.goal + (levels - 1) * SPACING.horizontal.depth + 2 * PAD;
}

/**
 * Lays out `parent` with only `children` under it. With `drawParent` false the parent's card and its edges are
 * left out and the rest moves one level left, so the picture starts at the goals.
 */
export function picture(
  parent: TreeItem,
  children: readonly TreeItem[],
  drawParent: boolean,
  secondary: readonly SecondaryLink[],
  collapsed: ReadonlySet<string>,
): TreePicture {
  const layout = layoutTree({ ...parent, children: [...children] }, secondary, collapsed, 'horizontal');
  const shift = drawParent ? 0 : LEVEL;
  const kept = layout.nodes.filter((n) => drawParent || n.depth > 0);
  const keys = new Set(kept.map((n) => n.key));
  const nodes = kept.map((n) => ({ ...n, x: n.x - shift }));
  const edges = layout.edges
    .filter((e) => keys.has(e.fromKey) && keys.has(e.toKey))
    .map((e) => ({ ...e, x1: e.x1 - shift, x2: e.x2 - shift }));
  if (nodes.length === 0) return { nodes, edges, x0: 0, y0: 0, x1: 1, y1: 1 };
  return {
    nodes,
    edges,
    x0: Math.min(...nodes.map((n) => n.x)) - PAD,
    y0: Math.min(...nodes.map((n) => n.y)) - PAD,
    x1: Math.max(...nodes.map((n) => n.x + n.w)) + PAD,
    y1: Math.max(...nodes.map((n) => n.y + n.h)) + PAD,
  };
}

export const pictureHeight = (p: TreePicture) => p.y1 - p.y0;

/**
 * Splits `parent`'s children into runs whose pictures are at most `budget` high, cutting only between children;
 * a child taller than the budget on its own gets a run of its own (the page then shrinks it to fit). The first
 * run carries the parent's card when `drawParent`, the others never. Greedy on each child's own height, then
 * checked against the real layout of the run.
 */
export function splitChildren(
  parent: TreeItem,
  drawParent: boolean,
  budget: number,
  secondary: readonly SecondaryLink[],
  collapsed: ReadonlySet<string>,
): TreePicture[] {
  const children = parent.children;
  if (children.length === 0) return [picture(parent, [], true, secondary, collapsed)];
  const own = children.map((c) => pictureHeight(picture(c, [...c.children], true, [], collapsed)));
  const runs: TreePicture[] = [];
  let start = 0;
  while (start < children.length) {
    const withParent = drawParent && runs.length === 0;
    let end = start + 1;
    let estimate = own[start]!;
    while (end < children.length && estimate + SPACING.horizontal.cousins + own[end]! <= budget) {
      estimate += SPACING.horizontal.cousins + own[end]!;
      end += 1;
    }
    let laid = picture(parent, children.slice(start, end), withParent, secondary, collapsed);
    while (end - start > 1 && pictureHeight(laid) > budget) {
      end -= 1;
      laid = picture(parent, children.slice(start, end), withParent, secondary, collapsed);
    }
    runs.push(laid);
    start = end;
  }
  return runs;
}

/**
 * The tree's pages: each objective's (split between goals), then the Unaligned branch's. With `shrink` below 1
 * an objective that would fit on fewer pages drawn that much smaller is drawn so (its pictures are then up to
 * budget / shrink high, and the page scales them down): no objective spills a lone goal onto a page of its own
 * for want of a few per cent.
 */
export function treePages(
  root: TreeItem,
  secondary: readonly SecondaryLink[],
  collapsed: ReadonlySet<string>,
  budget: number,
  shrink = 1,
): TreePage[] {
  const pages: TreePage[] = [];
  const branches = [
    ...root.children.filter((c) => c.kind !== 'unaligned'),
    ...root.children.filter((c) => c.kind === 'unaligned'),
  ];
  for (const item of branches) {
    const kind = item.kind === 'unaligned' ? 'unaligned' : 'objective';
    let runs = splitChildren(item, true, budget, secondary, collapsed);
    if (shrink < 1 && runs.length > 1) {
      const smaller = splitChildren(item, true, budget / shrink, secondary, collapsed);
      if (smaller.length < runs.length) runs = smaller;
    }
    runs.forEach((p, part) => pages.push({ kind, item, part, picture: p }));
  }
  return pages;
}

/** Levels of cards a tree shows below its root (objectives, goals, tactics: 3). */
export function levelsBelow(root: TreeItem, collapsed: ReadonlySet<string>): number {
  let deepest = 0;
  const visit = (item: TreeItem, depth: number) => {
    deepest = Math.max(deepest, depth);
    if (!collapsed.has(item.key)) for (const c of item.children) visit(c, depth + 1);
  };
  for (const c of root.children) visit(c, 1);
  return deepest;
}

export interface PosterBlock {
  page: TreePage;
  /** Where the block's picture goes in the poster, in layout units (its x0, y0 at this point). */
  x: number;
  y: number;
}

export interface Poster {
  blocks: PosterBlock[];
  width: number;
  height: number;
  /** The zoom at which it fills the sheet. */
  zoom: number;
}

/** Space above a continued block for its "O2 (continued)" line, and between blocks and columns. */
export const POSTER_LABEL = 40;
const POSTER_GAP = 48;

/**
 * The whole tree on one sheet of `sheet` CSS pixels: the objectives' page pictures packed top to bottom into
 * columns, trying column counts up to 10 and keeping the one that draws the tree largest, so a tall tree fills a
 * sheet instead of a strip down its middle.
 */
export function posterLayout(
  root: TreeItem,
  secondary: readonly SecondaryLink[],
  collapsed: ReadonlySet<string>,
  sheet: { width: number; height: number },
): Poster {
  const colWidth = pictureWidth(Math.max(1, levelsBelow(root, collapsed)));
  const whole = treePages(root, secondary, collapsed, Infinity);
  const total = whole.reduce((sum, p) => sum + pictureHeight(p.picture) + POSTER_GAP, 0);
  let best: Poster | null = null;
  // Blocks do not split evenly, so a column as high as total / columns can leave one over: each count is tried
  // with a little more height too.
  const targets = [];
  for (let columns = 1; columns <= 10; columns++)
    for (const slack of [1, 1.15, 1.3]) targets.push(Math.max((slack * total) / columns, 600));
  for (const target of targets) {
    const pages = treePages(root, secondary, collapsed, target);
    const blocks: PosterBlock[] = [];
    let x = 0;
    let y = 0;
    let height = 0;
    for (const page of pages) {
      const h = pictureHeight(page.picture) + (page.part > 0 ? POSTER_LABEL : 0);
      if (y > 0 && y + h > target) {
        x += colWidth + POSTER_GAP;
        y = 0;
      }
      blocks.push({ page, x, y: y + (page.part > 0 ? POSTER_LABEL : 0) });
      y += h + POSTER_GAP;
      height = Math.max(height, y - POSTER_GAP);
    }
    const width = x + colWidth;
    const zoom = Math.min(sheet.width / width, sheet.height / Math.max(1, height));
    if (!best || zoom > best.zoom) best = { blocks, width, height: Math.max(1, height), zoom };
  }
  return best!;
}
