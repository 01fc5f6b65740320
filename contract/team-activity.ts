/**
 * A team plan's activity feed (`GET /plans/<planId>/activity?since=&before=&limit=`): one entry per change,
 * newest first. Answered as `{"ok":true,"value":{"activity":[ActivityEntry…]}}`.
 */
export interface ActivityEntry {
  /** The change's number: pass it as `before` to page back to older ones. */
  op: number;
  /** ISO time of the change. */
  at: string;
  /** The person's name as shown (or the server, for a plan format upgrade). */
  by: string;
  /** The operation's name ('updateTactic', 'undo', 'redo', 'mergeDraft', 'upgrade', …). */
  operation: string;
  /** What Undo would call it ("Edit tactic CS-1.1 'Callback'"); null when the change has none. */
  label: string | null;
  /** Rows the change wrote. */
  rows: number;
  /** Items it touched, and the first of them with their code and title as the change left them (null: not an item row). */
  itemCount: number;
  items: { id: string; code: string | null; title: string | null }[];
}

/** At most this many entries per request (default 100). */
export const ACTIVITY_PAGE_MAX = 500;
