import type { TreeItem } from './tree-model.ts';

/** Lower-cased search terms; an item matches when every term occurs in its code, title or owner. */
export function searchTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function itemMatches(item: TreeItem, terms: readonly string[]): boolean {
  if (terms.length === 0 || item.kind === 'unaligned') return false;
  const text = `${item.code} ${item.title} ${item.owner ?? ''}`.toLowerCase();
  return terms.every((t) => text.includes(t));
}

/** Keys of the matching nodes in depth-first order, collapsed branches included so no match stays hidden. */
export function searchTree(root: TreeItem, query: string): string[] {
  const terms = searchTerms(query);
  const matches: string[] = [];
  if (terms.length === 0) return matches;
  const stack: TreeItem[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (itemMatches(item, terms)) matches.push(item.key);
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
  }
  return matches;
}
