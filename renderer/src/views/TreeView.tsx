import { useCallback } from 'react';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { asSentence, linkLock } from '../domain/draft-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import { usePresenting } from '../state/presentation-context.ts';
import { AlignmentTree, type NewLink, type SelectableItem } from '../tree/AlignmentTree.tsx';
import '../styles/tree.css';
import { t } from '../i18n/intl.ts';

/**
 * The alignment tree route (`#/tree`): the tree wired to the app's selection and to setLink. Until the first gap
 * analysis arrives there is nothing to mark, so the tree waits for it rather than redrawing once it lands.
 */
export function TreeView({ plan, gaps }: { plan: PlanDocument; gaps: GapReport | null }) {
  const { selection, select, mutate, reportError, notify, sendRequest } = useAppActions();
  const draft = useDraft();
  const presenting = usePresenting();
  const onSelect = useCallback((item: SelectableItem) => select(item), [select]);
  const onLink = useCallback(
    async (link: NewLink) => {
      // A department draft links only its own items: said before asking the service (which would refuse too).
      const lock = linkLock(draft, link, (id) => {
        const item = plan.goals.find((g) => g.id === id) ?? plan.tactics.find((t) => t.id === id);
        if (!item) return undefined;
        return { id: item.departmentId, name: plan.departments.find((d) => d.id === item.departmentId)?.name };
      });
      if (lock) {
        notify({
          message: asSentence(lock),
          action: { label: t('common.addNote'), run: () => sendRequest({ type: 'note', itemId: link.fromId }) },
        });
        select({ kind: link.kind === 'goal-objective' ? 'goal' : 'tactic', id: link.fromId });
        return;
      }
      try {
        await mutate((api) => api.setLink(link));
      } catch (error) {
        reportError(error);
      }
    },
    [mutate, reportError, notify, sendRequest, select, draft, plan],
  );
  const onNotice = useCallback((message: string) => notify({ message }), [notify]);
  const selectedId = selection && selection.kind !== 'department' ? selection.id : null;
  return (
    <section className="tree-view" aria-labelledby="tree-heading">
      <h2 id="tree-heading" className="visually-hidden">
        {t('tree.heading')}
      </h2>
      {gaps ? (
        <AlignmentTree
          key={plan.plan.id}
          plan={plan}
          gaps={gaps}
          selectedId={selectedId}
          onSelect={onSelect}
          onLink={onLink}
          onNotice={onNotice}
          presenting={presenting}
        />
      ) : (
        <p className="load-state" aria-live="polite">
          {t('tree.analysing')}
        </p>
      )}
    </section>
  );
}
