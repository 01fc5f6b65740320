import { t } from '../i18n/intl.ts';
import { MARK } from './labels.ts';

const lockTitle = (lock: string): string => `${lock}.`;

/** The review's heading, its colour legend and the amber tolerance (a plan setting). */
export function ReviewToolbar({
  tolerance,
  lock,
  onTolerance,
}: {
  tolerance: number;
  /** Why the tolerance cannot be changed here (a department draft), or null. */
  lock: string | null;
  onTolerance: (input: HTMLInputElement) => void;
}) {
  return (
    <div className="rv-toolbar">
      <h1 className="view__heading" id="review-heading">
        {t('review.heading')}
      </h1>
      <p className="rv-legend">
        <span className="rv-chip" data-status="green">
          <span aria-hidden="true">{MARK.green}</span> {t('review.legend.green')}
        </span>
        <span className="rv-chip" data-status="amber">
          <span aria-hidden="true">{MARK.amber}</span> {t('review.legend.amber')}
        </span>
        <span className="rv-chip" data-status="red">
          <span aria-hidden="true">{MARK.red}</span> {t('review.legend.red')}
        </span>
      </p>
      <label className="rv-tolerance">
        {t('review.tolerance')}
        <input
          key={tolerance}
          className="input"
          type="number"
          min={0}
          max={100}
          step="any"
          defaultValue={tolerance}
          disabled={lock !== null}
          title={lock ? lockTitle(lock) : undefined}
          onBlur={(e) => onTolerance(e.currentTarget)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') onTolerance(e.currentTarget);
          }}
        />
      </label>
    </div>
  );
}
