import type { Finding, GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { useDraft } from '../state/draft-context.ts';
import { fixLock } from './fix-lock.ts';
import { FixForm, hasInlineFix } from './FixForm.tsx';
import { asSentence } from '../domain/draft-lock.ts';
import { t } from '../i18n/intl.ts';
import { findingText, fixText } from '../i18n/service-text.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

const SEVERITY_LABEL: Record<Finding['severity'], MessageKey> = {
  error: 'gaps.severity.error',
  warning: 'gaps.severity.warning',
  info: 'gaps.severity.info',
};

export type ItemKind = 'objective' | 'goal' | 'tactic';
export const isItem = (kind: Finding['itemKind']): kind is ItemKind =>
  kind === 'objective' || kind === 'goal' || kind === 'tactic';

/**
 * One finding: what is wrong (clicking it selects the item), the fix as a button that opens its inline form,
 * and "Show in tree", which selects the item and opens the tree centred on it.
 */
export function FindingItem({
  finding,
  plan,
  gaps,
  open,
  selected,
  onOpen,
  onClose,
  onSelect,
  onShowInTree,
}: {
  finding: Finding;
  plan: PlanDocument;
  gaps: GapReport | null;
  open: boolean;
  selected: boolean;
  onOpen: () => void;
  onClose: () => void;
  onSelect: () => void;
  onShowInTree: () => void;
}) {
  const item = isItem(finding.itemKind);
  const inline = hasInlineFix(finding);
  const lock = fixLock(useDraft(), finding, plan);
  const lockId = `fix-lock-${finding.kind}-${finding.id}`;
  return (
    <li
      className={`finding finding--${finding.severity} gaps-finding${selected ? ' is-selected' : ''}`}
      data-finding-kind={finding.kind}
      data-finding-id={finding.id}
    >
      <span className={`severity severity--${finding.severity}`}>{t(SEVERITY_LABEL[finding.severity])}</span>
      <div className="finding__text">
        {item ? (
          <button type="button" className="gaps-finding__message" dir="auto" aria-pressed={selected} onClick={onSelect}>
            {findingText(finding)}
          </button>
        ) : (
          <p className="finding__message" dir="auto">
            {findingText(finding)}
          </p>
        )}
        {inline ? null : <p className="finding__rule">{t('gaps.whatToDo', { fix: fixText(finding) })}</p>}
        {inline && lock ? (
          <p className="finding__rule" id={lockId} data-lock-reason="">
            {asSentence(lock)}
          </p>
        ) : null}
      </div>
      <div className="gaps-finding__actions">
        {inline ? (
          <button
            type="button"
            className={open ? 'button button--small is-active' : 'button button--small button--primary'}
            aria-expanded={open}
            data-fix={finding.fix.action}
            disabled={lock !== null}
            aria-describedby={lock ? lockId : undefined}
            onClick={open ? onClose : onOpen}
          >
            {fixText(finding)}
          </button>
        ) : null}
        {item ? (
          <button type="button" className="button button--small" onClick={onShowInTree}>
            {t('gaps.showInTree')}
          </button>
        ) : null}
      </div>
      {open && !lock ? (
        <div className="gaps-finding__fix">
          <FixForm finding={finding} plan={plan} gaps={gaps} onDone={onClose} />
        </div>
      ) : null}
    </li>
  );
}
