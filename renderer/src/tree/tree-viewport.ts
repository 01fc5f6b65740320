import type { LaidNode, Rect, TreeLayout } from './tree-layout.ts';

/** A zoom transform: screen = layout * k + (x, y). Same shape as d3-zoom's ZoomTransform. */
export interface ViewTransform {
  x: number;
  y: number;
  k: number;
}

export interface Size {
  width: number;
  height: number;
}

/** The zoom at which card text is comfortably readable; the first view never starts below it. */
export const READABLE_SCALE = 0.8;
export const MAX_SCALE = 2.5;
const FIT_PADDING = 32;

export function fitTransform(bounds: Rect, size: Size, maxScale = 1): ViewTransform {
  const w = Math.max(1, bounds.x1 - bounds.x0);
  const h = Math.max(1, bounds.y1 - bounds.y0);
  const k = Math.min(
    maxScale,
    Math.max(1e-4, (size.width - 2 * FIT_PADDING) / w),
    Math.max(1e-4, (size.height - 2 * FIT_PADDING) / h),
  );
  return {
    k,
    x: (size.width - w * k) / 2 - bounds.x0 * k,
    y: (size.height - h * k) / 2 - bounds.y0 * k,
  };
}

/** Centres a node at zoom k. */
export function centreOn(node: Pick<LaidNode, 'x' | 'y' | 'w' | 'h'>, size: Size, k: number): ViewTransform {
  return {
    k,
    x: size.width / 2 - (node.x + node.w / 2) * k,
    y: size.height / 2 - (node.y + node.h / 2) * k,
  };
}

/**
 * The first view of a plan: the whole tree when it fits at a readable zoom; otherwise readable zoom on the start
 * of the tree. Horizontal: the top, where the Unaligned branch is, from the objectives rightwards when the
 * whole width does not fit (the plan's own card is one step to the left). Vertical: the root, top-centre.
 */
export function initialTransform(layout: TreeLayout, size: Size): ViewTransform {
  const fit = fitTransform(layout.bounds, size);
  if (fit.k >= READABLE_SCALE) return fit;
  const k = READABLE_SCALE;
  const { x0, x1, y0 } = layout.bounds;
  if (layout.orientation === 'horizontal') {
    let left = x0;
    if ((x1 - x0) * k > size.width - 2 * FIT_PADDING) {
      for (const n of layout.nodes) if (n.depth === 1) left = left === x0 ? n.x : Math.min(left, n.x);
    }
    return { k, x: FIT_PADDING - left * k, y: FIT_PADDING - y0 * k };
  }
  const root = layout.nodes[0];
  const cx = root ? root.x + root.w / 2 : x0;
  return { k, x: size.width / 2 - cx * k, y: FIT_PADDING - y0 * k };
}

/** The layout-space rectangle the screen shows, grown by `margin` screens on every side. */
export function visibleRect(t: ViewTransform, size: Size, margin = 0): Rect {
  const mx = size.width * margin;
  const my = size.height * margin;
  return {
    x0: (-mx - t.x) / t.k,
    y0: (-my - t.y) / t.k,
    x1: (size.width + mx - t.x) / t.k,
    y1: (size.height + my - t.y) / t.k,
  };
}

export function contains(outer: Rect, inner: Rect): boolean {
  return inner.x0 >= outer.x0 && inner.y0 >= outer.y0 && inner.x1 <= outer.x1 && inner.y1 <= outer.y1;
}

/** Whether a node is entirely on screen, with some breathing room. */
export function isComfortablyVisible(node: Pick<LaidNode, 'x' | 'y' | 'w' | 'h'>, t: ViewTransform, size: Size) {
  const inset = 24;
  const sx = node.x * t.k + t.x;
  const sy = node.y * t.k + t.y;
  return (
    sx >= inset && sy >= inset && sx + node.w * t.k <= size.width - inset && sy + node.h * t.k <= size.height - inset
  );
}

/** Zoom limits: out to a little below the whole tree, in to MAX_SCALE. */
export function scaleExtent(layout: TreeLayout, size: Size): [number, number] {
  const fit = fitTransform(layout.bounds, size).k;
  return [Math.min(0.1, fit * 0.8), MAX_SCALE];
}
