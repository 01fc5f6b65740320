import { useEffect, useRef, useState } from 'react';
import type { Direction, Kpi, TargetKind } from '../../../../contract/plan-format.ts';
import { ApiError } from '../../api/index.ts';
import { formatKpi, formatKpiTarget } from '../../domain/format.ts';
import { SelectField, TextField, orNull } from '../../forms/fields.tsx';
import { useFieldLock, withLock } from '../../forms/field-lock.ts';
import { useAppActions } from '../../state/app-context.ts';
import { t } from '../../i18n/intl.ts';

interface KpiFieldsProps {
  kpi: Kpi | null;
  onSave: (kpi: Kpi | null) => Promise<unknown>;
}

const directions = (): readonly { value: Direction; label: string }[] => [
  { value: 'increase', label: t('inspector.kpi.increase') },
  { value: 'decrease', label: t('inspector.kpi.decrease') },
];

/** Read when shown, so the labels follow the app's language. */
const targetKinds = (): readonly { value: TargetKind; label: string }[] => [
  { value: 'absolute', label: t('model.target.kind.absolute') },
  { value: 'relative', label: t('model.target.kind.relative') },
];

const NEW_KPI: Kpi = { name: '', unit: null, baseline: null, target: null, direction: 'increase' };

function parseNumber(text: string, path: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  if (!Number.isFinite(n))
    throw new ApiError('invalid_input', t('inspector.kpi.notNumber'), [
      { path, message: t('inspector.kpi.notNumber') },
    ]);
  return n;
}

/**
 * The KPI of an objective or goal: name, unit, baseline, target and direction, with the plain-language reading
 * planners say out loud ("decrease churn from 14% to 9%"). Each field saves the whole KPI.
 */
export function KpiFields({ kpi, onSave }: KpiFieldsProps) {
  const { reportError } = useAppActions();
  const lock = useFieldLock();
  const [adding, setAdding] = useState(false);
  const box = useRef<HTMLElement | null>(null);
  const setBox = (el: HTMLElement | null) => {
    box.current = el;
  };
  /** What takes the focus once the KPI block is redrawn: its first field (added) or the Add button (removed). */
  const focusAfterRender = useRef<'input' | 'button' | null>(null);
  useEffect(() => {
    const want = focusAfterRender.current;
    const target = want ? box.current?.querySelector<HTMLElement>(want) : null;
    if (!target) return;
    focusAfterRender.current = null;
    target.focus();
  });
  if (!kpi && !adding) {
    return (
      <div className="kpi-fields kpi-fields--none" ref={setBox}>
        <p className="muted">{t('inspector.kpi.none')}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => {
            setAdding(true);
            // The button goes: the focus moves to the KPI name field that replaces it.
            focusAfterRender.current = 'input';
          }}
          disabled={lock !== null}
          aria-describedby={withLock(undefined, lock)}
        >
          {t('inspector.kpi.add')}
        </button>
      </div>
    );
  }
  const current = kpi ?? NEW_KPI;
  const save = (patch: Partial<Kpi>) => onSave({ ...current, ...patch });
  const reading = kpi ? formatKpi(kpi) : '';
  return (
    <fieldset className="kpi-fields" ref={setBox}>
      <legend className="kpi-fields__legend">{t('inspector.kpi.legend')}</legend>
      {reading ? (
        <p className="kpi-fields__reading" data-kpi-reading>
          {reading}
        </p>
      ) : (
        <p className="muted kpi-fields__reading">{t('inspector.kpi.nameFirst')}</p>
      )}
      <div className="kpi-fields__grid">
        <TextField
          label={t('inspector.kpi.name')}
          value={current.name}
          path="kpi.name"
          className="kpi-fields__name"
          onSave={(name) => save({ name })}
        />
        <TextField
          label={t('inspector.kpi.unit')}
          value={current.unit ?? ''}
          path="kpi.unit"
          onSave={(u) => save({ unit: orNull(u) })}
        />
        <SelectField
          label={t('inspector.kpi.direction')}
          value={current.direction}
          path="kpi.direction"
          options={directions()}
          onSave={(direction) => save({ direction })}
        />
        <TextField
          label={t('inspector.kpi.baseline')}
          type="number"
          value={current.baseline === null ? '' : String(current.baseline)}
          path="kpi.baseline"
          onSave={async (v) => save({ baseline: parseNumber(v, 'kpi.baseline') })}
        />
        <TextField
          label={current.targetKind === 'relative' ? t('inspector.kpi.targetRelative') : t('inspector.kpi.target')}
          type="number"
          value={current.target === null ? '' : String(current.target)}
          path="kpi.target"
          hint={current.targetKind === 'relative' ? formatKpiTarget(current) || t('model.target.example') : undefined}
          onSave={async (v) => save({ target: parseNumber(v, 'kpi.target') })}
        />
        <SelectField
          label={t('model.target.is')}
          value={current.targetKind ?? 'absolute'}
          path="kpi.targetKind"
          options={targetKinds()}
          onSave={(targetKind) => save({ targetKind: targetKind === 'relative' ? 'relative' : null })}
        />
      </div>
      {kpi ? (
        <button
          type="button"
          className="button button--small button--quiet"
          disabled={lock !== null}
          aria-describedby={withLock(undefined, lock)}
          onClick={() => {
            setAdding(false);
            focusAfterRender.current = 'button';
            onSave(null).catch(reportError);
          }}
        >
          {t('inspector.kpi.remove')}
        </button>
      ) : null}
    </fieldset>
  );
}
