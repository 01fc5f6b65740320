/**
 * The preview's rows as the wizard lists them: errors first (then the file's order), optionally one action only,
 * a page at a time, so 20,000 rows never become 20,000 table rows in the page.
 */
import type { ImportFileReport } from '../../../contract/api.ts';
import type { RowAction } from './words.ts';

export type PreviewRow = ImportFileReport['rows'][number];
export type RowFilter = RowAction | 'all';

export const PAGE_SIZE = 100;

export interface RowPage {
  rows: PreviewRow[];
  /** 0-based page shown (clamped to the pages there are). */
  page: number;
  pages: number;
  /** How many rows the filter keeps. */
  matching: number;
  /** 1-based position of the first and last row shown among the matching ones (0 when none). */
  from: number;
  to: number;
}

export function rowPage(all: readonly PreviewRow[], filter: RowFilter, page: number): RowPage {
  const kept = filter === 'all' ? all : all.filter((r) => r.action === filter);
  // Errors first, the rest in the file's order (the sort is stable).
  const ordered = filter === 'all' ? [...kept].sort((a, b) => errorRank(a) - errorRank(b)) : kept;
  const pages = Math.max(1, Math.ceil(ordered.length / PAGE_SIZE));
  const shown = Math.min(Math.max(0, page), pages - 1);
  const rows = ordered.slice(shown * PAGE_SIZE, (shown + 1) * PAGE_SIZE);
  return {
    rows,
    page: shown,
    pages,
    matching: ordered.length,
    from: rows.length ? shown * PAGE_SIZE + 1 : 0,
    to: shown * PAGE_SIZE + rows.length,
  };
}

const errorRank = (r: PreviewRow) => (r.action === 'error' ? 0 : 1);

/** The message without the "Sheet, row N: " the table already shows in its own columns. */
export function rowMessage(r: PreviewRow): string {
  const prefix = `${r.sheet}, row ${r.row}: `;
  return r.message.startsWith(prefix) ? r.message.slice(prefix.length) : r.message;
}
