/**
 * Catchball, seen from the master plan: issuing a department draft, reviewing and merging what comes back, and
 * the status per department. The merge itself lives in `services/catchball.ts`.
 */
import { textMessage } from '../../contract/text.ts';
import { randomUUID } from 'node:crypto';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { diffDraft, draftOf } from '../../core/draft-diff.ts';
import { baseHash, resolveDepartment, trustedDraftBlock } from '../../core/draft-issue.ts';
import { applyChangeSet, draftStatus } from '../catchball.ts';
import type { OpContext } from './context.ts';
import type { DomainDeclarations } from './declaration.ts';

/** The change set of a draft, judged by this plan's own record of issuing it, never by the draft's claims. */
function trustedDiff({ store, fileLabel }: OpContext, draft: PlanDocument) {
  const master = store.loadDocument();
  const block = draftOf(draft);
  const trusted = trustedDraftBlock(master, block, store.draftIssue(block.id), fileLabel);
  return diffDraft(master, { ...draft, draft: trusted });
}

export const catchballOps = {
  reviewDraft: {
    draft: { masterOnly: 'Reviewing a draft' },
    run: (ctx, { draft, markReturned }) => {
      const changeSet = trustedDiff(ctx, draft);
      if (markReturned) ctx.store.markDraftReturned(changeSet.draftId, new Date().toISOString());
      return changeSet;
    },
  },
  mergeDraft: {
    draft: { masterOnly: 'Merging a draft' },
    run: (ctx, { draft, accept, resolve }) => applyChangeSet(ctx.store, trustedDiff(ctx, draft), accept, resolve),
    describe: (result, { store }) => ({
      text: result.summary.replace(/\.$/, ''),
      message: textMessage('undo.mergeDraft', {
        applied: result.applied,
        kept: result.kept,
        department: store.getDepartment(result.changeSet.departmentId)?.name ?? result.changeSet.departmentId,
        empty: result.changeSet.changes.length + result.changeSet.conflicts.length === 0 ? 'yes' : 'no',
      }),
    }),
  },
  issueDraft: {
    draft: { masterOnly: 'Issuing a draft' },
    run: ({ store, fileLabel }, { department: wanted, issuedAt: at }) => {
      const doc = store.loadDocument();
      const d = resolveDepartment(doc, wanted, fileLabel);
      const draftId = randomUUID();
      const issuedAt = at === undefined ? new Date().toISOString() : new Date(at).toISOString();
      const { draft: _none, ...base } = doc;
      store.recordDraftIssued({
        draftId,
        departmentId: d.id,
        issuedAt,
        planId: doc.plan.id,
        baseHash: baseHash(base),
      });
      return {
        draftId,
        departmentId: d.id,
        departmentName: d.name,
        issuedAt,
        document: { ...doc, draft: { id: draftId, planId: doc.plan.id, departmentId: d.id, issuedAt, base } },
      };
    },
    describe: (result) => ({
      text: `Issue draft for '${result.departmentName}'`,
      message: textMessage('undo.issueDraft', { department: result.departmentName }),
    }),
  },
  getDraftStatus: { draft: 'open', run: ({ store }) => draftStatus(store, store.loadDocument()) },
} satisfies DomainDeclarations;
