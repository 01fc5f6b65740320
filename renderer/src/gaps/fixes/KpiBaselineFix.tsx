import { useState } from 'react';
import type { Kpi } from '../../../../contract/plan-format.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { t } from '../../i18n/intl.ts';

const toNumber = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

/** "Set the KPI's baseline": the value an objective's or goal's KPI starts from; the rest of the KPI is kept. */
export function KpiBaselineFix({
  itemKind,
  itemId,
  kpi,
  onDone,
}: {
  itemKind: 'objective' | 'goal';
  itemId: string;
  kpi: Kpi;
  onDone: () => void;
}) {
  const [baseline, setBaseline] = useState('');
  const { busy, error, submit } = useFix(onDone);
  const value = toNumber(baseline);
  return (
    <FixFrame
      label={t('fix.baseline')}
      busy={busy}
      error={error}
      canApply={value !== null}
      onApply={() =>
        void submit((api) => {
          const next = { ...kpi, baseline: value };
          return itemKind === 'objective'
            ? api.updateObjective({ id: itemId, kpi: next })
            : api.updateGoal({ id: itemId, kpi: next });
        })
      }
      onCancel={onDone}
    >
      <FixField
        label={
          kpi.unit
            ? t('fix.baselineForUnit', { kpi: kpi.name, unit: kpi.unit })
            : t('fix.baselineFor', { kpi: kpi.name })
        }
      >
        <input
          className="input"
          inputMode="decimal"
          value={baseline}
          autoFocus
          aria-invalid={baseline !== '' && value === null}
          onChange={(e) => setBaseline(e.target.value)}
        />
      </FixField>
    </FixFrame>
  );
}
