/** The plan as a whole: reading it, its header and settings, the open file, and the gap analysis. */
import { analyzeGaps } from '../../core/gaps.ts';
import type { DomainDeclarations } from './declaration.ts';
import { defined, invalid } from './support.ts';

export const planOps = {
  getPlan: { draft: 'open', run: ({ store }) => store.loadDocument() },
  getDocumentInfo: {
    draft: 'open',
    run: ({ fileName, draftBlock }) => ({
      fileName: fileName ?? 'Untitled.hoshin',
      draft: draftBlock
        ? {
            planId: draftBlock.planId,
            planTitle: draftBlock.base.plan.title,
            departmentId: draftBlock.departmentId,
            issuedAt: draftBlock.issuedAt,
          }
        : null,
    }),
  },
  analyzeGaps: {
    draft: 'open',
    run: ({ store, today }, input) => analyzeGaps(store.loadDocument(), input?.today ?? today()),
  },
  updatePlan: {
    draft: { leadership: 'The plan’s settings are' },
    run: ({ store }, patch) => {
      const header = store.getHeader();
      const { settings, ...rest } = patch;
      const next = { ...header, ...defined(rest), settings: { ...header.settings, ...defined(settings ?? {}) } };
      if (next.periodStart && next.periodEnd && next.periodStart > next.periodEnd) {
        throw invalid(
          patch.periodEnd !== undefined ? 'periodEnd' : 'periodStart',
          'the period must not end before it starts',
        );
      }
      store.putHeader(next);
      return next;
    },
  },
} satisfies DomainDeclarations;
