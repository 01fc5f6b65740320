import type { Slicer } from './blocks.ts';
import type { LaidEdge, LaidNode, TreeLayout } from '../tree/tree-layout.ts';

/** The part of a tree layout the report draws (everything but the plan's root card, which the cover replaces). */
export interface TreeArea {
  nodes: LaidNode[];
  edges: LaidEdge[];
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** Vertical spans covered by a node, merged and sorted: a cut never falls inside one. */
  spans: [number, number][];
}

const PAD = 6;

export function treeArea(layout: TreeLayout): TreeArea {
  const nodes = layout.nodes.filter((n) => n.depth > 0);
  const shown = new Set(nodes.map((n) => n.key));
  const edges = layout.edges.filter((e) => shown.has(e.fromKey) && shown.has(e.toKey));
  if (nodes.length === 0) return { nodes, edges, x0: 0, x1: 1, y0: 0, y1: 1, spans: [] };
  const sorted = nodes.map((n): [number, number] => [n.y, n.y + n.h]).sort((a, b) => a[0] - b[0]);
  const spans: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = spans.at(-1);
    if (last && a <= last[1] + 1) last[1] = Math.max(last[1], b);
    else spans.push([a, b]);
  }
  return {
    nodes,
    edges,
    x0: Math.min(...nodes.map((n) => n.x)) - PAD,
    x1: Math.max(...nodes.map((n) => n.x + n.w)) + PAD,
    y0: spans[0]![0] - PAD,
    y1: spans.at(-1)![1] + PAD,
    spans,
  };
}

/**
 * Cuts the tree into page-high slices at the gaps between nodes, scaled to `widthPx`. A cut lands midway in a gap,
 * so no card is ever split; only a single span taller than a page (never seen with the fixed card sizes) is cut.
 */
export function treeSlicer(area: TreeArea, widthPx: number, render: Slicer['render']): Slicer {
  const scale = Math.min(1, widthPx / (area.x1 - area.x0));
  const cuts: number[] = [];
  for (let i = 0; i + 1 < area.spans.length; i++) cuts.push((area.spans[i]![1] + area.spans[i + 1]![0]) / 2);
  cuts.push(area.y1);
  return {
    start: area.y0,
    end: area.y1,
    cut(from, availablePx, fresh) {
      const limit = from + availablePx / scale;
      let to: number | null = null;
      for (const c of cuts) {
        if (c <= from) continue;
        if (c > limit) break;
        to = c;
      }
      if (to === null) {
        if (!fresh) return null;
        to = Math.min(area.y1, limit);
      }
      return { to, height: (to - from) * scale };
    },
    render,
  };
}

export function treeScale(area: TreeArea, widthPx: number): number {
  return Math.min(1, widthPx / (area.x1 - area.x0));
}

/** Nodes and edges that show between `from` and `to`. */
export function inSlice(area: TreeArea, from: number, to: number): { nodes: LaidNode[]; edges: LaidEdge[] } {
  return {
    nodes: area.nodes.filter((n) => n.y < to && n.y + n.h > from),
    edges: area.edges.filter((e) => Math.min(e.y1, e.y2) < to && Math.max(e.y1, e.y2) > from),
  };
}
