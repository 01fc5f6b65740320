/** Undo and redo of the session's changes, and the stacks as the Edit menu shows them. */
import type { DomainDeclarations } from './declaration.ts';

export const historyOps = {
  undo: {
    draft: 'open',
    run: ({ history }) => {
      const label = history.undo();
      return { label, history: history.state() };
    },
  },
  redo: {
    draft: 'open',
    run: ({ history }) => {
      const label = history.redo();
      return { label, history: history.state() };
    },
  },
  getHistory: { draft: 'open', run: ({ history }) => history.state() },
} satisfies DomainDeclarations;
