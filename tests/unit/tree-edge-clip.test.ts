/** Clipping the tree's edges to the drawn region: the curve's part inside a rectangle, as a curve of its own. */
import { describe, expect, it } from 'vitest';
import {
  clipInterval,
  clippedEdgePath,
  cubicPath,
  edgeCurve,
  subCubic,
  type Cubic,
  type Point,
} from '../../renderer/src/tree/edge-clip.ts';
import type { LaidEdge, Rect } from '../../renderer/src/tree/tree-layout.ts';
import { edgePath } from '../../renderer/src/tree/TreeEdges.tsx';

const edge = (x1: number, y1: number, x2: number, y2: number): LaidEdge => ({
  key: 'e',
  fromKey: 'a',
  toKey: 'b',
  secondary: true,
  strength: 'medium',
  alarm: false,
  x1,
  y1,
  x2,
  y2,
});

const point = (c: Cubic, t: number): Point => {
  const u = 1 - t;
  const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return { x: c.reduce((s, p, i) => s + p.x * w[i]!, 0), y: c.reduce((s, p, i) => s + p.y * w[i]!, 0) };
};
const inside = (p: Point, r: Rect, eps = 1e-6) =>
  p.x >= r.x0 - eps && p.x <= r.x1 + eps && p.y >= r.y0 - eps && p.y <= r.y1 + eps;
/** Parses "M x,y C x,y x,y x,y" back into the four points. */
const parse = (d: string): Cubic => {
  const n = d.match(/-?[\d.]+(e-?\d+)?/g)!.map(Number);
  return [0, 1, 2, 3].map((i) => ({ x: n[2 * i]!, y: n[2 * i + 1]! })) as unknown as Cubic;
};
/** Length of a curve, by many chords. */
const length = (c: Cubic) => {
  let s = 0;
  let p = point(c, 0);
  for (let i = 1; i <= 2000; i++) {
    const q = point(c, i / 2000);
    s += Math.hypot(q.x - p.x, q.y - p.y);
    p = q;
  }
  return s;
};

describe('edge curves', () => {
  it('are the curves TreeEdges draws, monotone in x and in y', () => {
    for (const orientation of ['horizontal', 'vertical'] as const) {
      const e = edge(100, 5000, 184, -20000);
      expect(cubicPath(edgeCurve(e, orientation))).toBe(edgePath(e, orientation));
      const c = edgeCurve(e, orientation);
      let prev = point(c, 0);
      for (let i = 1; i <= 100; i++) {
        const p = point(c, i / 100);
        expect(p.x).toBeGreaterThanOrEqual(prev.x - 1e-9);
        expect(p.y).toBeLessThanOrEqual(prev.y + 1e-9);
        prev = p;
      }
    }
  });
});

describe('clipInterval', () => {
  const rect: Rect = { x0: 0, y0: 0, x1: 1000, y1: 800 };

  it('keeps an edge wholly inside the rectangle whole', () => {
    expect(clipInterval(edgeCurve(edge(100, 100, 184, 700), 'horizontal'), rect)).toEqual([0, 1]);
    expect(clippedEdgePath(edge(100, 100, 184, 700), 'horizontal', rect)).toBe(
      cubicPath(edgeCurve(edge(100, 100, 184, 700), 'horizontal')),
    );
  });

  it('drops an edge that misses the rectangle, even when its bounding box touches it', () => {
    expect(clipInterval(edgeCurve(edge(2000, 100, 2084, 700), 'horizontal'), rect)).toBeNull();
    expect(clippedEdgePath(edge(900, -5000, 1400, -10), 'horizontal', rect)).toBeNull();
    // This S-curve's bounding box covers the whole rectangle, but the curve passes beside it.
    const corner = edgeCurve(edge(-3000, -100, 1500, 5000), 'horizontal');
    const t = clipInterval(corner, rect);
    let sampledInside = false;
    for (let i = 0; i <= 4000; i++) if (inside(point(corner, i / 4000), rect)) sampledInside = true;
    expect(t !== null).toBe(sampledInside);
  });

  it('gives the exact part inside a rectangle for long edges in both orientations and directions', () => {
    const cases: [LaidEdge, 'horizontal' | 'vertical'][] = [
      [edge(900, 400, 984, 4_000_000), 'horizontal'],
      [edge(900, 4_000_000, 984, 400), 'horizontal'],
      // Symmetric about the rectangle's centre, so the curve's middle is inside; it leaves through both sides.
      [edge(500 - 50_000, 400 - 3_000_000, 500 + 50_000, 400 + 3_000_000), 'horizontal'],
      [edge(500, 700, -2_000_000, 776), 'vertical'],
      [edge(500 - 2_000_000, 400 - 1000, 500 + 2_000_000, 400 + 1000), 'vertical'],
    ];
    for (const [e, orientation] of cases) {
      const c = edgeCurve(e, orientation);
      const t = clipInterval(c, rect)!;
      expect(t).not.toBeNull();
      // Every point of the piece is inside; just outside the interval (by a hair of its length) is outside.
      for (let i = 0; i <= 50; i++) expect(inside(point(c, t[0] + ((t[1] - t[0]) * i) / 50), rect, 1e-3)).toBe(true);
      if (t[0] > 0) expect(inside(point(c, Math.max(0, t[0] - 1e-6)), rect, 0)).toBe(false);
      if (t[1] < 1) expect(inside(point(c, Math.min(1, t[1] + 1e-6)), rect, 0)).toBe(false);
    }
  });
});

describe('subCubic', () => {
  it('is the same curve between the two parameters', () => {
    const c = edgeCurve(edge(0, 0, 300, 90_000), 'horizontal');
    for (const [t0, t1] of [
      [0, 1],
      [0, 0.3],
      [0.25, 1],
      [0.4, 0.41],
      [0.9, 0.999],
    ] as const) {
      const s = subCubic(c, t0, t1);
      for (let i = 0; i <= 10; i++) {
        const u = i / 10;
        const a = point(s, u);
        const b = point(c, t0 + (t1 - t0) * u);
        expect(a.x).toBeCloseTo(b.x, 4);
        expect(a.y).toBeCloseTo(b.y, 4);
      }
    }
  });
});

describe('clippedEdgePath', () => {
  it('bounds the drawn length of a long edge by the rectangle, whatever the edge length', () => {
    const rect: Rect = { x0: 1000, y0: 10_000, x1: 3000, y1: 11_000 };
    const long = edge(1800, 0, 1884, 50_000_000);
    const whole = length(edgeCurve(long, 'horizontal'));
    const piece = parse(clippedEdgePath(long, 'horizontal', rect)!);
    expect(whole).toBeGreaterThan(49_000_000);
    expect(length(piece)).toBeLessThanOrEqual(2000 + 1000 + 1);
    for (let i = 0; i <= 20; i++) expect(inside(point(piece, i / 20), rect, 0.02)).toBe(true);
  });

  it('grows the rectangle by the margin', () => {
    const rect: Rect = { x0: 0, y0: 0, x1: 100, y1: 100 };
    const e = edge(150, 50, 234, 60);
    expect(clippedEdgePath(e, 'horizontal', rect)).toBeNull();
    expect(clippedEdgePath(e, 'horizontal', rect, 60)).not.toBeNull();
  });
});
