import { useCallback } from 'react';
import type { Goal, Tactic } from '../../../contract/plan-format.ts';
import { fieldMessage, isValidationError } from '../forms/field-errors.ts';
import { useAppActions, type AppActions, type Notice } from '../state/app-context.ts';
import { keepFocus } from './focus-return.ts';
import { t } from '../i18n/intl.ts';
import { historyText } from '../i18n/service-text.ts';
import { asSentence } from '../domain/draft-lock.ts';

/*
 * Renumbering after a move, on request: a moved item keeps its code (people quote codes), and the notice of the
 * move offers "Renumber" (so does the command palette, for the selected goal or tactic), which runs
 * `renumberItem` (one undo step) and says what changed.
 */

/** Runs `renumberItem` and says what changed; a refusal ("already follows IT") is said in the notice. */
export async function renumberItem(
  actions: Pick<AppActions, 'run' | 'notify' | 'reportError'>,
  id: string,
): Promise<void> {
  try {
    const { summary, renamed } = await actions.run('renumberItem', { id });
    const said = historyText(
      {
        key: 'undo.renumberItem',
        params: { from: renamed[0]?.from ?? '', to: renamed[0]?.to ?? '', more: Math.max(0, renamed.length - 1) },
      },
      summary,
    );
    actions.notify({ message: asSentence(said), undoable: true });
  } catch (err) {
    if (isValidationError(err)) actions.notify({ message: `${fieldMessage(err, 'id')}.` });
    else actions.reportError(err);
  } finally {
    keepFocus();
  }
}

export function useRenumber(): (id: string) => Promise<void> {
  const { run, notify, reportError } = useAppActions();
  return useCallback((id: string) => renumberItem({ run, notify, reportError }, id), [run, notify, reportError]);
}

/**
 * The notice after a goal or tactic moved to another department: its code stays, and Renumber is offered where
 * the code depends on the department (a goal's; a tactic's only while it serves no goal).
 */
export function movedNotice(
  item: Goal | Tactic,
  kind: 'goal' | 'tactic',
  departmentName: string,
  renumber: (id: string) => Promise<void>,
): Notice {
  const follows = kind === 'goal' || item.supports.length === 0;
  return {
    message: follows
      ? t('move.renumberable', { code: item.code, department: departmentName })
      : t('move.moved', { code: item.code, department: departmentName }),
    undoable: true,
    ...(follows ? { action: { label: t('move.renumber'), run: () => void renumber(item.id) } } : {}),
  };
}
