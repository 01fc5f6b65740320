import type { Strength, TacticStatus } from '../../../contract/plan-format.ts';
import { STATUS_LABEL, STRENGTH_SYMBOL } from '../domain/constants.ts';
import { t } from '../i18n/intl.ts';

/** A word space between inline parts. */
const SPACE = ' ';

/** ● ○ △ as text, so the PDF's text layer carries them too. */
export function Mark({ strength }: { strength: Strength | null | undefined }) {
  if (!strength) return null;
  return (
    <span className={`rpt-mark rpt-mark--${strength}`} title={t('rpt.support', { strength })}>
      {STRENGTH_SYMBOL[strength]}
    </span>
  );
}

export function Status({ status }: { status: TacticStatus }) {
  return <span className={`rpt-status rpt-status--${status}`}>{STATUS_LABEL[status]}</span>;
}

const GAP_LABEL = {
  orphan: 'rpt.gap.orphan',
  uncovered: 'rpt.gap.uncovered',
  unexecuted: 'rpt.gap.unexecuted',
} as const;

export function GapTag({ gap }: { gap: keyof typeof GAP_LABEL | undefined }) {
  if (!gap) return null;
  return <span className={`rpt-gap rpt-gap--${gap}`}>{t(GAP_LABEL[gap])}</span>;
}

export function Owner({ name }: { name: string | null }) {
  return name ? <>{name}</> : <span className="rpt-missing">{t('rpt.noOwner')}</span>;
}

/** Links of an item as `O3 ● · O4 ○`. */
export function Supports({ links }: { links: { code: string; strength: Strength }[] }) {
  if (links.length === 0) return <span className="rpt-missing">{t('rpt.none')}</span>;
  return (
    <>
      {links.map((l, i) => (
        <span key={l.code} className="rpt-link">
          {i > 0 ? SPACE : null}
          {l.code}&nbsp;
          <Mark strength={l.strength} />
        </span>
      ))}
    </>
  );
}

export function Legend() {
  return (
    <p className="rpt-legend">
      <Mark strength="strong" /> {t('xmatrix.picture.strong')} <Mark strength="medium" />
      {SPACE}
      {t('xmatrix.picture.medium')} <Mark strength="weak" /> {t('xmatrix.picture.weak')}
    </p>
  );
}
