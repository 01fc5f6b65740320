import { select } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior } from 'd3-zoom';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type RefObject } from 'react';
import type { ViewTransform } from './tree-viewport.ts';

/** Elements that start their own gesture (drag to link, collapse) instead of a pan. */
const OWN_GESTURE = '[data-draggable="true"], [data-toggle]';

export interface ZoomControl {
  /** The transform now (updated synchronously on every zoom event). */
  current: () => ViewTransform;
  /** Jumps to a transform (clamped to the scale extent). */
  set: (t: ViewTransform) => void;
  /** Zooms by a factor about the stage's centre. */
  scaleBy: (factor: number) => void;
  setExtent: (extent: [number, number]) => void;
}

/**
 * d3-zoom on the stage element: wheel and drag zoom and pan (and pinch). d3 touches the DOM only here: it writes
 * the transform of the one viewport <g> directly, so a gesture never re-renders React; `onChange` then decides
 * (once per animation frame) whether the drawn set must change. `onEnd` hears the end of each gesture.
 */
export function useTreeZoom(
  stageRef: RefObject<HTMLDivElement | null>,
  viewportRef: RefObject<SVGGElement | null>,
  onChange: (t: ViewTransform) => void,
  onEnd: (t: ViewTransform) => void,
): ZoomControl {
  const behaviour = useRef<ZoomBehavior<HTMLDivElement, unknown> | null>(null);
  const transform = useRef<ViewTransform>({ x: 0, y: 0, k: 1 });
  const handlers = useRef({ onChange, onEnd });
  useEffect(() => {
    handlers.current = { onChange, onEnd };
  });

  // A layout effect, so the first view can be set before the first paint.
  useLayoutEffect(() => {
    const stage = stageRef.current;
    if (!stage) return;
    const z = zoom<HTMLDivElement, unknown>()
      .filter((event: Event) => {
        if (event.type === 'wheel') return true;
        const mouse = event as MouseEvent;
        if (mouse.button || mouse.ctrlKey) return false;
        return !(event.target instanceof Element && event.target.closest(OWN_GESTURE));
      })
      .on('zoom', (event: { transform: ViewTransform }) => {
        const { x, y, k } = event.transform;
        transform.current = { x, y, k };
        viewportRef.current?.setAttribute('transform', `translate(${x},${y}) scale(${k})`);
        handlers.current.onChange(transform.current);
      })
      .on('end', () => handlers.current.onEnd(transform.current));
    behaviour.current = z;
    const selection = select(stage);
    selection.call(z).on('dblclick.zoom', null);
    return () => {
      selection.on('.zoom', null);
      behaviour.current = null;
    };
  }, [stageRef, viewportRef]);

  const set = useCallback(
    (t: ViewTransform) => {
      const stage = stageRef.current;
      if (!stage || !behaviour.current) return;
      behaviour.current.transform(select(stage), zoomIdentity.translate(t.x, t.y).scale(t.k));
    },
    [stageRef],
  );

  return useMemo<ZoomControl>(
    () => ({
      current: () => transform.current,
      set,
      scaleBy: (factor) => {
        const stage = stageRef.current;
        if (stage && behaviour.current) behaviour.current.scaleBy(select(stage), factor);
      },
      setExtent: (extent) => {
        behaviour.current?.scaleExtent(extent);
      },
    }),
    [set, stageRef],
  );
}
