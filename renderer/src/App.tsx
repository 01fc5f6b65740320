import { useCallback, useMemo, useState } from 'react';
import type { HoshinApi } from '../../contract/api.ts';
import { toApiError, type ApiError } from './api/index.ts';
import { AppHeader } from './components/AppHeader.tsx';
import { ErrorBanner } from './components/ErrorBanner.tsx';
import { Inspector } from './components/Inspector.tsx';
import { NavRail } from './components/NavRail.tsx';
import { structuralGapCount } from './domain/gap-summary.ts';
import { AppActionsContext, type AppActions, type Selection } from './state/app-context.ts';
import { useRoute, type RouteName } from './state/routes.ts';
import { usePlan, type Mutate } from './state/usePlan.ts';
import { useTheme } from './state/useTheme.ts';
import { CascadeView } from './views/CascadeView.tsx';
import { DepartmentsView } from './views/DepartmentsView.tsx';
import { GapsView } from './views/GapsView.tsx';
import { PlanView } from './views/PlanView.tsx';
import { ReportView } from './views/ReportView.tsx';
import { TreeView } from './views/TreeView.tsx';
import type { ViewProps } from './views/view-props.ts';

function RouteView({ route, props }: { route: RouteName; props: ViewProps }) {
  switch (route) {
    case 'plan':
      return <PlanView {...props} />;
    case 'cascade':
      return <CascadeView {...props} />;
    case 'departments':
      return <DepartmentsView {...props} />;
    case 'tree':
      return <TreeView />;
    case 'gaps':
      return <GapsView {...props} />;
    case 'report':
      return <ReportView />;
  }
}

/**
 * The shell: navigation rail, plan header, error banner, the routed work area and the inspector. Views slot into
 * the work area by route; each receives the loaded plan and its gap report, and acts through AppActionsContext.
 */
export function App({ api }: { api: HoshinApi }) {
  const route = useRoute();
  const { theme, toggleTheme } = useTheme();
  const [bannerError, setBannerError] = useState<ApiError | null>(null);
  const reportError = useCallback((error: unknown) => setBannerError(toApiError(error)), []);
  const { load, reload, mutate } = usePlan(api, reportError);
  const [selection, setSelection] = useState<Selection | null>(null);

  // A new change clears the previous change's error; whatever goes wrong this time is reported afresh.
  const mutateClearingBanner = useCallback<Mutate>(
    (run) => {
      setBannerError(null);
      return mutate(run);
    },
    [mutate],
  );
  const actions = useMemo<AppActions>(
    () => ({ mutate: mutateClearingBanner, reportError, selection, select: setSelection }),
    [mutateClearingBanner, reportError, selection],
  );

  const plan = load.status === 'ready' ? load.plan : null;
  const gaps = load.status === 'ready' ? load.gaps : null;

  let content;
  if (load.status === 'ready') {
    content = <RouteView route={route} props={{ plan: load.plan, gaps: load.gaps }} />;
  } else if (load.status === 'loading') {
    content = (
      <p className="load-state" aria-live="polite">
        Opening the plan…
      </p>
    );
  } else {
    content = (
      <div className="card load-failed">
        <h2 className="view__heading">The plan could not be opened</h2>
        <p>{load.error.message}</p>
        <button type="button" className="button button--primary" onClick={() => void reload()}>
          Try again
        </button>
      </div>
    );
  }

  return (
    <AppActionsContext value={actions}>
      <div className="app" data-view={route}>
        <NavRail route={route} theme={theme} gapCount={structuralGapCount(gaps)} onToggleTheme={toggleTheme} />
        <AppHeader header={plan?.plan ?? null} gaps={gaps} />
        <div className="app__banner">
          <ErrorBanner error={bannerError} onDismiss={() => setBannerError(null)} />
        </div>
        <main className="workarea" data-view={route} aria-busy={load.status === 'loading'}>
          {content}
        </main>
        <Inspector plan={plan} gaps={gaps} selection={selection} />
      </div>
    </AppActionsContext>
  );
}
