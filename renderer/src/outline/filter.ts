import type { Goal, Objective, PlanDocument, Tactic, TacticStatus } from '../../../contract/plan-format.ts';

/** The outline's filters; empty strings mean "any". */
export interface OutlineFilter {
  departmentId: string;
  owner: string;
  status: TacticStatus | '';
  tag: string;
  /** Free text, matched against code, title and description. */
  text: string;
}

export const NO_FILTER: OutlineFilter = { departmentId: '', owner: '', status: '', tag: '', text: '' };

export const isFiltering = (f: OutlineFilter): boolean =>
  f.departmentId !== '' || f.owner !== '' || f.status !== '' || f.tag !== '' || f.text.trim() !== '';

export type Item =
  { kind: 'objective'; item: Objective } | { kind: 'goal'; item: Goal } | { kind: 'tactic'; item: Tactic };

/**
 * Whether an item itself satisfies every active filter. A filter that does not apply to a kind (status and tag
 * to objectives and goals, department to objectives) excludes that kind: such items appear only as the context
 * of a matching descendant.
 */
export function itemMatches(filter: OutlineFilter, entry: Item): boolean {
  const { kind, item } = entry;
  if (filter.departmentId !== '' && (kind === 'objective' || entry.item.departmentId !== filter.departmentId)) {
    return false;
  }
  if (filter.owner !== '' && item.owner !== filter.owner) return false;
  if (filter.status !== '' && (kind !== 'tactic' || entry.item.status !== filter.status)) return false;
  if (filter.tag !== '' && (kind !== 'tactic' || !entry.item.tags.includes(filter.tag))) return false;
  const text = filter.text.trim().toLowerCase();
  if (text !== '' && !textMatches(text, item)) return false;
  return true;
}

function textMatches(needle: string, item: Objective | Goal | Tactic): boolean {
  return (
    item.code.toLowerCase().includes(needle) ||
    item.title.toLowerCase().includes(needle) ||
    (item.description?.toLowerCase().includes(needle) ?? false)
  );
}

// One collator for every sort: String#localeCompare builds one per call, which is slow for thousands of names.
const collator = new Intl.Collator();

/** The owners and tags the filter menus offer, sorted, each once. */
export function filterChoices(plan: PlanDocument): { owners: string[]; tags: string[] } {
  const owners = new Set<string>();
  const tags = new Set<string>();
  for (const o of plan.objectives) if (o.owner) owners.add(o.owner);
  for (const g of plan.goals) if (g.owner) owners.add(g.owner);
  for (const t of plan.tactics) {
    if (t.owner) owners.add(t.owner);
    for (const tag of t.tags) tags.add(tag);
  }
  const sort = (s: Set<string>) => [...s].sort(collator.compare);
  return { owners: sort(owners), tags: sort(tags) };
}
