import type { Strength, TacticStatus } from '../../../contract/plan-format.ts';
import { STATUS_LABEL, STRENGTH_SYMBOL } from '../domain/constants.ts';
import type { GapFlag } from '../domain/gap-flags.ts';
import { openNotesLabel } from '../domain/notes.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

export function StrengthMark({ strength }: { strength: Strength | null }) {
  if (!strength) return <span className="strength strength--none" aria-hidden="true" />;
  return (
    <span className={`strength strength--${strength}`} title={t('common.support', { strength })}>
      <span aria-hidden="true">{STRENGTH_SYMBOL[strength]}</span>
      <span className="visually-hidden">{t('common.support', { strength })}</span>
    </span>
  );
}

export function StatusBadge({ status }: { status: TacticStatus }) {
  return <span className={`status status--${status}`}>{STATUS_LABEL[status]}</span>;
}

const GAP_TEXT: Record<GapFlag, { label: MessageKey; why: MessageKey }> = {
  uncovered: { label: 'gap.uncovered', why: 'gap.uncovered.why' },
  unexecuted: { label: 'gap.unexecuted', why: 'gap.unexecuted.why' },
  orphaned: { label: 'gap.orphaned', why: 'gap.orphaned.why' },
};

export function GapBadge({ flag }: { flag: GapFlag | undefined }) {
  if (!flag) return null;
  const { label, why } = GAP_TEXT[flag];
  return (
    <span className={`gap-badge gap-badge--${flag}`} title={t(why)}>
      {t(label)}
    </span>
  );
}

/** An empty owner is a finding of its own (missing_owner), so it is shown, not left blank. */
export function Owner({ name }: { name: string | null }) {
  return name ? (
    <span className="owner" dir="auto">
      {name}
    </span>
  ) : (
    <span className="owner owner--missing">{t('common.noOwner')}</span>
  );
}

/** A goal supporting several objectives (or a tactic several goals) is listed under each: this says so. */
export function SharedBadge({ parents, kind }: { parents: number; kind: string }) {
  if (parents < 2) return null;
  return (
    <span
      className="shared-badge"
      title={t('common.shared', { kind: kind === 'goal' ? 'objective' : 'goal', count: parents })}
    >
      {t('common.sharedCount', { count: parents })}
    </span>
  );
}

/** Open catchball notes (questions, proposals) waiting on the item: a count in words for assistive technology. */
export function NoteBadge({ count }: { count: number }) {
  if (count < 1) return null;
  const words = openNotesLabel(count);
  const glyph = `✎ ${count}`;
  return (
    <span className="note-badge" title={words} data-open-notes={count}>
      <span aria-hidden="true">{glyph}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
