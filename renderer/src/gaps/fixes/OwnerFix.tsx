import { useId, useMemo, useState } from 'react';
import type { PlanDocument } from '../../../../contract/plan-format.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { t } from '../../i18n/intl.ts';

/** "Assign an owner": a name, with the plan's existing owners offered as suggestions. */
export function OwnerFix({
  plan,
  itemKind,
  itemId,
  onDone,
}: {
  plan: PlanDocument;
  itemKind: 'objective' | 'goal' | 'tactic';
  itemId: string;
  onDone: () => void;
}) {
  const [owner, setOwner] = useState('');
  const { busy, error, submit } = useFix(onDone);
  const listId = useId();
  const owners = useMemo(() => {
    const names = new Set<string>();
    for (const item of [...plan.objectives, ...plan.goals, ...plan.tactics]) if (item.owner) names.add(item.owner);
    for (const d of plan.departments) if (d.head) names.add(d.head);
    return [...names].sort((a, b) => a.localeCompare(b));
  }, [plan]);
  const apply = () =>
    void submit((api) => {
      const input = { id: itemId, owner: owner.trim() };
      if (itemKind === 'objective') return api.updateObjective(input);
      if (itemKind === 'goal') return api.updateGoal(input);
      return api.updateTactic(input);
    });
  return (
    <FixFrame
      label={t('fix.assignOwner')}
      busy={busy}
      error={error}
      canApply={owner.trim() !== ''}
      onApply={apply}
      onCancel={onDone}
    >
      <FixField label={t('fix.owner')} wide>
        <input className="input" list={listId} value={owner} autoFocus onChange={(e) => setOwner(e.target.value)} />
        <datalist id={listId}>
          {owners.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      </FixField>
    </FixFrame>
  );
}
