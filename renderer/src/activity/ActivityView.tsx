import { useCallback, useEffect, useMemo, useState } from 'react';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import type { ActivityEntry } from '../../../contract/team-activity.ts';
import { planActivity, teamPage } from '../api/team-page.ts';
import { appIntl, t } from '../i18n/intl.ts';
import { operationVerb } from '../i18n/service-text.ts';
import { useAppActions, type SelectableKind } from '../state/app-context.ts';
import type { ViewProps } from '../views/view-props.ts';
import { groupByDay, presetDay, sinceInstant, type SincePreset } from './activity-days.ts';
import '../styles/activity.css';

/** Entries fetched per page; "Show older changes" fetches the next. */
const PAGE = 100;
const PRESETS: SincePreset[] = ['today', 'week', 'month', 'all'];

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; entries: ActivityEntry[]; more: boolean };

/**
 * A team plan's activity feed: every change, newest first, grouped by day, with who made it and the items it
 * touched (each opens in the inspector). "Changes since" answers "what changed since the last review". Fetched
 * again whenever the plan changes (anyone's change reloads the plan), so the feed stays live.
 */
export function ActivityView({ plan }: ViewProps) {
  const team = teamPage() !== null;
  const [since, setSince] = useState<string | null>(() => presetDay('month', new Date()));
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!team) return;
    let live = true;
    planActivity({ since: since ? sinceInstant(since) : undefined, limit: PAGE }).then(
      (entries) => live && setLoad({ status: 'ready', entries: entries ?? [], more: (entries?.length ?? 0) === PAGE }),
      () => live && setLoad({ status: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, [team, since, plan, attempt]);

  const older = useCallback(async () => {
    if (load.status !== 'ready') return;
    const last = load.entries[load.entries.length - 1];
    try {
      const next =
        (await planActivity({ since: since ? sinceInstant(since) : undefined, before: last?.op, limit: PAGE })) ?? [];
      setLoad({ status: 'ready', entries: [...load.entries, ...next], more: next.length === PAGE });
    } catch {
      setLoad({ status: 'failed' });
    }
  }, [load, since]);

  const preset = PRESETS.find((p) => presetDay(p, new Date()) === since) ?? null;
  return (
    <section className="view activity-view" aria-labelledby="activity-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="activity-heading" className="view__heading">
            {t('activity.heading')}
          </h2>
          <p className="view__subtitle">{team ? t('activity.subtitle') : t('activity.fileOnly')}</p>
        </div>
      </div>
      {team ? (
        <>
          <div className="activity-view__filter" role="group" aria-label={t('activity.since')}>
            <label className="activity-view__since">
              <span>{t('activity.since')}</span>
              <input
                type="date"
                value={since ?? ''}
                data-activity-since
                onChange={(e) => setSince(e.target.value === '' ? null : e.target.value)}
              />
            </label>
            {PRESETS.map((p) => (
              <button
                key={p}
                type="button"
                className={`button button--small${preset === p ? ' is-active' : ''}`}
                aria-pressed={preset === p}
                onClick={() => setSince(presetDay(p, new Date()))}
              >
                {t(`activity.since.${p}`)}
              </button>
            ))}
          </div>
          <ActivityList
            load={load}
            plan={plan}
            since={since}
            onOlder={older}
            onRetry={() => setAttempt((n) => n + 1)}
          />
        </>
      ) : null}
    </section>
  );
}

function ActivityList({
  load,
  plan,
  since,
  onOlder,
  onRetry,
}: {
  load: Load;
  plan: PlanDocument;
  since: string | null;
  onOlder: () => void;
  onRetry: () => void;
}) {
  const items = useMemo(() => itemsOf(plan), [plan]);
  if (load.status === 'loading') return <p className="muted">{t('activity.loading')}</p>;
  if (load.status === 'failed') {
    return (
      <p className="activity-view__failed" role="alert">
        {t('activity.failed')}{' '}
        <button type="button" className="button button--small" onClick={onRetry}>
          {t('activity.retry')}
        </button>
      </p>
    );
  }
  if (load.entries.length === 0) {
    return <p className="muted">{since ? t('activity.none') : t('activity.noneAtAll')}</p>;
  }
  const intl = appIntl();
  return (
    <div className="activity-view__feed">
      <p className="activity-view__count" aria-live="polite">
        {t('activity.count', { count: load.entries.length })}
      </p>
      {groupByDay(load.entries).map((day) => (
        <section key={day.day} className="activity-day" aria-label={formatDay(day.day)}>
          <h3 className="activity-day__heading">{formatDay(day.day)}</h3>
          <ol className="activity-day__list">
            {day.entries.map((entry) => (
              <li key={entry.op} className="activity-entry" data-activity-op={entry.op}>
                <time className="activity-entry__time" dateTime={entry.at}>
                  {intl.formatTime(new Date(entry.at), { timeStyle: 'short' })}
                </time>
                <span className="activity-entry__what">
                  {t('activity.entry', { by: entry.by, what: describe(entry) })}
                </span>
                <EntryItems entry={entry} items={items} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {load.more ? (
        <button type="button" className="button" onClick={onOlder}>
          {t('activity.older')}
        </button>
      ) : null}
    </div>
  );
}

interface KnownItem {
  kind: SelectableKind;
  name: string;
}

function EntryItems({ entry, items }: { entry: ActivityEntry; items: Map<string, KnownItem> }) {
  const { select } = useAppActions();
  if (entry.items.length === 0) return null;
  const more = entry.itemCount - entry.items.length;
  return (
    <ul className="activity-entry__items">
      {entry.items.map((item) => {
        const known = items.get(item.id);
        const given = [item.code, item.title].filter(Boolean).join(' ');
        if (!known) {
          return (
            <li key={item.id} className="activity-entry__item is-removed" dir="auto">
              {t('activity.removedItem', { name: given || t('activity.anItem') })}
            </li>
          );
        }
        return (
          <li key={item.id} className="activity-entry__item">
            <button
              type="button"
              className="activity-entry__link"
              dir="auto"
              aria-label={t('activity.showItem', { name: known.name })}
              onClick={() => select({ kind: known.kind, id: item.id })}
            >
              {known.name}
            </button>
          </li>
        );
      })}
      {more > 0 ? <li className="activity-entry__more">{t('activity.moreItems', { count: more })}</li> : null}
    </ul>
  );
}

/** What a change was, in words: its label, or what its operation is called. */
function describe(entry: ActivityEntry): string {
  if (entry.operation === 'upgrade') return t('activity.upgrade');
  if (entry.operation === 'undo') return entry.label ?? t('activity.undo');
  if (entry.operation === 'redo') return t('activity.redo', { what: entry.label ?? t('activity.anItem') });
  return entry.label ?? operationVerb(entry.operation);
}

function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return appIntl().formatDate(new Date(y, m - 1, d), { dateStyle: 'full' });
}

/** Every item of the plan that can be selected, by id, with the name it shows under (code and title). */
function itemsOf(plan: PlanDocument): Map<string, KnownItem> {
  const out = new Map<string, KnownItem>();
  for (const d of plan.departments) out.set(d.id, { kind: 'department', name: d.name });
  for (const o of plan.objectives) out.set(o.id, { kind: 'objective', name: `${o.code} ${o.title}` });
  for (const g of plan.goals) out.set(g.id, { kind: 'goal', name: `${g.code} ${g.title}` });
  for (const x of plan.tactics) out.set(x.id, { kind: 'tactic', name: `${x.code} ${x.title}` });
  return out;
}
