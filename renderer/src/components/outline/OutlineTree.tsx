import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { GapFlag } from '../../domain/gap-flags.ts';
import type { PlanIndex } from '../../domain/plan-index.ts';
import { rowItem, type OutlineRow } from '../../outline/rows.ts';
import { OutlineRowView, type TitleEditor } from './OutlineRowView.tsx';

/** Where the tree should scroll (and whether it should move keyboard focus there); a new nonce asks again. */
export interface ScrollRequest {
  key: string;
  focus: boolean;
  nonce: number;
}

interface OutlineTreeProps {
  rows: readonly OutlineRow[];
  activeIndex: number;
  selectedId: string | null;
  scrollRequest: ScrollRequest | null;
  editingKey: string | null;
  editor: TitleEditor | null;
  flags: Map<string, GapFlag>;
  /** Open catchball notes per item id (the note badge); absent: none shown. */
  noteCounts?: Map<string, number>;
  departmentNames: Map<string, string>;
  index: PlanIndex;
  label: string;
  describedBy?: string;
  onActivate: (index: number) => void;
  onRowKeyDown: (event: KeyboardEvent<HTMLDivElement>, index: number) => void;
  onToggle: (key: string) => void;
  onEdit: (index: number) => void;
  footer?: ReactNode;
}

const RENDER_ALL_BELOW = 400;
const ESTIMATE = { objective: 66, goal: 44, tactic: 40, section: 52 } as const;

/**
 * The outline as an ARIA tree, virtualised: only the rows in view (plus a margin, plus the active row, which keeps
 * keyboard focus even when scrolled away) are in the DOM, so 20,000 tactics scroll like 20. Row heights are
 * measured, since titles wrap.
 */
export function OutlineTree(props: OutlineTreeProps) {
  const { rows, activeIndex, scrollRequest, editingKey, editor, flags, departmentNames } = props;
  const scrollRef = useRef<HTMLDivElement>(null);

  // Stable per rows array: the virtualizer recomputes every row's offset whenever these change.
  const estimateSize = useCallback((i: number) => ESTIMATE[rows[i]?.kind ?? 'tactic'], [rows]);
  const getItemKey = useCallback((i: number) => rows[i]?.key ?? i, [rows]);
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((x, y) => x - y);
      }
      return indexes;
    },
    [activeIndex],
  );

  // TanStack Virtual's instance is mutable by design; this component re-renders with it, nothing memoises it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    getItemKey,
    // Small plans render every row (browser find and screen readers see them all); large ones only what is near.
    overscan: rows.length <= RENDER_ALL_BELOW ? rows.length : 12,
    rangeExtractor,
  });

  const handled = useRef(0);
  useLayoutEffect(() => {
    if (!scrollRequest || scrollRequest.nonce === handled.current) return;
    const index = rows.findIndex((r) => r.key === scrollRequest.key);
    if (index < 0) return;
    handled.current = scrollRequest.nonce;
    virtualizer.scrollToIndex(index, { align: 'auto' });
    if (scrollRequest.focus) {
      const el = scrollRef.current?.querySelector<HTMLElement>(`[data-row-key="${CSS.escape(scrollRequest.key)}"]`);
      if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: true });
    }
  });

  const indexOf = (event: { target: EventTarget }) => {
    const row = (event.target as HTMLElement).closest<HTMLElement>('[role="treeitem"]');
    return row ? Number(row.dataset['index']) : -1;
  };

  return (
    <div className="outline-scroll" ref={scrollRef}>
      <div
        role="tree"
        aria-label={props.label}
        aria-describedby={props.describedBy}
        className="outline-tree"
        style={{ height: virtualizer.getTotalSize() }}
        onKeyDown={(e) => {
          const i = indexOf(e);
          // Keys typed in the title editor are the editor's own.
          if (i >= 0 && (e.target as HTMLElement).getAttribute('role') === 'treeitem') props.onRowKeyDown(e, i);
        }}
        onFocus={(e) => {
          const i = indexOf(e);
          if (i >= 0) props.onActivate(i);
        }}
        onDoubleClick={(e) => {
          const i = indexOf(e);
          if (i >= 0 && rows[i]?.kind !== 'section') props.onEdit(i);
        }}
      >
        {virtualizer.getVirtualItems().map((v) => {
          const row = rows[v.index]!;
          const item = rowItem(props.index, row);
          return (
            <OutlineRowView
              key={row.key}
              row={row}
              index={v.index}
              start={v.start}
              active={v.index === activeIndex}
              selected={row.id === props.selectedId && !row.draft}
              item={item}
              gap={item ? flags.get(row.id) : undefined}
              notes={item ? (props.noteCounts?.get(row.id) ?? 0) : 0}
              departmentName={item?.departmentId ? (departmentNames.get(item.departmentId) ?? '') : ''}
              editor={row.key === editingKey ? editor : null}
              measureRef={virtualizer.measureElement}
              onToggle={props.onToggle}
            />
          );
        })}
      </div>
      {props.footer}
    </div>
  );
}
