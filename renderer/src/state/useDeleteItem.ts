import { useCallback } from 'react';
import { deletedItemLabel, deletedMessage } from '../domain/delete-message.ts';
import { useAppActions, type AppActions } from './app-context.ts';

export type DeletableKind = 'objective' | 'goal' | 'tactic';

const OPERATION = { objective: 'deleteObjective', goal: 'deleteGoal', tactic: 'deleteTactic' } as const;

type Deps = Pick<AppActions, 'run' | 'notify' | 'reportError' | 'selection' | 'select'>;

/** Deletes an objective, goal or tactic at once (it is one undo step) and says what went with it. */
export async function deleteItem(deps: Deps, kind: DeletableKind, id: string, code: string): Promise<boolean> {
  try {
    const effect = await deps.run(OPERATION[kind], { id });
    if (deps.selection?.id === id) deps.select(null);
    deps.notify({ message: deletedMessage(effect, deletedItemLabel(kind, code)), undoable: true });
    return true;
  } catch (err) {
    deps.reportError(err);
    return false;
  }
}

export function useDeleteItem(): (kind: DeletableKind, id: string, code: string) => Promise<boolean> {
  const { run, notify, reportError, selection, select } = useAppActions();
  return useCallback(
    (kind, id, code) => deleteItem({ run, notify, reportError, selection, select }, kind, id, code),
    [run, notify, reportError, selection, select],
  );
}
