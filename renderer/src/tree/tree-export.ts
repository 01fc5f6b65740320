import { inlinePictureStyles } from '../picture/inline-styles.ts';
import type { Picture } from '../picture/ExportPictureDialog.tsx';
import type { Orientation } from './node-geometry.ts';
import type { CardContext } from './NodeCard.tsx';
import { layoutTree } from './tree-layout.ts';
import type { TreeModel } from './tree-model.ts';
import { pictureBox, treePictureSvg } from './tree-picture.tsx';

/**
 * The picture Export picture… saves: the whole tree of `model` (its filters applied, every branch expanded, not
 * what the viewport shows) laid out by the view's own layoutTree, styled in the light theme and self-contained.
 * Loaded on demand: it brings React's static renderer, which the live tree never needs.
 */
export function treePicture(model: TreeModel, ctx: CardContext, orientation: Orientation, title: string): Picture {
  const layout = layoutTree(model.root, model.secondary, new Set(), orientation);
  const box = pictureBox(layout);
  return {
    svg: inlinePictureStyles(treePictureSvg(layout, ctx, title), 'tree'),
    width: box.width,
    height: box.height,
  };
}
