import type { Orientation } from './node-geometry.ts';
import type { LaidEdge, Rect } from './tree-layout.ts';

/** A cubic Bézier curve: start, two control points, end (layout units). */
export type Cubic = readonly [Point, Point, Point, Point];
export interface Point {
  x: number;
  y: number;
}

/**
 * The S-curve of an edge: it leaves the parent along the depth axis and arrives at the child the same way.
 * Invariant the clipping relies on: both coordinates are monotone along the curve (the control points' x and y
 * are each ordered like the ends'), so the curve crosses any vertical or horizontal line at most once.
 */
export function edgeCurve(e: LaidEdge, orientation: Orientation): Cubic {
  if (orientation === 'horizontal') {
    const mx = (e.x1 + e.x2) / 2;
    return [
      { x: e.x1, y: e.y1 },
      { x: mx, y: e.y1 },
      { x: mx, y: e.y2 },
      { x: e.x2, y: e.y2 },
    ];
  }
  const my = (e.y1 + e.y2) / 2;
  return [
    { x: e.x1, y: e.y1 },
    { x: e.x1, y: my },
    { x: e.x2, y: my },
    { x: e.x2, y: e.y2 },
  ];
}

const at = (a: number, b: number, c: number, d: number, t: number) => {
  const u = 1 - t;
  return u * u * u * a + 3 * u * u * t * b + 3 * u * t * t * c + t * t * t * d;
};

/**
 * The parameter interval where a monotone coordinate (control values a..d) lies in [lo, hi], or null. Bisection:
 * 50 halvings leave an error far below a layout unit for any plan size.
 */
function monotoneInterval(a: number, b: number, c: number, d: number, lo: number, hi: number): [number, number] | null {
  if (Math.max(a, d) < lo || Math.min(a, d) > hi) return null;
  const increasing = d >= a;
  // The first t where the value reaches `v` (from the start's side).
  const cross = (v: number) => {
    let t0 = 0;
    let t1 = 1;
    for (let i = 0; i < 50; i++) {
      const m = (t0 + t1) / 2;
      const before = increasing ? at(a, b, c, d, m) < v : at(a, b, c, d, m) > v;
      if (before) t0 = m;
      else t1 = m;
    }
    return (t0 + t1) / 2;
  };
  const [first, last] = increasing ? [lo, hi] : [hi, lo];
  const inFirst = increasing ? a >= lo : a <= hi;
  const inLast = increasing ? d <= hi : d >= lo;
  return [inFirst ? 0 : cross(first), inLast ? 1 : cross(last)];
}

/**
 * Where a curve that is monotone in x and in y (see `edgeCurve`) is inside the rectangle: one parameter interval
 * [t0, t1] (a monotone curve enters and leaves a rectangle once), or null when it misses the rectangle.
 */
export function clipInterval(c: Cubic, r: Rect): [number, number] | null {
  const x = monotoneInterval(c[0].x, c[1].x, c[2].x, c[3].x, r.x0, r.x1);
  if (!x) return null;
  const y = monotoneInterval(c[0].y, c[1].y, c[2].y, c[3].y, r.y0, r.y1);
  if (!y) return null;
  const t0 = Math.max(x[0], y[0]);
  const t1 = Math.min(x[1], y[1]);
  return t0 <= t1 ? [t0, t1] : null;
}

const lerp = (p: Point, q: Point, t: number): Point => ({ x: p.x + (q.x - p.x) * t, y: p.y + (q.y - p.y) * t });

/** The piece of a cubic between parameters t0 and t1, as a cubic of its own (de Casteljau, twice). */
export function subCubic(c: Cubic, t0: number, t1: number): Cubic {
  const split = (q: Cubic, t: number): [Cubic, Cubic] => {
    const ab = lerp(q[0], q[1], t);
    const bc = lerp(q[1], q[2], t);
    const cd = lerp(q[2], q[3], t);
    const abc = lerp(ab, bc, t);
    const bcd = lerp(bc, cd, t);
    const m = lerp(abc, bcd, t);
    return [
      [q[0], ab, abc, m],
      [m, bcd, cd, q[3]],
    ];
  };
  const tail = t0 > 0 ? split(c, t0)[1] : c;
  if (t1 >= 1) return tail;
  // t1 measured along the tail, which starts at t0.
  return split(tail, t0 >= 1 ? 0 : (t1 - t0) / (1 - t0))[0];
}

const num = (v: number) => String(Math.round(v * 100) / 100);

export function cubicPath(c: Cubic): string {
  return `M${num(c[0].x)},${num(c[0].y)}C${num(c[1].x)},${num(c[1].y)} ${num(c[2].x)},${num(c[2].y)} ${num(c[3].x)},${num(c[3].y)}`;
}

/**
 * The SVG path of the part of an edge inside `rect` grown by `margin` layout units on every side, or null when
 * none of it is. Drawing only this part keeps the cost of a stroke (above all a dashed one, which the browser
 * dashes along its whole length, on screen or not) bounded by the rectangle, however long the edge: a monotone
 * curve inside a rectangle is at most its width plus its height long.
 */
export function clippedEdgePath(e: LaidEdge, orientation: Orientation, rect: Rect, margin = 0): string | null {
  const curve = edgeCurve(e, orientation);
  const grown = { x0: rect.x0 - margin, y0: rect.y0 - margin, x1: rect.x1 + margin, y1: rect.y1 + margin };
  const t = clipInterval(curve, grown);
  if (!t) return null;
  return cubicPath(t[0] === 0 && t[1] === 1 ? curve : subCubic(curve, t[0], t[1]));
}
