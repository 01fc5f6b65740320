import { useState } from 'react';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { pictureFileName } from '../picture/file-name.ts';
import { ExportPictureDialog } from '../picture/ExportPictureDialog.tsx';
import { readOrientation } from '../xmatrix/orientation.ts';
import { t } from '../i18n/intl.ts';

type Subject = 'tree' | 'xmatrix';

/**
 * The report's Export picture… for slides: the whole alignment tree (no filter, left to right) or the X-matrix
 * (as the X-matrix view last showed it), through the same dialog and builders as the tree and X-matrix views.
 */
export function ReportPictures({
  plan,
  gaps,
  onSaved,
}: {
  plan: PlanDocument;
  gaps: GapReport;
  onSaved: (m: string) => void;
}) {
  const [open, setOpen] = useState<Subject | null>(null);
  const orientation = readOrientation();
  return (
    <>
      <button type="button" className="button" data-report-picture="tree" onClick={() => setOpen('tree')}>
        {t('report.picture.tree')}
      </button>
      <button type="button" className="button" data-report-picture="xmatrix" onClick={() => setOpen('xmatrix')}>
        {t('report.picture.xmatrix')}
      </button>
      <ExportPictureDialog
        open={open === 'tree'}
        what="the tree"
        note={t('report.picture.treeNote')}
        build={async () => {
          const [{ buildTreeModel }, { cardContext }, { treePicture }] = await Promise.all([
            import('../tree/tree-model.ts'),
            import('../tree/card-context.ts'),
            import('../tree/tree-export.ts'),
          ]);
          const model = buildTreeModel(plan, gaps);
          return treePicture(
            model,
            cardContext(plan, model.counts),
            'horizontal',
            `${plan.plan.title}: alignment tree`,
          );
        }}
        fileName={(format) => pictureFileName(plan.plan.title, 'tree', format)}
        onClose={() => setOpen(null)}
        onSaved={onSaved}
      />
      <ExportPictureDialog
        open={open === 'xmatrix'}
        what="the X-matrix"
        note={t('xmatrix.pictureNote', { orientation })}
        build={async () => {
          const [{ buildXMatrix }, { matrixPicture }] = await Promise.all([
            import('../xmatrix/matrix-model.ts'),
            import('../xmatrix/matrix-export.ts'),
          ]);
          return matrixPicture(
            buildXMatrix(plan, gaps),
            orientation,
            t('xmatrix.pictureTitle', { plan: plan.plan.title }),
          );
        }}
        fileName={(format) => pictureFileName(plan.plan.title, 'x-matrix', format)}
        onClose={() => setOpen(null)}
        onSaved={onSaved}
      />
    </>
  );
}
