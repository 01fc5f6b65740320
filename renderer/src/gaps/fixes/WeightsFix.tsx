import { t } from '../../i18n/intl.ts';
import { useState } from 'react';
import { roundTo } from '../../../../contract/kpi-values.ts';
import type { PlanDocument } from '../../../../contract/plan-format.ts';
import { useFix } from '../useFix.ts';
import { FixField, FixFrame } from './FixFrame.tsx';

const toWeight = (s: string): number | null | undefined => {
  const t = s.trim().replace(/\s*%$/, '');
  if (t === '') return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 && n <= 100 ? n : undefined;
};

/**
 * "Change the weights so they add up to 100 %": every item of the finding's level (the objectives of its
 * horizon, or its department's goals) with its weight, and the running sum; applied as one undo step.
 */
export function WeightsFix({
  plan,
  itemKind,
  itemId,
  onDone,
}: {
  plan: PlanDocument;
  itemKind: 'objective' | 'goal';
  itemId: string;
  onDone: () => void;
}) {
  const items =
    itemKind === 'objective'
      ? plan.objectives.filter((o) => o.horizon === plan.objectives.find((x) => x.id === itemId)?.horizon)
      : plan.goals.filter((g) => g.departmentId === plan.goals.find((x) => x.id === itemId)?.departmentId);
  const [texts, setTexts] = useState(() =>
    Object.fromEntries(items.map((x) => [x.id, x.weight === null || x.weight === undefined ? '' : String(x.weight)])),
  );
  const { busy, error, submit } = useFix(onDone);
  const values = items.map((x) => ({ id: x.id, weight: toWeight(texts[x.id] ?? '') }));
  const valid = values.every((v) => v.weight !== undefined);
  const sum = roundTo(
    values.reduce((n, v) => n + (v.weight ?? 0), 0),
    6,
  );
  return (
    <FixFrame
      label={t('model.weights.fix')}
      busy={busy}
      error={error}
      canApply={valid}
      applyLabel={t('model.weights.apply')}
      onApply={() =>
        void submit((api) =>
          api.setWeights({ weights: values.map((v) => ({ kind: itemKind, id: v.id, weight: v.weight ?? null })) }),
        )
      }
      onCancel={onDone}
    >
      {items.map((x, i) => (
        <FixField key={x.id} label={t('model.weights.field', { code: x.code, title: x.title })}>
          <input
            className="input"
            inputMode="decimal"
            value={texts[x.id] ?? ''}
            autoFocus={i === 0}
            data-weight-of={x.id}
            aria-invalid={values[i]!.weight === undefined}
            onChange={(e) => setTexts((current) => ({ ...current, [x.id]: e.target.value }))}
          />
        </FixField>
      ))}
      <p className="fix__note" data-weights-sum aria-live="polite">
        {valid
          ? t(sum === 100 ? 'model.weights.sum' : sum < 100 ? 'model.weights.sumAdd' : 'model.weights.sumTake', {
              sum,
              diff: roundTo(Math.abs(100 - sum), 6),
            })
          : t('model.weights.invalid')}
      </p>
    </FixFrame>
  );
}
