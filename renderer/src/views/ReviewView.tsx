import { useCallback, useEffect, useState, type ClipboardEvent, type FormEvent, type KeyboardEvent } from 'react';
import type { KpiReview, ReviewState } from '../../../contract/api.ts';
import type { GapReport } from '../../../contract/gaps.ts';
import type { CountermeasureStatus, PlanDocument, TacticStatus } from '../../../contract/plan-format.ts';
import { formatTargetOf, formatValue, isBlockPaste, monthLabel, parseNumber, pasteValues } from '../review/paste.ts';
import { reviewApi } from '../review/review-api.ts';
import { ActualsFromFile } from '../review/ActualsFromFile.tsx';
import { RunChart } from '../review/RunChart.tsx';
import { lockReason } from '../domain/draft-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import { PEOPLE_LIST_ID } from '../forms/PeopleList.tsx';
import { FindField } from '../components/FindField.tsx';
import { findTerms, matchCount, matchesFind } from '../domain/find-text.ts';
import '../styles/review.css';

/** The first match of the review's search: a KPI's first actual, else a tactic's status. */
function firstMatch(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('.review-view input[data-grid-row="0"][data-grid-col="0"]') ??
    document.querySelector<HTMLElement>('.review-view .rv-tactic select')
  );
}

/** Re-declared: the renderer may not import runtime values from contract/. */
const TACTIC_STATUSES: readonly TacticStatus[] = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'];
const COUNTERMEASURE_STATUSES: readonly CountermeasureStatus[] = ['open', 'in_progress', 'done'];
const STATUS_TEXT: Record<string, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  done: 'Done',
  open: 'Open',
  in_progress: 'In progress',
};
const MARK: Record<string, string> = { green: '✓', amber: '!', red: '✗' };
/** A month's colour in words, for the tooltip and screen readers (never the code "amber"). */
const MONTH_WORDS: Record<string, string> = {
  green: 'Green: on plan or better',
  amber: 'Amber: a little behind plan',
  red: 'Red: behind plan',
};

interface CellTarget {
  itemId: string;
  code: string;
  month: string;
}

function focusCell(row: number, col: number): boolean {
  const next = document.querySelector<HTMLInputElement>(`input[data-grid-row="${row}"][data-grid-col="${col}"]`);
  if (!next) return false;
  next.focus();
  next.select();
  return true;
}

function CountermeasureForm({
  target,
  onSubmit,
  onCancel,
}: {
  target: CellTarget;
  onSubmit: (fields: {
    rootCause: string;
    action: string;
    owner: string;
    due: string;
    status: CountermeasureStatus;
  }) => void;
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
      aria-label={`Countermeasure for ${target.code} ${target.month}`}
    >
      <h2 className="rv-section__title">
        Countermeasure for {target.code} · {target.month}
      </h2>
      <label className="rv-field rv-field--wide">
        Root cause
        <textarea className="textarea" name="rootCause" required rows={2} autoFocus />
      </label>
      <label className="rv-field rv-field--wide">
        Action
        <textarea className="textarea" name="action" required rows={2} />
      </label>
      <label className="rv-field">
        Owner
        <input className="input" name="owner" list={PEOPLE_LIST_ID} autoComplete="off" />
      </label>
      <label className="rv-field">
        Due
        <input className="input" name="due" type="date" />
      </label>
      <label className="rv-field">
        Status
        <select className="select" name="status" defaultValue="open">
          {COUNTERMEASURE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_TEXT[s]}
            </option>
          ))}
        </select>
      </label>
      <div className="rv-cm-form__actions">
        <button type="submit" className="button button--primary">
          Save countermeasure
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

function TacticRow({
  tactic,
  status,
  onRecord,
}: {
  tactic: PlanDocument['tactics'][number];
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
        <span className="rv-tactic__owner muted">{tactic.owner ?? '—'}</span>
        <select
          className="select"
          aria-label={`Status of ${tactic.code}`}
          value={next}
          onChange={(e) => setNext(e.target.value as TacticStatus)}
        >
          {TACTIC_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_TEXT[s]}
            </option>
          ))}
        </select>
        <input
          className="input"
          aria-label={`Note on ${tactic.code}`}
          placeholder="One-line note"
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
        <button type="submit" className="button button--small" aria-label={`Record update for ${tactic.code}`}>
          Record
        </button>
      </form>
    </li>
  );
}

/**
 * The monthly review: the bowling chart (each KPI's plan over actual per month, coloured by status, with a run
 * chart), typed and pasted like a spreadsheet; countermeasures for red months; tactic status updates.
 */
export function ReviewView({ plan }: { plan: PlanDocument; gaps: GapReport | null }) {
  const { run, reportError, notify } = useAppActions();
  const draft = useDraft();
  const [review, setReview] = useState<ReviewState | null>(null);
  const [editingPlan, setEditingPlan] = useState<string | null>(null);
  const [cmTarget, setCmTarget] = useState<CellTarget | null>(null);
  const [query, setQuery] = useState('');

  const refresh = useCallback(() => reviewApi().getReview({}).then(setReview, reportError), [reportError]);
  useEffect(() => {
    void refresh();
  }, [plan, refresh]);

  const change = useCallback(
    (work: Promise<unknown>) =>
      work.then(
        () => refresh(),
        (err: unknown) => {
          reportError(err);
          return refresh();
        },
      ),
    [refresh, reportError],
  );

  if (!review) {
    return (
      <p className="load-state" aria-live="polite">
        Loading the review…
      </p>
    );
  }

  // Ctrl/Cmd+F: the KPIs, countermeasures and tactics whose code, name, title or owner match (the grid's keys and
  // a pasted block move over the rows shown).
  const terms = findTerms(query);
  const titleOf = new Map([...plan.objectives, ...plan.goals].map((x) => [x.id, x.title]));
  const rows = review.kpis.filter((r) => matchesFind(terms, r.code, r.kpi.name, titleOf.get(r.itemId), r.owner));
  const months = review.months;
  const withYear = new Set(months.map((m) => m.slice(0, 4))).size > 1;
  const itemIds = rows.map((r) => r.itemId);

  const commitActual = (input: HTMLInputElement, row: KpiReview, month: string) => {
    if (input.value === input.defaultValue) return;
    const actual = parseNumber(input.value);
    if (actual === undefined) {
      notify({ message: `“${input.value}” is not a number; ${row.code} ${month} keeps its value.` });
      input.value = input.defaultValue;
      return;
    }
    input.defaultValue = input.value;
    void change(reviewApi().setKpiMonth({ itemId: row.itemId, month, actual }));
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
      notify({ message: 'Nothing to paste: no numbers in the copied cells.' });
      return;
    }
    void change(reviewApi().setKpiMonths({ values })).then(() =>
      notify({
        message: `Pasted ${values.length} value${values.length === 1 ? '' : 's'}${skipped ? `; ${skipped} cell${skipped === 1 ? '' : 's'} skipped` : ''}.`,
        undoable: true,
      }),
    );
  };

  const commitPlan = (input: HTMLInputElement, row: KpiReview, month: string) => {
    setEditingPlan(null);
    if (input.value === input.defaultValue) return;
    const value = parseNumber(input.value);
    if (value === undefined) {
      notify({ message: `“${input.value}” is not a number; the plan for ${row.code} ${month} is unchanged.` });
      return;
    }
    void change(reviewApi().setKpiMonth({ itemId: row.itemId, month, plan: value }));
  };

  // The tolerance is one of the plan's settings: leadership's in a department draft.
  const toleranceLock = lockReason(draft, { kind: 'plan' });
  const commitTolerance = (input: HTMLInputElement) => {
    const value = parseNumber(input.value);
    if (value === undefined || value === null || value < 0 || value > 100) {
      input.value = String(review.tolerance);
      notify({ message: 'The tolerance is a percentage from 0 to 100.' });
      return;
    }
    if (value === review.tolerance) return;
    run('updatePlan', { settings: { reviewTolerance: value } }).then(() => refresh(), reportError);
  };

  const addCountermeasure = (fields: {
    rootCause: string;
    action: string;
    owner: string;
    due: string;
    status: CountermeasureStatus;
  }) => {
    if (!cmTarget) return;
    const target = cmTarget;
    void change(
      reviewApi().addCountermeasure({
        itemId: target.itemId,
        month: target.month,
        rootCause: fields.rootCause,
        action: fields.action,
        owner: fields.owner || null,
        due: fields.due || null,
        status: fields.status,
      }),
    ).then(() => setCmTarget(null));
  };

  const latestStatus = new Map<string, TacticStatus>();
  for (const u of [...review.tacticUpdates].sort((a, b) => a.date.localeCompare(b.date))) {
    latestStatus.set(u.tacticId, u.status);
  }
  const codeOf = new Map(review.kpis.map((r) => [r.itemId, r.code]));
  const shownTactics = plan.tactics.filter((t) => matchesFind(terms, t.code, t.title, t.owner));
  const missing = rows.flatMap((row) =>
    row.months
      .filter((m) => m.status === 'red' && m.countermeasures.length === 0)
      .map((m) => ({ itemId: row.itemId, code: row.code, month: m.month })),
  );
  const sortedMeasures = review.countermeasures
    .filter((cm) => matchesFind(terms, codeOf.get(cm.itemId), cm.rootCause, cm.action, cm.owner))
    .sort((a, b) => Number(a.status === 'done') - Number(b.status === 'done') || a.month.localeCompare(b.month));

  return (
    <section className="review-view" aria-labelledby="review-heading">
      <div className="rv-toolbar">
        <h1 className="view__heading" id="review-heading">
          Monthly review
        </h1>
        <p className="rv-legend">
          <span className="rv-chip" data-status="green">
            ✓ on plan
          </span>
          <span className="rv-chip" data-status="amber">
            ! within tolerance
          </span>
          <span className="rv-chip" data-status="red">
            ✗ off plan
          </span>
        </p>
        <label className="rv-tolerance">
          Amber tolerance (%)
          <input
            key={review.tolerance}
            className="input"
            type="number"
            min={0}
            max={100}
            step="any"
            defaultValue={review.tolerance}
            disabled={toleranceLock !== null}
            title={toleranceLock ? `${toleranceLock}.` : undefined}
            onBlur={(e) => commitTolerance(e.currentTarget)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') commitTolerance(e.currentTarget);
            }}
          />
        </label>
      </div>
      <p className="rv-hint muted">
        Type actuals and press Enter, Tab or an arrow key; paste a block from a spreadsheet to fill right and down.
        Click a plan value to override it (empty: back to the baseline-to-target line).
      </p>

      <ActualsFromFile onLoaded={() => void refresh()} />

      <FindField
        label="Search the review by text or code"
        value={query}
        onChange={setQuery}
        count={matchCount(rows.length + shownTactics.length, review.kpis.length + plan.tactics.length, 'KPI or tactic')}
        onEnter={() => firstMatch()?.focus()}
        fallback={firstMatch}
      />

      {missing.length > 0 ? (
        <div className="rv-missing" role="status">
          <strong>Red months without a countermeasure:</strong>
          {missing.map((m) => (
            <button
              key={`${m.itemId}/${m.month}`}
              type="button"
              className="button button--small"
              onClick={() => setCmTarget(m)}
            >
              Add countermeasure: {m.code} · {m.month}
            </button>
          ))}
        </div>
      ) : null}

      {cmTarget ? (
        <CountermeasureForm target={cmTarget} onSubmit={addCountermeasure} onCancel={() => setCmTarget(null)} />
      ) : null}

      {review.kpis.length === 0 ? (
        <p className="empty-state">No objective or goal has a KPI yet: give one a KPI to review it monthly.</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">No KPI matches “{query.trim()}”. Esc clears the search.</p>
      ) : (
        <div className="rv-scroll">
          <table className="rv-chart">
            <thead>
              <tr>
                <th scope="col" className="rv-kpi-head">
                  KPI
                </th>
                <th scope="col" className="rv-run-head">
                  Trend
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
                    <span className="rv-kpi__meta muted">
                      {formatValue(row.kpi.baseline)} → {formatTargetOf(row.kpi)}
                      {row.kpi.unit ? ` ${row.kpi.unit}` : ''} · {row.kpi.direction === 'increase' ? '↑' : '↓'}
                      {row.owner ? ` · ${row.owner}` : ''}
                    </span>
                  </th>
                  <td className="rv-run-cell">
                    <RunChart row={row} />
                  </td>
                  {row.months.map((m, c) => {
                    const key = `${row.itemId}/${m.month}`;
                    const name = `${row.code} ${m.month}`;
                    const needsMeasure = m.status === 'red' && m.countermeasures.length === 0;
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
                            aria-label={`Plan ${name}`}
                            defaultValue={m.planSource === 'set' ? formatValue(m.plan) : ''}
                            placeholder={formatValue(m.plan)}
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
                            aria-label={`Plan ${name}: ${m.plan === null ? 'none' : formatValue(m.plan)}${m.planSource === 'set' ? ' (set by hand)' : ''}. Edit plan`}
                            onClick={() => setEditingPlan(key)}
                          >
                            {m.plan === null ? '–' : formatValue(m.plan)}
                          </button>
                        )}
                        <div className="rv-actual-line">
                          <input
                            key={`${key}/${m.actual ?? ''}`}
                            className="rv-actual"
                            inputMode="decimal"
                            aria-label={`Actual ${name}`}
                            data-grid-row={r}
                            data-grid-col={c}
                            defaultValue={formatValue(m.actual)}
                            onKeyDown={(e) => onKey(e, r, c, row, m.month)}
                            onBlur={(e) => commitActual(e.currentTarget, row, m.month)}
                            onPaste={(e) => onPaste(e, r, c)}
                            onFocus={(e) => e.currentTarget.select()}
                          />
                          {m.status ? (
                            <span className="rv-mark" title={MONTH_WORDS[m.status]}>
                              <span aria-hidden="true">{MARK[m.status]}</span>
                              <span className="visually-hidden">{MONTH_WORDS[m.status]}</span>
                            </span>
                          ) : null}
                        </div>
                        {needsMeasure ? (
                          <button
                            type="button"
                            className="rv-prompt"
                            aria-label={`Add countermeasure for ${name}`}
                            title="Add countermeasure"
                            onClick={() => setCmTarget({ itemId: row.itemId, code: row.code, month: m.month })}
                          >
                            Add countermeasure
                          </button>
                        ) : m.countermeasures.length > 0 ? (
                          <span className="rv-has-cm" title="Has a countermeasure">
                            ⚑<span className="visually-hidden">has a countermeasure</span>
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
      )}

      <section className="rv-section" aria-labelledby="rv-cm-heading">
        <h2 className="rv-section__title" id="rv-cm-heading">
          Countermeasures
        </h2>
        {sortedMeasures.length === 0 ? (
          <p className="muted">
            {review.countermeasures.length === 0
              ? 'No countermeasures yet.'
              : `No countermeasure matches “${query.trim()}”.`}
          </p>
        ) : (
          <ul className="rv-cm-list">
            {sortedMeasures.map((cm) => (
              <li key={cm.id} className="rv-cm" data-countermeasure-id={cm.id} data-status={cm.status}>
                <span className="rv-cm__where">
                  {codeOf.get(cm.itemId) ?? cm.itemId} · {cm.month}
                </span>
                <span className="rv-cm__text">
                  <strong>Cause:</strong> {cm.rootCause} <strong>Action:</strong> {cm.action}
                </span>
                <span className="muted">
                  {cm.owner ?? 'No owner'}
                  {cm.due ? ` · due ${cm.due}` : ''}
                </span>
                <select
                  className="select"
                  aria-label={`Status of countermeasure ${codeOf.get(cm.itemId) ?? ''} ${cm.month}`}
                  value={cm.status}
                  onChange={(e) =>
                    void change(
                      reviewApi().updateCountermeasure({ id: cm.id, status: e.target.value as CountermeasureStatus }),
                    )
                  }
                >
                  {COUNTERMEASURE_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {STATUS_TEXT[s]}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="rv-section" aria-labelledby="rv-tactics-heading">
        <h2 className="rv-section__title" id="rv-tactics-heading">
          Tactic status
        </h2>
        {plan.tactics.length === 0 ? (
          <p className="muted">No tactics yet.</p>
        ) : shownTactics.length === 0 ? (
          <p className="muted">No tactic matches “{query.trim()}”.</p>
        ) : (
          <ul className="rv-tactics">
            {shownTactics.map((t) => {
              const status = latestStatus.get(t.id) ?? t.status;
              return (
                <TacticRow
                  key={`${t.id}/${status}`}
                  tactic={t}
                  status={status}
                  onRecord={(next, note) =>
                    change(reviewApi().addTacticUpdate({ tacticId: t.id, status: next, note: note || null })).then(
                      () => undefined,
                    )
                  }
                />
              );
            })}
          </ul>
        )}
      </section>
    </section>
  );
}
