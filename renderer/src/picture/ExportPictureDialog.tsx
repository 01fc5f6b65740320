import { useId, useState } from 'react';
import { useModalDialog } from '../components/use-modal-dialog.ts';
import { usePlatform } from '../platform/platform.ts';
import { pngScale, svgToPng } from './png.ts';
import { appIntl, t } from '../i18n/intl.ts';

/** A picture ready to save: a self-contained SVG document and its size in CSS pixels. */
export interface Picture {
  svg: string;
  width: number;
  height: number;
}

export type PictureFormat = 'svg' | 'png';
const SCALES = [1, 2, 3] as const;

interface ExportPictureDialogProps {
  open: boolean;
  /** What is saved, in the dialog's words: "the tree", "the X-matrix". */
  what: string;
  /** A note under the title: what the picture holds (the filters it follows). */
  note: string;
  /** Builds the picture when the user saves (not before: a big tree takes a moment). */
  build: () => Promise<Picture>;
  fileName: (format: PictureFormat) => string;
  onClose: () => void;
  /** Tells the app what was saved (its notice bar). */
  onSaved: (message: string) => void;
}

/**
 * Export picture…: the tree or the X-matrix as SVG (vector, for slides and print) or PNG at 1×, 2× or 3×. A modal
 * dialog (focus trapped, Esc closes it); a failure is said in the dialog and nothing is saved.
 */
export function ExportPictureDialog(props: ExportPictureDialogProps) {
  const { open, what, note, build, fileName, onClose, onSaved } = props;
  // The two pictures there are, named in the catalogue's words.
  const subject = what === 'the tree' ? 'tree' : 'xmatrix';
  const { ref } = useModalDialog(open);
  const { files } = usePlatform();
  const titleId = useId();
  const [format, setFormat] = useState<PictureFormat>('png');
  const [scale, setScale] = useState<number>(2);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setError(null);
    onClose();
  };

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      const picture = await build();
      const name = fileName(format);
      if (format === 'svg') {
        const saved = await files.savePicture(new Blob([picture.svg], { type: 'image/svg+xml' }), name);
        if (saved) onSaved(t('picture.saved', { what: subject, file: saved }));
      } else {
        const fitted = pngScale(picture.width, picture.height, scale);
        const blob = await svgToPng(picture.svg, picture.width, picture.height, fitted);
        const saved = await files.savePicture(blob, name);
        const shown = appIntl().formatNumber(fitted, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        if (saved)
          onSaved(
            fitted < scale
              ? t('picture.savedReduced', { what: subject, file: saved, scale: shown })
              : t('picture.saved', { what: subject, file: saved }),
          );
      }
      close();
    } catch (e) {
      setError(e instanceof Error && e.message ? e.message : t('picture.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--picture"
      aria-labelledby={titleId}
      data-export-picture
      onCancel={(e) => {
        e.preventDefault();
        close();
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('picture.title', { what: subject })}
      </h2>
      <div className="dialog__body">
        <p className="muted">{note}</p>
        <fieldset className="picture-options">
          <legend>{t('picture.format')}</legend>
          <label>
            <input
              type="radio"
              name={`${titleId}-format`}
              value="png"
              checked={format === 'png'}
              onChange={() => setFormat('png')}
            />
            {t('picture.png')}
          </label>
          <label>
            <input
              type="radio"
              name={`${titleId}-format`}
              value="svg"
              checked={format === 'svg'}
              onChange={() => setFormat('svg')}
            />
            {t('picture.svg')}
          </label>
        </fieldset>
        <label className="picture-options__scale">
          {t('picture.scale')}
          <select
            className="select"
            value={scale}
            disabled={format !== 'png'}
            onChange={(e) => setScale(Number(e.target.value))}
          >
            {SCALES.map((s) => (
              <option key={s} value={s}>
                {t(`picture.scale.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {error ? (
          <p className="picture-options__error" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button" onClick={close}>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--primary" disabled={busy} onClick={() => void save()} autoFocus>
          {busy ? t('picture.saving') : t('picture.save')}
        </button>
      </div>
    </dialog>
  );
}
