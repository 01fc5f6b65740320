import { useId, useState } from 'react';
import type { Horizon, Objective } from '../../../contract/plan-format.ts';
import { HORIZON_LABEL, HORIZONS } from '../domain/constants.ts';
import { useAppActions } from '../state/app-context.ts';
import { FormField, invalidProps } from './FormField.tsx';
import { InlineForm } from './InlineForm.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

const FIELDS = ['title', 'horizon', 'owner', 'code'] as const;

interface ObjectiveFormProps {
  onCancel: () => void;
  onCreated: (objective: Objective) => void;
}

export function ObjectiveForm({ onCancel, onCreated }: ObjectiveFormProps) {
  const { mutate } = useAppActions();
  const { errors, busy, submit } = useFormSubmit(FIELDS);
  const id = useId();
  const [title, setTitle] = useState('');
  const [horizon, setHorizon] = useState<Horizon>('annual');
  const [owner, setOwner] = useState('');

  const save = () =>
    submit(async () => {
      const created = await mutate((api) => api.createObjective({ title, horizon, owner: owner.trim() || undefined }));
      onCreated(created);
    });

  return (
    <InlineForm
      title="New objective"
      submitLabel="Create objective"
      busy={busy}
      errors={errors}
      onSubmit={() => void save()}
      onCancel={onCancel}
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
      <FormField id={`${id}-horizon`} label="Horizon" error={errors.horizon}>
        <select
          id={`${id}-horizon`}
          className="select"
          value={horizon}
          onChange={(e) => setHorizon(e.target.value as Horizon)}
          {...invalidProps(`${id}-horizon`, errors.horizon)}
        >
          {HORIZONS.map((h) => (
            <option key={h} value={h}>
              {HORIZON_LABEL[h]}
            </option>
          ))}
        </select>
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
    </InlineForm>
  );
}
