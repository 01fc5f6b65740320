import { treeEdge, type LaidEdge, type LaidNode, type Rect, type TreeLayout } from './tree-layout.ts';

/**
 * How a node is drawn: cards with text; boxes labelled with their code in large type; plain boxes; or (too many
 * on screen for SVG) an overview canvas.
 */
export type DetailLevel = 'full' | 'codes' | 'boxes' | 'canvas';

/** Below this zoom card text is too small to read: boxes with large codes, then plain boxes. */
export const TEXT_SCALE = 0.42;
export const CODE_SCALE = 0.2;
/** On-screen node counts at which drawing moves to the canvas and back (apart, so it does not flicker). */
export const CANVAS_ENTER = 1400;
export const CANVAS_LEAVE = 1000;

const intersects = (r: Rect, x0: number, y0: number, x1: number, y1: number) =>
  x1 >= r.x0 && x0 <= r.x1 && y1 >= r.y0 && y0 <= r.y1;

export function cullNodes(layout: TreeLayout, rect: Rect): LaidNode[] {
  const out: LaidNode[] = [];
  for (const n of layout.nodes) if (intersects(rect, n.x, n.y, n.x + n.w, n.y + n.h)) out.push(n);
  return out;
}

export function countVisible(layout: TreeLayout, rect: Rect): number {
  let count = 0;
  for (const n of layout.nodes) if (intersects(rect, n.x, n.y, n.x + n.w, n.y + n.h)) count += 1;
  return count;
}

/**
 * Edges whose bounding box touches the rectangle (a curve never leaves the box of its two ends). Tree edges are
 * built only for the nodes that pass: their box is the parent's trailing anchor to the child's leading one,
 * which lies inside the box of the two nodes.
 */
export function cullEdges(layout: TreeLayout, rect: Rect): LaidEdge[] {
  const out: LaidEdge[] = [];
  for (const n of layout.nodes) {
    const p = n.parent;
    if (!p) continue;
    const x0 = Math.min(p.x, n.x);
    const y0 = Math.min(p.y, n.y);
    const x1 = Math.max(p.x + p.w, n.x + n.w);
    const y1 = Math.max(p.y + p.h, n.y + n.h);
    if (!intersects(rect, x0, y0, x1, y1)) continue;
    const e = treeEdge(n, layout.orientation)!;
    if (intersects(rect, Math.min(e.x1, e.x2), Math.min(e.y1, e.y2), Math.max(e.x1, e.x2), Math.max(e.y1, e.y2))) {
      out.push(e);
    }
  }
  for (const e of layout.secondary) {
    if (intersects(rect, Math.min(e.x1, e.x2), Math.min(e.y1, e.y2), Math.max(e.x1, e.x2), Math.max(e.y1, e.y2))) {
      out.push(e);
    }
  }
  return out;
}

export function detailLevel(k: number, onScreen: number, previous: DetailLevel | null): DetailLevel {
  const canvas = previous === 'canvas' ? onScreen > CANVAS_LEAVE : onScreen > CANVAS_ENTER;
  if (canvas) return 'canvas';
  return k >= TEXT_SCALE ? 'full' : k >= CODE_SCALE ? 'codes' : 'boxes';
}
