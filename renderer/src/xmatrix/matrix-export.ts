import type { Picture } from '../picture/ExportPictureDialog.tsx';
import { inlinePictureStyles } from '../picture/inline-styles.ts';
import { matrixPictureSvg } from './matrix-picture.tsx';
import type { XMatrixModel } from './matrix-model.ts';
import type { Orientation } from './orientation.ts';

/** The picture Export picture… saves from the X-matrix: styled in the light theme, self-contained. Loaded on demand. */
export function matrixPicture(model: XMatrixModel, orientation: Orientation, title: string): Picture {
  const { svg, layout } = matrixPictureSvg(model, orientation, title);
  return { svg: inlinePictureStyles(svg, 'xmatrix-view'), width: layout.width, height: layout.height };
}
