import { useId, useState } from 'react';
import type { Department } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { FormField, invalidProps } from './FormField.tsx';
import { InlineForm } from './InlineForm.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

const FIELDS = ['name', 'head'] as const;

interface DepartmentFormProps {
  onCancel: () => void;
  onCreated: (department: Department) => void;
}

export function DepartmentForm({ onCancel, onCreated }: DepartmentFormProps) {
  const { mutate } = useAppActions();
  const { errors, busy, submit } = useFormSubmit(FIELDS);
  const id = useId();
  const [name, setName] = useState('');
  const [head, setHead] = useState('');

  const save = () =>
    submit(async () => {
      const created = await mutate((api) => api.createDepartment({ name, head: head.trim() || undefined }));
      onCreated(created);
    });

  return (
    <InlineForm
      title="New department"
      submitLabel="Create department"
      busy={busy}
      errors={errors}
      onSubmit={() => void save()}
      onCancel={onCancel}
    >
      <FormField id={`${id}-name`} label="Name" error={errors.name} required>
        <input
          id={`${id}-name`}
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-required="true"
          autoComplete="off"
          {...invalidProps(`${id}-name`, errors.name)}
        />
      </FormField>
      <FormField id={`${id}-head`} label="Head" error={errors.head}>
        <input
          id={`${id}-head`}
          className="input"
          value={head}
          onChange={(e) => setHead(e.target.value)}
          autoComplete="off"
          {...invalidProps(`${id}-head`, errors.head)}
        />
      </FormField>
    </InlineForm>
  );
}
