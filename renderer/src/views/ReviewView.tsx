import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument, TacticStatus } from '../../../contract/plan-format.ts';
import { parseNumber } from '../review/paste.ts';
import { ActualsFromFile } from '../review/ActualsFromFile.tsx';
import { BowlingChart } from '../review/BowlingChart.tsx';
import { CountermeasureForm, type CountermeasureFields } from '../review/CountermeasureForm.tsx';
import { CountermeasureList } from '../review/CountermeasureList.tsx';
import { monthName, type CellTarget } from '../review/labels.ts';
import { ReviewToolbar } from '../review/ReviewToolbar.tsx';
import { TacticStatusList } from '../review/TacticStatusList.tsx';
import { lockReason } from '../domain/draft-lock.ts';
import { usePlatform } from '../platform/platform.ts';
import { useAppActions } from '../state/app-context.ts';
import { queryKeys } from '../state/plan-queries.ts';
import { useDraft } from '../state/draft-context.ts';
import { FindField } from '../components/FindField.tsx';
import { findTerms, matchCount, matchesFind } from '../domain/find-text.ts';
import { t } from '../i18n/intl.ts';
import '../styles/review.css';

/** The first match of the review's search: a KPI's first actual, else a tactic's status. */
function firstMatch(): HTMLElement | null {
  return (
    document.querySelector<HTMLElement>('.review-view input[data-grid-row="0"][data-grid-col="0"]') ??
    document.querySelector<HTMLElement>('.review-view .rv-tactic select')
  );
}

/**
 * The monthly review: the bowling chart (each KPI's plan over actual per month, coloured by status, with a run
 * chart), typed and pasted like a spreadsheet; countermeasures for red months; tactic status updates. The parts
 * live in renderer/src/review/; this view holds the review's state and the search over it.
 */
export function ReviewView({ plan }: { plan: PlanDocument; gaps: GapReport | null }) {
  const { run, reportError, notify } = useAppActions();
  const draft = useDraft();
  const { api, kind } = usePlatform();
  const team = kind === 'team';
  const client = useQueryClient();
  const { data: review, error } = useQuery({ queryKey: queryKeys.review, queryFn: () => api.getReview({}) });
  const [cmTarget, setCmTarget] = useState<CellTarget | null>(null);
  const [query, setQuery] = useState('');
  useEffect(() => {
    if (error) reportError(error);
  }, [error, reportError]);

  /** The review as the file has it now (a change's effects fetch it again already: this waits for that). */
  const refresh = useCallback(
    () => client.invalidateQueries({ queryKey: queryKeys.review }, { cancelRefetch: false }),
    [client],
  );
  // The review follows the plan: a KPI's target or an item's title changed elsewhere.
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
        {t('review.loading')}
      </p>
    );
  }

  // Ctrl/Cmd+F: the KPIs, countermeasures and tactics whose code, name, title or owner match (the grid's keys and
  // a pasted block move over the rows shown).
  const terms = findTerms(query);
  const titleOf = new Map([...plan.objectives, ...plan.goals].map((x) => [x.id, x.title]));
  const rows = review.kpis.filter((r) => matchesFind(terms, r.code, r.kpi.name, titleOf.get(r.itemId), r.owner));

  // The tolerance is one of the plan's settings: leadership's in a department draft.
  const toleranceLock = lockReason(draft, { kind: 'plan' });
  const commitTolerance = (input: HTMLInputElement) => {
    const value = parseNumber(input.value);
    if (value === undefined || value === null || value < 0 || value > 100) {
      input.value = String(review.tolerance);
      notify({ message: t('review.toleranceRange') });
      return;
    }
    if (value === review.tolerance) return;
    run('updatePlan', { settings: { reviewTolerance: value } }).then(() => refresh(), reportError);
  };

  const addCountermeasure = (fields: CountermeasureFields) => {
    if (!cmTarget) return;
    const target = cmTarget;
    void change(
      api.addCountermeasure({
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
  const shownTactics = plan.tactics.filter((x) => matchesFind(terms, x.code, x.title, x.owner));
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
      <ReviewToolbar tolerance={review.tolerance} lock={toleranceLock} onTolerance={commitTolerance} />
      <p className="rv-hint muted">{t('review.hint')}</p>
      {/* A team plan keeps a record of every change: what changed since this month began, for the review. */}
      {team ? (
        <p className="rv-changed">
          <a href="#/activity" data-review-activity>
            {t('activity.reviewLink')}
          </a>
        </p>
      ) : null}

      <ActualsFromFile onLoaded={() => void refresh()} />

      <FindField
        label={t('review.find')}
        value={query}
        onChange={setQuery}
        count={matchCount(rows.length + shownTactics.length, review.kpis.length + plan.tactics.length, 'KPI or tactic')}
        onEnter={() => firstMatch()?.focus()}
        fallback={firstMatch}
      />

      {missing.length > 0 ? (
        <div className="rv-missing" role="status">
          <strong>{t('review.missing')}</strong>
          {missing.map((m) => (
            <button
              key={`${m.itemId}/${m.month}`}
              type="button"
              className="button button--small"
              onClick={() => setCmTarget(m)}
            >
              {t('review.addFor', { code: m.code, month: monthName(m.month) })}
            </button>
          ))}
        </div>
      ) : null}

      {cmTarget ? (
        <CountermeasureForm target={cmTarget} onSubmit={addCountermeasure} onCancel={() => setCmTarget(null)} />
      ) : null}

      {review.kpis.length === 0 ? (
        <p className="empty-state">{t('review.noKpis')}</p>
      ) : rows.length === 0 ? (
        <p className="empty-state">{t('review.noMatch', { query: query.trim() })}</p>
      ) : (
        <BowlingChart
          rows={rows}
          months={review.months}
          change={change}
          notify={notify}
          onCountermeasure={setCmTarget}
        />
      )}

      <CountermeasureList
        measures={sortedMeasures}
        total={review.countermeasures.length}
        query={query}
        codeOf={codeOf}
        onStatus={(id, status) => void change(api.updateCountermeasure({ id, status }))}
      />

      <TacticStatusList
        tactics={plan.tactics}
        shown={shownTactics}
        query={query}
        latestStatus={latestStatus}
        onRecord={(tactic, status, note) =>
          change(api.addTacticUpdate({ tacticId: tactic.id, status, note: note || null })).then(() => undefined)
        }
      />
    </section>
  );
}
