import type { Countermeasure, CountermeasureStatus } from '../../../contract/plan-format.ts';
import { t, tRich } from '../i18n/intl.ts';
import type { ReactNode } from 'react';
import { COUNTERMEASURE_STATUSES, dayName, measureStatusText, monthName } from './labels.ts';

const bold = (chunks: ReactNode[]) => <strong>{chunks}</strong>;
const SEPARATOR = ' · ';

/** The countermeasures, open ones first, each with its status to change in place. */
export function CountermeasureList({
  measures,
  total,
  query,
  codeOf,
  onStatus,
}: {
  measures: readonly Countermeasure[];
  /** Countermeasures before the search. */
  total: number;
  query: string;
  codeOf: ReadonlyMap<string, string>;
  onStatus: (id: string, status: CountermeasureStatus) => void;
}) {
  return (
    <section className="rv-section rv-cm-section" aria-labelledby="rv-cm-heading">
      <h2 className="rv-section__title" id="rv-cm-heading">
        {t('review.measures')}
      </h2>
      {measures.length === 0 ? (
        <p className="muted">
          {total === 0 ? t('review.measuresNone') : t('review.measuresNoMatch', { query: query.trim() })}
        </p>
      ) : (
        <ul className="rv-cm-list">
          {measures.map((cm) => (
            <li key={cm.id} className="rv-cm" data-countermeasure-id={cm.id} data-status={cm.status}>
              <span className="rv-cm__where">
                {codeOf.get(cm.itemId) ?? ''}
                {SEPARATOR}
                {monthName(cm.month)}
              </span>
              <span className="rv-cm__text">
                {tRich('review.cm.text', { cause: cm.rootCause, action: cm.action, b: bold })}
              </span>
              <span className="muted">
                {cm.owner ?? t('review.cm.noOwner')}
                {cm.due ? SEPARATOR : null}
                {cm.due ? t('review.cm.due', { date: dayName(cm.due) }) : null}
              </span>
              <select
                className="select"
                aria-label={t('review.cm.statusOf', { code: codeOf.get(cm.itemId) ?? '', month: cm.month })}
                value={cm.status}
                onChange={(e) => onStatus(cm.id, e.target.value as CountermeasureStatus)}
              >
                {COUNTERMEASURE_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {measureStatusText(s)}
                  </option>
                ))}
              </select>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
