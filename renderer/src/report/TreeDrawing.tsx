import { HORIZON_LABEL, STATUS_LABEL } from '../domain/constants.ts';
import { GAP_BAND } from '../tree/node-geometry.ts';
import type { LaidEdge, LaidNode } from '../tree/tree-layout.ts';
import type { TreeItem } from '../tree/tree-model.ts';
import { measurer, truncate, wrapLines } from './text-measure.ts';
import type { TreePicture } from './tree-pages.ts';
import { t } from '../i18n/intl.ts';

export interface TreeCardContext {
  departmentName: (id: string | null) => string;
  /** 0-7, a muted department colour; null for objectives. */
  departmentSlot: (id: string | null) => number | null;
  horizon: (objectiveId: string) => 'breakthrough' | 'annual' | null;
  unalignedCount: number;
}

const FONT = {
  code: measurer(700, 13),
  meta: measurer(400, 12),
  title: measurer(400, 14),
  band: measurer(700, 11),
};

const BAND_TEXT = {
  orphan: {
    objective: 'ORPHANED',
    goal: 'ORPHANED · supports no objective',
    tactic: 'ORPHANED · traces to no objective',
  },
  uncovered: { objective: 'UNCOVERED · no goal carries it', goal: 'UNCOVERED', tactic: 'UNCOVERED' },
  unexecuted: { objective: 'UNEXECUTED · no tactic under its goals', goal: 'UNEXECUTED', tactic: 'UNEXECUTED' },
} as const;

function edgePath(e: LaidEdge): string {
  const mx = (e.x1 + e.x2) / 2;
  return `M${e.x1},${e.y1}C${mx},${e.y1} ${mx},${e.y2} ${e.x2},${e.y2}`;
}

/** One page's part of the cascade tree (or a poster's blocks), drawn with the tree view's card geometry in print styling. */
export function TreeDrawing({
  blocks,
  width,
  height,
  zoom,
  ctx,
  label,
}: {
  /** Pictures and where each goes, in layout units; a label is printed above its block. */
  blocks: { picture: TreePicture; x: number; y: number; label?: string }[];
  width: number;
  height: number;
  zoom: number;
  ctx: TreeCardContext;
  label: string;
}) {
  return (
    <svg
      className="rpt-tree"
      width={width * zoom}
      height={height * zoom}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      {blocks.map((b, i) => (
        <g key={i} transform={`translate(${b.x - b.picture.x0},${b.y - b.picture.y0})`}>
          {b.label ? (
            <text className="rpt-tree__continued" x={b.picture.x0 + 4} y={b.picture.y0 - 14}>
              {b.label}
            </text>
          ) : null}
          <g className="rpt-tree__edges">
            {b.picture.edges.map((e) => (
              <path
                key={e.key}
                d={edgePath(e)}
                className={[
                  'rpt-edge',
                  `rpt-edge--${e.strength ?? 'none'}`,
                  e.secondary ? 'rpt-edge--secondary' : '',
                  e.alarm ? 'rpt-edge--alarm' : '',
                ].join(' ')}
              />
            ))}
          </g>
          {b.picture.nodes.map((n) => (
            <g key={n.key} transform={`translate(${n.x},${n.y})`}>
              <TreeCard node={n} ctx={ctx} />
            </g>
          ))}
        </g>
      ))}
    </svg>
  );
}

function TreeCard({ node, ctx }: { node: LaidNode; ctx: TreeCardContext }) {
  const { item, w, h } = node;
  if (item.kind === 'unaligned') {
    return (
      <>
        <rect className="rpt-card rpt-card--unaligned" width={w} height={h} rx={6} />
        <text className="rpt-card__unaligned" x={16} y={34}>
          {t('rpt.unaligned')}
        </text>
        <text className="rpt-card__meta" x={16} y={58}>
          {t('rpt.unalignedCount', { count: ctx.unalignedCount })}
        </text>
      </>
    );
  }
  return <ItemCard item={item} node={node} w={w} h={h} ctx={ctx} />;
}

function ItemCard({
  item,
  node,
  w,
  h,
  ctx,
}: {
  item: TreeItem;
  node: LaidNode;
  w: number;
  h: number;
  ctx: TreeCardContext;
}) {
  const top = item.gap === 'none' ? 0 : GAP_BAND;
  const left = 18;
  const right = w - 12;
  const slot = ctx.departmentSlot(item.departmentId);
  let aside = '';
  if (item.kind === 'tactic' && item.status) aside = STATUS_LABEL[item.status];
  else if (item.kind === 'objective') {
    const horizon = ctx.horizon(item.id);
    aside = horizon ? HORIZON_LABEL[horizon] : '';
  } else if (item.kind === 'goal') {
    aside = ctx.departmentName(item.departmentId);
    if (node.collapsed && node.hiddenCount > 0)
      aside = t('rpt.hiddenTactics', { count: node.hiddenCount, department: aside });
  }
  const codeWidth = FONT.code(item.code);
  const asideText = aside ? truncate(aside, 150, FONT.meta) : '';
  const asideWidth = asideText ? FONT.meta(asideText) + 10 : 0;
  const ownerX = left + codeWidth + 8;
  const owner = truncate(item.owner ?? t('rpt.noOwner'), Math.max(0, right - asideWidth - ownerX), FONT.meta);
  const title = wrapLines(item.title, right - left, 2, FONT.title);
  const rowY = top + 22;
  const band =
    item.gap !== 'none' && item.kind !== 'plan'
      ? BAND_TEXT[item.gap][item.kind as 'objective' | 'goal' | 'tactic']
      : null;
  return (
    <>
      <rect
        className={`rpt-card rpt-card--${item.kind}${band ? ` rpt-card--${item.gap}` : ''}`}
        width={w}
        height={h}
        rx={6}
      />
      {band ? (
        <>
          <path
            className={`rpt-band rpt-band--${item.gap}`}
            d={`M0 ${GAP_BAND}V6a6 6 0 0 1 6-6H${w - 6}a6 6 0 0 1 6 6V${GAP_BAND}z`}
          />
          <text className={`rpt-band__text rpt-band__text--${item.gap}`} x={left} y={17}>
            {band}
          </text>
        </>
      ) : null}
      <rect
        className={slot === null ? 'rpt-stripe rpt-stripe--objective' : `rpt-stripe rpt-dept-${slot}`}
        x={6}
        y={top + 8}
        width={4}
        height={h - top - 16}
        rx={2}
      />
      <text className="rpt-card__code" x={left} y={rowY}>
        {item.code}
      </text>
      <text className={item.owner ? 'rpt-card__meta' : 'rpt-card__meta rpt-card__missing'} x={ownerX} y={rowY}>
        {owner}
      </text>
      {asideText ? (
        <text
          className={`rpt-card__aside${item.kind === 'tactic' && item.status ? ` rpt-card__aside--${item.status}` : ''}`}
          x={right}
          y={rowY}
          textAnchor="end"
        >
          {asideText}
        </text>
      ) : null}
      <text className="rpt-card__title" x={left} y={rowY + 22}>
        {title.map((line, i) => (
          <tspan key={i} x={left} dy={i === 0 ? 0 : 19}>
            {line}
          </tspan>
        ))}
      </text>
    </>
  );
}
