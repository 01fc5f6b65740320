import { useEffect, useRef } from 'react';
import type { Strength } from '../../../contract/plan-format.ts';
import { STRENGTH_LABEL, STRENGTH_SYMBOL, STRENGTHS } from '../domain/constants.ts';
import { t, tRich } from '../i18n/intl.ts';

export interface LinkProposal {
  kind: 'tactic-goal' | 'goal-objective';
  fromId: string;
  fromCode: string;
  toId: string;
  toCode: string;
  toTitle: string;
  existing: Strength | null;
  x: number;
  y: number;
}

/** After a drop: the new link's strength (or the existing link's new strength), or cancel. */
export function LinkPopover({
  proposal,
  busy,
  onChoose,
  onCancel,
}: {
  proposal: LinkProposal;
  busy: boolean;
  onChoose: (strength: Strength) => void;
  onCancel: () => void;
}) {
  const first = useRef<HTMLButtonElement | null>(null);
  useEffect(() => first.current?.focus(), []);
  return (
    <div
      className="tree-popover"
      role="dialog"
      aria-label={t('tree.link.label', {
        target: proposal.kind === 'tactic-goal' ? 'goal' : 'objective',
        from: proposal.fromCode,
        to: proposal.toCode,
      })}
      style={{ left: proposal.x, top: proposal.y }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <p className="tree-popover__title">
        {tRich(proposal.existing ? 'tree.link.change' : 'tree.link.new', {
          from: proposal.fromCode,
          to: proposal.toCode,
          b: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <p className="tree-popover__target">{proposal.toTitle}</p>
      <p className="tree-popover__label">{t('tree.link.question')}</p>
      <div className="tree-popover__choices" role="group" aria-label={t('tree.link.strength')}>
        {STRENGTHS.map((s) => (
          <button
            key={s}
            ref={s === (proposal.existing ?? 'strong') ? first : undefined}
            type="button"
            className={s === proposal.existing ? 'button button--small is-active' : 'button button--small'}
            disabled={busy}
            data-strength={s}
            onClick={() => onChoose(s)}
          >
            <span aria-hidden="true">{STRENGTH_SYMBOL[s]}</span> {STRENGTH_LABEL[s]}
          </button>
        ))}
        <button type="button" className="button button--small" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
