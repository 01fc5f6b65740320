import { useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { KpiReview } from '../../../contract/api.ts';
import { t } from '../i18n/intl.ts';
import {
  displayValue,
  formatTargetOf,
  inputValue,
  isBlockPaste,
  monthLabel,
  parseNumber,
  pasteValues,
} from './paste.ts';
import { useApi } from '../platform/platform.ts';
import { RunChart } from './RunChart.tsx';
import { MARK, monthWords, type CellTarget } from './labels.ts';

const NO_VALUE = '–';
const FLAG = '⚑';

/** Baseline → target, unit, direction and owner: "14 → 9 % · ↓ · Helena Brandt". */
function kpiMeta(row: KpiReview): string {
  const { kpi } = row;
  const target = `${displayValue(kpi.baseline)} → ${formatTargetOf(kpi)}${kpi.unit ? ` ${kpi.unit}` : ''}`;
  return [target, kpi.direction === 'increase' ? '↑' : '↓', row.owner].filter(Boolean).join(' · ');
}

function focusCell(row: number, col: number): boolean {
  const next = document.querySelector<HTMLInputElement>(`input[data-grid-row="${row}"][data-grid-col="${col}"]`);
  if (!next) return false;
  next.focus();
  next.select();
  return true;
}

/**
 * The bowling chart: a row per KPI (code, name, baseline to target, run chart), a column per month with the plan
 * (click to override) over the actual (typed, or a block pasted from a spreadsheet), coloured by status with a
 * mark that survives greyscale; a red month without a countermeasure asks for one.
 */
export function BowlingChart({
  rows,
  months,
  change,
  notify,
  onCountermeasure,
}: {
  rows: readonly KpiReview[];
  months: readonly string[];
  /** Runs a change, then re-reads the review (reporting a failure). */
  change: (work: Promise<unknown>) => Promise<unknown>;
  notify: (note: { message: string; undoable?: boolean }) => void;
  onCountermeasure: (target: CellTarget) => void;
}) {
  const api = useApi();
  const [editingPlan, setEditingPlan] = useState<string | null>(null);
  const withYear = new Set(months.map((m) => m.slice(0, 4))).size > 1;
  const itemIds = rows.map((r) => r.itemId);

  const commitActual = (input: HTMLInputElement, row: KpiReview, month: string) => {
    if (input.value === input.defaultValue) return;
    const actual = parseNumber(input.value);
    if (actual === undefined) {
      notify({ message: t('review.notNumber', { value: input.value, code: row.code, month }) });
      input.value = input.defaultValue;
      return;
    }
    input.defaultValue = input.value;
    void change(api.setKpiMonth({ itemId: row.itemId, month, actual }));
  };

  const onKey = (e: KeyboardEvent<HTMLInputElement>, r: number, c: number, row: KpiReview, month: string) => {
    const input = e.currentTarget;
    const atStart = input.selectionStart === 0 && input.selectionEnd === 0;
    const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length;
    let to: [number, number] | null = null;
    if (e.key === 'Enter') to = [e.shiftKey ? r - 1 : r + 1, c];
    else if (e.key === 'Tab') to = [r, e.shiftKey ? c - 1 : c + 1];
    else if (e.key === 'ArrowDown') to = [r + 1, c];
    else if (e.key === 'ArrowUp') to = [r - 1, c];
    else if (e.key === 'ArrowLeft' && atStart) to = [r, c - 1];
    else if (e.key === 'ArrowRight' && atEnd) to = [r, c + 1];
    else if (e.key === 'Escape') {
      input.value = input.defaultValue;
      return;
    }
    if (!to) return;
    e.preventDefault();
    commitActual(input, row, month);
    focusCell(to[0], to[1]);
  };

  const onPaste = (e: ClipboardEvent<HTMLInputElement>, r: number, c: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!isBlockPaste(text)) return;
    e.preventDefault();
    const { values, skipped } = pasteValues(text, itemIds, months, r, c);
    if (values.length === 0) {
      notify({ message: t('review.pasteNothing') });
      return;
    }
    void change(api.setKpiMonths({ values })).then(() =>
      notify({ message: t('review.pasted', { count: values.length, skipped }), undoable: true }),
    );
  };

  const commitPlan = (input: HTMLInputElement, row: KpiReview, month: string) => {
    setEditingPlan(null);
    if (input.value === input.defaultValue) return;
    const value = parseNumber(input.value);
    if (value === undefined) {
      notify({ message: t('review.planNotNumber', { value: input.value, code: row.code, month }) });
      return;
    }
    void change(api.setKpiMonth({ itemId: row.itemId, month, plan: value }));
  };

  return (
    <div className="rv-scroll">
      <table className="rv-chart">
        <thead>
          <tr>
            <th scope="col" className="rv-kpi-head">
              {t('review.col.kpi')}
            </th>
            <th scope="col" className="rv-run-head">
              {t('review.col.trend')}
            </th>
            {months.map((m) => (
              <th scope="col" key={m} className="rv-month-head">
                {monthLabel(m, withYear)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, r) => (
            <tr key={row.itemId} data-item-id={row.itemId} data-kind={row.itemKind}>
              <th scope="row" className="rv-kpi">
                <span className="rv-kpi__code">{row.code}</span>
                <span className="rv-kpi__name">{row.kpi.name}</span>
                <span className="rv-kpi__meta muted">{kpiMeta(row)}</span>
              </th>
              <td className="rv-run-cell">
                <RunChart row={row} />
              </td>
              {row.months.map((m, c) => {
                const key = `${row.itemId}/${m.month}`;
                const name = `${row.code} ${m.month}`;
                const needsMeasure = m.status === 'red' && m.countermeasures.length === 0;
                const planText = m.plan === null ? t('review.plan.none') : displayValue(m.plan);
                return (
                  <td
                    key={m.month}
                    className="rv-cell"
                    data-item-id={row.itemId}
                    data-month={m.month}
                    data-status={m.status ?? 'none'}
                  >
                    {editingPlan === key ? (
                      <input
                        className="rv-plan-input"
                        aria-label={t('review.plan.input', { name })}
                        defaultValue={m.planSource === 'set' ? inputValue(m.plan) : ''}
                        placeholder={inputValue(m.plan)}
                        autoFocus
                        onBlur={(e) => commitPlan(e.currentTarget, row, m.month)}
                        onKeyDown={(e) => {
                          if (e.key === 'Enter') commitPlan(e.currentTarget, row, m.month);
                          if (e.key === 'Escape') setEditingPlan(null);
                        }}
                      />
                    ) : (
                      <button
                        type="button"
                        className="rv-plan"
                        data-source={m.planSource}
                        aria-label={t('review.plan.label', {
                          name,
                          value: planText,
                          set: m.planSource === 'set' ? 'yes' : 'no',
                        })}
                        onClick={() => setEditingPlan(key)}
                      >
                        {m.plan === null ? NO_VALUE : displayValue(m.plan)}
                      </button>
                    )}
                    <div className="rv-actual-line">
                      <input
                        key={`${key}/${m.actual ?? ''}`}
                        className="rv-actual"
                        inputMode="decimal"
                        aria-label={t('review.actual', { name })}
                        data-grid-row={r}
                        data-grid-col={c}
                        defaultValue={inputValue(m.actual)}
                        onKeyDown={(e) => onKey(e, r, c, row, m.month)}
                        onBlur={(e) => commitActual(e.currentTarget, row, m.month)}
                        onPaste={(e) => onPaste(e, r, c)}
                        onFocus={(e) => e.currentTarget.select()}
                      />
                      {m.status ? (
                        <span className="rv-mark" title={monthWords(m.status)}>
                          <span aria-hidden="true">{MARK[m.status]}</span>
                          <span className="visually-hidden">{monthWords(m.status)}</span>
                        </span>
                      ) : null}
                    </div>
                    {needsMeasure ? (
                      <button
                        type="button"
                        className="rv-prompt"
                        aria-label={t('review.addMeasureFor', { name })}
                        title={t('review.addMeasure')}
                        onClick={() => onCountermeasure({ itemId: row.itemId, code: row.code, month: m.month })}
                      >
                        {t('review.addMeasure')}
                      </button>
                    ) : m.countermeasures.length > 0 ? (
                      <span className="rv-has-cm" title={t('review.hasMeasure')}>
                        <span aria-hidden="true">{FLAG}</span>
                        <span className="visually-hidden">{t('review.hasMeasure')}</span>
                      </span>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
