import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type PointerEvent as ReactPointerEvent,
  type RefObject,
} from 'react';
import type { LaidNode } from './tree-layout.ts';

/** Dragging a tactic onto a goal, or a goal onto an objective, proposes a link. */
export const DROP_KIND = { tactic: 'goal', goal: 'objective' } as const;
const DRAG_THRESHOLD = 5;

export interface DragState {
  fromKey: string;
  fromCode: string;
  accepts: 'goal' | 'objective';
  /** Pointer position relative to the container. */
  x: number;
  y: number;
  targetKey: string | null;
  targetCode: string | null;
}

export interface Drop {
  from: LaidNode;
  to: LaidNode;
  x: number;
  y: number;
}

interface Pending {
  node: LaidNode;
  pointerId: number;
  startX: number;
  startY: number;
  dragging: boolean;
  target: LaidNode | null;
}

export const canDrag = (node: LaidNode) =>
  (node.item.kind === 'tactic' || node.item.kind === 'goal') && !node.item.context;

function relativeTo(container: HTMLElement | null, x: number, y: number) {
  const box = container?.getBoundingClientRect();
  return { x: x - (box?.left ?? 0), y: y - (box?.top ?? 0) };
}

/** The node under the pointer that the dragged node may link to (its DOM element, then its laid-out node). */
function targetAt(
  clientX: number,
  clientY: number,
  from: LaidNode,
  nodeAt: (key: string) => LaidNode | undefined,
): LaidNode | null {
  const accepts = DROP_KIND[from.item.kind as keyof typeof DROP_KIND];
  const el = document.elementFromPoint(clientX, clientY)?.closest<SVGGElement>('[data-node-id]');
  const key = el?.dataset['key'];
  if (!el || !key || el.dataset['kind'] !== accepts) return null;
  return nodeAt(key) ?? null;
}

/**
 * Pointer gestures on nodes: a press and release without moving is a click; moving a draggable node (goal or
 * tactic) past a few pixels drags it, and releasing it over a node it may link to is a drop. Pans that start on
 * a node that cannot be dragged belong to d3-zoom, and end the gesture here without a click.
 */
export function useNodePointer(options: {
  containerRef: RefObject<HTMLElement | null>;
  nodeAt: (key: string) => LaidNode | undefined;
  onClick: (node: LaidNode) => void;
  onDrop: (drop: Drop) => void;
}) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const pending = useRef<Pending | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  const detach = useRef<() => void>(() => {});

  const cancel = useCallback(() => {
    detach.current();
    pending.current = null;
    setDrag(null);
  }, []);

  useEffect(() => cancel, [cancel]);

  const pointerDown = useCallback(
    (node: LaidNode, event: ReactPointerEvent<SVGGElement>) => {
      if (event.button !== 0) return;
      detach.current();
      pending.current = {
        node,
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        dragging: false,
        target: null,
      };
      const move = (e: PointerEvent) => {
        const p = pending.current;
        if (!p || e.pointerId !== p.pointerId) return;
        if (!p.dragging) {
          if (Math.hypot(e.clientX - p.startX, e.clientY - p.startY) < DRAG_THRESHOLD) return;
          if (!canDrag(p.node)) {
            cancel();
            return;
          }
          p.dragging = true;
        }
        e.preventDefault();
        p.target = targetAt(e.clientX, e.clientY, p.node, latest.current.nodeAt);
        const at = relativeTo(latest.current.containerRef.current, e.clientX, e.clientY);
        setDrag({
          fromKey: p.node.key,
          fromCode: p.node.item.code,
          accepts: DROP_KIND[p.node.item.kind as keyof typeof DROP_KIND],
          ...at,
          targetKey: p.target?.key ?? null,
          targetCode: p.target?.item.code ?? null,
        });
      };
      const up = (e: PointerEvent) => {
        const p = pending.current;
        if (!p || e.pointerId !== p.pointerId) return;
        cancel();
        if (!p.dragging) {
          latest.current.onClick(p.node);
          return;
        }
        const target = targetAt(e.clientX, e.clientY, p.node, latest.current.nodeAt) ?? p.target;
        if (target && target.key !== p.node.key) {
          latest.current.onDrop({
            from: p.node,
            to: target,
            ...relativeTo(latest.current.containerRef.current, e.clientX, e.clientY),
          });
        }
      };
      window.addEventListener('pointermove', move);
      window.addEventListener('pointerup', up);
      window.addEventListener('pointercancel', cancel);
      detach.current = () => {
        window.removeEventListener('pointermove', move);
        window.removeEventListener('pointerup', up);
        window.removeEventListener('pointercancel', cancel);
        detach.current = () => {};
      };
    },
    [cancel],
  );

  return { drag, pointerDown, cancel };
}
