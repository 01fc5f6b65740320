import type { DeleteEffect } from '../../../contract/api.ts';
import { getLocale, t } from '../i18n/intl.ts';

/** "goal CS-1": what deletedMessage names, in the app's language. */
export const deletedItemLabel = (kind: 'objective' | 'goal' | 'tactic', code: string): string =>
  t('delete.label.item', { kind, code });

/** "a, b and c" in the app's language (English without the serial comma, as the messages always read). */
export function joinList(parts: string[]): string {
  const locale = getLocale();
  return new Intl.ListFormat(locale === 'en' ? 'en-GB' : locale, { type: 'conjunction' }).format(parts);
}

/** "Deleted goal CS-1 with 2 tactics and 5 links; 1 item now traces to no objective." */
export function deletedMessage(effect: DeleteEffect, label: string): string {
  const parts: string[] = [];
  if (effect.goals.length) parts.push(t('delete.parts.goals', { count: effect.goals.length }));
  if (effect.tactics.length) parts.push(t('delete.parts.tactics', { count: effect.tactics.length }));
  if (effect.links.length) parts.push(t('delete.parts.links', { count: effect.links.length }));
  const orphaned = effect.newlyOrphaned.length;
  const orphans = t('delete.orphans', { count: orphaned });
  if (parts.length === 0)
    return orphaned > 0 ? t('delete.doneOrphans', { label, orphans }) : t('delete.done', { label });
  const list = joinList(parts);
  return orphaned > 0
    ? t('delete.doneWithOrphans', { label, parts: list, orphans })
    : t('delete.doneWith', { label, parts: list });
}
