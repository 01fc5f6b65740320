import type { Strength, TacticStatus } from '../../../contract/plan-format.ts';
import { STATUS_LABEL, STRENGTH_LABEL, STRENGTH_SYMBOL } from '../domain/constants.ts';
import type { GapFlag } from '../domain/gap-flags.ts';

export function StrengthMark({ strength }: { strength: Strength | null }) {
  if (!strength) return <span className="strength strength--none" aria-hidden="true" />;
  return (
    <span className={`strength strength--${strength}`} title={`${STRENGTH_LABEL[strength]} support`}>
      <span aria-hidden="true">{STRENGTH_SYMBOL[strength]}</span>
      <span className="visually-hidden">{STRENGTH_LABEL[strength]} support</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: TacticStatus }) {
  return <span className={`status status--${status}`}>{STATUS_LABEL[status]}</span>;
}

const GAP_TEXT: Record<GapFlag, { label: string; why: string }> = {
  uncovered: { label: 'Uncovered', why: 'No department goal supports this objective' },
  unexecuted: { label: 'Unexecuted', why: 'None of the goals supporting this objective has a tactic' },
  orphaned: { label: 'Orphaned', why: 'Traces to no objective' },
};

export function GapBadge({ flag }: { flag: GapFlag | undefined }) {
  if (!flag) return null;
  const { label, why } = GAP_TEXT[flag];
  return (
    <span className={`gap-badge gap-badge--${flag}`} title={why}>
      {label}
    </span>
  );
}

/** An empty owner is a finding of its own (missing_owner), so it is shown, not left blank. */
export function Owner({ name }: { name: string | null }) {
  return name ? <span className="owner">{name}</span> : <span className="owner owner--missing">No owner</span>;
}

/** A goal supporting several objectives (or a tactic several goals) is listed under each: this says so. */
export function SharedBadge({ parents, kind }: { parents: number; kind: string }) {
  if (parents < 2) return null;
  const above = kind === 'goal' ? 'objectives' : 'goals';
  return (
    <span className="shared-badge" title={`Supports ${parents} ${above}: listed under each of them`}>
      Shared ×{parents}
    </span>
  );
}

/** Open catchball notes (questions, proposals) waiting on the item: a count in words for assistive technology. */
export function NoteBadge({ count }: { count: number }) {
  if (count < 1) return null;
  const words = `${count} open ${count === 1 ? 'note' : 'notes'}`;
  return (
    <span className="note-badge" title={words} data-open-notes={count}>
      <span aria-hidden="true">✎ {count}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
