import { useState } from 'react';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { PEOPLE_LIST_ID } from '../../forms/PeopleList.tsx';
import { getLocale, t } from '../../i18n/intl.ts';

/** "Add a countermeasure" to a red month: root cause, action, owner and date (PDCA's Act). */
export function CountermeasureFix({ itemId, month, onDone }: { itemId: string; month: string; onDone: () => void }) {
  const [forMonth, setForMonth] = useState(month);
  const [rootCause, setRootCause] = useState('');
  const [action, setAction] = useState('');
  const [owner, setOwner] = useState('');
  const [due, setDue] = useState('');
  const { busy, error, submit } = useFix(onDone);
  return (
    <FixFrame
      label={t('fix.countermeasure')}
      busy={busy}
      error={error}
      canApply={forMonth !== '' && rootCause.trim() !== '' && action.trim() !== ''}
      onApply={() =>
        void submit((api) =>
          api.addCountermeasure({
            itemId,
            month: forMonth,
            rootCause: rootCause.trim(),
            action: action.trim(),
            owner: owner.trim() || null,
            due: due || null,
          }),
        )
      }
      onCancel={onDone}
    >
      <FixField label={t('fix.month')}>
        <input className="input" type="month" value={forMonth} onChange={(e) => setForMonth(e.target.value)} />
      </FixField>
      <FixField label={t('fix.rootCause')} wide>
        <input className="input" value={rootCause} autoFocus onChange={(e) => setRootCause(e.target.value)} />
      </FixField>
      <FixField label={t('fix.action')} wide>
        <input className="input" value={action} onChange={(e) => setAction(e.target.value)} />
      </FixField>
      <FixField label={t('fix.owner')}>
        <input
          className="input"
          list={PEOPLE_LIST_ID}
          autoComplete="off"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
        />
      </FixField>
      <FixField label={t('fix.due')}>
        <input className="input" type="date" lang={getLocale()} value={due} onChange={(e) => setDue(e.target.value)} />
      </FixField>
    </FixFrame>
  );
}
