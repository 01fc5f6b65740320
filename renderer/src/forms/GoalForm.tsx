import { useId, useState } from 'react';
import type { Goal, PlanDocument, Strength } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { DepartmentSelect } from './DepartmentSelect.tsx';
import { FormField, invalidProps } from './FormField.tsx';
import { InlineForm } from './InlineForm.tsx';
import { NeedsDepartment } from './NeedsDepartment.tsx';
import { StrengthSelect } from './StrengthSelect.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

const FIELDS = ['title', 'departmentId', 'supports', 'owner', 'code'] as const;

interface GoalFormProps {
  plan: PlanDocument;
  /** Preselected from the current selection, so "select an objective, Add goal" links the goal to it. */
  initialObjectiveId: string;
  initialDepartmentId: string;
  onCancel: () => void;
  onCreated: (goal: Goal) => void;
}

export function GoalForm({ plan, initialObjectiveId, initialDepartmentId, onCancel, onCreated }: GoalFormProps) {
  const { mutate } = useAppActions();
  const { errors, busy, submit } = useFormSubmit(FIELDS);
  const id = useId();
  const [title, setTitle] = useState('');
  const [departmentId, setDepartmentId] = useState(initialDepartmentId || (plan.departments[0]?.id ?? ''));
  const [objectiveId, setObjectiveId] = useState(initialObjectiveId);
  const [strength, setStrength] = useState<Strength>('strong');
  const [owner, setOwner] = useState('');
  const hasDepartments = plan.departments.length > 0;

  const save = () =>
    submit(async () => {
      const created = await mutate((api) =>
        api.createGoal({
          title,
          departmentId,
          owner: owner.trim() || undefined,
          supports: objectiveId ? [{ objectiveId, strength }] : undefined,
        }),
      );
      onCreated(created);
    });

  return (
    <InlineForm
      title="New goal"
      submitLabel="Create goal"
      busy={busy}
      errors={errors}
      onSubmit={() => void save()}
      onCancel={onCancel}
      canSubmit={hasDepartments}
      note={hasDepartments ? null : <NeedsDepartment what="goal" />}
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
          onChange={setDepartmentId}
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
      <FormField id={`${id}-supports`} label="Supports objective" error={errors.supports} span={2}>
        <select
          id={`${id}-supports`}
          className="select"
          value={objectiveId}
          onChange={(e) => setObjectiveId(e.target.value)}
          {...invalidProps(`${id}-supports`, errors.supports)}
        >
          <option value="">None yet</option>
          {plan.objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.code} · {o.title}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id={`${id}-strength`} label="Strength" error={undefined}>
        <StrengthSelect id={`${id}-strength`} value={strength} disabled={!objectiveId} onChange={setStrength} />
      </FormField>
    </InlineForm>
  );
}
