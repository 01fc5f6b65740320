import type { Strength } from '../../../../contract/plan-format.ts';
import { STRENGTH_LABEL, STRENGTH_SYMBOL, STRENGTHS } from '../../domain/constants.ts';
import { t } from '../../i18n/intl.ts';

/** Strong / medium / weak as radio buttons with the X-matrix symbols. */
export function StrengthChoice({ value, onChange }: { value: Strength; onChange: (s: Strength) => void }) {
  return (
    <fieldset className="fix__strength">
      <legend className="fix__label">{t('fix.strength')}</legend>
      {STRENGTHS.map((s) => (
        <label key={s} className={s === value ? 'fix__chip is-active' : 'fix__chip'}>
          <input type="radio" name="strength" value={s} checked={s === value} onChange={() => onChange(s)} />
          <span aria-hidden="true">{STRENGTH_SYMBOL[s]}</span> {STRENGTH_LABEL[s]}
        </label>
      ))}
    </fieldset>
  );
}
