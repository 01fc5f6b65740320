import { memo, type PointerEvent } from 'react';
import { STATUS_LABEL } from '../domain/constants.ts';
import { openNotesLabel } from '../domain/notes.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
import type { Orientation } from './node-geometry.ts';
import { NodeBox, NodeCard, type CardContext } from './NodeCard.tsx';
import type { LaidNode } from './tree-layout.ts';
import type { GapMark } from './tree-model.ts';

export interface NodeHandlers {
  pointerDown: (node: LaidNode, event: PointerEvent<SVGGElement>) => void;
  enter: (key: string) => void;
  leave: (key: string) => void;
  toggle: (key: string) => void;
}

const KIND_LABEL = { objective: 'tree.node.objective', goal: 'tree.node.goal', tactic: 'tree.node.tactic' } as const;
const GAP_LABEL: Record<Exclude<GapMark, 'none'>, MessageKey> = {
  orphan: 'tree.node.orphan',
  uncovered: 'tree.node.uncovered',
  unexecuted: 'tree.node.unexecuted',
};

/** The DOM id of a node's element, for aria-activedescendant. */
export const nodeDomId = (key: string) => `tree-node-${key.replace(/\s/g, '_')}`;

/** One sentence for assistive technology and the hover tooltip: everything the card shows, untruncated. */
export function describeNode(node: LaidNode, ctx: CardContext): string {
  const { item } = node;
  if (item.kind === 'unaligned') return t('tree.node.unaligned', { count: ctx.unalignedCount });
  if (item.kind === 'plan') return t('tree.node.plan', { title: item.title, vision: ctx.plan.vision });
  const parts = [t(KIND_LABEL[item.kind], { code: item.code, title: item.title })];
  const dept = ctx.departmentName(item.departmentId);
  if (dept) parts.push(t('tree.node.department', { name: dept }));
  parts.push(item.owner ? t('tree.node.owner', { owner: item.owner }) : t('tree.node.noOwner'));
  if (item.status) parts.push(t('tree.node.status', { status: STATUS_LABEL[item.status] }));
  if (item.strength) parts.push(t('tree.node.strength', { strength: item.strength }));
  if (item.gap !== 'none') parts.push(t(GAP_LABEL[item.gap]));
  const notes = ctx.openNotes?.(item.id) ?? 0;
  if (notes > 0) parts.push(openNotesLabel(notes));
  if (node.collapsed) parts.push(t('tree.node.hidden', { count: node.hiddenCount }));
  return parts.join('\n');
}

interface TreeNodeProps {
  node: LaidNode;
  detail: 'full' | 'codes' | 'boxes';
  ctx: CardContext;
  handlers: NodeHandlers;
  /** Space-separated state classes (selected, on the hovered path, search match, dimmed…), each with a leading space. */
  state: string;
  selected: boolean;
  draggable: boolean;
}

/**
 * One node, in two layers: the card (or box) as a picture, and over it the node's element, a transparent hit
 * area that carries the DOM contract (`data-node-id`, `data-kind`, `data-gap`), the tree item role and its name,
 * the tooltip, and the selection halo. The card is outside the item so the item's name is not contradicted by the
 * card's truncated pieces of text. The Unaligned header is not an item: it carries `data-branch` instead.
 */
export const TreeNode = memo(function TreeNode(props: TreeNodeProps) {
  const { node, detail, ctx, handlers, state, selected, draggable } = props;
  const { item, w, h } = node;
  const isItem = item.kind !== 'unaligned';
  const description = describeNode(node, ctx);
  const classes = `tree-node--${item.kind}${item.context ? ' is-context' : ''}${state}`;
  const transform = `translate(${node.x},${node.y})`;
  return (
    <>
      <g className={`tree-card-layer ${classes}`} transform={transform} data-mark={item.gap} aria-hidden="true">
        {detail === 'full' ? (
          <NodeCard node={node} ctx={ctx} />
        ) : (
          <NodeBox node={node} ctx={ctx} codes={detail === 'codes'} />
        )}
      </g>
      <g
        id={nodeDomId(node.key)}
        className={`tree-node ${classes}`}
        transform={transform}
        role="treeitem"
        aria-level={node.depth + 1}
        aria-expanded={node.hasChildren ? !node.collapsed : undefined}
        aria-selected={selected}
        aria-label={description.replace(/\n/g, '. ')}
        data-node-id={isItem ? item.id : undefined}
        data-kind={isItem ? item.kind : undefined}
        data-gap={isItem ? item.gap : undefined}
        data-open-notes={isItem && (ctx.openNotes?.(item.id) ?? 0) > 0 ? ctx.openNotes?.(item.id) : undefined}
        data-branch={isItem ? undefined : 'unaligned'}
        data-key={node.key}
        data-draggable={draggable ? 'true' : undefined}
        onPointerDown={(e) => handlers.pointerDown(node, e)}
        onPointerEnter={() => handlers.enter(node.key)}
        onPointerLeave={() => handlers.leave(node.key)}
      >
        <title>{description}</title>
        <rect className="tree-node__hit" width={w} height={h} rx={8} />
        <rect className="tree-node__halo" x={-5} y={-5} width={w + 10} height={h + 10} rx={13} />
      </g>
    </>
  );
});

/**
 * The collapse toggle of a node with children, drawn just past its trailing edge. A sibling of the node, not part
 * of it: the tree item's name stays its own, and Enter on the item does the same from the keyboard.
 */
export const NodeToggle = memo(function NodeToggle({
  node,
  orientation,
  onToggle,
}: {
  node: LaidNode;
  orientation: Orientation;
  onToggle: (key: string) => void;
}) {
  const [cx, cy] =
    orientation === 'horizontal'
      ? [node.x + node.w + 14, node.y + node.h / 2]
      : [node.x + node.w / 2, node.y + node.h + 14];
  const label = node.collapsed ? `+${node.hiddenCount}` : '−';
  const width = node.collapsed ? Math.max(26, 12 + label.length * 8) : 24;
  return (
    <g
      className={node.collapsed ? 'tree-toggle is-collapsed' : 'tree-toggle'}
      transform={`translate(${cx},${cy})`}
      data-toggle={node.collapsed ? 'expand' : 'collapse'}
      data-toggle-for={node.item.id}
      aria-hidden="true"
      onPointerDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        e.stopPropagation();
        onToggle(node.key);
      }}
    >
      <title>{node.collapsed ? t('tree.node.expand', { count: node.hiddenCount }) : t('tree.node.collapse')}</title>
      <rect className="tree-toggle__bg" x={-width / 2} y={-12} width={width} height={24} rx={12} />
      <text className="tree-toggle__text" y={5} textAnchor="middle">
        {label}
      </text>
    </g>
  );
});
