import type { FormEvent } from 'react';
import type { CountermeasureStatus } from '../../../contract/plan-format.ts';
import { PEOPLE_LIST_ID } from '../forms/PeopleList.tsx';
import { t } from '../i18n/intl.ts';
import { COUNTERMEASURE_STATUSES, measureStatusText, monthName, type CellTarget } from './labels.ts';

export interface CountermeasureFields {
  rootCause: string;
  action: string;
  owner: string;
  due: string;
  status: CountermeasureStatus;
}

/** A countermeasure for one red month: root cause, action, owner, due date and status. */
export function CountermeasureForm({
  target,
  onSubmit,
  onCancel,
}: {
  target: CellTarget;
  onSubmit: (fields: CountermeasureFields) => void;
  onCancel: () => void;
}) {
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    onSubmit({
      rootCause: text('rootCause'),
      action: text('action'),
      owner: text('owner'),
      due: text('due'),
      status: (text('status') || 'open') as CountermeasureStatus,
    });
  };
  return (
    <form
      className="card rv-cm-form"
      onSubmit={submit}
      aria-label={t('review.cmForm.label', { code: target.code, month: target.month })}
    >
      <h2 className="rv-section__title">
        {t('review.cmForm.title', { code: target.code, month: monthName(target.month) })}
      </h2>
      <label className="rv-field rv-field--wide">
        {t('review.cmForm.rootCause')}
        <textarea className="textarea" name="rootCause" required rows={2} autoFocus />
      </label>
      <label className="rv-field rv-field--wide">
        {t('review.cmForm.action')}
        <textarea className="textarea" name="action" required rows={2} />
      </label>
      <label className="rv-field">
        {t('review.cmForm.owner')}
        <input className="input" name="owner" list={PEOPLE_LIST_ID} autoComplete="off" />
      </label>
      <label className="rv-field">
        {t('review.cmForm.due')}
        <input className="input" name="due" type="date" />
      </label>
      <label className="rv-field">
        {t('review.cmForm.status')}
        <select className="select" name="status" defaultValue="open">
          {COUNTERMEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {measureStatusText(s)}
            </option>
          ))}
        </select>
      </label>
      <div className="rv-cm-form__actions">
        <button type="submit" className="button button--primary">
          {t('review.cmForm.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('review.cmForm.cancel')}
        </button>
      </div>
    </form>
  );
}
