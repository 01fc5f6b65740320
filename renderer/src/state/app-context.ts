import { createContext, useContext } from 'react';
import type { Mutate } from './usePlan.ts';

export type SelectableKind = 'department' | 'objective' | 'goal' | 'tactic';
export interface Selection {
  kind: SelectableKind;
  id: string;
}

/** What any view or form may do to the app: change the plan, report an error, select an item. */
export interface AppActions {
  mutate: Mutate;
  reportError: (error: unknown) => void;
  selection: Selection | null;
  select: (selection: Selection | null) => void;
}

export const AppActionsContext = createContext<AppActions | null>(null);

export function useAppActions(): AppActions {
  const actions = useContext(AppActionsContext);
  if (!actions) throw new Error('useAppActions must be used inside <AppActionsContext.Provider>');
  return actions;
}
