import type { OperationInput } from '../../../contract/api.ts';
import { LockedFields } from '../components/LockedFields.tsx';
import { lockReason } from '../domain/draft-lock.ts';
import { TextField, orNull } from '../forms/fields.tsx';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import type { ViewProps } from './view-props.ts';

/** The plan's header, edited in place: every field saves when it is left (each save is one undo step). */
export function PlanView({ plan }: ViewProps) {
  const { run } = useAppActions();
  const lock = lockReason(useDraft(), { kind: 'plan' });
  const header = plan.plan;
  const save = (patch: OperationInput<'updatePlan'>) => run('updatePlan', patch);
  const stats = [
    { label: 'Departments', value: plan.departments.length },
    { label: 'Objectives', value: plan.objectives.length },
    { label: 'Goals', value: plan.goals.length },
    { label: 'Tactics', value: plan.tactics.length },
  ];

  return (
    <section className="view" aria-labelledby="plan-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="plan-heading" className="view__heading">
            Plan
          </h2>
          <p className="view__subtitle">
            The header every report and export starts from. Changes are saved as soon as you leave a field.
          </p>
        </div>
      </div>
      <LockedFields reason={lock} itemId={null} fieldset>
        <div className="card plan-settings">
          <div className="plan-settings__grid">
            <div className="plan-settings__title">
              <TextField
                label="Title"
                value={header.title}
                path="title"
                className="input--large"
                onSave={(title) => save({ title })}
              />
            </div>
            <TextField
              label="Organisation"
              value={header.organisation ?? ''}
              path="organisation"
              onSave={(v) => save({ organisation: orNull(v) })}
            />
            <TextField
              label="Period start"
              type="date"
              value={header.periodStart ?? ''}
              path="periodStart"
              onSave={(v) => save({ periodStart: v === '' ? null : v })}
            />
            <TextField
              label="Period end"
              type="date"
              value={header.periodEnd ?? ''}
              path="periodEnd"
              onSave={(v) => save({ periodEnd: v === '' ? null : v })}
            />
            <TextField
              label="Owner load limit"
              type="number"
              value={String(header.settings.ownerLoadLimit)}
              path="settings.ownerLoadLimit"
              hint="Items one person may own before the gap analysis flags them."
              onSave={(v) => save({ settings: { ownerLoadLimit: Number(v) } })}
            />
          </div>
          <div className="plan-settings__vision">
            <TextField
              label="Vision: the customer insight this plan answers (the “why”)"
              multiline
              value={header.vision ?? ''}
              path="vision"
              placeholder="What have we learned about our customers that every objective must answer to?"
              hint="Ctrl+Enter or leaving the field saves."
              className="textarea--prose"
              onSave={(v) => save({ vision: orNull(v) })}
            />
          </div>
        </div>
      </LockedFields>
      <ul className="stat-grid" aria-label="Plan size">
        {stats.map((s) => (
          <li key={s.label} className="stat">
            <span className="stat__value">{s.value.toLocaleString()}</span>
            <span className="stat__label">{s.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
