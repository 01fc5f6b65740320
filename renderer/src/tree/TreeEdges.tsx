import { memo } from 'react';
import { clippedEdgePath } from './edge-clip.ts';
import type { Orientation } from './node-geometry.ts';
import type { LaidEdge, Rect } from './tree-layout.ts';

/** A smooth S-curve leaving the parent along the depth axis and arriving at the child the same way. */
export function edgePath(e: LaidEdge, orientation: Orientation): string {
  if (orientation === 'horizontal') {
    const mx = (e.x1 + e.x2) / 2;
    return `M${e.x1},${e.y1}C${mx},${e.y1} ${mx},${e.y2} ${e.x2},${e.y2}`;
  }
  const my = (e.y1 + e.y2) / 2;
  return `M${e.x1},${e.y1}C${e.x1},${my} ${e.x2},${my} ${e.x2},${e.y2}`;
}

/**
 * Edges: the tree edge solid, every other link dashed; stroke width is the link's strength. Keys are the
 * child's node key (tree edges) or `parentId>childId` (other links), never positions.
 */
export const TreeEdges = memo(function TreeEdges({
  edges,
  orientation,
  path,
  hovered,
  clip,
}: {
  edges: LaidEdge[];
  orientation: Orientation;
  /** Node keys on the hovered path: tree edges between two of them are highlighted. */
  path: ReadonlySet<string>;
  /** The hovered node: its other links are highlighted too. */
  hovered: string | null;
  /**
   * The drawn region: each edge is drawn only as far as it lies inside it (see clippedEdgePath), so a long edge
   * costs what its visible part costs. Null draws every edge whole (the benchmark's naive baseline).
   */
  clip: Rect | null;
}) {
  const plain: LaidEdge[] = [];
  const lit: LaidEdge[] = [];
  const isLit = (e: LaidEdge) =>
    e.secondary ? e.fromKey === hovered || e.toKey === hovered : path.has(e.fromKey) && path.has(e.toKey);
  for (const e of edges) (isLit(e) ? lit : plain).push(e);
  // Highlighted edges last, so they are drawn on top.
  const draw = (e: LaidEdge, on: boolean) => {
    const cls = [
      'tree-edge',
      `tree-edge--${e.strength ?? 'none'}`,
      e.secondary ? 'tree-edge--secondary' : '',
      e.alarm ? 'tree-edge--alarm' : '',
      on ? 'is-on-path' : '',
    ]
      .filter(Boolean)
      .join(' ');
    const d = clip ? clippedEdgePath(e, orientation, clip) : edgePath(e, orientation);
    return d ? <path key={e.key} className={cls} d={d} /> : null;
  };
  return (
    <g className="tree-edges" aria-hidden="true">
      {plain.map((e) => draw(e, false))}
      {lit.map((e) => draw(e, true))}
    </g>
  );
});
