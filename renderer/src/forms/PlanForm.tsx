import { useId, useState } from 'react';
import type { PlanHeader } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { FormField, invalidProps } from './FormField.tsx';
import { InlineForm } from './InlineForm.tsx';
import { useFormSubmit } from './useFormSubmit.ts';

const FIELDS = ['title', 'organisation', 'periodStart', 'periodEnd', 'vision'] as const;

interface PlanFormProps {
  header: PlanHeader;
  onDone: () => void;
}

export function PlanForm({ header, onDone }: PlanFormProps) {
  const { mutate } = useAppActions();
  const { errors, busy, submit } = useFormSubmit(FIELDS);
  const id = useId();
  const [title, setTitle] = useState(header.title);
  const [organisation, setOrganisation] = useState(header.organisation ?? '');
  const [periodStart, setPeriodStart] = useState(header.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(header.periodEnd ?? '');
  const [vision, setVision] = useState(header.vision ?? '');

  const save = () =>
    submit(async () => {
      // Empty means "clear": the contract stores blank text and dates as null.
      await mutate((api) =>
        api.updatePlan({
          title,
          organisation: organisation.trim() || null,
          periodStart: periodStart || null,
          periodEnd: periodEnd || null,
          vision: vision.trim() || null,
        }),
      );
      onDone();
    });

  return (
    <InlineForm
      title="Edit plan"
      submitLabel="Save plan"
      busy={busy}
      errors={errors}
      onSubmit={() => void save()}
      onCancel={onDone}
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
      <FormField id={`${id}-organisation`} label="Organisation" error={errors.organisation} span={2}>
        <input
          id={`${id}-organisation`}
          className="input"
          value={organisation}
          onChange={(e) => setOrganisation(e.target.value)}
          autoComplete="off"
          {...invalidProps(`${id}-organisation`, errors.organisation)}
        />
      </FormField>
      <FormField id={`${id}-start`} label="Period start" error={errors.periodStart}>
        <input
          id={`${id}-start`}
          className="input"
          type="date"
          value={periodStart}
          onChange={(e) => setPeriodStart(e.target.value)}
          {...invalidProps(`${id}-start`, errors.periodStart)}
        />
      </FormField>
      <FormField id={`${id}-end`} label="Period end" error={errors.periodEnd}>
        <input
          id={`${id}-end`}
          className="input"
          type="date"
          value={periodEnd}
          onChange={(e) => setPeriodEnd(e.target.value)}
          {...invalidProps(`${id}-end`, errors.periodEnd)}
        />
      </FormField>
      <FormField id={`${id}-vision`} label="Vision (Ctrl+Enter to save)" error={errors.vision} span="full">
        <textarea
          id={`${id}-vision`}
          className="textarea"
          rows={6}
          value={vision}
          onChange={(e) => setVision(e.target.value)}
          {...invalidProps(`${id}-vision`, errors.vision)}
        />
      </FormField>
    </InlineForm>
  );
}
