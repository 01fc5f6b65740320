import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { linkLock } from '../domain/draft-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import { FindField } from '../components/FindField.tsx';
import { findTerms, matchesFind } from '../domain/find-text.ts';
import { usePresenting } from '../state/presentation-context.ts';
import { measureText } from '../picture/measure.ts';
import { useStageSize } from '../tree/useStageSize.ts';
import { buildXMatrix, nextStrength, type MatrixCell } from '../xmatrix/matrix-model.ts';
import {
  cellGrid,
  firstCellOf,
  matrixInput,
  XMatrixDrawing,
  type DrawingInteraction,
} from '../xmatrix/matrix-drawing.tsx';
import {
  fitScale,
  layoutXMatrix,
  presentationScale,
  stepCell,
  PRESENTATION_METRICS,
  SCREEN_METRICS,
  type PlacedLane,
} from '../xmatrix/matrix-geometry.ts';
import { readOrientation, writeOrientation, type Orientation } from '../xmatrix/orientation.ts';
import { pictureFileName } from '../picture/file-name.ts';
import { ExportPictureDialog } from '../picture/ExportPictureDialog.tsx';
import { usePictureShortcut } from '../picture/usePictureShortcut.ts';
import '../styles/xmatrix.css';
import { t } from '../i18n/intl.ts';

/** The cell a change was made from, to give the focus back to if the view is drawn anew meanwhile. */
let refocus: { rowId: string; colId: string; at: number } | null = null;
const REFOCUS_MS = 5000;

/**
 * The X-matrix on one page: breakthrough objectives south (or north), annual objectives west, department goals
 * north, KPIs east and owners far east, with correlation corners between them. The two corners that are links
 * (goal × objective, annual × breakthrough) cycle their strength on click; KPI and owner corners are derived.
 */
export function XMatrixView({ plan, gaps }: { plan: PlanDocument; gaps: GapReport | null }) {
  const { run, reportError, notify, select } = useAppActions();
  const presenting = usePresenting();
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
    // The view may be drawn anew while the plan's gaps are analysed again: the cell keeps the focus it had.
    const el = document.activeElement;
    if (el?.getAttribute('data-row-id') === cell.rowId && el.getAttribute('data-col-id') === cell.colId) {
      refocus = { rowId: cell.rowId, colId: cell.colId, at: Date.now() };
    }
    const strength = nextStrength(cell.strength);
    const change = strength === 'none' ? run('removeLink', cell.link) : run('setLink', { ...cell.link, strength });
    change.catch(reportError);
  };
  const changeOrientation = (value: Orientation) => {
    setOrientation(value);
    writeOrientation(value);
  };

  // The drawing: laid out from the lists (matrix-geometry.ts), larger in presentation mode.
  const geometry = useMemo(
    () =>
      layoutXMatrix(matrixInput(model, orientation), presenting ? PRESENTATION_METRICS : SCREEN_METRICS, measureText),
    [model, orientation, presenting],
  );
  const grid = useMemo(() => cellGrid(model, geometry), [model, geometry]);
  const scrollRef = useRef<HTMLDivElement>(null);
  const stage = useStageSize(scrollRef);
  // Presentation mode: the whole matrix on the screen, larger than in the view (presentationScale).
  // Fit: the whole matrix in the window, smaller (an overview of a large plan); hover and the inspector read it.
  const [fitted, setFitted] = useState(false);
  const room = { width: stage.width - 4, height: stage.height - 4 };
  const scale = presenting
    ? presentationScale(geometry, room)
    : fitted && room.width > 0
      ? fitScale(geometry, room, 1)
      : 1;
  const [active, setActive] = useState<{ row: number; column: number } | null>(null);
  const focusAfter = useRef(false);
  const svgRef = useRef<SVGSVGElement>(null);
  // The cell Tab reaches: the one last moved to, else the first there is.
  const firstCell = useMemo(() => firstCellOf(grid), [grid]);
  const current = active && grid[active.row]?.[active.column] ? active : firstCell;
  useEffect(() => {
    if (!focusAfter.current || !current) return;
    focusAfter.current = false;
    const cell = grid[current.row]?.[current.column];
    if (!cell) return;
    const el = svgRef.current?.querySelector<SVGGElement>(
      `[data-row-id="${CSS.escape(cell.rowId)}"][data-col-id="${CSS.escape(cell.colId)}"]`,
    );
    el?.focus();
  }, [current, grid]);

  useEffect(() => {
    if (!refocus || Date.now() - refocus.at > REFOCUS_MS) return;
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!lost) return;
    const { rowId, colId } = refocus;
    const el = svgRef.current?.querySelector<SVGGElement>(
      `[data-row-id="${CSS.escape(rowId)}"][data-col-id="${CSS.escape(colId)}"]`,
    );
    if (!el) return;
    refocus = null;
    el.focus();
  }, [grid]);

  // Ctrl/Cmd+F: rows and columns whose code or text holds every word; Enter goes to the next one.
  const [query, setQuery] = useState('');
  const [found, setFound] = useState(-1);
  const matchList = useMemo(() => {
    const terms = findTerms(query);
    if (terms.length === 0) return [];
    return [...geometry.rows, ...geometry.columns].filter((l) => matchesFind(terms, l.code, l.text)).map((l) => l.id);
  }, [query, geometry]);
  const matches = useMemo(() => new Set(matchList), [matchList]);
  const currentMatch = found >= 0 && found < matchList.length ? matchList[found]! : null;
  useEffect(() => {
    if (!currentMatch) return;
    const el = svgRef.current?.querySelector('[data-find-match="current"]');
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [currentMatch]);

  const laneKind = useMemo(() => {
    const kinds = new Map<string, 'objective' | 'goal'>();
    for (const o of plan.objectives) kinds.set(o.id, 'objective');
    for (const g of plan.goals) kinds.set(g.id, 'goal');
    return kinds;
  }, [plan.objectives, plan.goals]);
  const onLaneClick = (lane: PlacedLane) => {
    // A KPI column selects the objective or goal it measures; an owner column has no item of its own.
    const id = lane.kind === 'kpi' ? lane.id.slice('kpi:'.length) : lane.id;
    const kind = laneKind.get(id);
    if (kind) select({ kind, id });
  };
  const onCellKey = (event: KeyboardEvent, cell: MatrixCell, at: { row: number; column: number }) => {
    const direction = (
      {
        ArrowUp: 'up',
        ArrowDown: 'down',
        ArrowLeft: 'left',
        ArrowRight: 'right',
        Home: 'home',
        End: 'end',
      } as const
    )[event.key as 'ArrowUp'];
    if (direction) {
      event.preventDefault();
      const next = stepCell(geometry, at, direction, (r, c) => grid[r]?.[c] !== undefined);
      focusAfter.current = true;
      setActive({ ...next });
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      if (cell.link && lockOf(cell) === null) cycle(cell);
    }
  };
  const interaction: DrawingInteraction = {
    active: current,
    onCellClick: (cell, at) => {
      setActive(at);
      if (cell.link && lockOf(cell) === null) cycle(cell);
    },
    onCellKey,
    onCellFocus: (at) => {
      if (active?.row !== at.row || active.column !== at.column) setActive(at);
    },
    lockOf,
    onLaneClick,
    matches,
    current: currentMatch,
  };

  if (model.objectiveColumns.length === 0 && model.goals.length === 0) {
    return (
      <section className="xmatrix-view">
        <h1 className="view__heading">{t('xmatrix.heading')}</h1>
        <p className="empty-state">{t('xmatrix.empty')}</p>
      </section>
    );
  }

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
        <FindField
          label={t('xmatrix.find')}
          value={query}
          onChange={(value) => {
            setQuery(value);
            setFound(-1);
          }}
          onEnter={() => setFound((i) => (matchList.length === 0 ? -1 : (i + 1) % matchList.length))}
          count={
            matchList.length === 0
              ? t('find.none')
              : currentMatch
                ? t('xmatrix.find.at', { current: found + 1, count: matchList.length })
                : t('xmatrix.find.count', { count: matchList.length })
          }
          fallback={() => scrollRef.current}
        />
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
        {presenting ? null : (
          <button
            type="button"
            className="button button--small xm-fit"
            aria-pressed={fitted}
            title={t('xmatrix.fitTitle')}
            onClick={() => setFitted((f) => !f)}
          >
            {t('xmatrix.fit')}
          </button>
        )}
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
        {t('xmatrix.hint')} {t('xmatrix.hintKeys')}
        {draftHint}
      </p>
      <div className="xm-scroll" tabIndex={0} role="group" aria-label={t('xmatrix.grid')} ref={scrollRef}>
        <svg
          ref={svgRef}
          className="xm-grid xm-picture xm-drawing"
          data-orientation={orientation}
          width={geometry.width * scale}
          height={geometry.height * scale}
          viewBox={`0 0 ${geometry.width} ${geometry.height}`}
          preserveAspectRatio="xMidYMin meet"
          style={{ ['--xm-font' as string]: `${geometry.metrics.font}px` }}
        >
          <XMatrixDrawing model={model} geometry={geometry} orientation={orientation} interaction={interaction} />
        </svg>
        {geometry.inFull.length > 0 ? (
          // Titles and headings the drawing had to shorten, in full under it (also in their tooltips).
          <div className="xm-infull" data-xm-in-full="">
            <p className="xm-infull__heading">{t('xmatrix.picture.inFull')}</p>
            <ul>
              {geometry.inFull.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
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
