import type { ReactNode } from 'react';
import type { Objective } from '../../../contract/plan-format.ts';
import type { GapFlag, GoalNode, TacticNode } from '../domain/cascade.ts';
import { HORIZON_LABEL } from '../domain/constants.ts';
import { formatDate, formatKpi } from '../domain/format.ts';
import { useAppActions, type SelectableKind } from '../state/app-context.ts';
import { GapBadge, Owner, StatusBadge, StrengthMark } from './marks.tsx';

interface RowProps {
  kind: SelectableKind;
  id: string;
  /** The item this row is listed under: a goal supporting two objectives has two rows, told apart by this. */
  parentId: string | null;
  gap: GapFlag | undefined;
  className: string;
  children: ReactNode;
}

/** A selectable outline row; `data-item-id` / `data-kind` are the stable hooks tests and later views rely on. */
function Row({ kind, id, parentId, gap, className, children }: RowProps) {
  const { selection, select } = useAppActions();
  const selected = selection?.kind === kind && selection.id === id;
  const classes = ['row', className, selected ? 'is-selected' : '', gap ? 'has-gap' : ''].filter(Boolean).join(' ');
  return (
    <div
      className={classes}
      data-item-id={id}
      data-kind={kind}
      data-parent-id={parentId ?? undefined}
      data-gap={gap}
      onClick={() => select({ kind, id })}
    >
      {children}
    </div>
  );
}

/** The row's keyboard handle: Enter or Space clicks it, and the click bubbles to the row, which selects. */
function RowTitle({ kind, id, text }: { kind: SelectableKind; id: string; text: string }) {
  const { selection } = useAppActions();
  return (
    <button type="button" className="row__title" aria-pressed={selection?.kind === kind && selection.id === id}>
      {text}
    </button>
  );
}

export function ObjectiveRow({ objective: o, gap }: { objective: Objective; gap: GapFlag | undefined }) {
  const kpi = formatKpi(o.kpi);
  return (
    <Row kind="objective" id={o.id} parentId={null} gap={gap} className="row--objective">
      <span className="code code--objective">{o.code}</span>
      <span className="row__main">
        <RowTitle kind="objective" id={o.id} text={o.title} />
        <span className="row__meta">
          <span className={`horizon horizon--${o.horizon}`}>{HORIZON_LABEL[o.horizon]}</span>
          <Owner name={o.owner} />
          {kpi ? <span className="kpi">{kpi}</span> : <span className="kpi kpi--missing">No KPI</span>}
        </span>
      </span>
      <span className="row__flags">
        <GapBadge flag={gap} />
      </span>
    </Row>
  );
}

export function GoalRow({
  node,
  parentId,
  departmentName,
  gap,
}: {
  node: GoalNode;
  parentId: string | null;
  departmentName: string;
  gap: GapFlag | undefined;
}) {
  const g = node.goal;
  const count = node.tactics.length;
  return (
    <Row kind="goal" id={g.id} parentId={parentId} gap={gap} className="row--goal">
      <StrengthMark strength={node.strength} />
      <span className="code">{g.code}</span>
      <span className="row__main row__main--inline">
        <RowTitle kind="goal" id={g.id} text={g.title} />
        <GapBadge flag={gap} />
      </span>
      <span className="row__department">{departmentName}</span>
      <span className="row__owner">
        <Owner name={g.owner} />
      </span>
      <span className="row__due" />
      <span className={count === 0 ? 'row__count row__count--none' : 'row__count'}>
        {count === 0 ? 'No tactics' : `${count} ${count === 1 ? 'tactic' : 'tactics'}`}
      </span>
    </Row>
  );
}

export function TacticRow({
  node,
  parentId,
  departmentName,
  gap,
}: {
  node: TacticNode;
  parentId: string | null;
  departmentName: string;
  gap: GapFlag | undefined;
}) {
  const t = node.tactic;
  return (
    <Row kind="tactic" id={t.id} parentId={parentId} gap={gap} className="row--tactic">
      <StrengthMark strength={node.strength} />
      <span className="code">{t.code}</span>
      <span className="row__main row__main--inline">
        <RowTitle kind="tactic" id={t.id} text={t.title} />
        <GapBadge flag={gap} />
      </span>
      <span className="row__department">{departmentName}</span>
      <span className="row__owner">
        <Owner name={t.owner} />
      </span>
      <span className="row__due">{t.due ? <time dateTime={t.due}>{formatDate(t.due)}</time> : null}</span>
      <span className="row__status">
        <StatusBadge status={t.status} />
      </span>
    </Row>
  );
}
