import type { TableSpec } from './blocks.ts';
import { t } from '../i18n/intl.ts';

/**
 * A table, whole (measuring) or rows `from`..`to` (a page). `table-layout: fixed` with the columns' widths makes
 * each row's height depend on its own cells only, which is what lets the pagination add row heights up.
 */
export function ReportTable({
  spec,
  from = 0,
  to = spec.rows.length,
  continued = false,
  measureKey,
}: {
  spec: TableSpec;
  from?: number;
  to?: number;
  continued?: boolean;
  measureKey?: string;
}) {
  return (
    <table
      className={`rpt-table ${spec.className ?? ''}`}
      aria-label={continued ? t('rpt.continued', { label: spec.label }) : spec.label}
      data-measure-table={measureKey}
    >
      <colgroup>
        {spec.columns.map((c) => (
          <col key={c.key} style={{ width: c.width }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {spec.columns.map((c) => (
            <th
              key={c.key}
              scope="col"
              className={[c.align ? `rpt-${c.align}` : '', c.className ?? ''].join(' ').trim()}
            >
              {c.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {spec.rows.slice(from, to).map((row) => (
          <tr key={row.key} className={row.className}>
            {row.group ? (
              <th scope="rowgroup" colSpan={spec.columns.length} className="rpt-group">
                {row.cells[0]}
              </th>
            ) : null}
            {row.group
              ? null
              : row.cells.map((cell, i) => {
                  const c = spec.columns[i];
                  return (
                    <td
                      key={c?.key ?? i}
                      className={[c?.align ? `rpt-${c.align}` : '', c?.className ?? ''].join(' ').trim()}
                    >
                      {cell}
                    </td>
                  );
                })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
