import { DEPARTMENT_SLOTS } from './department-palette.ts';
import { treeEdge, type LaidEdge, type TreeLayout } from './tree-layout.ts';
import { visibleRect, type Size, type ViewTransform } from './tree-viewport.ts';

/** Resolved colours of the overview (a canvas cannot read CSS custom properties itself). */
export interface OverviewColours {
  edge: string;
  alarm: string;
  uncovered: string;
  unexecuted: string;
  plan: string;
  objective: string;
  card: string;
  departments: string[];
}

/** Resolves the tree's colour tokens in the current theme by letting CSS compute them on a hidden probe. */
export function resolveOverviewColours(probe: HTMLElement): OverviewColours {
  const read = (token: string) => {
    probe.style.color = `var(${token})`;
    return getComputedStyle(probe).color;
  };
  return {
    edge: read('--tree-edge'),
    alarm: read('--tree-alarm'),
    uncovered: read('--tree-uncovered'),
    unexecuted: read('--tree-unexecuted'),
    plan: read('--tree-plan-bg'),
    objective: read('--tree-objective-accent'),
    card: read('--tree-card-border'),
    departments: Array.from({ length: DEPARTMENT_SLOTS }, (_, i) => read(`--tree-dept-${i}`)),
  };
}

/**
 * Draws what SVG cannot keep up with (thousands of nodes on screen): every visible node as a filled box in its
 * department's or gap's colour, every edge as a line, batched into one path per colour.
 */
export function drawOverview(
  canvas: HTMLCanvasElement,
  layout: TreeLayout,
  t: ViewTransform,
  size: Size,
  colours: OverviewColours,
  slotOf: (departmentId: string | null) => number | null,
): void {
  const dpr = window.devicePixelRatio || 1;
  const pw = Math.round(size.width * dpr);
  const ph = Math.round(size.height * dpr);
  if (canvas.width !== pw || canvas.height !== ph) {
    canvas.width = pw;
    canvas.height = ph;
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, pw, ph);
  ctx.setTransform(dpr * t.k, 0, 0, dpr * t.k, dpr * t.x, dpr * t.y);
  const r = visibleRect(t, size, 0.05);
  const px = 1 / t.k;

  const lines = { plain: new Path2D(), alarm: new Path2D() };
  const line = (e: LaidEdge) => {
    if (Math.max(e.x1, e.x2) < r.x0 || Math.min(e.x1, e.x2) > r.x1) return;
    if (Math.max(e.y1, e.y2) < r.y0 || Math.min(e.y1, e.y2) > r.y1) return;
    const path = e.alarm ? lines.alarm : lines.plain;
    path.moveTo(e.x1, e.y1);
    path.lineTo(e.x2, e.y2);
  };
  for (const n of layout.nodes) {
    const p = n.parent;
    if (!p || Math.max(p.x + p.w, n.x + n.w) < r.x0 || Math.min(p.x, n.x) > r.x1) continue;
    if (Math.max(p.y + p.h, n.y + n.h) < r.y0 || Math.min(p.y, n.y) > r.y1) continue;
    line(treeEdge(n, layout.orientation)!);
  }
  for (const e of layout.secondary) line(e);
  ctx.lineWidth = px;
  ctx.strokeStyle = colours.edge;
  ctx.stroke(lines.plain);
  ctx.strokeStyle = colours.alarm;
  ctx.stroke(lines.alarm);

  const fills = new Map<string, Path2D>();
  const minH = 1.5 * px;
  for (const n of layout.nodes) {
    if (n.x + n.w < r.x0 || n.x > r.x1 || n.y + n.h < r.y0 || n.y > r.y1) continue;
    const { item } = n;
    let colour: string;
    if (item.kind === 'unaligned' || item.gap === 'orphan') colour = colours.alarm;
    else if (item.gap === 'uncovered') colour = colours.uncovered;
    else if (item.gap === 'unexecuted') colour = colours.unexecuted;
    else if (item.kind === 'plan') colour = colours.plan;
    else if (item.kind === 'objective') colour = colours.objective;
    else colour = colours.departments[slotOf(item.departmentId) ?? 0] ?? colours.card;
    let path = fills.get(colour);
    if (!path) {
      path = new Path2D();
      fills.set(colour, path);
    }
    const h = Math.max(n.h, minH);
    path.rect(n.x, n.y + (n.h - h) / 2, n.w, h);
  }
  for (const [colour, path] of fills) {
    ctx.fillStyle = colour;
    ctx.fill(path);
  }
}

export function clearOverview(canvas: HTMLCanvasElement | null): void {
  const ctx = canvas?.getContext('2d');
  if (canvas && ctx) {
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
  }
}
