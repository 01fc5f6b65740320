import { useMemo, useState, type CSSProperties, type ReactNode } from 'react';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { asSentence, linkLock } from '../domain/draft-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import {
  buildXMatrix,
  gapReason,
  kpiHeading,
  nextStrength,
  weightedTitle,
  STRENGTH_SYMBOL,
  type MatrixCell,
  type MatrixItem,
} from '../xmatrix/matrix-model.ts';
import { readOrientation, writeOrientation, type Orientation } from '../xmatrix/orientation.ts';
import { pictureFileName } from '../picture/download.ts';
import { ExportPictureDialog } from '../picture/ExportPictureDialog.tsx';
import { usePictureShortcut } from '../picture/usePictureShortcut.ts';
import '../styles/xmatrix.css';
import { t } from '../i18n/intl.ts';

interface CellProps {
  cell: MatrixCell | undefined;
  onCycle: (cell: MatrixCell) => void;
  /** Why the cell's link is read only (a department draft), or null. */
  lockOf: (cell: MatrixCell) => string | null;
}

function Cell({ cell, onCycle, lockOf }: CellProps) {
  if (!cell) return <span className="xm-cell xm-cell--blank" aria-hidden="true" />;
  const locked = cell.link ? lockOf(cell) : null;
  const common = {
    'data-row-id': cell.rowId,
    'data-col-id': cell.colId,
    'data-strength': cell.strength,
    'data-gap': cell.gap ? 'true' : undefined,
    title: cell.label,
  };
  const lockedTitle = locked ? `${asSentence(cell.label)} ${asSentence(locked)}` : cell.label;
  const symbol = <span aria-hidden="true">{STRENGTH_SYMBOL[cell.strength]}</span>;
  if (cell.link) {
    return (
      <button
        type="button"
        className="xm-cell xm-cell--edit"
        aria-label={cell.label}
        onClick={() => onCycle(cell)}
        {...common}
        disabled={locked !== null}
        title={lockedTitle}
      >
        {symbol}
      </button>
    );
  }
  return (
    <span className="xm-cell xm-cell--derived" role="img" aria-label={cell.label} {...common}>
      {symbol}
    </span>
  );
}

/** The unmet-need mark: a symbol, explained in words beside it for assistive technology. */
const UNMET_MARK = '!';

function ItemTitle({ item, kind }: { item: MatrixItem; kind: 'goal' | 'breakthrough' }) {
  const gap = item.gaps.length > 0;
  return (
    <div className="xm-title" data-item-id={item.id} data-gap={gap ? 'true' : undefined}>
      <span className="xm-title__code">{item.code}</span>
      <span className="xm-title__text">{weightedTitle(item)}</span>
      {gap ? (
        <span className="xm-gap-mark" title={gapReason(item.gaps)}>
          <span aria-hidden="true">{UNMET_MARK}</span>
          <span className="visually-hidden">{t('xmatrix.unmetItem', { kind, reason: gapReason(item.gaps) })}</span>
        </span>
      ) : null}
    </div>
  );
}

function ColumnHeader({
  id,
  code,
  text,
  gap,
  kind,
}: {
  id: string;
  code: string;
  text: string;
  gap: string;
  kind: string;
}) {
  const full = `${code} ${text}`;
  return (
    <div
      className={`xm-colhead xm-colhead--${kind}`}
      data-col-id={id}
      data-gap={gap ? 'true' : undefined}
      title={gap ? t('xmatrix.unmetTitle', { text: full, reason: gap }) : full}
    >
      <span className="xm-colhead__text">
        <strong>{code}</strong> {text}
      </span>
      {gap ? <span className="visually-hidden">{t('xmatrix.unmet', { reason: gap })}</span> : null}
    </div>
  );
}

/**
 * The X-matrix on one page: breakthrough objectives south (or north), annual objectives west, department goals
 * north, KPIs east and owners far east, with correlation corners between them. The two corners that are links
 * (goal × objective, annual × breakthrough) cycle their strength on click; KPI and owner corners are derived.
 */
export function XMatrixView({ plan, gaps }: { plan: PlanDocument; gaps: GapReport | null }) {
  const { run, reportError, notify } = useAppActions();
  const draft = useDraft();
  const [orientation, setOrientation] = useState<Orientation>(readOrientation);
  const [exporting, setExporting] = useState(false);
  usePictureShortcut(() => setExporting(true));
  const model = useMemo(() => buildXMatrix(plan, gaps), [plan, gaps]);
  const departmentOf = useMemo(() => {
    const names = new Map(plan.departments.map((d) => [d.id, d.name]));
    const of = new Map<string, { id: string; name?: string }>();
    for (const x of [...plan.goals, ...plan.tactics])
      of.set(x.id, { id: x.departmentId, name: names.get(x.departmentId) });
    return (id: string) => of.get(id);
  }, [plan.departments, plan.goals, plan.tactics]);
  const lockOf = (cell: MatrixCell) => (cell.link ? linkLock(draft, cell.link, departmentOf) : null);

  const cycle = (cell: MatrixCell) => {
    if (!cell.link) return;
    const strength = nextStrength(cell.strength);
    const change = strength === 'none' ? run('removeLink', cell.link) : run('setLink', { ...cell.link, strength });
    change.catch(reportError);
  };
  const changeOrientation = (value: Orientation) => {
    setOrientation(value);
    writeOrientation(value);
  };

  if (model.objectiveColumns.length === 0 && model.goals.length === 0) {
    return (
      <section className="xmatrix-view">
        <h1 className="view__heading">{t('xmatrix.heading')}</h1>
        <p className="empty-state">{t('xmatrix.empty')}</p>
      </section>
    );
  }

  // Built here rather than in CSS: repeat(0, …) would void the whole template when a quadrant is empty.
  const track = (n: number) => (n > 0 ? `repeat(${n}, var(--xm-cell))` : '');
  const style: CSSProperties = {
    gridTemplateColumns: [
      track(model.objectiveColumns.length),
      'var(--xm-title)',
      track(model.kpis.length),
      track(model.owners.length),
    ].join(' '),
  };

  const goalRows = model.goals.map((g) => (
    <div className="xm-row xm-row--goal" key={g.id} data-gap={g.gaps.length > 0 ? 'true' : undefined}>
      {model.objectiveColumns.map((o) => (
        <Cell key={o.id} cell={model.goalObjective.get(g.id)?.get(o.id)} onCycle={cycle} lockOf={lockOf} />
      ))}
      <ItemTitle item={g} kind="goal" />
      {model.kpis.map((k) => (
        <Cell key={k.id} cell={model.itemKpi.get(g.id)?.get(k.id)} onCycle={cycle} lockOf={lockOf} />
      ))}
      {model.owners.map((o) => (
        <Cell key={o.id} cell={model.itemOwner.get(g.id)?.get(o.id)} onCycle={cycle} lockOf={lockOf} />
      ))}
    </div>
  ));

  const breakthroughRows = model.breakthroughs.map((b) => (
    <div className="xm-row xm-row--breakthrough" key={b.id} data-gap={b.gaps.length > 0 ? 'true' : undefined}>
      {model.annuals.map((a) => (
        <Cell key={a.id} cell={model.annualBreakthrough.get(a.id)?.get(b.id)} onCycle={cycle} lockOf={lockOf} />
      ))}
      {model.breakthroughs.map((other) => (
        <span
          key={other.id}
          className={`xm-cell xm-cell--blank${other.id === b.id ? ' xm-cell--self' : ''}`}
          aria-hidden="true"
        />
      ))}
      <ItemTitle item={b} kind="breakthrough" />
      {model.kpis.map((k) => (
        <Cell key={k.id} cell={model.itemKpi.get(b.id)?.get(k.id)} onCycle={cycle} lockOf={lockOf} />
      ))}
      {model.owners.map((o) => (
        <Cell key={o.id} cell={model.itemOwner.get(b.id)?.get(o.id)} onCycle={cycle} lockOf={lockOf} />
      ))}
    </div>
  ));

  const header = (
    <div className="xm-row xm-row--header" key="header">
      {model.objectiveColumns.map((o) => (
        <ColumnHeader
          key={o.id}
          id={o.id}
          code={o.code}
          text={weightedTitle(o)}
          gap={gapReason(o.gaps)}
          kind={model.annuals.includes(o) ? 'annual' : 'breakthrough'}
        />
      ))}
      <div className="xm-center">
        <span className="xm-center__label xm-center__label--north">{t('xmatrix.centre.north')}</span>
        <span className="xm-center__label xm-center__label--west">{t('xmatrix.centre.west')}</span>
        <span className="xm-center__label xm-center__label--east">{t('xmatrix.centre.east')}</span>
        <span className="xm-center__label xm-center__label--south">{t('xmatrix.centre.south')}</span>
      </div>
      {model.kpis.map((k) => (
        <ColumnHeader key={k.id} id={k.id} code={k.code} text={kpiHeading(k)} gap="" kind="kpi" />
      ))}
      {model.owners.map((o) => (
        <ColumnHeader key={o.id} id={o.id} code="" text={o.name} gap="" kind="owner" />
      ))}
    </div>
  );

  const sections: ReactNode[] =
    orientation === 'bottom' ? [...goalRows, header, ...breakthroughRows] : [...breakthroughRows, header, ...goalRows];
  const draftHint = draft ? ` ${t('xmatrix.hintDraft', { department: draft.departmentName })}` : null;
  const unmet = [...model.goals, ...model.objectiveColumns].filter((x) => x.gaps.length > 0).length;

  return (
    <section className="xmatrix-view" aria-labelledby="xmatrix-heading">
      <div className="xm-toolbar">
        <h1 className="view__heading" id="xmatrix-heading">
          {t('xmatrix.heading')}
        </h1>
        <p className="xm-legend" aria-label={t('xmatrix.legend')}>
          {/* A flex row with a gap: no spaces needed between the entries. */}
          <span>{t('xmatrix.legend.strong')}</span>
          <span>{t('xmatrix.legend.medium')}</span>
          <span>{t('xmatrix.legend.weak')}</span>
          <span className="xm-legend__gap">{t('xmatrix.legend.unmet', { count: unmet })}</span>
        </p>
        <label className="xm-orientation">
          {t('xmatrix.orientation')}
          <select
            className="select"
            value={orientation}
            onChange={(e) => changeOrientation(e.target.value === 'top' ? 'top' : 'bottom')}
          >
            <option value="bottom">{t('xmatrix.orientation.bottom')}</option>
            <option value="top">{t('xmatrix.orientation.top')}</option>
          </select>
        </label>
        <button
          type="button"
          className="button button--small xm-export"
          title={t('xmatrix.exportTitle')}
          onClick={() => setExporting(true)}
        >
          {t('xmatrix.export')}
        </button>
      </div>
      <p className="xm-hint muted">
        {t('xmatrix.hint')}
        {draftHint}
      </p>
      <div className="xm-scroll" tabIndex={0} role="group" aria-label={t('xmatrix.grid')}>
        <div className="xm-grid" data-orientation={orientation} style={style}>
          {sections}
        </div>
      </div>
      <ExportPictureDialog
        open={exporting}
        what="the X-matrix"
        note={t('xmatrix.pictureNote', { orientation })}
        build={async () => {
          const { matrixPicture } = await import('../xmatrix/matrix-export.ts');
          return matrixPicture(model, orientation, t('xmatrix.pictureTitle', { plan: plan.plan.title }));
        }}
        fileName={(format) => pictureFileName(plan.plan.title, 'x-matrix', format)}
        onClose={() => setExporting(false)}
        onSaved={(message) => notify({ message })}
      />
    </section>
  );
}
