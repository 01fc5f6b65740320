import type { ReactNode } from 'react';
import { openNotesLabel } from '../domain/notes.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';
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
import { ActivityIcon } from '../activity/activity-icon.tsx';
import { teamPage } from '../api/team-page.ts';

interface NavEntry {
  route: RouteName;
  label: MessageKey;
  icon: ReactNode;
  /** Shown on a team plan's page only (the activity feed). */
  teamOnly?: boolean;
}

const ENTRIES: readonly NavEntry[] = [
  { route: 'plan', label: 'nav.plan', icon: <PlanIcon /> },
  { route: 'cascade', label: 'nav.cascade', icon: <CascadeIcon /> },
  { route: 'departments', label: 'nav.departments', icon: <DepartmentsIcon /> },
  { route: 'tree', label: 'nav.tree', icon: <TreeIcon /> },
  { route: 'gaps', label: 'nav.gaps', icon: <GapsIcon /> },
  { route: 'report', label: 'nav.report', icon: <ReportIcon /> },
  { route: 'xmatrix', label: 'nav.xmatrix', icon: <XMatrixIcon /> },
  { route: 'review', label: 'nav.review', icon: <ReviewIcon /> },
  { route: 'notes', label: 'nav.notes', icon: <NotesIcon /> },
  { route: 'activity', label: 'activity.nav', icon: <ActivityIcon />, teamOnly: true },
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
  const team = teamPage() !== null;
  return (
    <nav className="nav-rail" aria-label={t('nav.label')}>
      <div className="nav-rail__brand" title={t('app.name')}>
        <LogoMark />
      </div>
      <ul className="nav-rail__list">
        {ENTRIES.filter((entry) => !entry.teamOnly || team).map((entry) => (
          <li key={entry.route}>
            <a
              className="nav-rail__link"
              href={routeHref(entry.route)}
              aria-current={entry.route === route ? 'page' : undefined}
            >
              {entry.icon}
              <span className="nav-rail__label">{t(entry.label)}</span>
              {entry.route === 'gaps' && gapCount > 0 ? (
                <span className="nav-rail__count" aria-label={t('nav.gapCount', { count: gapCount })}>
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
        aria-label={t('nav.theme')}
        title={theme === 'dark' ? t('nav.theme.toLight') : t('nav.theme.toDark')}
      >
        <ThemeIcon />
      </button>
    </nav>
  );
}
