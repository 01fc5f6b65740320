import type { Conflict, Rejected } from '../../../contract/catchball.ts';
import { describeChange, fieldLabel, formatValue, kindLabel } from './change-format.ts';
import { t } from '../i18n/intl.ts';

export type Side = 'draft' | 'master';

interface ConflictListProps {
  conflicts: readonly Conflict[];
  names: Map<string, string>;
  resolve: Readonly<Record<string, Side>>;
  onResolve: (key: string, side: Side) => void;
}

/** Items changed on both sides since the draft was issued: the plan's version stands unless the reviewer says. */
export function ConflictList({ conflicts, names, resolve, onResolve }: ConflictListProps) {
  return (
    <ul className="merge-groups" aria-label={t('conflicts.label')}>
      {conflicts.map((c) => {
        const title = t('conflicts.title', { kind: kindLabel(c.kind), name: names.get(c.id) ?? c.id });
        const side = resolve[c.key] ?? 'master';
        return (
          <li key={c.key} className="merge-group card merge-conflict" data-change-key={c.key}>
            <h4 className="merge-group__title">{title}</h4>
            <p className="muted">{c.reason}</p>
            <table className="merge-conflict__table">
              <thead>
                <tr>
                  <th scope="col">{t('conflicts.field')}</th>
                  <th scope="col">{t('conflicts.issued')}</th>
                  <th scope="col">{t('conflicts.draft')}</th>
                  <th scope="col">{t('conflicts.planNow')}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(c.fields).map(([field, v]) => (
                  <tr key={field}>
                    <th scope="row">{fieldLabel(field)}</th>
                    <td>{formatValue(v.base)}</td>
                    <td className={side === 'draft' ? 'is-chosen' : undefined}>{formatValue(v.draft)}</td>
                    <td className={side === 'master' ? 'is-chosen' : undefined}>{formatValue(v.master)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <fieldset className="merge-conflict__choice">
              <legend className="visually-hidden">{t('conflicts.which', { item: title })}</legend>
              <label>
                <input
                  type="radio"
                  name={`resolve-${c.key}`}
                  checked={side === 'master'}
                  onChange={() => onResolve(c.key, 'master')}
                />
                {t('conflicts.keepPlan')}
              </label>
              <label>
                <input
                  type="radio"
                  name={`resolve-${c.key}`}
                  checked={side === 'draft'}
                  onChange={() => onResolve(c.key, 'draft')}
                />
                {t('conflicts.takeDraft')}
              </label>
            </fieldset>
          </li>
        );
      })}
    </ul>
  );
}

/** Edits to leadership's parts: shown so nothing is silently dropped, never applied. */
export function RejectedList({ rejected, names }: { rejected: readonly Rejected[]; names: Map<string, string> }) {
  return (
    <ul className="merge-rejected" aria-label={t('rejected.label')}>
      {rejected.map((r) => (
        <li key={`${r.op}:${r.kind}:${r.id}`} className="merge-change is-readonly">
          <span className={`merge-op merge-op--${r.op}`}>{kindLabel(r.kind)}</span>
          <span className="merge-change__text">
            {t('rejected.line', { name: names.get(r.id) ?? r.id, change: describeChange(r, names) })}
          </span>
          <span className="merge-change__reason">{r.reason}</span>
        </li>
      ))}
    </ul>
  );
}
