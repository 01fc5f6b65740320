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
