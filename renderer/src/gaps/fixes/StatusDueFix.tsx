import { useState } from 'react';
import type { Tactic, TacticStatus } from '../../../../contract/plan-format.ts';
import { STATUS_LABEL, TACTIC_STATUSES } from '../../domain/constants.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { getLocale, t } from '../../i18n/intl.ts';

/** "Mark done or set a new due date" for an overdue tactic. */
export function StatusDueFix({ tactic, onDone }: { tactic: Tactic; onDone: () => void }) {
  const [status, setStatus] = useState<TacticStatus>(tactic.status);
  const [due, setDue] = useState(tactic.due ?? '');
  const { busy, error, submit } = useFix(onDone);
  return (
    <FixFrame
      label={t('fix.replan')}
      busy={busy}
      error={error}
      onApply={() => void submit((api) => api.updateTactic({ id: tactic.id, status, due: due || null }))}
      onCancel={onDone}
    >
      <FixField label={t('fix.status')}>
        <select className="select" value={status} onChange={(e) => setStatus(e.target.value as TacticStatus)}>
          {TACTIC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABEL[s]}
            </option>
          ))}
        </select>
      </FixField>
      <FixField label={t('fix.due')}>
        <input className="input" type="date" lang={getLocale()} value={due} onChange={(e) => setDue(e.target.value)} />
      </FixField>
    </FixFrame>
  );
}
