import { useCallback, useEffect, useMemo, useState } from 'react';
import type { DocumentInfo, HoshinApi } from '../../contract/api.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { toApiError, type ApiError } from './api/index.ts';
import { t } from './i18n/intl.ts';
import { CatchballBanner } from './catchball/CatchballBanner.tsx';
import { AppHeader } from './components/AppHeader.tsx';
import { CommandPalette } from './components/CommandPalette.tsx';
import { ShortcutsHelp } from './components/ShortcutsHelp.tsx';
import { ErrorBanner } from './components/ErrorBanner.tsx';
import { Inspector } from './components/inspector/Inspector.tsx';
import { NavRail } from './components/NavRail.tsx';
import { NoticeBar } from './components/NoticeBar.tsx';
import { buildCommands } from './domain/app-commands.ts';
import { renumberItem } from './components/renumber.ts';
import { addReason, lockReason, plainRefusal, type DraftScope } from './domain/draft-lock.ts';
import { structuralGapCount } from './domain/gap-summary.ts';
import { indexPlan } from './domain/plan-index.ts';
import {
  AppActionsContext,
  type AppActions,
  type AppRequest,
  type Notice,
  type Selection,
} from './state/app-context.ts';
import { DraftContext } from './state/draft-context.ts';
import { readLastDepartment, writeLastDepartment } from './state/last-department.ts';
import { routeHref, useRoute, type RouteName } from './state/routes.ts';
import { deleteItem, type DeletableKind } from './state/useDeleteItem.ts';
import { usePlan, type Mutate } from './state/usePlan.ts';
import { PresentationContext } from './state/presentation-context.ts';
import { usePresentation } from './state/usePresentation.ts';
import { useShortcuts } from './state/useShortcuts.ts';
import { useTheme } from './state/useTheme.ts';
import { ActivityView } from './activity/ActivityView.tsx';
import { ConnectTeamDialog } from './team/ConnectTeamDialog.tsx';
import { usePlatform } from './platform/platform.ts';
import { CascadeView } from './views/CascadeView.tsx';
import { DepartmentsView } from './views/DepartmentsView.tsx';
import { MergeView } from './views/MergeView.tsx';
import { ImportWizard } from './import-wizard/ImportWizard.tsx';
import { NextYearDialog } from './next-year/NextYearDialog.tsx';
import { NotesView } from './views/NotesView.tsx';
import { GapsView } from './views/GapsView.tsx';
import { PlanView } from './views/PlanView.tsx';
import { ReportView } from './views/ReportView.tsx';
import { TreeView } from './views/TreeView.tsx';
import { XMatrixView } from './views/XMatrixView.tsx';
import { ReviewView } from './views/ReviewView.tsx';
import type { ViewProps } from './views/view-props.ts';

/** Web mode is a browser tab served by `hoshin serve`: no Electron preload. */

function RouteView({ route, props }: { route: RouteName; props: ViewProps }) {
  switch (route) {
    case 'plan':
      return <PlanView {...props} />;
    case 'cascade':
      return <CascadeView {...props} />;
    case 'departments':
      return <DepartmentsView {...props} />;
    case 'tree':
      return <TreeView {...props} />;
    case 'gaps':
      return <GapsView {...props} />;
    case 'report':
      return <ReportView />;
    case 'merge':
      return <MergeView {...props} />;
    case 'xmatrix':
      return <XMatrixView {...props} />;
    case 'review':
      return <ReviewView {...props} />;
    case 'notes':
      return <NotesView {...props} />;
    case 'activity':
      return <ActivityView {...props} />;
  }
}

/**
 * The shell: navigation rail, plan header, error banner, the routed work area and the inspector. Views slot into
 * the work area by route; each receives the loaded plan and its gap report, and acts through AppActionsContext.
 */
export function App({ api }: { api: HoshinApi }) {
  const route = useRoute();
  const platform = usePlatform();
  const { shell } = platform;
  const { theme, toggleTheme } = useTheme();
  const { presenting, togglePresentation } = usePresentation();
  const [bannerError, setBannerError] = useState<ApiError | null>(null);
  const reportError = useCallback((error: unknown) => setBannerError(toApiError(error)), []);
  const { load, history, reload, run, runOptimistic, mutate, step } = usePlan(api, reportError);
  const [selection, setSelection] = useState<Selection | null>(null);
  const [notice, setNotice] = useState<(Notice & { id: number }) | null>(null);
  const [request, setRequest] = useState<AppRequest | null>(null);
  const [paletteOpen, setPaletteOpen] = useState(false);
  const [nextYearOpen, setNextYearOpen] = useState(false);
  // Each opening mounts a fresh dialog (its year and choice start over); closing keeps it, so focus returns.
  const [nextYearKey, setNextYearKey] = useState(0);
  const openNextYear = useCallback(() => {
    setNextYearKey((k) => k + 1);
    setNextYearOpen(true);
  }, []);
  const [connectOpen, setConnectOpen] = useState(false);
  // As the next year's dialog: each opening mounts a fresh dialog.
  const [connectKey, setConnectKey] = useState(0);
  const openConnect = useCallback(() => {
    setConnectKey((k) => k + 1);
    setConnectOpen(true);
  }, []);
  const [importOpen, setImportOpen] = useState(false);
  // As the next year's dialog: each opening mounts a fresh wizard.
  const [importKey, setImportKey] = useState(0);
  const openImport = useCallback(() => {
    setImportKey((k) => k + 1);
    setImportOpen(true);
  }, []);
  // File > Start Next Year's Plan… in the desktop menu opens the dialog (the page asks the year and the carry);
  // File > Import from Excel/CSV… opens the import wizard (the page chooses and reads the file).
  useEffect(
    () =>
      shell?.onMenuCommand((command) => {
        if (command === 'start-next-year') openNextYear();
        if (command === 'import-file') openImport();
        if (command === 'connect-team') openConnect();
      }),
    [shell, openNextYear, openImport, openConnect],
  );
  const [lastDepartmentId, setLastDepartmentId] = useState<string | null>(readLastDepartment);
  const [fileName, setFileName] = useState<string | null>(null);
  const [draftInfo, setDraftInfo] = useState<DocumentInfo['draft']>(null);

  useEffect(() => {
    api.getDocumentInfo({}).then(
      (info) => {
        setFileName(info.fileName);
        setDraftInfo(info.draft);
      },
      () => {},
    );
  }, [api]);
  useEffect(() => {
    document.title = fileName ? `${fileName} — Hoshin Planner` : 'Hoshin Planner';
  }, [fileName]);

  const notify = useCallback((n: Notice) => setNotice((prev) => ({ ...n, id: (prev?.id ?? 0) + 1 })), []);
  const dismissNotice = useCallback(() => setNotice(null), []);

  // A new change clears the previous change's error; whatever goes wrong this time is reported afresh.
  const mutateClearingBanner = useCallback<Mutate>(
    (change) => {
      setBannerError(null);
      return mutate(change);
    },
    [mutate],
  );

  const undoOrRedo = useCallback(
    (direction: 'undo' | 'redo') => {
      step(direction).then((label) => {
        const done = direction === 'undo' ? 'app.undid' : 'app.redid';
        const nothing = direction === 'undo' ? 'cmd.nothingToUndo' : 'cmd.nothingToRedo';
        notify({ message: label ? t(done, { change: label }) : t(nothing) });
      }, reportError);
    },
    [step, notify, reportError],
  );
  const undo = useCallback(() => undoOrRedo('undo'), [undoOrRedo]);
  const redo = useCallback(() => undoOrRedo('redo'), [undoOrRedo]);
  const rememberDepartment = useCallback((id: string) => {
    writeLastDepartment(id);
    setLastDepartmentId(id);
  }, []);
  const clearRequest = useCallback(() => setRequest(null), []);

  const actions = useMemo<AppActions>(
    () => ({
      mutate: mutateClearingBanner,
      run,
      runOptimistic,
      reportError,
      selection,
      select: setSelection,
      history,
      undo,
      redo,
      notify,
      lastDepartmentId,
      rememberDepartment,
      request,
      sendRequest: setRequest,
      clearRequest,
    }),
    [
      mutateClearingBanner,
      run,
      runOptimistic,
      reportError,
      selection,
      history,
      undo,
      redo,
      notify,
      lastDepartmentId,
      rememberDepartment,
      request,
      clearRequest,
    ],
  );

  const goTo = useCallback((r: RouteName) => {
    window.location.hash = routeHref(r);
  }, []);
  // Ctrl/Cmd+F searches the view on screen when it has a find field of its own (the tree, the cascade), else
  // the cascade's outline: the view with the focus (or whose side panel has it) is the one searched.
  const find = useCallback(() => {
    const field = document.querySelector<HTMLInputElement>('main.workarea [data-find-field]');
    if (field && field.offsetParent !== null) {
      field.focus();
      field.select();
      return;
    }
    // Presentation mode hides the view's search: leave it, then search this view (not the cascade).
    if (field && presenting) {
      togglePresentation();
      requestAnimationFrame(() => {
        field.focus();
        field.select();
      });
      return;
    }
    goTo('cascade');
    setRequest({ type: 'find' });
  }, [goTo, presenting, togglePresentation]);
  const openPalette = useCallback(() => setPaletteOpen(true), []);
  useShortcuts({
    undo,
    redo,
    find,
    palette: openPalette,
    presentation: togglePresentation,
    escape: () => {
      // An open dialog (the palette, a confirmation) takes Esc for itself.
      if (presenting && !document.querySelector('dialog[open]')) togglePresentation();
    },
  });

  // Web mode serves one file: a file dropped on the window is explained, never opened or uploaded.
  useEffect(() => {
    if (!platform.browser) return;
    const onDragOver = (e: DragEvent) => {
      if (e.dataTransfer?.types.includes('Files')) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!e.dataTransfer?.types.includes('Files')) return;
      e.preventDefault();
      const name = e.dataTransfer.files[0]?.name ?? t('app.thatFile');
      notify({
        message: fileName ? t('app.dropOtherFile', { file: fileName, name }) : t('app.dropOther', { name }),
      });
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [fileName, notify, platform.browser]);

  const plan = load.status === 'ready' ? load.plan : null;
  const gaps = load.status === 'ready' ? load.gaps : null;
  const draft = useMemo<DraftScope | null>(
    () =>
      draftInfo && {
        departmentId: draftInfo.departmentId,
        // The department's name as the draft holds it; a draft always carries its own department.
        departmentName: plan?.departments.find((d) => d.id === draftInfo.departmentId)?.name ?? 'this department',
        planTitle: draftInfo.planTitle,
        issuedAt: draftInfo.issuedAt,
      },
    [draftInfo, plan?.departments],
  );
  // A read-only refusal offers the way out it names: a note on the selected item.
  const noteOnSelection =
    bannerError?.code === 'read_only' && selection && selection.kind !== 'department'
      ? () => {
          setBannerError(null);
          setRequest({ type: 'note', itemId: selection.id });
        }
      : null;
  const selected = plan && selection && selection.kind !== 'department' ? selectedItem(plan, selection) : null;
  const deleteSelected =
    selected && selection && selection.kind !== 'department'
      ? () => void deleteItem(actions, selection.kind as DeletableKind, selected.id, selected.code)
      : null;

  const renumberSelected =
    selected && (selection?.kind === 'goal' || selection?.kind === 'tactic')
      ? () => void renumberItem(actions, selected.id)
      : null;

  const commands = buildCommands({
    route,
    theme,
    presenting,
    webMode: platform.browser,
    history,
    selection,
    lock: plan && selection ? selectionLock(draft, plan, selection) : null,
    addLock: (kind) => addReason(draft, kind),
    goTo,
    add: (kind) => {
      goTo('cascade');
      setRequest({ type: 'add', kind });
    },
    link: () => setRequest({ type: 'link' }),
    rename: () => {
      goTo('cascade');
      setRequest({ type: 'edit-title' });
    },
    deleteSelected,
    renumberSelected,
    undo,
    redo,
    find,
    toggleTheme,
    togglePresentation,
    download: () => {
      if (platform.files.planDownloadUrl) window.location.assign(platform.files.planDownloadUrl);
    },
    startNextYear: draft ? null : openNextYear,
    importFile: draft ? null : openImport,
    connectTeam: openConnect,
    exportJson: () => {
      api.getPlan({}).then((doc) => {
        const blob = new Blob([`${JSON.stringify(doc, null, 2)}\n`], { type: 'application/json' });
        const a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = `${(fileName ?? 'plan.hoshin').replace(/\.hoshin$/i, '')}.json`;
        a.click();
        window.setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
      }, reportError);
    },
  });

  let content;
  if (load.status === 'ready' && route === 'cascade') {
    content = <CascadeView plan={load.plan} gaps={load.gaps} />;
  } else if (load.status === 'ready' && load.gaps) {
    content = <RouteView route={route} props={{ plan: load.plan, gaps: load.gaps }} />;
  } else if (load.status === 'loading' || load.status === 'ready') {
    content = (
      <p className="load-state" aria-live="polite">
        {load.status === 'loading' ? t('app.opening') : t('app.analysing')}
      </p>
    );
  } else {
    content = (
      <div className="card load-failed">
        <h2 className="view__heading">{t('app.failed')}</h2>
        <p>{load.error.message}</p>
        <button type="button" className="button button--primary" onClick={() => void reload()}>
          {t('app.retry')}
        </button>
      </div>
    );
  }

  return (
    <AppActionsContext value={actions}>
      <DraftContext value={draft}>
        <PresentationContext value={presenting}>
          <div className="app" data-view={route} data-presentation={presenting ? 'true' : undefined}>
            <NavRail
              route={route}
              theme={theme}
              gapCount={structuralGapCount(gaps)}
              noteCount={plan ? plan.notes.filter((n) => n.answer === null).length : 0}
              onToggleTheme={toggleTheme}
            />
            <AppHeader
              header={plan?.plan ?? null}
              gaps={gaps}
              fileName={fileName}
              history={history}
              presenting={presenting}
              downloadUrl={platform.files.planDownloadUrl}
              onImport={platform.browser && !draft ? openImport : null}
              onUndo={undo}
              onRedo={redo}
              onPalette={openPalette}
              onPresentation={togglePresentation}
            />
            <div className="app__banner">
              <ErrorBanner
                error={bannerError}
                message={bannerError ? plainRefusal(bannerError.code, bannerError.message, draft) : ''}
                onDismiss={() => setBannerError(null)}
                onAddNote={noteOnSelection}
                onReapply={
                  bannerError?.reapply
                    ? () => {
                        const again = bannerError.reapply!;
                        setBannerError(null);
                        void again().then(() => reload(), reportError);
                      }
                    : null
                }
              />
              <CatchballBanner draft={draft} />
            </div>
            <main className="workarea" data-view={route} aria-busy={load.status === 'loading'}>
              {content}
            </main>
            <Inspector plan={plan} gaps={gaps} selection={selection} />
            <NoticeBar notice={notice} onUndo={undo} onDismiss={dismissNotice} />
          </div>
          <CommandPalette open={paletteOpen} commands={commands} onClose={() => setPaletteOpen(false)} />
          {plan && !draft ? (
            <NextYearDialog
              key={nextYearKey}
              open={nextYearOpen}
              api={api}
              header={plan.plan}
              onClose={() => setNextYearOpen(false)}
              notify={notify}
            />
          ) : null}
          {/* Mounted only while open: its file input must not stand beside a view's own (the merge view's). */}
          {plan && !draft && importOpen ? (
            <ImportWizard
              key={importKey}
              open={importOpen}
              api={api}
              onClose={() => setImportOpen(false)}
              showOutline={() => goTo('cascade')}
            />
          ) : null}
          <ConnectTeamDialog key={connectKey} open={connectOpen} onClose={() => setConnectOpen(false)} />
          <ShortcutsHelp />
        </PresentationContext>
      </DraftContext>
    </AppActionsContext>
  );
}

function selectedItem(plan: PlanDocument, selection: Selection): { id: string; code: string } | null {
  const index = indexPlan(plan);
  const item =
    selection.kind === 'objective'
      ? index.objectives.get(selection.id)
      : selection.kind === 'goal'
        ? index.goals.get(selection.id)
        : selection.kind === 'tactic'
          ? index.tactics.get(selection.id)
          : undefined;
  return item ? { id: item.id, code: item.code } : null;
}

/** Why the selected item is read only in the draft, or null. */
function selectionLock(draft: DraftScope | null, plan: PlanDocument, selection: Selection): string | null {
  if (!draft) return null;
  if (selection.kind === 'goal' || selection.kind === 'tactic') {
    const item = (selection.kind === 'goal' ? plan.goals : plan.tactics).find((x) => x.id === selection.id);
    if (!item) return null;
    const departmentName = plan.departments.find((d) => d.id === item.departmentId)?.name;
    return lockReason(draft, { kind: selection.kind, departmentId: item.departmentId, departmentName });
  }
  return lockReason(draft, { kind: selection.kind });
}
