import { useCallback, useEffect, useMemo, useRef, useState, type ChangeEvent } from 'react';
import type { ChangeSet } from '../../../contract/catchball.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { CHOOSE_DRAFT_HASH } from '../catchball/CatchballBanner.tsx';
import { usePlatform } from '../platform/platform.ts';
import { ChangeList } from '../catchball/ChangeList.tsx';
import { effectiveAccepted, formatInstant, itemNames } from '../catchball/change-format.ts';
import { ConflictList, RejectedList, type Side } from '../catchball/ConflictList.tsx';
import { NotesPanel } from '../catchball/NotesPanel.tsx';
import { useAppActions } from '../state/app-context.ts';
import type { ViewProps } from './view-props.ts';
import '../styles/catchball.css';
import { t } from '../i18n/intl.ts';

interface Review {
  draft: PlanDocument;
  changeSet: ChangeSet;
}

/**
 * Catchball's return leg: read a department's returned draft, show what it would change in the plan, and merge
 * the changes the reviewer accepts in one undo step. Conflicts keep the plan's version unless told otherwise.
 */
export function MergeView({ plan }: ViewProps) {
  const { mutate, reportError, notify, run } = useAppActions();
  const [review, setReview] = useState<Review | null>(null);
  const [accepted, setAccepted] = useState<ReadonlySet<string>>(new Set());
  const [resolve, setResolve] = useState<Readonly<Record<string, Side>>>({});
  const [summary, setSummary] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const open = useCallback(
    async (read: () => Promise<PlanDocument | null>) => {
      setBusy(true);
      try {
        const draft = await read();
        if (!draft) return;
        const changeSet = await run('reviewDraft', { draft, markReturned: true });
        setReview({ draft, changeSet });
        setAccepted(new Set(changeSet.changes.map((c) => c.key)));
        setResolve({});
        setSummary(null);
      } catch (err) {
        reportError(err);
      } finally {
        setBusy(false);
      }
    },
    [reportError, run],
  );

  const { browser, files } = usePlatform();
  const choose = useCallback(() => {
    // The desktop asks in a native dialog; a browser tab in the page's own file input.
    if (!browser) void open(() => files.readDraft());
    else fileInput.current?.click();
  }, [open, browser, files]);

  // The desktop menu's Merge Draft… lands here (or changes the hash while here) asking for the chooser at once.
  useEffect(() => {
    let timer: number | undefined;
    const check = () => {
      if (window.location.hash !== CHOOSE_DRAFT_HASH) return;
      // Deferred so a StrictMode re-run of this effect cancels the first ask rather than asking twice.
      timer = window.setTimeout(() => {
        window.history.replaceState(window.history.state, '', '#/merge');
        if (!browser) choose();
      }, 0);
    };
    check();
    window.addEventListener('hashchange', check);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('hashchange', check);
    };
  }, [choose, browser]);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it) fires another change.
    event.target.value = '';
    if (file) void open(() => files.readDraft(file));
  };

  const names = useMemo(() => itemNames(plan, review?.draft ?? null), [review, plan]);
  const cs = review?.changeSet ?? null;
  const takenConflicts = cs ? cs.conflicts.filter((c) => resolve[c.key] === 'draft').length : 0;
  // What would really be applied: a change whose requirement is rejected is rejected with it.
  const effective = useMemo(() => (cs ? effectiveAccepted(cs.changes, accepted) : accepted), [cs, accepted]);
  const applyCount = effective.size + takenConflicts;
  const department = cs ? (names.get(cs.departmentId) ?? cs.departmentId) : '';

  const toggle = (key: string, on: boolean) =>
    setAccepted((prev) => {
      const next = new Set(prev);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  const apply = async () => {
    if (!review) return;
    setBusy(true);
    try {
      const result = await mutate((api) =>
        api.mergeDraft({ draft: review.draft, accept: [...effective], resolve: { ...resolve } }),
      );
      setSummary(result.summary);
      setReview(null);
      notify({ message: result.summary, undoable: result.applied > 0 });
    } catch (err) {
      reportError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="view merge-view" aria-labelledby="merge-heading" aria-busy={busy}>
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="merge-heading" className="view__heading">
            {t('merge.heading')}
          </h2>
          <p className="view__subtitle">{t('merge.subtitle')}</p>
        </div>
        <button type="button" className="button button--primary" onClick={choose} disabled={busy}>
          {t('merge.choose')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".hoshin,.json"
          className="visually-hidden"
          tabIndex={-1}
          aria-label={t('merge.file')}
          onChange={onFile}
        />
      </div>

      {summary ? (
        <p className="merge-summary card" role="status">
          {summary}
        </p>
      ) : null}

      {cs && review ? (
        <>
          <div className="card merge-header">
            <h3 className="merge-header__title">{t('merge.draftOf', { department, plan: plan.plan.title })}</h3>
            <p className="muted">
              {t('merge.counts', {
                issued: formatInstant(cs.issuedAt),
                changes: cs.changes.length,
                conflicts: cs.conflicts.length,
                rejected: cs.rejected.length,
              })}
            </p>
            <div className="merge-header__actions">
              <button
                type="button"
                className="button button--small"
                onClick={() => setAccepted(new Set(cs.changes.map((c) => c.key)))}
              >
                {t('merge.acceptAll')}
              </button>
              <button type="button" className="button button--small" onClick={() => setAccepted(new Set())}>
                {t('merge.rejectAll')}
              </button>
              <button
                type="button"
                className="button button--primary"
                disabled={busy || applyCount === 0}
                onClick={() => void apply()}
              >
                {t('merge.apply', { count: applyCount })}
              </button>
            </div>
          </div>

          <section className="merge-section" aria-labelledby="merge-changes-heading">
            <h3 id="merge-changes-heading" className="section-heading">
              {t('merge.changes')} <span className="section-heading__count">{cs.changes.length}</span>
            </h3>
            <ChangeList changes={cs.changes} names={names} accepted={accepted} onToggle={toggle} />
          </section>

          {cs.conflicts.length > 0 ? (
            <section className="merge-section" aria-labelledby="merge-conflicts-heading">
              <h3 id="merge-conflicts-heading" className="section-heading">
                {t('merge.conflicts')} <span className="section-heading__count">{cs.conflicts.length}</span>
              </h3>
              <ConflictList
                conflicts={cs.conflicts}
                names={names}
                resolve={resolve}
                onResolve={(key, side) => setResolve((prev) => ({ ...prev, [key]: side }))}
              />
            </section>
          ) : null}

          {cs.rejected.length > 0 ? (
            <section className="merge-section" aria-labelledby="merge-rejected-heading">
              <h3 id="merge-rejected-heading" className="section-heading">
                {t('merge.rejected')} <span className="section-heading__count">{cs.rejected.length}</span>
              </h3>
              <p className="muted">{t('merge.rejectedHint')}</p>
              <RejectedList rejected={cs.rejected} names={names} />
            </section>
          ) : null}
        </>
      ) : !summary ? (
        <p className="empty-state">{t('merge.empty')}</p>
      ) : null}

      <NotesPanel plan={plan} openOnly />
    </section>
  );
}
