import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanHeader } from '../../../contract/plan-format.ts';
import { formatPeriod } from '../domain/format.ts';
import { routeHref } from '../state/routes.ts';
import { structuralGapCount } from '../domain/gap-summary.ts';

interface AppHeaderProps {
  header: PlanHeader | null;
  gaps: GapReport | null;
}

export function AppHeader({ header, gaps }: AppHeaderProps) {
  const period = header ? formatPeriod(header) : '';
  const gapCount = structuralGapCount(gaps);
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1 className="app-header__title">{header ? header.title : 'Hoshin Planner'}</h1>
        {header ? (
          <p className="app-header__meta">
            {header.organisation ? <span className="app-header__org">{header.organisation}</span> : null}
            {period ? <span className="app-header__period">{period}</span> : null}
          </p>
        ) : null}
      </div>
      {gaps ? (
        <a className={gapCount > 0 ? 'gap-pill gap-pill--alert' : 'gap-pill gap-pill--ok'} href={routeHref('gaps')}>
          {gapCount > 0 ? `${gapCount} structural ${gapCount === 1 ? 'gap' : 'gaps'}` : 'No structural gaps'}
        </a>
      ) : null}
    </header>
  );
}
