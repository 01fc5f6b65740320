import type { Strength } from '../../../contract/plan-format.ts';
import { subtreeEnd, type OutlineRow } from './rows.ts';

/** 1, 2, 3 on a row: the strength of its link to the row it is listed under (the X-matrix's ● ○ △ order). */
export const STRENGTH_KEYS: Readonly<Record<string, Strength>> = { '1': 'strong', '2': 'medium', '3': 'weak' };

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
  | { type: 'strength'; strength: Strength }
  /** D: type the department of a goal or tactic in place (an existing one by name, or a new one). */
  | { type: 'department' }
  /** O: type the owner of the item in place, with the plan's people suggested. */
  | { type: 'owner' }
  /** Alt+↑/↓: trade places with the sibling above (-1) or below (+1). */
  | { type: 'move'; siblingIndex: number }
  | { type: 'none' };

export interface KeyInput {
  key: string;
  shift: boolean;
  /** Ctrl, Cmd or Alt held: the key belongs to a shortcut, not to the outline (Alt+↑/↓ excepted, see `alt`). */
  modifier: boolean;
  /** Alt (Option) held, alone: Alt+↑/↓ move the row among its siblings. */
  alt?: boolean;
}

/** The WAI-ARIA tree pattern plus the editor's keys (Enter, F2, Delete, Tab, Shift+Tab). */
export function outlineCommand(rows: readonly OutlineRow[], index: number, input: KeyInput): OutlineCommand {
  const row = rows[index];
  if (!row) return { type: 'none' };
  if (input.alt && (input.key === 'ArrowUp' || input.key === 'ArrowDown')) {
    if (row.kind === 'section' || row.draft) return { type: 'none' };
    const sibling = siblingIndex(rows, index, input.key === 'ArrowUp' ? -1 : 1);
    return sibling >= 0 ? { type: 'move', siblingIndex: sibling } : { type: 'none' };
  }
  if (input.modifier) return { type: 'none' };
  const strength = STRENGTH_KEYS[input.key];
  if (strength) {
    // Only a row listed under a parent has a link to re-weight (not an objective, nothing under Unaligned).
    return row.parentId !== null && (row.kind === 'goal' || row.kind === 'tactic') && !row.draft
      ? { type: 'strength', strength }
      : { type: 'none' };
  }
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
    case 'd':
    case 'D':
      return (row.kind === 'goal' || row.kind === 'tactic') && !row.draft ? { type: 'department' } : { type: 'none' };
    case 'o':
    case 'O':
      return row.kind !== 'section' && !row.draft ? { type: 'owner' } : { type: 'none' };
    case 'F2':
      return row.kind === 'section' ? { type: 'none' } : { type: 'edit' };
    case 'Delete':
    case 'Backspace': // Mac keyboards' Delete key
      return row.kind === 'section' ? { type: 'none' } : { type: 'delete' };
    case 'Tab':
      return input.shift ? { type: 'outdent' } : { type: 'indent' };
    default:
      return { type: 'none' };
  }
}

/**
 * The nearest row above (direction -1) or below (+1) with the same parent and kind, skipping the rows of subtrees
 * in between; -1 when there is none.
 */
export function siblingIndex(rows: readonly OutlineRow[], index: number, direction: -1 | 1): number {
  const row = rows[index];
  if (!row) return -1;
  for (let i = index + direction; i >= 0 && i < rows.length; i += direction) {
    const other = rows[i]!;
    if (other.level < row.level) return -1;
    if (other.level === row.level) {
      if (other.parentKey !== row.parentKey) return -1;
      return other.kind === row.kind && !other.draft ? i : -1;
    }
  }
  return -1;
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
