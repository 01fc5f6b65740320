import { subtreeEnd, type OutlineRow } from './rows.ts';

/** What a key does on a focused (not editing) outline row. */
export type OutlineCommand =
  | { type: 'focus'; index: number }
  | { type: 'expand'; key: string }
  | { type: 'collapse'; key: string }
  | { type: 'new-sibling' }
  | { type: 'edit' }
  | { type: 'delete' }
  | { type: 'indent' }
  | { type: 'outdent' }
  | { type: 'none' };

export interface KeyInput {
  key: string;
  shift: boolean;
  /** Ctrl, Cmd or Alt held: the key belongs to a shortcut, not to the outline. */
  modifier: boolean;
}

/** The WAI-ARIA tree pattern plus the editor's keys (Enter, F2, Delete, Tab, Shift+Tab). */
export function outlineCommand(rows: readonly OutlineRow[], index: number, input: KeyInput): OutlineCommand {
  const row = rows[index];
  if (!row || input.modifier) return { type: 'none' };
  switch (input.key) {
    case 'ArrowDown':
      return index + 1 < rows.length ? { type: 'focus', index: index + 1 } : { type: 'none' };
    case 'ArrowUp':
      return index > 0 ? { type: 'focus', index: index - 1 } : { type: 'none' };
    case 'Home':
      return { type: 'focus', index: 0 };
    case 'End':
      return { type: 'focus', index: rows.length - 1 };
    case 'ArrowRight':
      if (row.childCount === 0) return { type: 'none' };
      if (!row.expanded) return { type: 'expand', key: row.key };
      return { type: 'focus', index: index + 1 };
    case 'ArrowLeft': {
      if (row.expanded) return { type: 'collapse', key: row.key };
      const parent = parentIndex(rows, index);
      return parent >= 0 ? { type: 'focus', index: parent } : { type: 'none' };
    }
    case 'Enter':
      return row.kind === 'section' ? { type: 'none' } : { type: 'new-sibling' };
    case 'F2':
      return row.kind === 'section' ? { type: 'none' } : { type: 'edit' };
    case 'Delete':
      return row.kind === 'section' ? { type: 'none' } : { type: 'delete' };
    case 'Tab':
      return input.shift ? { type: 'outdent' } : { type: 'indent' };
    default:
      return { type: 'none' };
  }
}

export function parentIndex(rows: readonly OutlineRow[], index: number): number {
  const parentKey = rows[index]?.parentKey;
  if (parentKey === null || parentKey === undefined) return -1;
  for (let i = index - 1; i >= 0; i--) if (rows[i]!.key === parentKey) return i;
  return -1;
}

/** The row to focus after rows[index] (and its subtree) goes away: the next sibling-or-later row, else the one above. */
export function focusAfterRemoval(rows: readonly OutlineRow[], index: number): string | null {
  const next = rows[subtreeEnd(rows, index)];
  if (next) return next.key;
  return rows[index - 1]?.key ?? null;
}
