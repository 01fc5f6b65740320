import { parentIndex } from './keyboard.ts';
import type { ItemKind, OutlineRow } from './rows.ts';
import { t } from '../i18n/intl.ts';

/** Where Tab or Shift+Tab moves an item: its new kind, the item it will support, and its place among siblings. */
export type LevelMove =
  | {
      ok: true;
      to: ItemKind;
      /** The item it will support; null for an objective. */
      parentId: string | null;
      /** The row it will be listed under. */
      parentKey: string | null;
      /** Sibling it will follow; undefined: last among the parent's children. */
      afterId?: string | undefined;
    }
  | { ok: false; reason: string };

/** Tab: the item becomes a child of the nearest item above it at its own level (objective -> goal -> tactic). */
export function indentTarget(rows: readonly OutlineRow[], index: number): LevelMove {
  const row = rows[index];
  if (!row || row.kind === 'section') return { ok: false, reason: t('outline.noIndent') };
  if (row.kind === 'tactic') return { ok: false, reason: t('outline.tacticLowest') };
  for (let i = index - 1; i >= 0; i--) {
    const above = rows[i]!;
    if (above.level < row.level) break;
    if (above.level === row.level && above.kind === row.kind && above.parentKey === row.parentKey && !above.draft) {
      return { ok: true, to: row.kind === 'objective' ? 'goal' : 'tactic', parentId: above.id, parentKey: above.key };
    }
  }
  return { ok: false, reason: t('outline.noneAbove', { kind: row.kind }) };
}

/** Shift+Tab: the item moves up a level, to just after the item it was listed under. */
export function outdentTarget(rows: readonly OutlineRow[], index: number): LevelMove {
  const row = rows[index];
  if (!row || row.kind === 'section') return { ok: false, reason: t('outline.noOutdent') };
  if (row.kind === 'objective') return { ok: false, reason: t('outline.objectiveTop') };
  if (row.kind === 'goal') {
    return { ok: true, to: 'objective', parentId: null, parentKey: null, afterId: row.parentId ?? undefined };
  }
  const parent = rows[parentIndex(rows, index)];
  if (!parent || parent.kind !== 'goal' || parent.parentId === null) {
    return {
      ok: false,
      reason: t('outline.tacticNoObjective'),
    };
  }
  return { ok: true, to: 'goal', parentId: parent.parentId, parentKey: parent.parentKey, afterId: parent.id };
}
