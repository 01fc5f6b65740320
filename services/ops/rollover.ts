/**
 * Next year's plan, previewed on the open plan (core/rollover.ts): the report of what a rollover would carry,
 * leave and change. Writing the new file is a whole-file action (services/rollover.ts), never a change here.
 */
import { rolloverDocument, suggestedFileName } from '../../core/rollover.ts';
import type { DomainDeclarations } from './declaration.ts';

export const rolloverOps = {
  previewRollover: {
    draft: 'open',
    // A draft is refused by rolloverDocument itself (the new plan starts from the master).
    run: ({ store, newId, fileName }, { period, carry }) => {
      const old = store.loadDocument();
      const { report } = rolloverDocument(old, {
        period,
        carry: carry ?? 'unfinished',
        newId,
        fromFile: fileName ?? 'this plan',
        toFile: '',
      });
      report.to.file = suggestedFileName(report.to.title);
      return report;
    },
  },
} satisfies DomainDeclarations;
