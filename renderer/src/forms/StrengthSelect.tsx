import type { Strength } from '../../../contract/plan-format.ts';
import { STRENGTH_LABEL, STRENGTH_SYMBOL, STRENGTHS } from '../domain/constants.ts';

interface StrengthSelectProps {
  id: string;
  value: Strength;
  disabled: boolean;
  onChange: (strength: Strength) => void;
}

export function StrengthSelect({ id, value, disabled, onChange }: StrengthSelectProps) {
  return (
    <select
      id={id}
      className="select"
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
