import { hierarchy, tree, type HierarchyPointNode } from 'd3-hierarchy';
import type { Strength } from '../../../contract/plan-format.ts';
import { nodeHeight, nodeWidth, SPACING, type Orientation } from './node-geometry.ts';
import type { SecondaryLink, TreeItem } from './tree-model.ts';

export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LaidNode {
  key: string;
  item: TreeItem;
  parentKey: string | null;
  parent: LaidNode | null;
  depth: number;
  /** Top-left corner and size, in layout units. */
  x: number;
  y: number;
  w: number;
  h: number;
  hasChildren: boolean;
  collapsed: boolean;
  /** Descendants hidden by collapsing this node (0 when expanded). */
  hiddenCount: number;
}

export interface LaidEdge {
  key: string;
  fromKey: string;
  toKey: string;
  secondary: boolean;
  strength: Strength | null;
  /** Inside the Unaligned branch: drawn as part of the alarm. */
  alarm: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface TreeLayout {
  orientation: Orientation;
  /** Parents before children (breadth first). */
  nodes: LaidNode[];
  byKey: Map<string, LaidNode>;
  /** Item id -> its node (each item is drawn once). */
  byId: Map<string, LaidNode>;
  /** The other links (dashed). Tree edges are not stored: each node's comes from `treeEdge` when it is drawn. */
  secondary: LaidEdge[];
  /** Every edge, tree edges then the other links: built on first use (the live tree never needs them all). */
  readonly edges: LaidEdge[];
  bounds: Rect;
  /** Wrapped into this many columns (wrapBranches); absent: one tree. */
  columns?: number;
}

/**
 * Positions the tree with d3's tidy-tree algorithm. Breadth comes from `d3.tree` with a unit node size and a
 * separation in layout units (half of each neighbour's breadth plus a gap), which gives variable-size nodes
 * without overlap; depth comes from fixed columns (rows when vertical) as wide as the widest node of the level.
 * Pure: the same model, collapsed set and orientation always give the same layout.
 */
export function layoutTree(
  root: TreeItem,
  secondary: readonly SecondaryLink[],
  collapsed: ReadonlySet<string>,
  orientation: Orientation,
): TreeLayout {
  const horizontal = orientation === 'horizontal';
  const spacing = SPACING[orientation];
  const breadthOf = (d: TreeItem) => (horizontal ? nodeHeight(d) : nodeWidth(d));
  const depthOf = (d: TreeItem) => (horizontal ? nodeWidth(d) : nodeHeight(d));

  const h = hierarchy(root, (d) => (collapsed.has(d.key) ? null : d.children));
  const laidOut = tree<TreeItem>()
    .nodeSize([1, 1])
    .separation(
      (a, b) =>
        (breadthOf(a.data) + breadthOf(b.data)) / 2 + (a.parent === b.parent ? spacing.siblings : spacing.cousins),
    )(h);

  const all: HierarchyPointNode<TreeItem>[] = laidOut.descendants();
  const levelSize: number[] = [];
  for (const n of all) levelSize[n.depth] = Math.max(levelSize[n.depth] ?? 0, depthOf(n.data));
  const levelStart: number[] = [0];
  for (let d = 1; d < levelSize.length; d++) levelStart[d] = levelStart[d - 1]! + levelSize[d - 1]! + spacing.depth;

  const nodes: LaidNode[] = [];
  const byKey = new Map<string, LaidNode>();
  const byId = new Map<string, LaidNode>();
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of all) {
    const item = n.data;
    const w = nodeWidth(item);
    const hh = nodeHeight(item);
    const start = levelStart[n.depth]!;
    const isCollapsed = collapsed.has(item.key) && item.children.length > 0;
    const node: LaidNode = {
      key: item.key,
      item,
      parentKey: n.parent?.data.key ?? null,
      parent: n.parent ? (byKey.get(n.parent.data.key) ?? null) : null,
      depth: n.depth,
      x: horizontal ? start : n.x - w / 2,
      y: horizontal ? n.x - hh / 2 : start,
      w,
      h: hh,
      hasChildren: item.children.length > 0,
      collapsed: isCollapsed,
      hiddenCount: isCollapsed ? countDescendants(item) : 0,
    };
    nodes.push(node);
    byKey.set(node.key, node);
    byId.set(item.id, node);
    x0 = Math.min(x0, node.x);
    y0 = Math.min(y0, node.y);
    x1 = Math.max(x1, node.x + w);
    y1 = Math.max(y1, node.y + hh);
  }

  const secondaryEdges: LaidEdge[] = [];
  for (const s of secondary) {
    const parent = byId.get(s.parentId);
    const child = byId.get(s.childId);
    if (parent && child) {
      secondaryEdges.push(edgeBetween(parent, child, `${s.parentId}>${s.childId}`, true, s.strength, orientation));
    }
  }

  let edges: LaidEdge[] | null = null;
  const layout: TreeLayout = {
    orientation,
    nodes,
    byKey,
    byId,
    secondary: secondaryEdges,
    get edges() {
      return (edges ??= allEdges(layout));
    },
    bounds: nodes.length > 0 ? { x0, y0, x1, y1 } : { x0: 0, y0: 0, x1: 0, y1: 0 },
  };
  return layout;
}

/** The edge from the parent's trailing side (right, or bottom when vertical) to the child's leading side. */
function edgeBetween(
  from: LaidNode,
  to: LaidNode,
  key: string,
  isSecondary: boolean,
  strength: Strength | null,
  orientation: Orientation,
): LaidEdge {
  const horizontal = orientation === 'horizontal';
  return {
    key,
    fromKey: from.key,
    toKey: to.key,
    secondary: isSecondary,
    strength,
    alarm: to.item.gap === 'orphan' || to.item.kind === 'unaligned',
    x1: horizontal ? from.x + from.w : from.x + from.w / 2,
    y1: horizontal ? from.y + from.h / 2 : from.y + from.h,
    x2: horizontal ? to.x : to.x + to.w / 2,
    y2: horizontal ? to.y + to.h / 2 : to.y,
  };
}

/** A node's tree edge (from its parent), keyed by the node's key; null for the root. */
export function treeEdge(node: LaidNode, orientation: Orientation): LaidEdge | null {
  return node.parent ? edgeBetween(node.parent, node, node.key, false, node.item.strength, orientation) : null;
}

/** Every edge: the tree edges, then the other links. */
export function allEdges(layout: Pick<TreeLayout, 'nodes' | 'orientation' | 'secondary'>): LaidEdge[] {
  const edges: LaidEdge[] = [];
  for (const n of layout.nodes) {
    const e = treeEdge(n, layout.orientation);
    if (e) edges.push(e);
  }
  return [...edges, ...layout.secondary];
}

function countDescendants(item: TreeItem): number {
  let n = 0;
  const stack = [...item.children];
  while (stack.length > 0) {
    const c = stack.pop()!;
    n += 1;
    for (const g of c.children) stack.push(g);
  }
  return n;
}

/** Keys of a node and every node above it, up to the root. */
export function pathToRoot(layout: TreeLayout, key: string): Set<string> {
  const path = new Set<string>();
  let node = layout.byKey.get(key);
  while (node) {
    path.add(node.key);
    node = node.parentKey === null ? undefined : layout.byKey.get(node.parentKey);
  }
  return path;
}

/** Space between the columns of a wrapped layout: room for the collapse toggles past each card. */
export const COLUMN_GAP = 96;

/**
 * The tree wrapped into columns, for a screen wider than the tree (horizontal layouts only): the branches under
 * the plan (the Unaligned branch and each objective, with everything shown below them) are stacked in order into
 * `columns` columns of about equal height, side by side; the plan's own card is left out (its title is the
 * header's), so no edge crosses a column. The other links (dashed) are drawn between the moved nodes.
 * Pure; the layout as it is for one column or a vertical layout.
 */
export function wrapBranches(layout: TreeLayout, columns: number): TreeLayout {
  if (columns <= 1 || layout.orientation !== 'horizontal') return layout;
  const { orientation } = layout;
  const gap = SPACING[orientation].cousins;
  // Each node's branch: the depth-1 node it sits under (nodes come parents first).
  const branchOf = new Map<string, number>();
  const branches: { x0: number; y0: number; x1: number; y1: number; nodes: LaidNode[] }[] = [];
  for (const n of layout.nodes) {
    if (n.depth === 0) continue;
    let b = n.depth === 1 ? undefined : branchOf.get(n.parentKey ?? '');
    if (b === undefined) {
      b = branches.length;
      branches.push({ x0: Infinity, y0: Infinity, x1: -Infinity, y1: -Infinity, nodes: [] });
    }
    branchOf.set(n.key, b);
    const r = branches[b]!;
    r.nodes.push(n);
    r.x0 = Math.min(r.x0, n.x);
    r.y0 = Math.min(r.y0, n.y);
    r.x1 = Math.max(r.x1, n.x + n.w);
    r.y1 = Math.max(r.y1, n.y + n.h);
  }
  if (branches.length < 2) return layout;
  branches.sort((a, b) => a.y0 - b.y0);
  const heights = branches.map((b) => b.y1 - b.y0);
  const starts = splitEvenly(heights, Math.min(columns, branches.length), gap);
  const width = Math.max(...branches.map((b) => b.x1 - b.x0));

  const nodes: LaidNode[] = [];
  const byKey = new Map<string, LaidNode>();
  const byId = new Map<string, LaidNode>();
  let column = -1;
  let top = 0;
  branches.forEach((branch, i) => {
    if (starts.includes(i)) {
      column += 1;
      top = 0;
    }
    const dx = column * (width + COLUMN_GAP) - branch.x0;
    const dy = top - branch.y0;
    for (const n of branch.nodes) {
      const moved: LaidNode = {
        ...n,
        x: n.x + dx,
        y: n.y + dy,
        parentKey: n.depth === 1 ? null : n.parentKey,
        parent: n.depth === 1 ? null : (byKey.get(n.parentKey ?? '') ?? null),
      };
      byKey.set(moved.key, moved);
      byId.set(moved.item.id, moved);
    }
    top += heights[i]! + gap;
  });
  // Parents first, as in every layout.
  for (const n of layout.nodes) {
    const moved = byKey.get(n.key);
    if (moved) nodes.push(moved);
  }
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    x0 = Math.min(x0, n.x);
    y0 = Math.min(y0, n.y);
    x1 = Math.max(x1, n.x + n.w);
    y1 = Math.max(y1, n.y + n.h);
  }
  const secondary: LaidEdge[] = [];
  for (const e of layout.secondary) {
    const from = byKey.get(e.fromKey);
    const to = byKey.get(e.toKey);
    if (from && to) secondary.push(edgeBetween(from, to, e.key, true, e.strength, orientation));
  }
  let edges: LaidEdge[] | null = null;
  const wrapped: TreeLayout = {
    orientation,
    nodes,
    byKey,
    byId,
    secondary,
    get edges() {
      return (edges ??= allEdges(wrapped));
    },
    bounds: { x0, y0, x1, y1 },
    columns: starts.length,
  };
  return wrapped;
}

/**
 * Splits a sequence of heights (stacked with `gap` between them) into at most `columns` runs so that the tallest
 * run is as short as it can be; returns the index each run starts at. Exact (dynamic programming over the
 * prefix sums); the sequences are the plan's objectives, a handful to a few dozen.
 */
export function splitEvenly(heights: readonly number[], columns: number, gap: number): number[] {
  const n = heights.length;
  const prefix = [0];
  for (const h of heights) prefix.push(prefix[prefix.length - 1]! + h);
  const run = (i: number, j: number) => prefix[j]! - prefix[i]! + gap * (j - i - 1);
  // best[c][j]: the tallest run when the first j heights go into c runs; from[c][j]: where the last run starts.
  const best: number[][] = [Array.from({ length: n + 1 }, (_, j) => (j === 0 ? 0 : Infinity))];
  const from: number[][] = [Array.from({ length: n + 1 }, () => 0)];
  for (let c = 1; c <= columns; c++) {
    best.push(Array.from({ length: n + 1 }, () => Infinity));
    from.push(Array.from({ length: n + 1 }, () => 0));
    best[c]![0] = 0;
    for (let j = 1; j <= n; j++) {
      for (let i = c - 1; i < j; i++) {
        const tallest = Math.max(best[c - 1]![i]!, run(i, j));
        if (tallest < best[c]![j]!) {
          best[c]![j] = tallest;
          from[c]![j] = i;
        }
      }
    }
  }
  const starts: number[] = [];
  let j = n;
  for (let c = columns; c > 0 && j > 0; c--) {
    const i = from[c]![j]!;
    starts.unshift(i);
    j = i;
  }
  return starts;
}
