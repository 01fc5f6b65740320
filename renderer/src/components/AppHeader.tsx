import type { HistoryState } from '../../../contract/api.ts';
import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanHeader } from '../../../contract/plan-format.ts';
import { formatPeriod } from '../domain/format.ts';
import { structuralGapCount } from '../domain/gap-summary.ts';
import { t } from '../i18n/intl.ts';
import { historyText } from '../i18n/service-text.ts';
import { routeHref } from '../state/routes.ts';
import { CommandIcon, DownloadIcon, PresentIcon, RedoIcon, UndoIcon, UploadIcon } from './icons.tsx';

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
  /** Web mode's File > Import from Excel/CSV… (null where the menu has it, or in a draft). */
  onImport?: (() => void) | null;
}

export function AppHeader(props: AppHeaderProps) {
  const { header, gaps, fileName, history } = props;
  const period = header ? formatPeriod(header) : '';
  const gapCount = structuralGapCount(gaps);
  const undoTitle = history?.undoLabel
    ? t('header.undoTitle', { change: historyText(history.undoMessage, history.undoLabel) })
    : t('header.nothingToUndo');
  const redoTitle = history?.redoLabel
    ? t('header.redoTitle', { change: historyText(history.redoMessage, history.redoLabel) })
    : t('header.nothingToRedo');
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">{header ? header.title : t('app.name')}</h1>
        {header ? (
          <p className="app-header__meta">
            {header.organisation ? <span className="app-header__org">{header.organisation}</span> : null}
            {period ? <span className="app-header__period">{period}</span> : null}
            {fileName ? (
              <span className="app-header__file" title={t('header.savedHint')}>
                {t('header.saved', { file: fileName })}
              </span>
            ) : null}
          </p>
        ) : null}
      </div>
      <div className="app-header__tools">
        <div className="toolbar" role="toolbar" aria-label={t('header.toolbar')}>
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label={t('header.undo')}
            title={undoTitle}
            aria-disabled={history?.canUndo ? undefined : true}
            onClick={() => history?.canUndo && props.onUndo()}
          >
            <UndoIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label={t('header.redo')}
            title={redoTitle}
            aria-disabled={history?.canRedo ? undefined : true}
            onClick={() => history?.canRedo && props.onRedo()}
          >
            <RedoIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label={t('header.palette')}
            title={t('header.paletteTitle')}
            onClick={props.onPalette}
          >
            <CommandIcon />
          </button>
          <button
            type="button"
            className="icon-button icon-button--tool"
            aria-label={t('header.presentation')}
            aria-pressed={props.presenting}
            title={t('header.presentationTitle')}
            onClick={props.onPresentation}
          >
            <PresentIcon />
          </button>
          {props.onImport ? (
            <button
              type="button"
              className="icon-button icon-button--tool"
              aria-label={t('header.import')}
              title={t('header.import')}
              data-header-import
              onClick={props.onImport}
            >
              <UploadIcon />
            </button>
          ) : null}
          {props.downloadUrl ? (
            <a
              className="icon-button icon-button--tool"
              href={props.downloadUrl}
              download={fileName ?? 'plan.hoshin'}
              aria-label={t('header.download')}
              title={t('header.download')}
            >
              <DownloadIcon />
            </a>
          ) : null}
        </div>
        {gaps ? (
          <a className={gapCount > 0 ? 'gap-pill gap-pill--alert' : 'gap-pill gap-pill--ok'} href={routeHref('gaps')}>
            {t('header.gapPill', { count: gapCount })}
          </a>
        ) : null}
      </div>
    </header>
  );
}
