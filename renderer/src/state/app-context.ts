import { createContext, useContext } from 'react';
import type { HistoryState } from '../../../contract/api.ts';
import type { Mutate, Run, RunOptimistic } from './usePlan.ts';

export type SelectableKind = 'department' | 'objective' | 'goal' | 'tactic';
export interface Selection {
  kind: SelectableKind;
  id: string;
}

/** Something another part of the screen asked the cascade or the inspector to do (from the palette or a menu). */
export type AppRequest =
  | { type: 'add'; kind: 'objective' | 'goal' | 'tactic' }
  | { type: 'find' }
  | { type: 'link' }
  | { type: 'edit-title' }
  /** Open the note form on this item in the inspector (from a read-only refusal or a lock reason). */
  | { type: 'note'; itemId: string };

export interface Notice {
  message: string;
  /** Offer an Undo button (the change just made is the newest undo step). */
  undoable?: boolean;
  /** Offer a button that does what the message suggests ("Add a note" after a read-only refusal). */
  action?: { label: string; run: () => void };
}

/** What any view or form may do to the app: change the plan, report an error, select an item. */
export interface AppActions {
  /** Runs a change given as code, then reloads the plan. Prefer `run` for single operations. */
  mutate: Mutate;
  /** Runs one operation and patches the shown plan from its result. */
  run: Run;
  /** Shows a predicted result at once, then runs the operation (see RunOptimistic). */
  runOptimistic: RunOptimistic;
  reportError: (error: unknown) => void;
  selection: Selection | null;
  select: (selection: Selection | null) => void;
  history: HistoryState | null;
  undo: () => void;
  redo: () => void;
  notify: (notice: Notice) => void;
  /** The department a new goal or tactic takes when no filter names one: the one last used, else the first. */
  lastDepartmentId: string | null;
  rememberDepartment: (id: string) => void;
  request: AppRequest | null;
  sendRequest: (request: AppRequest) => void;
  /** Called by whoever carried the request out, so it runs once. */
  clearRequest: () => void;
}

export const AppActionsContext = createContext<AppActions | null>(null);

export function useAppActions(): AppActions {
  const actions = useContext(AppActionsContext);
  if (!actions) throw new Error('useAppActions must be used inside <AppActionsContext.Provider>');
  return actions;
}
