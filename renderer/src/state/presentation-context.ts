import { createContext, useContext } from 'react';

/** Whether presentation mode is on, for views that lay themselves out again for it (the tree fits on entering). */
export const PresentationContext = createContext(false);

export function usePresenting(): boolean {
  return useContext(PresentationContext);
}
