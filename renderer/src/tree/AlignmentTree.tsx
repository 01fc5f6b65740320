import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument, Strength } from '../../../contract/plan-format.ts';
import { pictureFileName } from '../picture/file-name.ts';
import { ExportPictureDialog } from '../picture/ExportPictureDialog.tsx';
import { usePictureShortcut } from '../picture/usePictureShortcut.ts';
import { cardContext } from './card-context.ts';
import { LinkPopover, type LinkProposal } from './LinkPopover.tsx';
import type { Orientation } from './node-geometry.ts';
import { cullEdges, cullNodes } from './tree-cull.ts';
import { TreeDefs } from './TreeDefs.tsx';
import {
  FIT_MAX_SCALE,
  legibleFit,
  LEGIBLE_SCALE,
  legibleView,
  PRESENT_LEGIBLE_SCALE,
  PRESENT_MAX_SCALE,
  revealOnZoom,
  treeDepth,
  type FitLevel,
} from './tree-fit.ts';
import { TreeEdges } from './TreeEdges.tsx';
import { TreeGapBar, type GapJump } from './TreeGapBar.tsx';
import { ancestorKeys, lazyIndex } from './tree-index.ts';
import { layoutTree, pathToRoot, wrapBranches, type LaidNode, type TreeLayout } from './tree-layout.ts';
import { TreeLegend } from './TreeLegend.tsx';
import { buildTreeModel, NO_FILTERS, type TreeFilters, type TreeModel } from './tree-model.ts';
import { neighbour, stepForKey } from './tree-navigation.ts';
import { describeNode, nodeDomId, NodeToggle, TreeNode, type NodeHandlers } from './TreeNode.tsx';
import { searchTree } from './tree-search.ts';
import { DEFAULT_VIEW_STATE, loadViewState, saveViewState } from './tree-storage.ts';
import { TreeToolbar } from './TreeToolbar.tsx';
import { centreOn, fitTransform, initialTransform, isComfortablyVisible, type ViewTransform } from './tree-viewport.ts';
import { t as i18n } from '../i18n/intl.ts';
import { canDrag, useNodePointer, type Drop } from './useNodePointer.ts';
import { useStageSize } from './useStageSize.ts';
import { useStaged } from './useStaged.ts';
import { useTreeViewport } from './useTreeViewport.ts';

export type SelectableItem = { kind: 'objective' | 'goal' | 'tactic'; id: string };
export interface NewLink {
  kind: 'tactic-goal' | 'goal-objective';
  fromId: string;
  toId: string;
  strength: Strength;
}

export interface AlignmentTreeProps {
  plan: PlanDocument;
  gaps: GapReport;
  /** The app's selection; the tree centres on it when it changes from outside the tree. */
  selectedId: string | null;
  onSelect: (item: SelectableItem) => void;
  /** Creates (or re-weights) a link; resolves once the plan shown has it. */
  onLink: (link: NewLink) => Promise<void>;
  /** Remember zoom, collapsed branches and orientation per plan in localStorage. */
  persist?: boolean;
  /** Draw each edge only inside the drawn region (default). False draws edges whole: the benchmark's baseline. */
  clipEdges?: boolean;
  /** Tells the app something worth a notice (a picture saved). */
  onNotice?: (message: string) => void;
  /** Presentation mode: entering or leaving it fits the tree to the new stage (once its size has changed). */
  presenting?: boolean;
}

const EMPTY = new Set<string>();
/** Above this many goals and tactics, model and layout are built in tasks of their own. */
const STAGED_ITEMS = 8000;
const EMPTY_MODEL: TreeModel = {
  root: {
    key: 'plan',
    id: 'plan',
    kind: 'plan',
    gap: 'none',
    code: '',
    title: '',
    owner: null,
    departmentId: null,
    status: null,
    strength: null,
    context: false,
    children: [],
  },
  secondary: [],
  counts: { orphanedGoals: 0, orphanedTactics: 0, uncoveredObjectives: 0, unexecutedObjectives: 0 },
};
const EMPTY_LAYOUT: TreeLayout = {
  orientation: 'horizontal',
  nodes: [],
  byKey: new Map(),
  byId: new Map(),
  secondary: [],
  edges: [],
  bounds: { x0: 0, y0: 0, x1: 0, y1: 0 },
};
/**
 * The last model built, kept across visits: choosing Tree again on an unchanged plan (the same plan and gap
 * report objects, the same filters) reuses it instead of walking every item again.
 */
let lastModel: { plan: PlanDocument; gaps: GapReport; filters: TreeFilters; model: TreeModel } | null = null;
const modelOf = (i: { plan: PlanDocument; gaps: GapReport; filters: TreeFilters }) => {
  const last = lastModel;
  if (last && last.plan === i.plan && last.gaps === i.gaps && last.filters === i.filters) return last.model;
  const model = buildTreeModel(i.plan, i.gaps, i.filters);
  lastModel = { ...i, model };
  return model;
};
const layoutOf = (i: { model: TreeModel; collapsed: ReadonlySet<string>; orientation: Orientation; columns: number }) =>
  wrapBranches(layoutTree(i.model.root, i.model.secondary, i.collapsed, i.orientation), i.columns);
/** The filters a picture follows, in words (empty when none is set). */
function filterNote(filters: TreeFilters, plan: PlanDocument): string {
  const parts: string[] = [];
  if (filters.departmentId) {
    const name =
      plan.departments.find((d) => d.id === filters.departmentId)?.name ?? i18n('tree.picture.oneDepartment');
    parts.push(i18n('tree.picture.departmentOnly', { name }));
  }
  if (filters.onlyGaps) parts.push(i18n('tree.picture.onlyGaps'));
  return parts.length > 0 ? i18n('tree.picture.filters', { list: parts.join(i18n('tree.picture.separator')) }) : '';
}
/** What Fit folded, so zooming in can unfold it level by level (see revealOnZoom). */
interface FitFolds {
  fit: FitLevel | null;
  folded: ReadonlySet<string>;
}
const NO_FOLDS: FitFolds = { fit: null, folded: new Set() };
const isSelectable = (node: LaidNode): boolean =>
  node.item.kind === 'objective' || node.item.kind === 'goal' || node.item.kind === 'tactic';

/**
 * The alignment tree: the plan, its objectives, the goals under each and the tactics under each goal, with the
 * Unaligned branch and every gap marked. Layout is pure and memoised per plan, filters, collapsed set and
 * orientation; only what is on screen (plus a margin) is rendered, as cards, boxes, or an overview canvas.
 */
export function AlignmentTree({
  plan,
  gaps,
  selectedId,
  onSelect,
  onLink,
  persist = true,
  clipEdges = true,
  onNotice,
  presenting = false,
}: AlignmentTreeProps) {
  const planId = plan.plan.id;
  const fitMax = presenting ? PRESENT_MAX_SCALE : FIT_MAX_SCALE;
  const legible = presenting ? PRESENT_LEGIBLE_SCALE : LEGIBLE_SCALE;
  const [stored] = useState(() => (persist ? loadViewState(planId) : DEFAULT_VIEW_STATE));
  const [orientation, setOrientation] = useState<Orientation>(stored.orientation);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set(stored.collapsed));
  // Fit may wrap the branches into columns to use a wide screen (see legibleFit); 1: the tree as it is.
  const [columns, setColumns] = useState(stored.columns ?? 1);
  const [filters, setFilters] = useState<TreeFilters>(NO_FILTERS);
  const [query, setQuery] = useState('');
  const [matchIndex, setMatchIndex] = useState(-1);
  const [hoverKey, setHoverKey] = useState<string | null>(null);
  // The keyboard cursor follows the app's selection until the tree moves it (`selection` is the selection then).
  const [cursor, setCursor] = useState<{ key: string; selection: string | null } | null>(null);
  const [proposal, setProposal] = useState<LinkProposal | null>(null);
  const [linking, setLinking] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const [exporting, setExporting] = useState(false);
  const [folds, setFolds] = useState<FitFolds>(() =>
    stored.fit ? { fit: stored.fit, folded: new Set(stored.folded) } : NO_FOLDS,
  );
  usePictureShortcut(() => setExporting(true));

  const areaRef = useRef<HTMLDivElement | null>(null);
  const stageRef = useRef<HTMLDivElement | null>(null);
  const viewportRef = useRef<SVGGElement | null>(null);
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const probeRef = useRef<HTMLSpanElement | null>(null);
  const size = useStageSize(stageRef);

  // Big plans build their model and layout in tasks of their own (see useStaged); small ones during render.
  const staged = plan.goals.length + plan.tactics.length > STAGED_ITEMS;
  const modelInput = useMemo(() => ({ plan, gaps, filters }), [plan, gaps, filters]);
  const model = useStaged(modelInput, modelOf, staged) ?? EMPTY_MODEL;
  const layoutInput = useMemo(
    () => (model === EMPTY_MODEL ? null : { model, collapsed, orientation, columns }),
    [model, collapsed, orientation, columns],
  );
  const layout = useStaged(layoutInput, layoutOf, staged) ?? EMPTY_LAYOUT;
  const indexOf = useMemo(() => lazyIndex(model.root), [model]);
  const deepest = useMemo(() => treeDepth(model.root), [model]);
  const matches = useMemo(() => searchTree(model.root, query), [model, query]);
  const matchSet = useMemo(() => new Set(matches), [matches]);
  const path = useMemo(() => (hoverKey ? pathToRoot(layout, hoverKey) : EMPTY), [layout, hoverKey]);
  const selectedKey = selectedId ? (indexOf().keyById.get(selectedId) ?? null) : null;
  const cursorKey = cursor && (cursor.selection === selectedId || !selectedKey) ? cursor.key : selectedKey;
  const setCursorKey = (key: string, selection: string | null = selectedId) => setCursor({ key, selection });

  const ctx = useMemo(() => cardContext(plan, model.counts), [plan, model.counts]);

  // Moves of the view that must wait for the next layout (after expanding, collapsing or refiltering).
  const pendingView = useRef<
    | { kind: 'anchor'; key: string; sx: number; sy: number }
    | { kind: 'reveal'; key: string }
    | { kind: 'reset' }
    | { kind: 'fit' }
    | { kind: 'whole' }
    | null
  >(null);
  const initialised = useRef(false);
  // The first view of a plan never seen here (nothing stored, nothing selected) is Fit: the levels that are
  // legible on this screen. Decided once the model and the stage size are known, before the first layout.
  const [firstView, setFirstView] = useState<'undecided' | 'fit' | 'stored'>(
    stored.transform !== null || selectedId !== null ? 'stored' : 'undecided',
  );
  const state = useRef({ collapsed, orientation, folds, columns });

  const save = useCallback(
    (transform: ViewTransform) => {
      if (!persist) return;
      saveViewState(planId, {
        transform,
        collapsed: [...state.current.collapsed],
        orientation: state.current.orientation,
        ...(state.current.folds.fit ? { fit: state.current.folds.fit, folded: [...state.current.folds.folded] } : {}),
        ...(state.current.columns > 1 ? { columns: state.current.columns } : {}),
      });
    },
    [persist, planId],
  );

  const onLayout = (zoom: { set: (t: ViewTransform) => void; current: () => ViewTransform }) => {
    if (layout === EMPTY_LAYOUT) return;
    if (!initialised.current) {
      initialised.current = true;
      const selected = selectedId ? layout.byId.get(selectedId) : undefined;
      const fitted = firstView === 'fit';
      const start =
        stored.transform ?? (fitted ? legibleView(layout, size, fitMax, legible) : initialTransform(layout, size));
      zoom.set(selected ? centreOn(selected, size, Math.max(start.k, legible)) : start);
      return;
    }
    const move = pendingView.current;
    pendingView.current = null;
    const t = zoom.current();
    if (move?.kind === 'reset') zoom.set(initialTransform(layout, size));
    if (move?.kind === 'fit') zoom.set(legibleView(layout, size, fitMax, legible));
    if (move?.kind === 'whole') zoom.set(fitTransform(layout.bounds, size));
    if (move?.kind === 'anchor') {
      const n = layout.byKey.get(move.key);
      if (n) zoom.set({ k: t.k, x: move.sx - n.x * t.k, y: move.sy - n.y * t.k });
    }
    if (move?.kind === 'reveal') {
      const n = layout.byKey.get(move.key);
      if (n) zoom.set(centreOn(n, size, Math.max(t.k, legible)));
    }
  };

  /** After a zoom: zooming in past Fit's zoom unfolds, on screen, the next level Fit folded (levelForScale). */
  const onGestureEnd = (t: ViewTransform) => {
    save(t);
    const { expand, fold, anchor } = revealOnZoom(layout, t, size, folds.folded, folds.fit, deepest);
    if (!anchor) return;
    pendingView.current = { kind: 'anchor', key: anchor.key, sx: anchor.x * t.k + t.x, sy: anchor.y * t.k + t.y };
    const apply = (c: ReadonlySet<string>) => new Set([...c].filter((k) => !expand.includes(k)).concat(fold));
    setCollapsed(apply);
    setFolds((f) => ({ fit: f.fit, folded: apply(f.folded) }));
  };

  const { view, zoom } = useTreeViewport({
    stageRef,
    viewportRef,
    canvasRef,
    probeRef,
    layout,
    size,
    slotOf: ctx.departmentSlot,
    onGestureEnd,
    onLayout,
  });

  useEffect(() => {
    state.current = { collapsed, orientation, folds, columns };
    if (initialised.current) save(zoom.current());
  }, [collapsed, orientation, folds, columns, save, zoom]);

  /** Shows a node: expands what hides it, then centres it (or, for `ensure`, only brings it on screen). */
  const reveal = useCallback(
    (key: string, mode: 'centre' | 'ensure') => {
      const hidden = ancestorKeys(indexOf(), key).filter((k) => collapsed.has(k));
      if (hidden.length > 0) {
        pendingView.current = { kind: 'reveal', key };
        setCollapsed((c) => new Set([...c].filter((k) => !hidden.includes(k))));
        return;
      }
      const node = layout.byKey.get(key);
      if (!node) return;
      const t = zoom.current();
      if (mode === 'ensure' && isComfortablyVisible(node, t, size)) return;
      zoom.set(centreOn(node, size, mode === 'centre' ? Math.max(t.k, legible) : t.k));
    },
    [indexOf, collapsed, layout, zoom, size, legible],
  );

  // The app's selection changed outside the tree (gaps view, inspector, cascade): expand what hides it (state
  // derived during render), then centre it once it is laid out (an effect: d3-zoom is outside React).
  const [seenSelection, setSeenSelection] = useState<{ id: string | null; ready: boolean } | null>(null);
  const fromOutside = selectedId !== null && cursor?.selection !== selectedId;
  const ready = model !== EMPTY_MODEL;
  if (seenSelection?.id !== selectedId || seenSelection.ready !== ready) {
    setSeenSelection({ id: selectedId, ready });
    const hidden =
      fromOutside && selectedKey ? ancestorKeys(indexOf(), selectedKey).filter((k) => collapsed.has(k)) : [];
    if (hidden.length > 0) setCollapsed((c) => new Set([...c].filter((k) => !hidden.includes(k))));
  }
  if (firstView === 'undecided' && ready && size.width > 0) {
    setFirstView('fit');
    const choice = legibleFit(model.root, model.secondary, orientation, size, fitMax, legible);
    setCollapsed(choice.collapsed);
    setColumns(choice.columns);
    setFolds({ fit: { k: choice.transform.k, depth: choice.depth }, folded: choice.collapsed });
  }
  const centred = useRef(selectedId);
  useEffect(() => {
    if (centred.current === selectedId || !initialised.current) return;
    centred.current = selectedId;
    const node = selectedId && fromOutside ? layout.byId.get(selectedId) : undefined;
    if (node) zoom.set(centreOn(node, size, Math.max(zoom.current().k, legible)));
  }, [selectedId, fromOutside, layout, zoom, size, legible]);

  const announce = useCallback(
    (node: LaidNode) => setAnnouncement(describeNode(node, ctx).split('\n')[0] ?? ''),
    [ctx],
  );

  const activate = useCallback(
    (node: LaidNode, mode: 'click' | 'keyboard') => {
      setCursor({ key: node.key, selection: isSelectable(node) ? node.item.id : selectedId });
      if (isSelectable(node)) {
        onSelect({ kind: node.item.kind as SelectableItem['kind'], id: node.item.id });
      }
      if (mode === 'keyboard') {
        reveal(node.key, 'ensure');
        announce(node);
      }
    },
    [onSelect, reveal, announce, selectedId],
  );

  const toggle = useCallback(
    (key: string) => {
      const node = layout.byKey.get(key);
      if (!node?.hasChildren) return;
      const t = zoom.current();
      pendingView.current = { kind: 'anchor', key, sx: node.x * t.k + t.x, sy: node.y * t.k + t.y };
      setCollapsed((c) => {
        const next = new Set(c);
        if (next.has(key)) next.delete(key);
        else next.add(key);
        return next;
      });
      // A branch opened or closed by hand is the reader's: zooming no longer folds or unfolds it.
      setFolds((f) =>
        f.folded.has(key) ? { fit: f.fit, folded: new Set([...f.folded].filter((k) => k !== key)) } : f,
      );
      const code = node.item.code || node.item.title;
      setAnnouncement(
        node.collapsed ? i18n('tree.announce.expanded', { code }) : i18n('tree.announce.collapsed', { code }),
      );
    },
    [layout, zoom],
  );

  const onDrop = useCallback(
    ({ from, to, x, y }: Drop) => {
      const kind = from.item.kind === 'tactic' ? 'tactic-goal' : 'goal-objective';
      const existing =
        kind === 'tactic-goal'
          ? plan.tactics.find((t) => t.id === from.item.id)?.supports.find((s) => s.goalId === to.item.id)
          : plan.goals.find((g) => g.id === from.item.id)?.supports.find((s) => s.objectiveId === to.item.id);
      setProposal({
        kind,
        fromId: from.item.id,
        fromCode: from.item.code,
        toId: to.item.id,
        toCode: to.item.code,
        toTitle: to.item.title,
        existing: existing?.strength ?? null,
        x: Math.max(8, Math.min(x, size.width - 340)),
        y: Math.max(8, Math.min(y + 12, size.height - 190)),
      });
    },
    [plan, size],
  );

  const pointer = useNodePointer({
    containerRef: areaRef,
    nodeAt: (key) => layout.byKey.get(key),
    onClick: (node) => activate(node, 'click'),
    onDrop,
  });

  const live = useRef({ toggle, pointerDown: pointer.pointerDown });
  useEffect(() => {
    live.current = { toggle, pointerDown: pointer.pointerDown };
  });
  const handlers = useMemo<NodeHandlers>(
    () => ({
      pointerDown: (node, e) => {
        stageRef.current?.focus({ preventScroll: true });
        live.current.pointerDown(node, e);
      },
      enter: (key) => setHoverKey(key),
      leave: (key) => setHoverKey((k) => (k === key ? null : k)),
      toggle: (key) => live.current.toggle(key),
    }),
    [],
  );

  const chooseStrength = async (strength: Strength) => {
    if (!proposal) return;
    setLinking(true);
    try {
      await onLink({ kind: proposal.kind, fromId: proposal.fromId, toId: proposal.toId, strength });
      setAnnouncement(i18n('tree.announce.linked', { from: proposal.fromCode, to: proposal.toCode }));
    } finally {
      setLinking(false);
      setProposal(null);
      stageRef.current?.focus({ preventScroll: true });
    }
  };

  const jumpTo = (keys: readonly string[], current: string | null, direction: 1 | -1) => {
    if (keys.length === 0) return -1;
    const at = current ? keys.indexOf(current) : -1;
    const next = at < 0 ? (direction === 1 ? 0 : keys.length - 1) : (at + direction + keys.length) % keys.length;
    const key = keys[next]!;
    // A node found (a search match, a gap) becomes the selection too, so the inspector shows what was found.
    const item = indexOf().itemByKey.get(key);
    if (item && (item.kind === 'objective' || item.kind === 'goal' || item.kind === 'tactic')) {
      setCursor({ key, selection: item.id });
      onSelect({ kind: item.kind, id: item.id });
    } else setCursorKey(key);
    reveal(key, 'centre');
    return next;
  };

  const onGapJump = (kind: GapJump) => {
    jumpTo(indexOf().gapKeys[kind], cursorKey, 1);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.target !== e.currentTarget) return;
    const step = stepForKey(e.key, orientation);
    if (step) {
      e.preventDefault();
      const from = cursorKey && layout.byKey.has(cursorKey) ? cursorKey : layout.nodes[0]?.key;
      if (!from) return;
      const fromNode = layout.byKey.get(from)!;
      if (step === 'child' && fromNode.collapsed) {
        toggle(from);
        return;
      }
      const next = from === cursorKey ? neighbour(layout, from, step) : fromNode;
      if (next) activate(next, 'keyboard');
      return;
    }
    switch (e.key) {
      case '+':
      case '=':
        zoom.scaleBy(1.25);
        break;
      case '-':
      case '_':
        zoom.scaleBy(0.8);
        break;
      case '0':
        fitWhole();
        break;
      case 'Home': {
        const root = layout.nodes[0];
        if (root) activate(root, 'keyboard');
        break;
      }
      case 'Enter':
      case ' ':
        if (cursorKey) toggle(cursorKey);
        break;
      case 'Escape':
        // Only when there is something to cancel: otherwise Esc is the app's (it leaves presentation mode).
        if (!pointer.drag && !proposal) return;
        pointer.cancel();
        setProposal(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  };

  // In the overview a click zooms to the node under the pointer (there are no elements to click).
  const onStageClick = (e: MouseEvent<HTMLDivElement>) => {
    if (view?.level !== 'canvas' || !stageRef.current) return;
    const box = stageRef.current.getBoundingClientRect();
    const t = zoom.current();
    const x = (e.clientX - box.left - t.x) / t.k;
    const y = (e.clientY - box.top - t.y) / t.k;
    const hit = layout.nodes.find((n) => x >= n.x && x <= n.x + n.w && y >= n.y && y <= n.y + n.h);
    if (hit) {
      activate(hit, 'click');
      zoom.set(centreOn(hit, size, legible));
    }
  };

  /** Fit: the levels legible on this screen (see legibleFit), filling it. */
  const fit = () => {
    const choice = legibleFit(model.root, model.secondary, orientation, size, fitMax, legible);
    setFolds({ fit: { k: choice.transform.k, depth: choice.depth }, folded: choice.collapsed });
    const same =
      choice.columns === columns &&
      choice.collapsed.size === collapsed.size &&
      [...choice.collapsed].every((k) => collapsed.has(k));
    if (same) {
      zoom.set(legibleView(layout, size, fitMax, legible));
      return;
    }
    pendingView.current = { kind: 'fit' };
    setColumns(choice.columns);
    setCollapsed(choice.collapsed);
  };

  /** Key 0: the whole tree, every branch expanded, on screen at whatever zoom that takes. */
  const fitWhole = () => {
    setFolds(NO_FOLDS);
    if (collapsed.size === 0 && columns === 1) {
      zoom.set(fitTransform(layout.bounds, size));
      return;
    }
    pendingView.current = { kind: 'whole' };
    setColumns(1);
    setCollapsed(new Set());
  };

  // Entering or leaving presentation mode resizes the stage: fit once the new size is known (the stage's size
  // arrives from a ResizeObserver in a later render than the mode's change).
  const presentFit = useRef({ presenting, size, pending: false });
  const fitRef = useRef(fit);
  useEffect(() => {
    fitRef.current = fit;
  });
  useEffect(() => {
    const p = presentFit.current;
    if (p.presenting !== presenting) {
      presentFit.current = { presenting, size, pending: true };
      return;
    }
    if (!p.pending || !initialised.current) return;
    if (size.width === p.size.width && size.height === p.size.height) return;
    p.pending = false;
    fitRef.current();
  }, [presenting, size]);

  const setFiltersAndReset = (next: TreeFilters) => {
    pendingView.current = { kind: 'reset' };
    setFilters(next);
  };

  const drawn = view && view.level !== 'canvas' ? view : null;
  const visibleNodes = useMemo(() => (drawn ? cullNodes(layout, drawn.rect) : []), [layout, drawn]);
  const visibleEdges = useMemo(() => (drawn ? cullEdges(layout, drawn.rect) : []), [layout, drawn]);
  const drag = pointer.drag;
  const searching = matches.length > 0;
  const cursorDrawn = cursorKey !== null && visibleNodes.some((n) => n.key === cursorKey);

  return (
    <div className="tree" data-tree-ready={view ? 'true' : undefined} data-level={view?.level}>
      <TreeToolbar
        departments={plan.departments}
        departmentId={filters.departmentId}
        onDepartment={(departmentId) => setFiltersAndReset({ ...filters, departmentId })}
        onlyGaps={filters.onlyGaps}
        onOnlyGaps={(onlyGaps) => setFiltersAndReset({ ...filters, onlyGaps })}
        query={query}
        onQuery={(q) => {
          setQuery(q);
          setMatchIndex(-1);
        }}
        matches={matches.length}
        matchIndex={matchIndex}
        onNextMatch={(direction) =>
          setMatchIndex(jumpTo(matches, matchIndex >= 0 ? (matches[matchIndex] ?? null) : null, direction))
        }
        orientation={orientation}
        onLeaveSearch={() => stageRef.current?.focus({ preventScroll: true })}
        onOrientation={(o) => {
          if (o === orientation) return;
          pendingView.current = { kind: 'reset' };
          setOrientation(o);
        }}
        onZoomIn={() => zoom.scaleBy(1.25)}
        onZoomOut={() => zoom.scaleBy(0.8)}
        onFit={fit}
        onExport={() => setExporting(true)}
      />
      <TreeGapBar counts={model.counts} onJump={onGapJump} />
      <div ref={areaRef} className="tree__area">
        <div
          ref={stageRef}
          className={drag ? `tree__stage is-dragging accepts-${drag.accepts}` : 'tree__stage'}
          tabIndex={0}
          role="tree"
          aria-label={i18n('tree.heading')}
          aria-describedby="tree-keys"
          aria-activedescendant={cursorDrawn ? nodeDomId(cursorKey) : undefined}
          onKeyDown={onKeyDown}
          onClick={onStageClick}
        >
          <canvas ref={canvasRef} className="tree__canvas" aria-hidden="true" />
          <svg className="tree__svg" width={size.width} height={size.height}>
            <TreeDefs />
            <g ref={viewportRef}>
              {drawn ? (
                <TreeEdges
                  edges={visibleEdges}
                  orientation={orientation}
                  path={path}
                  hovered={hoverKey}
                  clip={clipEdges ? drawn.rect : null}
                />
              ) : null}
              <g className="tree-nodes">
                {visibleNodes.map((node) => {
                  let s = '';
                  const selected = node.item.id === selectedId && isSelectable(node);
                  if (selected) s += ' is-selected';
                  if (node.key === cursorKey) s += ' is-cursor';
                  if (path.has(node.key)) s += ' is-on-path';
                  if (searching) s += matchSet.has(node.key) ? ' is-match' : ' is-dimmed';
                  if (drag) {
                    if (node.key === drag.fromKey) s += ' is-drag-source';
                    else if (node.item.kind === drag.accepts) s += ' is-drop-candidate';
                    if (node.key === drag.targetKey) s += ' is-drop-target';
                  }
                  return (
                    <TreeNode
                      key={node.key}
                      node={node}
                      detail={!drawn || drawn.level === 'canvas' ? 'boxes' : drawn.level}
                      ctx={ctx}
                      handlers={handlers}
                      state={s}
                      selected={selected}
                      draggable={canDrag(node)}
                    />
                  );
                })}
              </g>
              <g className="tree-toggles">
                {visibleNodes.map((node) =>
                  node.hasChildren ? (
                    <NodeToggle key={node.key} node={node} orientation={orientation} onToggle={handlers.toggle} />
                  ) : null,
                )}
              </g>
            </g>
          </svg>
          <span ref={probeRef} className="tree__probe" hidden />
        </div>
        {drag ? (
          <div className="tree-ghost" style={{ left: drag.x + 14, top: drag.y + 14 }} aria-hidden="true">
            {drag.targetCode
              ? i18n('tree.ghost.link', { from: drag.fromCode, to: drag.targetCode })
              : i18n('tree.ghost.drop', { from: drag.fromCode, target: drag.accepts })}
          </div>
        ) : null}
        {proposal ? (
          <LinkPopover
            proposal={proposal}
            busy={linking}
            onChoose={(s) => void chooseStrength(s)}
            onCancel={() => {
              setProposal(null);
              stageRef.current?.focus({ preventScroll: true });
            }}
          />
        ) : null}
        <p id="tree-keys" className="visually-hidden">
          {i18n('tree.keys')}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </div>
      <TreeLegend departments={plan.departments} />
      <ExportPictureDialog
        open={exporting}
        what="the tree"
        note={i18n('tree.picture.note', { filters: filterNote(filters, plan), orientation })}
        build={async () => {
          const { treePicture } = await import('./tree-export.ts');
          return treePicture(model, ctx, orientation, i18n('tree.picture.title', { title: plan.plan.title }));
        }}
        fileName={(format) => pictureFileName(plan.plan.title, 'tree', format)}
        onClose={() => setExporting(false)}
        onSaved={(message) => onNotice?.(message)}
      />
    </div>
  );
}
