import { useMemo, useState } from 'react';
import type { Finding, GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { CoverageTables } from '../gaps/CoverageTables.tsx';
import { FindingItem, isItem } from '../gaps/FindingItem.tsx';
import { useFocusRestore } from '../components/focus-return.ts';
import { findingKey, GROUP_LABEL, groupFindings } from '../gaps/finding-groups.ts';
import { FindField } from '../components/FindField.tsx';
import { findTerms, matchCount, matchesFind } from '../domain/find-text.ts';
import { useAppActions } from '../state/app-context.ts';
import { routeHref } from '../state/routes.ts';
import '../styles/gaps.css';
import { t } from '../i18n/intl.ts';
import { findingText } from '../i18n/service-text.ts';

/**
 * Every finding of the gap analysis, grouped by kind and counted, each with the rule that fired and the action
 * that fixes it (done inline, one undo step each); then how each objective and each department is covered.
 */
export function GapsView({ plan, gaps }: { plan: PlanDocument; gaps: GapReport | null }) {
  const { selection, select } = useAppActions();
  const [openFix, setOpenFix] = useState<string | null>(null);
  const restoreFocus = useFocusRestore();
  const [query, setQuery] = useState('');
  // Ctrl/Cmd+F: a finding matches by its message, or its item's code or title.
  const shown = useMemo(() => {
    const terms = findTerms(query);
    const findings = gaps?.findings ?? [];
    if (terms.length === 0) return findings;
    const items = new Map<string, { code: string; title: string }>();
    for (const x of [...plan.objectives, ...plan.goals, ...plan.tactics]) items.set(x.id, x);
    return findings.filter((f) => {
      const item = isItem(f.itemKind) ? items.get(f.id) : undefined;
      return matchesFind(terms, findingText(f), f.message, item?.code, item?.title, GROUP_LABEL[f.kind]);
    });
  }, [gaps, plan, query]);
  const groups = useMemo(() => groupFindings(shown), [shown]);

  if (!gaps) {
    return (
      <p className="load-state" aria-live="polite">
        {t('tree.analysing')}
      </p>
    );
  }

  const selectFinding = (f: Finding) => {
    if (isItem(f.itemKind)) select({ kind: f.itemKind, id: f.id });
  };
  const errors = gaps.findings.filter((f) => f.severity === 'error').length;
  const summary = [
    {
      key: 'orphaned-goals',
      label: t('gaps.stat.orphanedGoals'),
      value: gaps.orphanedGoals.length,
      hint: t('gaps.stat.orphanedGoalsHint'),
    },
    {
      key: 'orphaned-tactics',
      label: t('gaps.stat.orphanedTactics'),
      value: gaps.orphanedTactics.length,
      hint: t('gaps.stat.orphanedTacticsHint'),
    },
    {
      key: 'uncovered',
      label: t('gaps.stat.uncovered'),
      value: gaps.uncoveredObjectives.length,
      hint: t('gaps.stat.uncoveredHint'),
    },
    {
      key: 'unexecuted',
      label: t('gaps.stat.unexecuted'),
      value: gaps.unexecutedObjectives.length,
      hint: t('gaps.stat.unexecutedHint'),
    },
  ];

  return (
    <section className="view gaps-view" aria-labelledby="gaps-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="gaps-heading" className="view__heading">
            {t('gaps.heading')}
          </h2>
          <p className="view__subtitle">
            {gaps.findings.length === 0
              ? t('gaps.nothing')
              : t('gaps.subtitle', {
                  findings: gaps.findings.length,
                  errors,
                  warnings: gaps.findings.length - errors,
                })}
          </p>
        </div>
      </div>
      <ul className="stat-grid" aria-label={t('gaps.counts')}>
        {summary.map((s) => (
          <li key={s.key} className={s.value > 0 ? 'stat stat--alert' : 'stat'} data-gap-count={s.key}>
            <span className="stat__value">{s.value}</span>
            <span className="stat__label">{s.label}</span>
            <span className="stat__hint">{s.hint}</span>
          </li>
        ))}
      </ul>

      {gaps.findings.length > 0 ? (
        <FindField
          label={t('gaps.search')}
          value={query}
          onChange={setQuery}
          count={matchCount(shown.length, gaps.findings.length, 'finding')}
          onEnter={() => firstFinding()?.focus()}
          fallback={firstFinding}
        />
      ) : null}

      {groups.length === 0 && gaps.findings.length > 0 ? (
        <p className="empty-state gaps-view__empty">{t('gaps.noMatch', { query: query.trim() })}</p>
      ) : groups.length === 0 ? (
        <p className="empty-state gaps-view__empty">{t('gaps.none')}</p>
      ) : (
        groups.map((g) => (
          <section key={g.kind} className="gaps-group" data-finding-group={g.kind} aria-labelledby={`group-${g.kind}`}>
            <h3 id={`group-${g.kind}`} className="section-heading">
              {g.label} <span className="section-heading__count">{g.findings.length}</span>
            </h3>
            <p className="gaps-group__rule">
              <span className="finding__rule-label">{t('gaps.rule')}</span> {g.rule}
            </p>
            <ul className="finding-list">
              {g.findings.map((f) => {
                const key = findingKey(f);
                return (
                  <FindingItem
                    key={key}
                    finding={f}
                    plan={plan}
                    gaps={gaps}
                    open={openFix === key}
                    selected={selection?.id === f.id && selection.kind === f.itemKind}
                    onOpen={() => {
                      setOpenFix(key);
                      selectFinding(f);
                    }}
                    onClose={() => {
                      setOpenFix(null);
                      // The form goes now and the finding when the gaps reload: keep the focus in the list.
                      restoreFocus(() => nextFixTarget(f.id));
                    }}
                    onSelect={() => selectFinding(f)}
                    onShowInTree={() => {
                      selectFinding(f);
                      window.location.hash = routeHref('tree');
                    }}
                  />
                );
              })}
            </ul>
          </section>
        ))
      )}

      <CoverageTables plan={plan} gaps={gaps} />
    </section>
  );
}

/** The first finding listed: its message (which selects its item), else its first button. */
function firstFinding(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.gaps-view .gaps-finding button:not([disabled])');
}

/** After a fix: the same finding's fix button if it is still listed, else the next finding's fix, else any button. */
function nextFixTarget(findingId: string): HTMLElement | null {
  const view = document.querySelector('.gaps-view');
  const fix = '[data-fix]:not([disabled])';
  return (
    view?.querySelector<HTMLElement>(`[data-finding-id="${CSS.escape(findingId)}"] ${fix}`) ??
    view?.querySelector<HTMLElement>(fix) ??
    view?.querySelector<HTMLElement>('.gaps-finding button:not([disabled])') ??
    null
  );
}
