import { useId, useState } from 'react';
import type { ImportFileReport } from '../../../contract/api.ts';
import { rowMessage, rowPage, type RowFilter } from './row-list.ts';
import { ACTION_WORDS, plural } from './words.ts';

const FILTERS: readonly { value: RowFilter; label: string }[] = [
  { value: 'all', label: 'All rows (errors first)' },
  { value: 'error', label: 'Errors' },
  { value: 'create', label: 'New' },
  { value: 'update', label: 'Changed' },
  { value: 'unchanged', label: 'Unchanged' },
];

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
          Show
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
              {f.label} ({count(f.value).toLocaleString('en')})
            </option>
          ))}
        </select>
        <span className="muted import-rows__range" aria-live="polite">
          {shown.matching === 0
            ? 'No rows'
            : `Rows ${shown.from.toLocaleString('en')}–${shown.to.toLocaleString('en')} of ${plural(shown.matching, 'row')}`}
        </span>
        {shown.pages > 1 ? (
          <span className="import-rows__pager">
            <button
              type="button"
              className="button button--small"
              onClick={() => setPage(shown.page - 1)}
              disabled={shown.page === 0}
            >
              Previous
            </button>
            <button
              type="button"
              className="button button--small"
              onClick={() => setPage(shown.page + 1)}
              disabled={shown.page >= shown.pages - 1}
            >
              Next
            </button>
          </span>
        ) : null}
      </div>
      <div className="import-rows__scroll" tabIndex={0} aria-label="The rows of the file">
        <table className="import-rows__table">
          <thead>
            <tr>
              <th scope="col">Sheet</th>
              <th scope="col">Row</th>
              <th scope="col">Action</th>
              <th scope="col">Kind</th>
              <th scope="col">Code</th>
              <th scope="col">What happens</th>
            </tr>
          </thead>
          <tbody>
            {shown.rows.map((r, i) => (
              <tr key={`${r.sheet}/${r.row}/${i}`} data-action={r.action} data-import-row="">
                <td>{r.sheet}</td>
                <td>{r.row || '–'}</td>
                <td>
                  <span className="import-rows__action">{ACTION_WORDS[r.action]}</span>
                </td>
                <td>{r.kind}</td>
                <td>{r.code ?? '–'}</td>
                <td>{rowMessage(r)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
