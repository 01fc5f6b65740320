import { useState } from 'react';
import type { PlanDocument, Strength } from '../../../../contract/plan-format.ts';
import { useDraft } from '../../state/draft-context.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { StrengthChoice } from './StrengthChoice.tsx';
import { t } from '../../i18n/intl.ts';

/**
 * "Create a goal for this objective in…": a department, a title, and how strongly the goal supports it. For a
 * breakthrough its annual objectives do not carry, `objectiveIds` are those annual objectives and the planner
 * also picks which one the goal serves (shown even when there is one, so it is plain where the goal goes).
 */
export function CreateGoalFix({
  plan,
  objectiveIds,
  annual = false,
  departmentId: preset,
  onDone,
}: {
  plan: PlanDocument;
  objectiveIds: string[];
  annual?: boolean;
  /** The department chosen first (the objective's responsible department), when the finding names one. */
  departmentId?: string;
  onDone: () => void;
}) {
  const choices = plan.objectives.filter((o) => objectiveIds.includes(o.id));
  const [objectiveId, setObjectiveId] = useState(choices[0]?.id ?? objectiveIds[0] ?? '');
  const draft = useDraft();
  // A department's draft creates goals of its own only (the service refuses any other department).
  const [departmentId, setDepartmentId] = useState(draft?.departmentId ?? preset ?? plan.departments[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [strength, setStrength] = useState<Strength>('strong');
  const { busy, error, submit } = useFix(onDone);
  if (plan.departments.length === 0) {
    return <p className="fix fix__note">{t('fix.noDepartment')}</p>;
  }
  return (
    <FixFrame
      label={annual ? t('fix.createGoalAnnual') : t('fix.createGoal')}
      busy={busy}
      error={error}
      canApply={title.trim() !== '' && departmentId !== '' && objectiveId !== ''}
      applyLabel={t('fix.createGoalApply')}
      onApply={() =>
        void submit((api) =>
          api.createGoal({ departmentId, title: title.trim(), supports: [{ objectiveId, strength }] }),
        )
      }
      onCancel={onDone}
    >
      {annual ? (
        <FixField label={t('fix.annualObjective')} wide>
          <select className="select" value={objectiveId} onChange={(e) => setObjectiveId(e.target.value)}>
            {choices.map((o) => (
              <option key={o.id} value={o.id}>
                {o.code} {o.title}
              </option>
            ))}
          </select>
        </FixField>
      ) : null}
      <FixField label={t('fix.department')}>
        <select
          className="select"
          value={departmentId}
          disabled={draft !== null}
          title={draft ? t('inspector.departmentLock', { kind: 'goal', department: draft.departmentName }) : undefined}
          onChange={(e) => setDepartmentId(e.target.value)}
        >
          {plan.departments.map((d) => (
            <option key={d.id} value={d.id}>
              {d.name}
            </option>
          ))}
        </select>
      </FixField>
      <FixField label={t('fix.goalTitle')} wide>
        <input className="input" value={title} autoFocus onChange={(e) => setTitle(e.target.value)} />
      </FixField>
      <StrengthChoice value={strength} onChange={setStrength} />
    </FixFrame>
  );
}
