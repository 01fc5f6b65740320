import type { TacticStatus } from '../../../contract/plan-format.ts';
import { HORIZON_LABEL, STATUS_LABEL } from '../domain/constants.ts';
import { fitLine, fitLines, measureText } from './card-fonts.ts';
import { CARD_PADDING, GAP_BAND } from './node-geometry.ts';
import { EmptyGlyph, PauseGlyph, WarningGlyph } from './tree-icons.tsx';
import type { LaidNode } from './tree-layout.ts';
import type { GapMark, TreeItem } from './tree-model.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

/** What a card shows beyond its item: looked up by the tree once per plan. */
export interface CardContext {
  departmentName: (id: string | null) => string | null;
  departmentSlot: (id: string | null) => number | null;
  horizon: (objectiveId: string) => keyof typeof HORIZON_LABEL | null;
  plan: { kicker: string; vision: string };
  unalignedCount: number;
  /** Open catchball notes on the item (the card's note badge); 0 when none. */
  openNotes?: (id: string) => number;
}

const BAND_TEXT: Record<Exclude<GapMark, 'none'>, Record<'objective' | 'goal' | 'tactic', MessageKey>> = {
  orphan: {
    objective: 'tree.band.orphan.objective',
    goal: 'tree.band.orphan.goal',
    tactic: 'tree.band.orphan.tactic',
  },
  uncovered: {
    objective: 'tree.band.uncovered.objective',
    goal: 'tree.band.uncovered.item',
    tactic: 'tree.band.uncovered.item',
  },
  unexecuted: {
    objective: 'tree.band.unexecuted.objective',
    goal: 'tree.band.unexecuted.item',
    tactic: 'tree.band.unexecuted.item',
  },
};

/** The alarm band across the top of a gap node: pattern, icon and words, not colour alone. */
export function GapBand({ item, w }: { item: TreeItem; w: number }) {
  if (item.gap === 'none' || item.kind === 'plan' || item.kind === 'unaligned') return null;
  const Glyph = item.gap === 'orphan' ? WarningGlyph : item.gap === 'uncovered' ? EmptyGlyph : PauseGlyph;
  return (
    <g className={`tree-band tree-band--${item.gap}`}>
      <path
        className={`tree-band__fill tree-fill--${item.gap}`}
        d={`M0 ${GAP_BAND}V8a8 8 0 0 1 8-8H${w - 8}a8 8 0 0 1 8 8V${GAP_BAND}z`}
      />
      <rect
        className="tree-band__label-bg"
        x={6}
        y={4}
        width={bandLabelWidth(item) + 30}
        height={GAP_BAND - 8}
        rx={4}
      />
      <Glyph x={10} y={5} size={16} />
      <text className="tree-text tree-text--band" x={31} y={18}>
        {t(BAND_TEXT[item.gap][item.kind])}
      </text>
    </g>
  );
}

function bandLabelWidth(item: TreeItem): number {
  if (item.gap === 'none' || item.kind === 'plan' || item.kind === 'unaligned') return 0;
  return measureText('band', t(BAND_TEXT[item.gap][item.kind]));
}

export function NodeCard({ node, ctx }: { node: LaidNode; ctx: CardContext }) {
  const { item, w, h } = node;
  switch (item.kind) {
    case 'plan':
      return <PlanCard item={item} w={w} h={h} ctx={ctx} />;
    case 'unaligned':
      return <UnalignedCard w={w} h={h} count={ctx.unalignedCount} />;
    default:
      return <ItemCard item={item} w={w} h={h} ctx={ctx} />;
  }
}

function PlanCard({ item, w, h, ctx }: { item: TreeItem; w: number; h: number; ctx: CardContext }) {
  const inner = w - 2 * CARD_PADDING;
  const title = fitLines('planTitle', item.title, inner, 2);
  const vision = fitLines('vision', ctx.plan.vision || t('tree.card.noVision'), inner, 2);
  return (
    <>
      <rect className="tree-card tree-card--plan" width={w} height={h} rx={10} />
      <text className="tree-text tree-text--kicker" x={CARD_PADDING} y={24}>
        {fitLine('meta', ctx.plan.kicker, inner)}
      </text>
      <text className="tree-text tree-text--plan-title" x={CARD_PADDING} y={50}>
        <Lines lines={title} x={CARD_PADDING} lineHeight={22} />
      </text>
      <text className="tree-text tree-text--vision" x={CARD_PADDING} y={title.length > 1 ? 96 : 78}>
        <Lines lines={vision} x={CARD_PADDING} lineHeight={17} />
      </text>
    </>
  );
}

function UnalignedCard({ w, h, count }: { w: number; h: number; count: number }) {
  return (
    <>
      <rect className="tree-card tree-card--unaligned tree-fill--orphan" width={w} height={h} rx={10} />
      <rect className="tree-band__label-bg" x={10} y={10} width={w - 20} height={h - 20} rx={6} />
      <WarningGlyph x={20} y={24} size={30} />
      {/* Fitted to the card (the nearest measured fonts, a little wider): a translation may be longer. */}
      <text className="tree-text tree-text--unaligned-title" x={62} y={38}>
        {fitLine('planTitle', t('tree.card.unaligned'), w - 76)}
      </text>
      <text className="tree-text tree-text--unaligned-sub" x={62} y={60}>
        {fitLine('title', t('tree.card.unalignedCount', { count }), w - 76)}
      </text>
    </>
  );
}

function ItemCard({ item, w, h, ctx }: { item: TreeItem; w: number; h: number; ctx: CardContext }) {
  const top = item.gap === 'none' ? 0 : GAP_BAND;
  const left = CARD_PADDING + 8;
  const right = w - CARD_PADDING;
  const slot = ctx.departmentSlot(item.departmentId);

  let aside: { text: string; width: number; pill: TacticStatus | null } | null = null;
  if (item.kind === 'tactic' && item.status) {
    const text = STATUS_LABEL[item.status];
    aside = { text, width: measureText('pill', text) + 16, pill: item.status };
  } else if (item.kind === 'objective') {
    const horizon = ctx.horizon(item.id);
    const text = horizon ? HORIZON_LABEL[horizon] : '';
    aside = { text, width: measureText('meta', text), pill: null };
  } else if (item.kind === 'goal') {
    const text = fitLine('meta', ctx.departmentName(item.departmentId) ?? '', 120);
    aside = { text, width: measureText('meta', text), pill: null };
  }

  const codeWidth = measureText('code', item.code);
  const ownerX = left + codeWidth + 8;
  const notes = ctx.openNotes?.(item.id) ?? 0;
  const noteText = `✎ ${notes}`;
  const noteWidth = notes > 0 ? measureText('meta', noteText) + 12 : 0;
  // The note badge sits in the top row before the aside; the owner's name gives way to it.
  const noteRight = right - (aside ? aside.width + 8 : 0);
  const ownerRoom = noteRight - (noteWidth ? noteWidth + 6 : 0) - ownerX;
  const owner = item.owner ? fitLine('meta', item.owner, Math.max(0, ownerRoom)) : t('common.noOwner');
  const title = fitLines('title', item.title, right - left, 2);
  const rowY = top + 23;

  return (
    <>
      <rect className={`tree-card tree-card--${item.kind}`} width={w} height={h} rx={8} />
      <GapBand item={item} w={w} />
      {slot !== null ? (
        <rect className={`tree-stripe tree-dept-${slot}`} x={7} y={top + 8} width={5} height={h - top - 16} rx={2.5} />
      ) : (
        <rect
          className="tree-stripe tree-stripe--objective"
          x={7}
          y={top + 8}
          width={5}
          height={h - top - 16}
          rx={2.5}
        />
      )}
      <text className="tree-text tree-text--code" x={left} y={rowY}>
        {item.code}
      </text>
      <text className={item.owner ? 'tree-text tree-text--meta' : 'tree-text tree-text--missing'} x={ownerX} y={rowY}>
        {owner}
      </text>
      {aside?.pill ? (
        <g transform={`translate(${right - aside.width},${rowY - 15})`}>
          <rect className={`tree-pill tree-pill--${aside.pill}`} width={aside.width} height={20} rx={10} />
          <text className={`tree-text tree-text--pill tree-pill-text--${aside.pill}`} x={8} y={14.5}>
            {aside.text}
          </text>
        </g>
      ) : aside ? (
        <text className="tree-text tree-text--meta" x={right} y={rowY} textAnchor="end">
          {aside.text}
        </text>
      ) : null}
      <text className="tree-text tree-text--title" x={left} y={rowY + 23}>
        <Lines lines={title} x={left} lineHeight={20} />
      </text>
      {notes > 0 ? (
        <g className="tree-note" transform={`translate(${noteRight - noteWidth},${rowY - 14})`}>
          <rect className="tree-note__pill" width={noteWidth} height={18} rx={9} />
          <text className="tree-text tree-note__text" x={6} y={13}>
            {noteText}
          </text>
        </g>
      ) : null}
    </>
  );
}

/** Up to two wrapped lines (fitLines never returns more here). */
function Lines({ lines, x, lineHeight }: { lines: string[]; x: number; lineHeight: number }) {
  const [first, second] = lines;
  return (
    <>
      {first !== undefined ? <tspan x={x}>{first}</tspan> : null}
      {second !== undefined ? (
        <tspan x={x} dy={lineHeight}>
          {second}
        </tspan>
      ) : null}
    </>
  );
}

/**
 * The same node as a plain box, for zoom levels where card text cannot be read; with `codes`, its code in
 * large type (readable down to about 0.2 zoom).
 */
export function NodeBox({ node, ctx, codes }: { node: LaidNode; ctx: CardContext; codes: boolean }) {
  const { item, w, h } = node;
  const slot = ctx.departmentSlot(item.departmentId);
  const pattern = item.kind === 'unaligned' ? 'orphan' : item.gap !== 'none' && item.kind !== 'plan' ? item.gap : null;
  const label =
    item.kind === 'unaligned' ? t('tree.card.unaligned') : item.kind === 'plan' ? t('tree.card.plan') : item.code;
  return (
    <>
      <rect
        className={`tree-card tree-card--${item.kind} tree-card--box${pattern ? ` tree-fill--${pattern}` : ''}`}
        width={w}
        height={h}
        rx={8}
      />
      {slot !== null ? <rect className={`tree-stripe tree-dept-${slot}`} width={22} height={h} rx={6} /> : null}
      {codes ? (
        <text
          className={pattern ? 'tree-text tree-text--box-code tree-text--on-pattern' : 'tree-text tree-text--box-code'}
          x={slot !== null ? 36 : 16}
          y={h / 2 + 14}
        >
          {label}
        </text>
      ) : null}
    </>
  );
}
