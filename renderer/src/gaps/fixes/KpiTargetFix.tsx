import { useState } from 'react';
import type { Direction, Objective } from '../../../../contract/plan-format.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';

const toNumber = (s: string): number | null => (s.trim() === '' || !Number.isFinite(Number(s)) ? null : Number(s));

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
      label="Set a KPI target"
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
          <FixField label="KPI" wide>
            <input className="input" value={name} autoFocus onChange={(e) => setName(e.target.value)} />
          </FixField>
          <FixField label="Unit">
            <input className="input" value={unit} onChange={(e) => setUnit(e.target.value)} />
          </FixField>
          <FixField label="Direction">
            <select className="select" value={direction} onChange={(e) => setDirection(e.target.value as Direction)}>
              <option value="increase">Increase</option>
              <option value="decrease">Decrease</option>
            </select>
          </FixField>
          <FixField label="Baseline">
            <input
              className="input"
              inputMode="decimal"
              value={baseline}
              onChange={(e) => setBaseline(e.target.value)}
            />
          </FixField>
        </>
      )}
      <FixField label={kpi ? `Target for ${kpi.name}${kpi.unit ? ` (${kpi.unit})` : ''}` : 'Target'}>
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
