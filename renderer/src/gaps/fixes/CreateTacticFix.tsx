import { useState } from 'react';
import type { PlanDocument } from '../../../../contract/plan-format.ts';
import { useDraft } from '../../state/draft-context.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { PEOPLE_LIST_ID } from '../../forms/PeopleList.tsx';
import { getLocale, t } from '../../i18n/intl.ts';

/**
 * "Add a tactic to this goal" (a goal without tactics) or "…to one of its goals" (an unexecuted objective): the
 * tactic belongs to its goal's department and supports the goal strongly.
 */
export function CreateTacticFix({
  plan,
  goalIds,
  onDone,
}: {
  plan: PlanDocument;
  goalIds: string[];
  onDone: () => void;
}) {
  const draft = useDraft();
  // In a department's draft, a new tactic goes under one of its own goals (it takes the goal's department).
  const goals = plan.goals.filter(
    (g) => goalIds.includes(g.id) && (draft === null || g.departmentId === draft.departmentId),
  );
  const [goalId, setGoalId] = useState(goals[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [owner, setOwner] = useState('');
  // Asked for here so that the new tactic does not raise "no due date" the moment it closes a gap.
  const [due, setDue] = useState('');
  const { busy, error, submit } = useFix(onDone);
  const goal = goals.find((g) => g.id === goalId);
  return (
    <FixFrame
      label={t('fix.addTactic')}
      busy={busy}
      error={error}
      canApply={Boolean(goal) && title.trim() !== ''}
      applyLabel={t('fix.addTacticApply')}
      onApply={() =>
        void submit((api) =>
          api.createTactic({
            departmentId: goal!.departmentId,
            title: title.trim(),
            owner: owner.trim() || null,
            due: due || null,
            supports: [{ goalId: goal!.id, strength: 'strong' }],
          }),
        )
      }
      onCancel={onDone}
    >
      {goals.length > 1 ? (
        <FixField label={t('fix.goal')}>
          <select className="select" value={goalId} onChange={(e) => setGoalId(e.target.value)}>
            {goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.code} {g.title}
              </option>
            ))}
          </select>
        </FixField>
      ) : null}
      <FixField label={t('fix.tacticTitle')} wide>
        <input className="input" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
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
