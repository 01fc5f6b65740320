import { useState, type FormEvent } from 'react';
import type { PlanDocument, TacticStatus } from '../../../contract/plan-format.ts';
import { t } from '../i18n/intl.ts';
import { TACTIC_STATUSES, tacticStatusText } from './labels.ts';

type Tactic = PlanDocument['tactics'][number];
const NO_OWNER = '—';

function TacticRow({
  tactic,
  status,
  onRecord,
}: {
  tactic: Tactic;
  status: TacticStatus;
  onRecord: (status: TacticStatus, note: string) => Promise<void>;
}) {
  const [next, setNext] = useState<TacticStatus>(status);
  const [note, setNote] = useState('');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    void onRecord(next, note).then(() => setNote(''));
  };
  return (
    <li className="rv-tactic" data-tactic-id={tactic.id}>
      <form onSubmit={submit} className="rv-tactic__form">
        <span className="rv-tactic__code">{tactic.code}</span>
        <span className="rv-tactic__title">{tactic.title}</span>
        <span className="rv-tactic__owner muted">{tactic.owner ?? NO_OWNER}</span>
        <select
          className="select"
          aria-label={t('review.tactic.status', { code: tactic.code })}
          value={next}
          onChange={(e) => setNext(e.target.value as TacticStatus)}
        >
          {TACTIC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {tacticStatusText(s)}
            </option>
          ))}
        </select>
        <input
          className="input"
          aria-label={t('review.tactic.note', { code: tactic.code })}
          placeholder={t('review.tactic.notePlaceholder')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button
          type="submit"
          className="button button--small"
          aria-label={t('review.tactic.recordFor', { code: tactic.code })}
        >
          {t('review.tactic.record')}
        </button>
      </form>
    </li>
  );
}

/** Each tactic's latest status, with a one-line note, recorded as a dated update. */
export function TacticStatusList({
  tactics,
  shown,
  query,
  latestStatus,
  onRecord,
}: {
  tactics: readonly Tactic[];
  shown: readonly Tactic[];
  query: string;
  latestStatus: ReadonlyMap<string, TacticStatus>;
  onRecord: (tactic: Tactic, status: TacticStatus, note: string) => Promise<void>;
}) {
  return (
    <section className="rv-section rv-tactics-section" aria-labelledby="rv-tactics-heading">
      <h2 className="rv-section__title" id="rv-tactics-heading">
        {t('review.tactics')}
      </h2>
      {tactics.length === 0 ? (
        <p className="muted">{t('review.tacticsNone')}</p>
      ) : shown.length === 0 ? (
        <p className="muted">{t('review.tacticsNoMatch', { query: query.trim() })}</p>
      ) : (
        <ul className="rv-tactics">
          {shown.map((tactic) => {
            const status = latestStatus.get(tactic.id) ?? tactic.status;
            return (
              <TacticRow
                key={`${tactic.id}/${status}`}
                tactic={tactic}
                status={status}
                onRecord={(next, note) => onRecord(tactic, next, note)}
              />
            );
          })}
        </ul>
      )}
    </section>
  );
}
