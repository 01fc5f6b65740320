import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';
import { clearOverview, drawOverview, resolveOverviewColours, type OverviewColours } from './overview-canvas.ts';
import { countVisible, detailLevel, type DetailLevel } from './tree-cull.ts';
import type { Rect, TreeLayout } from './tree-layout.ts';
import { contains, scaleExtent, visibleRect, type Size, type ViewTransform } from './tree-viewport.ts';
import { useTreeZoom, type ZoomControl } from './useTreeZoom.ts';

/** The region React has drawn (the screen plus this many screens on each side) and how it drew it. */
export interface DrawnView {
  rect: Rect;
  level: DetailLevel;
  /** The zoom it was drawn at. */
  k: number;
}

const OVERSCAN = 0.6;
/**
 * Zooming in this far past the drawn zoom draws again: edges are clipped to the drawn region, so what a stroke
 * costs on screen grows with the zoom since it was drawn; this bounds it at twice the drawn region's size.
 */
const REDRAW_ZOOM_IN = 2;

/**
 * Keeps what is drawn in step with the zoom: on each animation frame after a zoom event it counts what is on
 * screen, picks the detail level, redraws the overview canvas when that is the level, and re-renders React only
 * when the screen has left the drawn region or the level changed. Gestures inside the drawn region cost one
 * attribute write per frame.
 */
export function useTreeViewport(options: {
  stageRef: RefObject<HTMLDivElement | null>;
  viewportRef: RefObject<SVGGElement | null>;
  canvasRef: RefObject<HTMLCanvasElement | null>;
  probeRef: RefObject<HTMLElement | null>;
  layout: TreeLayout;
  size: Size;
  slotOf: (departmentId: string | null) => number | null;
  onGestureEnd: (t: ViewTransform) => void;
  /** Runs when the layout or size changed, before the drawn set is worked out: may move the view (zoom.set). */
  onLayout: (zoom: ZoomControl) => void;
}): { view: DrawnView | null; zoom: ZoomControl; sync: () => void } {
  const { layout, size } = options;
  const [view, setView] = useState<DrawnView | null>(null);
  const latest = useRef({ ...options, view });
  useLayoutEffect(() => {
    latest.current = { ...options, view: latest.current.view };
  });
  const colours = useRef<{ theme: string; colours: OverviewColours } | null>(null);
  const frame = useRef(0);

  /** Works out the drawn view for the transform now; `immediate` renders inside the caller (a layout effect). */
  const update = useCallback((t: ViewTransform, immediate: boolean) => {
    const { layout: l, size: s, view: drawn, canvasRef, probeRef } = latest.current;
    if (s.width === 0 || s.height === 0) return;
    const screen = visibleRect(t, s, 0);
    const level = detailLevel(t.k, countVisible(l, screen), drawn?.level ?? null);
    const canvas = canvasRef.current;
    if (level === 'canvas' && canvas && probeRef.current) {
      const theme = document.documentElement.dataset['theme'] ?? '';
      if (colours.current?.theme !== theme) {
        colours.current = { theme, colours: resolveOverviewColours(probeRef.current) };
      }
      drawOverview(canvas, l, t, s, colours.current.colours, latest.current.slotOf);
    } else if (drawn?.level === 'canvas') {
      clearOverview(canvas);
    }
    const still =
      level === 'canvas' || (contains(drawn?.rect ?? screen, screen) && t.k <= (drawn?.k ?? 0) * REDRAW_ZOOM_IN);
    if (drawn && drawn.level === level && still) return;
    const next: DrawnView = { rect: visibleRect(t, s, OVERSCAN), level, k: t.k };
    latest.current.view = next;
    if (immediate) setView(next);
    else flushSync(() => setView(next));
  }, []);

  const pending = useRef<ViewTransform | null>(null);
  const onZoom = useCallback(
    (t: ViewTransform) => {
      pending.current = t;
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        if (pending.current) update(pending.current, false);
      });
    },
    [update],
  );
  const onEnd = useCallback((t: ViewTransform) => latest.current.onGestureEnd(t), []);
  const zoom = useTreeZoom(options.stageRef, options.viewportRef, onZoom, onEnd);

  useEffect(() => () => cancelAnimationFrame(frame.current), []);

  // A new layout or size: new zoom limits, and the drawn set worked out again before the browser paints.
  useLayoutEffect(() => {
    if (size.width === 0) return;
    zoom.setExtent(scaleExtent(layout, size));
    latest.current.onLayout(zoom);
    latest.current.view = null;
    update(zoom.current(), true);
  }, [layout, size, zoom, update]);

  const sync = useCallback(() => update(zoom.current(), true), [update, zoom]);
  return { view, zoom, sync };
}
