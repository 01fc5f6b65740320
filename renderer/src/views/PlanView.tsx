import type { OperationInput } from '../../../contract/api.ts';
import { LockedFields } from '../components/LockedFields.tsx';
import { lockReason } from '../domain/draft-lock.ts';
import { SelectField, TextField, orNull } from '../forms/fields.tsx';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import { appIntl, t } from '../i18n/intl.ts';
import { LanguagePicker } from '../i18n/LanguagePicker.tsx';
import { MONTHS, monthName, WEEKDAYS, weekdayName } from '../i18n/calendar.ts';
import type { ViewProps } from './view-props.ts';

/** The plan's header, edited in place: every field saves when it is left (each save is one undo step). */
export function PlanView({ plan }: ViewProps) {
  const { run } = useAppActions();
  const lock = lockReason(useDraft(), { kind: 'plan' });
  const header = plan.plan;
  const save = (patch: OperationInput<'updatePlan'>) => run('updatePlan', patch);
  const stats = [
    {
      key: 'departments',
      label: t('plan.stat.departments', { count: plan.departments.length }),
      value: plan.departments.length,
    },
    {
      key: 'objectives',
      label: t('plan.stat.objectives', { count: plan.objectives.length }),
      value: plan.objectives.length,
    },
    { key: 'goals', label: t('plan.stat.goals', { count: plan.goals.length }), value: plan.goals.length },
    { key: 'tactics', label: t('plan.stat.tactics', { count: plan.tactics.length }), value: plan.tactics.length },
  ];

  return (
    <section className="view" aria-labelledby="plan-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="plan-heading" className="view__heading">
            {t('plan.heading')}
          </h2>
          <p className="view__subtitle">{t('plan.subtitle')}</p>
        </div>
      </div>
      <LockedFields reason={lock} itemId={null} fieldset>
        <div className="card plan-settings">
          <div className="plan-settings__grid">
            <div className="plan-settings__title">
              <TextField
                label={t('plan.title')}
                value={header.title}
                path="title"
                className="input--large"
                onSave={(title) => save({ title })}
              />
            </div>
            <TextField
              label={t('plan.organisation')}
              value={header.organisation ?? ''}
              path="organisation"
              onSave={(v) => save({ organisation: orNull(v) })}
            />
            <TextField
              label={t('plan.periodStart')}
              type="date"
              value={header.periodStart ?? ''}
              path="periodStart"
              onSave={(v) => save({ periodStart: v === '' ? null : v })}
            />
            <TextField
              label={t('plan.periodEnd')}
              type="date"
              value={header.periodEnd ?? ''}
              path="periodEnd"
              onSave={(v) => save({ periodEnd: v === '' ? null : v })}
            />
            <TextField
              label={t('plan.ownerLoadLimit')}
              type="number"
              value={String(header.settings.ownerLoadLimit)}
              path="settings.ownerLoadLimit"
              hint={t('plan.ownerLoadLimitHint')}
              onSave={(v) => save({ settings: { ownerLoadLimit: Number(v) } })}
            />
            <SelectField
              label={t('planSettings.weekStart')}
              value={String(header.settings.weekStart)}
              path="settings.weekStart"
              options={WEEKDAYS.map((d) => ({ value: String(d), label: weekdayName(d) }))}
              hint={t('planSettings.weekStartHint')}
              onSave={(v) => save({ settings: { weekStart: Number(v) } })}
            />
            <SelectField
              label={t('planSettings.fiscalYearStart')}
              value={String(header.settings.fiscalYearStart)}
              path="settings.fiscalYearStart"
              options={MONTHS.map((m) => ({ value: String(m), label: monthName(m) }))}
              hint={t('planSettings.fiscalYearStartHint')}
              onSave={(v) => save({ settings: { fiscalYearStart: Number(v) } })}
            />
          </div>
          <div className="plan-settings__vision">
            <TextField
              label={t('plan.vision')}
              multiline
              value={header.vision ?? ''}
              path="vision"
              placeholder={t('plan.visionPlaceholder')}
              hint={t('plan.visionHint')}
              className="textarea--prose"
              onSave={(v) => save({ vision: orNull(v) })}
            />
          </div>
        </div>
      </LockedFields>
      <ul className="stat-grid" aria-label={t('plan.size')}>
        {stats.map((s) => (
          <li key={s.key} className="stat">
            <span className="stat__value">{appIntl().formatNumber(s.value)}</span>
            <span className="stat__label">{s.label}</span>
          </li>
        ))}
      </ul>
      <LanguagePicker />
    </section>
  );
}
