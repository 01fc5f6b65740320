import { memo, type CSSProperties, type KeyboardEvent, type Ref } from 'react';
import { relativeChangeText } from '../../../../contract/kpi-values.ts';
import type { Goal, Kpi, Objective, Tactic } from '../../../../contract/plan-format.ts';
import type { GapFlag } from '../../domain/gap-flags.ts';
import { HORIZON_LABEL } from '../../domain/constants.ts';
import { formatDate, formatKpi, formatNumber } from '../../domain/format.ts';
import type { OutlineRow } from '../../outline/rows.ts';
import { ChevronIcon } from '../icons.tsx';
import { GapBadge, NoteBadge, Owner, SharedBadge, StatusBadge, StrengthMark } from '../marks.tsx';
import { t } from '../../i18n/intl.ts';

export interface TitleEditor {
  text: string;
  error: string | null;
  onChange: (text: string) => void;
  onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => void;
  onBlur: () => void;
  /** Set while the editor asks for something else than the title (a new plan's first department). */
  asking?: { label: string; placeholder: string; prompt: string; list?: string } | undefined;
}

interface OutlineRowViewProps {
  row: OutlineRow;
  /** The item shown (null for the section and a draft). */
  item: Objective | Goal | Tactic | null;
  index: number;
  start: number;
  active: boolean;
  selected: boolean;
  gap: GapFlag | undefined;
  /** Open catchball notes on the item. */
  notes: number;
  departmentName: string;
  /** Tactics listed under a goal (shown on goal rows). */
  editor: TitleEditor | null;
  measureRef: Ref<HTMLDivElement>;
  onToggle: (key: string) => void;
}

/** "↓ 9%": where a KPI is headed, short enough for a row (the full reading is its tooltip and in the inspector). */
function kpiTarget(kpi: Kpi | null): string {
  if (!kpi) return '';
  if (kpi.target === null) return t('outline.noTarget');
  const arrow = kpi.direction === 'decrease' ? '↓' : '↑';
  if (kpi.targetKind === 'relative') return `${arrow} ${relativeChangeText(kpi.target, formatNumber)}`;
  const unit = kpi.unit ? (kpi.unit === '%' ? '%' : ` ${kpi.unit}`) : '';
  return `${arrow} ${formatNumber(kpi.target)}${unit}`;
}

/**
 * One treeitem of the outline. It holds no focusable controls (the ARIA tree pattern): the row itself takes focus;
 * the only control inside is the title editor while editing.
 */
export const OutlineRowView = memo(function OutlineRowView(props: OutlineRowViewProps) {
  const { row, item, index, start, active, selected, gap, notes, departmentName, editor, measureRef, onToggle } = props;
  const classes = [
    'orow',
    `orow--${row.kind}`,
    `orow--level${row.level}`,
    active ? 'is-active' : '',
    selected ? 'is-selected' : '',
    gap ? 'has-gap' : '',
    row.match ? '' : 'is-context',
    row.draft ? 'is-draft' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const style: CSSProperties = { transform: `translateY(${start}px)` };
  const toggle =
    row.childCount > 0 ? (
      <span
        className={row.expanded ? 'orow__toggle is-open' : 'orow__toggle'}
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation();
          onToggle(row.key);
        }}
      >
        <ChevronIcon />
      </span>
    ) : (
      <span className="orow__toggle" aria-hidden="true" />
    );

  return (
    <div
      ref={measureRef}
      role="treeitem"
      className={classes}
      style={style}
      tabIndex={active ? 0 : -1}
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={row.childCount > 0 ? row.expanded : undefined}
      aria-selected={selected}
      data-index={index}
      data-row-key={row.key}
      data-item-id={row.draft ? undefined : row.id}
      data-kind={row.kind === 'section' ? undefined : row.kind}
      data-parent-id={row.parentId ?? undefined}
      data-gap={gap}
      data-draft={row.draft ? 'true' : undefined}
    >
      {toggle}
      {row.kind === 'section' ? (
        <SectionContent count={row.childCount} />
      ) : row.kind === 'objective' ? (
        <ObjectiveContent row={row} objective={item as Objective | null} gap={gap} notes={notes} editor={editor} />
      ) : (
        <ItemContent
          row={row}
          item={item as Goal | Tactic | null}
          gap={gap}
          notes={notes}
          editor={editor}
          departmentName={departmentName}
        />
      )}
    </div>
  );
});

function Title({ row, title, editor }: { row: OutlineRow; title: string; editor: TitleEditor | null }) {
  if (editor) {
    const errorId = `${row.key}-error`;
    return (
      <span className="orow__title orow__title--editing">
        <input
          className="orow__editor"
          dir="auto"
          aria-label={
            editor.asking?.label ?? t(row.draft ? 'outline.titleOfNew' : 'outline.titleOf', { kind: row.kind })
          }
          value={editor.text}
          placeholder={
            editor.asking?.placeholder ?? (row.draft ? t('outline.newPlaceholder', { kind: row.kind }) : undefined)
          }
          autoFocus
          autoComplete="off"
          list={editor.asking?.list}
          spellCheck
          aria-invalid={editor.error ? true : undefined}
          aria-describedby={editor.error ? errorId : editor.asking ? `${row.key}-prompt` : undefined}
          onChange={(e) => editor.onChange(e.target.value)}
          onKeyDown={editor.onKeyDown}
          onBlur={editor.onBlur}
        />
        {editor.error ? (
          <span className="orow__error" id={errorId} role="alert">
            {editor.error}
          </span>
        ) : editor.asking ? (
          <span className="orow__prompt" id={`${row.key}-prompt`} role="status">
            {editor.asking.prompt}
          </span>
        ) : null}
      </span>
    );
  }
  return (
    <span className="orow__title" dir="auto">
      {title}
    </span>
  );
}

function ObjectiveContent({
  row,
  objective: o,
  gap,
  notes,
  editor,
}: {
  row: OutlineRow;
  objective: Objective | null;
  gap: GapFlag | undefined;
  notes: number;
  editor: TitleEditor | null;
}) {
  const kpi = o ? formatKpi(o.kpi) : '';
  return (
    <>
      <span className="code code--objective">{o?.code ?? t('outline.new')}</span>
      <span className="orow__main">
        <span className="orow__line">
          <Title row={row} title={o?.title ?? ''} editor={editor} />
          <GapBadge flag={gap} />
          <NoteBadge count={notes} />
        </span>
        {o ? (
          <span className="orow__meta">
            <span className={`horizon horizon--${o.horizon}`}>{HORIZON_LABEL[o.horizon]}</span>
            <Owner name={o.owner} />
            {kpi ? <span className="kpi">{kpi}</span> : <span className="kpi kpi--missing">{t('outline.noKpi')}</span>}
            <span className="orow__count">{t('outline.goals', { count: row.childCount })}</span>
          </span>
        ) : null}
      </span>
    </>
  );
}

function ItemContent({
  row,
  item,
  gap,
  notes,
  editor,
  departmentName,
}: {
  row: OutlineRow;
  item: Goal | Tactic | null;
  gap: GapFlag | undefined;
  notes: number;
  editor: TitleEditor | null;
  departmentName: string;
}) {
  const tactic = row.kind === 'tactic' ? (item as Tactic | null) : null;
  const goal = row.kind === 'goal' ? (item as Goal | null) : null;
  return (
    <>
      <StrengthMark strength={row.strength} />
      <span className="code">{item?.code ?? t('outline.new')}</span>
      <span className="orow__line">
        <Title row={row} title={item?.title ?? ''} editor={editor} />
        <GapBadge flag={gap} />
        <SharedBadge parents={row.parents} kind={row.kind} />
        <NoteBadge count={notes} />
      </span>
      <span className="orow__dept">{departmentName}</span>
      <span className="orow__owner">{item ? <Owner name={item.owner} /> : null}</span>
      <span className="orow__measure">
        {goal?.kpi ? (
          <span className="orow__kpi" title={t('outline.kpiTitle', { reading: formatKpi(goal.kpi) })}>
            <span className="visually-hidden">{t('outline.kpiTarget')}</span>
            {kpiTarget(goal.kpi)}
          </span>
        ) : null}
        {tactic?.due ? <time dateTime={tactic.due}>{formatDate(tactic.due)}</time> : null}
      </span>
      <span className="orow__status">
        {tactic ? <StatusBadge status={tactic.status} /> : null}
        {goal ? (
          <span className={row.childCount === 0 ? 'orow__count orow__count--none' : 'orow__count'}>
            {t('outline.tactics', { count: row.childCount })}
          </span>
        ) : null}
      </span>
    </>
  );
}

function SectionContent({ count }: { count: number }) {
  return (
    <span className="orow__section">
      <span className="orow__section-title">{t('outline.unaligned')}</span>
      <span className="orow__section-note">{t('outline.unalignedNote', { count })}</span>
    </span>
  );
}
