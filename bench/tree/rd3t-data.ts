import type { RawNodeDatum } from 'react-d3-tree';
import type { TreeItem } from '../../renderer/src/tree/tree-model.ts';

/** The same hierarchy the alignment tree draws, as react-d3-tree's input (name plus owner and gap). */
export function toRawNodes(item: TreeItem): RawNodeDatum {
  return {
    name: item.code ? `${item.code} ${item.title}` : item.title,
    attributes: { owner: item.owner ?? '', gap: item.gap },
    children: item.children.map(toRawNodes),
  };
}

export function countNodes(item: TreeItem): number {
  let n = 1;
  for (const c of item.children) n += countNodes(c);
  return n;
}
