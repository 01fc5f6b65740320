/** Undo and redo of the session's changes, and the stacks as the Edit menu shows them. */
import type { DomainDeclarations } from './declaration.ts';

export const historyOps = {
  undo: {
    draft: 'open',
    run: ({ history }) => {
      const done = history.step('undo');
      return { label: done?.label ?? null, message: done?.message ?? null, history: history.state() };
    },
  },
  redo: {
    draft: 'open',
    run: ({ history }) => {
      const done = history.step('redo');
      return { label: done?.label ?? null, message: done?.message ?? null, history: history.state() };
    },
  },
  getHistory: { draft: 'open', run: ({ history }) => history.state() },
} satisfies DomainDeclarations;
