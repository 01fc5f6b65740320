/** Zoom arithmetic, culling, detail levels, text fitting and the remembered view state of the tree. */
import { describe, expect, it } from 'vitest';
import { analyzeGaps } from '../../core/gaps.ts';
import { truncate, wrap } from '../../renderer/src/tree/text-fit.ts';
import { CANVAS_ENTER, CANVAS_LEAVE, cullEdges, cullNodes, detailLevel } from '../../renderer/src/tree/tree-cull.ts';
import { layoutTree } from '../../renderer/src/tree/tree-layout.ts';
import { buildTreeModel } from '../../renderer/src/tree/tree-model.ts';
import { DEFAULT_VIEW_STATE, parseViewState } from '../../renderer/src/tree/tree-storage.ts';
import {
  centreOn,
  fitTransform,
  initialTransform,
  READABLE_SCALE,
  visibleRect,
} from '../../renderer/src/tree/tree-viewport.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

const doc = samplePlanDocument();
const model = buildTreeModel(doc, analyzeGaps(doc, '2027-01-15'));
const layout = layoutTree(model.root, model.secondary, new Set(), 'horizontal');
const size = { width: 1000, height: 700 };
const toScreen = (t: { x: number; y: number; k: number }, x: number, y: number): [number, number] => [
  x * t.k + t.x,
  y * t.k + t.y,
];

describe('view transforms', () => {
  it('fits the whole tree inside the screen, centred', () => {
    const t = fitTransform(layout.bounds, size);
    const [x0, y0] = toScreen(t, layout.bounds.x0, layout.bounds.y0);
    const [x1, y1] = toScreen(t, layout.bounds.x1, layout.bounds.y1);
    expect(x0).toBeGreaterThanOrEqual(0);
    expect(y0).toBeGreaterThanOrEqual(0);
    expect(x1).toBeLessThanOrEqual(size.width);
    expect(y1).toBeLessThanOrEqual(size.height);
    expect(Math.min(x0 + x1 - size.width, y0 + y1 - size.height)).toBeCloseTo(0, 6);
  });

  it('starts a tall plan at a readable zoom on the top of the tree, from the objectives column', () => {
    const t = initialTransform(layout, size);
    expect(t.k).toBe(READABLE_SCALE);
    const unaligned = layout.byKey.get('unaligned')!;
    const [sx, sy] = toScreen(t, unaligned.x, layout.bounds.y0);
    expect(sx).toBeGreaterThan(0);
    expect(sx).toBeLessThan(100);
    expect(sy).toBeGreaterThan(0);
    expect(sy).toBeLessThan(100);
  });

  it('fits a small plan whole', () => {
    const small = layoutTree(
      model.root,
      model.secondary,
      new Set(['plan/o1', 'plan/o2', 'plan/o3', 'plan/o4', 'unaligned']),
      'horizontal',
    );
    expect(initialTransform(small, { width: 1600, height: 1000 })).toEqual(
      fitTransform(small.bounds, { width: 1600, height: 1000 }),
    );
  });

  it('centres a node', () => {
    const node = layout.byId.get('g-cs-1')!;
    const t = centreOn(node, size, 1.5);
    expect(toScreen(t, node.x + node.w / 2, node.y + node.h / 2)).toEqual([500, 350]);
  });

  it('maps the screen back to layout space, with a margin', () => {
    const t = { x: 100, y: -50, k: 0.5 };
    expect(visibleRect(t, size)).toEqual({ x0: -200, y0: 100, x1: 1800, y1: 1500 });
    expect(visibleRect(t, size, 0.5)).toEqual({ x0: -1200, y0: -600, x1: 2800, y1: 2200 });
  });
});

describe('culling and detail', () => {
  it('keeps only the nodes and edges that touch the rectangle', () => {
    const node = layout.byId.get('g-cs-1')!;
    const rect = { x0: node.x + 1, y0: node.y + 1, x1: node.x + 2, y1: node.y + 2 };
    expect(cullNodes(layout, rect).map((n) => n.item.id)).toEqual(['g-cs-1']);
    const edges = cullEdges(layout, { x0: node.x - 1, y0: node.y, x1: node.x, y1: node.y + node.h });
    expect(edges.some((e) => e.toKey === node.key)).toBe(true);
    expect(cullNodes(layout, visibleRect(fitTransform(layout.bounds, size), size))).toHaveLength(layout.nodes.length);
  });

  it('drops card text when zoomed out, and moves to the canvas past a node count (with hysteresis)', () => {
    expect(detailLevel(1, 50, null)).toBe('full');
    expect(detailLevel(0.3, 50, 'full')).toBe('codes');
    expect(detailLevel(0.1, 50, 'codes')).toBe('boxes');
    expect(detailLevel(0.1, CANVAS_ENTER + 1, 'boxes')).toBe('canvas');
    expect(detailLevel(0.1, CANVAS_LEAVE + 1, 'canvas')).toBe('canvas');
    expect(detailLevel(0.1, CANVAS_LEAVE + 1, 'boxes')).toBe('boxes');
    expect(detailLevel(0.1, CANVAS_LEAVE - 1, 'canvas')).toBe('boxes');
  });
});

describe('text fitting', () => {
  const measure = (s: string) => s.length * 10;
  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('short', 100, measure)).toBe('short');
    expect(truncate('a longer title', 80, measure)).toBe('a longe…');
    expect(truncate('abc', 5, measure)).toBe('…');
  });

  it('wraps by words into at most n lines, the last one ellipsised', () => {
    expect(wrap('one two three four five', 100, 2, measure)).toEqual(['one two', 'three fou…']);
    expect(wrap('one two', 100, 2, measure)).toEqual(['one two']);
    expect(wrap('supercalifragilistic word', 100, 2, measure)).toEqual(['supercali…', 'word']);
    expect(wrap('', 100, 2, measure)).toEqual([]);
  });
});

describe('remembered view state', () => {
  it('reads what was stored, and falls back field by field on anything malformed', () => {
    const stored = { transform: { x: 1, y: 2, k: 0.5 }, collapsed: ['plan/o1'], orientation: 'vertical' };
    expect(parseViewState(JSON.stringify(stored))).toEqual(stored);
    expect(parseViewState(null)).toEqual(DEFAULT_VIEW_STATE);
    expect(parseViewState('{nope')).toEqual(DEFAULT_VIEW_STATE);
    expect(
      parseViewState(JSON.stringify({ transform: { x: 1, y: 2, k: 0 }, collapsed: [3, 'a'], orientation: 'x' })),
    ).toEqual({
      transform: null,
      collapsed: ['a'],
      orientation: 'horizontal',
    });
  });

  it('keeps what Fit folded, so zooming in still reveals it on the next visit', () => {
    const stored = {
      transform: { x: 1, y: 2, k: 0.9 },
      collapsed: ['plan/o1'],
      orientation: 'horizontal',
      fit: { k: 0.9, depth: 1 },
      folded: ['plan/o1'],
    };
    expect(parseViewState(JSON.stringify(stored))).toEqual(stored);
    const whole = { ...stored, fit: { k: 1.2, depth: null }, folded: [] };
    expect(parseViewState(JSON.stringify(whole))).toEqual(whole);
    const bad = parseViewState(JSON.stringify({ ...stored, fit: { k: -1, depth: 'x' } }));
    expect(bad.fit).toBeUndefined();
    expect(bad.folded).toBeUndefined();
  });
});
