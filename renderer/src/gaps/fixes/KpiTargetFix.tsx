import { useState } from 'react';
import type { Direction, Objective } from '../../../../contract/plan-format.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';
import { t } from '../../i18n/intl.ts';

const toNumber = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

const targetLabel = (kpi: Objective['kpi']): string =>
  !kpi
    ? t('fix.targetField')
    : kpi.unit
      ? t('fix.targetForUnit', { kpi: kpi.name, unit: kpi.unit })
      : t('fix.targetFor', { kpi: kpi.name });

/** "Set a KPI target": the target of the objective's KPI, or a whole KPI when it has none. */
export function KpiTargetFix({ objective, onDone }: { objective: Objective; onDone: () => void }) {
  const kpi = objective.kpi;
  const [name, setName] = useState(kpi?.name ?? '');
  const [unit, setUnit] = useState(kpi?.unit ?? '');
  const [baseline, setBaseline] = useState(kpi?.baseline?.toString() ?? '');
  const [target, setTarget] = useState('');
  const [direction, setDirection] = useState<Direction>(kpi?.direction ?? 'increase');
  const { busy, error, submit } = useFix(onDone);
  const ready = name.trim() !== '' && toNumber(target) !== null;
  return (
    <FixFrame
      label={t('fix.target')}
      busy={busy}
      error={error}
      canApply={ready}
      onApply={() =>
        void submit((api) =>
          api.updateObjective({
            id: objective.id,
            kpi: {
              name: name.trim(),
              unit: unit.trim() || null,
              baseline: toNumber(baseline),
              target: toNumber(target),
              direction,
            },
          }),
        )
      }
      onCancel={onDone}
    >
      {kpi ? null : (
        <>
          <FixField label={t('fix.kpi')} wide>
            <input className="input" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </FixField>
          <FixField label={t('fix.unit')}>
            <input className="input" value={unit} onChange={(e) => setUnit(e.target.value)} />
          </FixField>
          <FixField label={t('fix.direction')}>
            <select className="select" value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
              <option value="increase">{t('fix.increase')}</option>
              <option value="decrease">{t('fix.decrease')}</option>
            </select>
          </FixField>
          <FixField label={t('fix.baselineField')}>
            <input
              className="input"
              inputMode="decimal"
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
            />
          </FixField>
        </>
      )}
      <FixField label={targetLabel(kpi)}>
        <input
          className="input"
          inputMode="decimal"
          value={target}
          autoFocus={Boolean(kpi)}
          aria-invalid={target !== '' && toNumber(target) === null}
          onChange={(e) => setTarget(e.target.value)}
        />
      </FixField>
    </FixFrame>
  );
}
