import type { TreeItem } from './tree-model.ts';

export interface TreeIndex {
  /** Item id -> node key (every item is in the model once). */
  keyById: Map<string, string>;
  /** Node key -> its item (what a search or gap jump selects, drawn or not). */
  itemByKey: Map<string, TreeItem>;
  /** Node key -> parent node key. */
  parentOf: Map<string, string>;
  /** Node keys of each gap kind, in depth-first order (what the gap counts jump through). */
  gapKeys: { orphanGoal: string[]; orphanTactic: string[]; uncovered: string[]; unexecuted: string[] };
}

/** The index of a model, built on first use (most renders never need it; a big plan's takes a while). */
export function lazyIndex(root: TreeItem): () => TreeIndex {
  let index: TreeIndex | null = null;
  return () => (index ??= indexModel(root));
}

/** One pass over the whole model, collapsed branches included. */
export function indexModel(root: TreeItem): TreeIndex {
  const index: TreeIndex = {
    keyById: new Map(),
    itemByKey: new Map(),
    parentOf: new Map(),
    gapKeys: { orphanGoal: [], orphanTactic: [], uncovered: [], unexecuted: [] },
  };
  const stack: TreeItem[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    index.keyById.set(item.id, item.key);
    index.itemByKey.set(item.key, item);
    if (item.gap === 'orphan') index.gapKeys[item.kind === 'goal' ? 'orphanGoal' : 'orphanTactic'].push(item.key);
    else if (item.gap === 'uncovered') index.gapKeys.uncovered.push(item.key);
    else if (item.gap === 'unexecuted') index.gapKeys.unexecuted.push(item.key);
    for (let i = item.children.length - 1; i >= 0; i--) {
      const c = item.children[i]!;
      index.parentOf.set(c.key, item.key);
      stack.push(c);
    }
  }
  return index;
}

/** Keys above a node, nearest first. */
export function ancestorKeys(index: TreeIndex, key: string): string[] {
  const out: string[] = [];
  let k = index.parentOf.get(key);
  while (k !== undefined) {
    out.push(k);
    k = index.parentOf.get(k);
  }
  return out;
}
