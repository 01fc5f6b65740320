import type { HistoryState } from '../../../contract/api.ts';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanHeader } from '../../../contract/plan-format.ts';
import { formatPeriod } from '../domain/format.ts';
import { structuralGapCount } from '../domain/gap-summary.ts';
import { routeHref } from '../state/routes.ts';
import { CommandIcon, DownloadIcon, PresentIcon, RedoIcon, UndoIcon } from './icons.tsx';

interface AppHeaderProps {
  header: PlanHeader | null;
  gaps: GapReport | null;
  fileName: string | null;
  history: HistoryState | null;
  presenting: boolean;
  /** Web mode: the served file can be downloaded as a consistent copy. */
  downloadUrl: string | null;
  onUndo: () => void;
  onRedo: () => void;
  onPalette: () => void;
  onPresentation: () => void;
}

export function AppHeader(props: AppHeaderProps) {
  const { header, gaps, fileName, history } = props;
  const period = header ? formatPeriod(header) : '';
  const gapCount = structuralGapCount(gaps);
  const undoTitle = history?.undoLabel ? `Undo ${history.undoLabel} (Ctrl+Z)` : 'Nothing to undo';
  const redoTitle = history?.redoLabel ? `Redo ${history.redoLabel} (Ctrl+Shift+Z)` : 'Nothing to redo';
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">{header ? header.title : 'Hoshin Planner'}</h1>
        {header ? (
          <p className="app-header__meta">
            {header.organisation ? <span className="app-header__org">{header.organisation}</span> : null}
            {period ? <span className="app-header__period">{period}</span> : null}
            {fileName ? (
              <span className="app-header__file" title="Every change is saved to this file as you make it">
                {fileName} · saved
              </span>
            ) : null}
          </p>
        ) : null}
      </div>
      <div className="app-header__tools">
        <div className="toolbar" role="toolbar" aria-label="Plan">
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label="Undo"
            title={undoTitle}
            aria-disabled={history?.canUndo ? undefined : true}
            onClick={() => history?.canUndo && props.onUndo()}
          >
            <UndoIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label="Redo"
            title={redoTitle}
            aria-disabled={history?.canRedo ? undefined : true}
            onClick={() => history?.canRedo && props.onRedo()}
          >
            <RedoIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label="Command palette"
            title="Command palette (Ctrl+K)"
            onClick={props.onPalette}
          >
            <CommandIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label="Presentation mode"
            aria-pressed={props.presenting}
            title="Presentation mode (F5)"
            onClick={props.onPresentation}
          >
            <PresentIcon />
          </button>
          {props.downloadUrl ? (
            <a
              className="icon-button icon-button--tool"
              href={props.downloadUrl}
              download={fileName ?? 'plan.hoshin'}
              aria-label="Download a copy of the plan file"
              title="Download a copy of the plan file"
            >
              <DownloadIcon />
            </a>
          ) : null}
        </div>
        {gaps ? (
          <a className={gapCount > 0 ? 'gap-pill gap-pill--alert' : 'gap-pill gap-pill--ok'} href={routeHref('gaps')}>
            {gapCount > 0 ? `${gapCount} structural ${gapCount === 1 ? 'gap' : 'gaps'}` : 'No structural gaps'}
          </a>
        ) : null}
      </div>
    </header>
  );
}
