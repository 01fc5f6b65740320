/** What every handler runs with: the open plan's store and history, the session's options, and its draft block. */
import { randomUUID } from 'node:crypto';
import type { DraftBlock } from '../../contract/plan-format.ts';
import type { PlanStore } from '../../db/plan-store.ts';
import type { UndoLog } from '../../db/undo-log.ts';
import { today } from '../../contract/today.ts';

export interface HandlerOptions {
  /** Today's date (YYYY-MM-DD) for overdue findings; injectable so tests are deterministic. */
  today?: () => string;
  newId?: () => string;
  /** The open file's name, for getDocumentInfo. */
  fileName?: string;
}

export interface OpContext {
  store: PlanStore;
  history: UndoLog;
  today: () => string;
  newId: () => string;
  /** The file's name as given; undefined for a plan opened without one. */
  fileName: string | undefined;
  /** The file's name in sentences ("this plan" when unknown). */
  fileLabel: string;
  /** Set when the open plan is a department draft; a draft never changes what it is, so it is read once. */
  draftBlock: DraftBlock | null;
}

export function createContext(store: PlanStore, history: UndoLog, options: HandlerOptions = {}): OpContext {
  return {
    store,
    history,
    today: options.today ?? (() => today()),
    newId: options.newId ?? (() => randomUUID()),
    fileName: options.fileName,
    fileLabel: options.fileName ?? 'this plan',
    draftBlock: store.draftBlock(),
  };
}
