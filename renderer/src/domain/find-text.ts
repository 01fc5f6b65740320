import { t } from '../i18n/intl.ts';

/**
 * The find fields of the gaps, departments and review views: a query matches when every word of it occurs (in any
 * case) in one of the texts given, the item's code, title, owner and so on. An empty query matches everything.
 */
export function findTerms(query: string): string[] {
  return query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesFind(terms: readonly string[], ...texts: (string | null | undefined)[]): boolean {
  if (terms.length === 0) return true;
  const haystack = texts
    .filter((t): t is string => !!t)
    .join('\n')
    .toLocaleLowerCase();
  return terms.every((t) => haystack.includes(t));
}

/** "3 of 12 findings" while searching, for the live count beside a find field. */
export function matchCount(shown: number, total: number, noun: 'department' | 'finding' | 'KPI or tactic'): string {
  const kind = noun === 'KPI or tactic' ? 'kpiOrTactic' : noun;
  if (shown === 0 && total > 0) return t('find.none');
  return shown === total ? t('find.all', { noun: kind, total }) : t('find.some', { noun: kind, shown, total });
}
