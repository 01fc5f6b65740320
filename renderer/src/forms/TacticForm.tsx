import { useId, useState } from 'react';
import type { PlanDocument, Strength, Tactic } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { DepartmentSelect } from './DepartmentSelect.tsx';
import { FormField, invalidProps } from './FormField.tsx';
import { InlineForm } from './InlineForm.tsx';
import { NeedsDepartment } from './NeedsDepartment.tsx';
import { StrengthSelect } from './StrengthSelect.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

const FIELDS = ['title', 'departmentId', 'supports', 'owner', 'due', 'code'] as const;

interface TacticFormProps {
  plan: PlanDocument;
  initialGoalId: string;
  initialDepartmentId: string;
  onCancel: () => void;
  onCreated: (tactic: Tactic) => void;
}

export function TacticForm({ plan, initialGoalId, initialDepartmentId, onCancel, onCreated }: TacticFormProps) {
  const { mutate } = useAppActions();
  const { errors, busy, submit } = useFormSubmit(FIELDS);
  const id = useId();
  const [title, setTitle] = useState('');
  const [departmentId, setDepartmentId] = useState(initialDepartmentId || (plan.departments[0]?.id ?? ''));
  // Until the user picks a department, it follows the chosen goal's (tactics usually sit with their goal).
  const [departmentTouched, setDepartmentTouched] = useState(Boolean(initialDepartmentId));
  const [goalId, setGoalId] = useState(initialGoalId);
  const [strength, setStrength] = useState<Strength>('strong');
  const [due, setDue] = useState('');
  const [owner, setOwner] = useState('');
  const hasDepartments = plan.departments.length > 0;

  const chooseGoal = (next: string) => {
    setGoalId(next);
    const goal = plan.goals.find((g) => g.id === next);
    if (goal && !departmentTouched) setDepartmentId(goal.departmentId);
  };

  const save = () =>
    submit(async () => {
      const created = await mutate((api) =>
        api.createTactic({
          title,
          departmentId,
          owner: owner.trim() || undefined,
          due: due || undefined,
          supports: goalId ? [{ goalId, strength }] : undefined,
        }),
      );
      onCreated(created);
    });

  return (
    <InlineForm
      title="New tactic"
      submitLabel="Create tactic"
      busy={busy}
      errors={errors}
      onSubmit={() => void save()}
      onCancel={onCancel}
      canSubmit={hasDepartments}
      note={hasDepartments ? null : <NeedsDepartment what="tactic" />}
    >
      <FormField id={`${id}-title`} label="Title" error={errors.title} required span={2}>
        <input
          id={`${id}-title`}
          className="input"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
          aria-required="true"
          autoComplete="off"
          {...invalidProps(`${id}-title`, errors.title)}
        />
      </FormField>
      <FormField id={`${id}-department`} label="Department" error={errors.departmentId} required>
        <DepartmentSelect
          id={`${id}-department`}
          departments={plan.departments}
          value={departmentId}
          error={errors.departmentId}
          onChange={(next) => {
            setDepartmentTouched(true);
            setDepartmentId(next);
          }}
        />
      </FormField>
      <FormField id={`${id}-owner`} label="Owner" error={errors.owner}>
        <input
          id={`${id}-owner`}
          className="input"
          value={owner}
          onChange={(e) => setOwner(e.target.value)}
          autoComplete="off"
          {...invalidProps(`${id}-owner`, errors.owner)}
        />
      </FormField>
      <FormField id={`${id}-due`} label="Due" error={errors.due}>
        <input
          id={`${id}-due`}
          className="input"
          type="date"
          value={due}
          onChange={(e) => setDue(e.target.value)}
          {...invalidProps(`${id}-due`, errors.due)}
        />
      </FormField>
      <FormField id={`${id}-supports`} label="Supports goal" error={errors.supports} span={2}>
        <select
          id={`${id}-supports`}
          className="select"
          value={goalId}
          onChange={(e) => chooseGoal(e.target.value)}
          {...invalidProps(`${id}-supports`, errors.supports)}
        >
          <option value="">None yet</option>
          {plan.departments.map((d) => {
            const goals = plan.goals.filter((g) => g.departmentId === d.id);
            return goals.length === 0 ? null : (
              <optgroup key={d.id} label={d.name}>
                {goals.map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.code} · {g.title}
                  </option>
                ))}
              </optgroup>
            );
          })}
        </select>
      </FormField>
      <FormField id={`${id}-strength`} label="Strength" error={undefined}>
        <StrengthSelect id={`${id}-strength`} value={strength} disabled={!goalId} onChange={setStrength} />
      </FormField>
    </InlineForm>
  );
}
