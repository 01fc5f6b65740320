import type { ReactNode } from 'react';
import { openNotesLabel } from '../domain/notes.ts';
import { routeHref, type RouteName } from '../state/routes.ts';
import type { Theme } from '../state/useTheme.ts';
import {
  CascadeIcon,
  DepartmentsIcon,
  GapsIcon,
  LogoMark,
  NotesIcon,
  PlanIcon,
  ReportIcon,
  ThemeIcon,
  TreeIcon,
} from './icons.tsx';
import { ReviewIcon, XMatrixIcon } from '../xmatrix/nav-icons.tsx';

interface NavEntry {
  route: RouteName;
  label: string;
  icon: ReactNode;
}

const ENTRIES: readonly NavEntry[] = [
  { route: 'plan', label: 'Plan', icon: <PlanIcon /> },
  { route: 'cascade', label: 'Cascade', icon: <CascadeIcon /> },
  { route: 'departments', label: 'Departments', icon: <DepartmentsIcon /> },
  { route: 'tree', label: 'Tree', icon: <TreeIcon /> },
  { route: 'gaps', label: 'Gaps', icon: <GapsIcon /> },
  { route: 'report', label: 'Report', icon: <ReportIcon /> },
  { route: 'xmatrix', label: 'X-matrix', icon: <XMatrixIcon /> },
  { route: 'review', label: 'Review', icon: <ReviewIcon /> },
  { route: 'notes', label: 'Notes', icon: <NotesIcon /> },
];

interface NavRailProps {
  route: RouteName;
  theme: Theme;
  gapCount: number;
  /** Catchball notes still waiting for an answer. */
  noteCount?: number;
  onToggleTheme: () => void;
}

export function NavRail({ route, theme, gapCount, noteCount = 0, onToggleTheme }: NavRailProps) {
  return (
    <nav className="nav-rail" aria-label="Views">
      <div className="nav-rail__brand" title="Hoshin Planner">
        <LogoMark />
      </div>
      <ul className="nav-rail__list">
        {ENTRIES.map((entry) => (
          <li key={entry.route}>
            <a
              className="nav-rail__link"
              href={routeHref(entry.route)}
              aria-current={entry.route === route ? 'page' : undefined}
            >
              {entry.icon}
              <span className="nav-rail__label">{entry.label}</span>
              {entry.route === 'gaps' && gapCount > 0 ? (
                <span className="nav-rail__count" aria-label={`${gapCount} structural gaps`}>
                  {gapCount}
                </span>
              ) : null}
              {entry.route === 'notes' && noteCount > 0 ? (
                <span className="nav-rail__count" aria-label={openNotesLabel(noteCount)}>
                  {noteCount}
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="nav-rail__theme"
        onClick={onToggleTheme}
        aria-label="Switch theme"
        title={theme === 'dark' ? 'Switch to the light theme' : 'Switch to the dark theme'}
      >
        <ThemeIcon />
      </button>
    </nav>
  );
}
