import { createContext, useContext } from 'react';

/** Page numbers known only after pagination; while measuring, placeholders of the same width stand in. */
export interface PageNumbers {
  total: number | null;
  firstPage: (chapterId: string) => number | null;
}

export const PageNumbersContext = createContext<PageNumbers>({ total: null, firstPage: () => null });

export function usePageNumbers(): PageNumbers {
  return useContext(PageNumbersContext);
}
