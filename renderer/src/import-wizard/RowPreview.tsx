import { useId, useState } from 'react';
import type { ImportFileReport } from '../../../contract/api.ts';
import { rowMessage, rowPage, type RowFilter } from './row-list.ts';
import { ACTION_WORDS } from './words.ts';
import { appIntl, t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

const FILTERS: readonly { value: RowFilter; label: MessageKey }[] = [
  { value: 'all', label: 'import.filter.all' },
  { value: 'error', label: 'import.filter.error' },
  { value: 'create', label: 'import.filter.create' },
  { value: 'update', label: 'import.filter.update' },
  { value: 'unchanged', label: 'import.filter.unchanged' },
];

/** An empty cell. */
const NONE = '–';

/** Step 2: every row of the file and what importing it does, a page at a time, errors first or filtered. */
export function RowPreview({ report }: { report: ImportFileReport }) {
  const id = useId();
  const [filter, setFilter] = useState<RowFilter>('all');
  const [page, setPage] = useState(0);
  const shown = rowPage(report.rows, filter, page);
  const count = (value: RowFilter) =>
    value === 'all' ? report.rows.length : report.rows.filter((r) => r.action === value).length;
  return (
    <div className="import-rows">
      <div className="import-rows__bar">
        <label className="field__label" htmlFor={`${id}-filter`}>
          {t('import.show')}
        </label>
        <select
          id={`${id}-filter`}
          className="input import-rows__filter"
          value={filter}
          onChange={(e) => {
            setFilter(e.target.value as RowFilter);
            setPage(0);
          }}
          data-import-filter=""
        >
          {FILTERS.map((f) => (
            <option key={f.value} value={f.value}>
              {t('import.filterOption', { label: t(f.label), count: count(f.value) })}
            </option>
          ))}
        </select>
        <span className="muted import-rows__range" aria-live="polite">
          {shown.matching === 0
            ? t('import.noRows')
            : t('import.range', {
                from: appIntl().formatNumber(shown.from),
                to: appIntl().formatNumber(shown.to),
                count: shown.matching,
              })}
        </span>
        {shown.pages > 1 ? (
          <span className="import-rows__pager">
            <button
              type="button"
              className="button button--small"
              onClick={() => setPage(shown.page - 1)}
              disabled={shown.page === 0}
            >
              {t('import.previous')}
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setPage(shown.page + 1)}
              disabled={shown.page >= shown.pages - 1}
            >
              {t('import.next')}
            </button>
          </span>
        ) : null}
      </div>
      <div className="import-rows__scroll" tabIndex={0} aria-label={t('import.rows')}>
        <table className="import-rows__table">
          <thead>
            <tr>
              <th scope="col">{t('import.col.sheet')}</th>
              <th scope="col">{t('import.col.row')}</th>
              <th scope="col">{t('import.col.action')}</th>
              <th scope="col">{t('import.col.kind')}</th>
              <th scope="col">{t('import.col.code')}</th>
              <th scope="col">{t('import.col.what')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((r, i) => (
              <tr key={`${r.sheet}/${r.row}/${i}`} data-action={r.action} data-import-row="">
                <td>{r.sheet}</td>
                <td>{r.row || NONE}</td>
                <td>
                  <span className="import-rows__action">{ACTION_WORDS[r.action]}</span>
                </td>
                <td>{r.kind}</td>
                <td>{r.code ?? NONE}</td>
                <td>{rowMessage(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
