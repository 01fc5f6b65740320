import type { Strength } from '../../../contract/plan-format.ts';
import { STRENGTH_LABEL, STRENGTH_SYMBOL, STRENGTHS } from '../domain/constants.ts';

interface StrengthSelectProps {
  id?: string;
  /** Accessible name, e.g. "Strength of link to O1". */
  label: string;
  value: Strength;
  disabled?: boolean;
  onChange: (strength: Strength) => void;
}

/** Strong / medium / weak, shown with the X-matrix symbols ● ○ △. */
export function StrengthSelect({ id, label, value, disabled, onChange }: StrengthSelectProps) {
  return (
    <select
      id={id}
      className="select select--strength"
      aria-label={label}
      title={label}
      value={value}
      disabled={disabled}
      onChange={(e) => onChange(e.target.value as Strength)}
    >
      {STRENGTHS.map((s) => (
        <option key={s} value={s}>
          {STRENGTH_SYMBOL[s]} {STRENGTH_LABEL[s]}
        </option>
      ))}
    </select>
  );
}
