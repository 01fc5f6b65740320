import type { Orientation } from './node-geometry.ts';
import type { ViewTransform } from './tree-viewport.ts';

/** What the tree remembers per plan: where the view was, which branches were collapsed, and the orientation. */
export interface TreeViewState {
  transform: ViewTransform | null;
  collapsed: string[];
  orientation: Orientation;
  /** What Fit last showed (its zoom and deepest level; null depth: every level), so zooming in reveals the rest. */
  fit?: { k: number; depth: number | null };
  /** The branches Fit folded that the reader has not opened or closed by hand since. */
  folded?: string[];
  /** The columns Fit wrapped the branches into (absent: one tree). */
  columns?: number;
}

export const DEFAULT_VIEW_STATE: TreeViewState = { transform: null, collapsed: [], orientation: 'horizontal' };

const storageKey = (planId: string) => `hoshin.tree.${planId}`;

const finite = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a stored state, keeping whatever part of it is well-formed (storage is user-editable and may be old). */
export function parseViewState(json: string | null): TreeViewState {
  if (!json) return DEFAULT_VIEW_STATE;
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return DEFAULT_VIEW_STATE;
  }
  if (typeof raw !== 'object' || raw === null) return DEFAULT_VIEW_STATE;
  const r = raw as Record<string, unknown>;
  const t = r['transform'] as Record<string, unknown> | null | undefined;
  const transform =
    t && finite(t['x']) && finite(t['y']) && finite(t['k']) && t['k'] > 0 ? { x: t['x'], y: t['y'], k: t['k'] } : null;
  const collapsed = Array.isArray(r['collapsed'])
    ? r['collapsed'].filter((k): k is string => typeof k === 'string')
    : [];
  const orientation = r['orientation'] === 'vertical' ? 'vertical' : 'horizontal';
  const state: TreeViewState = { transform, collapsed, orientation };
  const f = r['fit'] as Record<string, unknown> | null | undefined;
  const depth = f?.['depth'];
  if (f && finite(f['k']) && f['k'] > 0 && (depth === null || (finite(depth) && depth >= 0))) {
    state.fit = { k: f['k'], depth };
    state.folded = Array.isArray(r['folded']) ? r['folded'].filter((k): k is string => typeof k === 'string') : [];
  }
  const columns = r['columns'];
  if (finite(columns) && Number.isInteger(columns) && columns > 1 && columns <= 8) state.columns = columns;
  return state;
}

export function loadViewState(planId: string): TreeViewState {
  try {
    return parseViewState(window.localStorage.getItem(storageKey(planId)));
  } catch {
    return DEFAULT_VIEW_STATE;
  }
}

export function saveViewState(planId: string, state: TreeViewState): void {
  try {
    window.localStorage.setItem(storageKey(planId), JSON.stringify(state));
  } catch {
    // Storage full or disabled: the view still works, it is just not remembered.
  }
}
