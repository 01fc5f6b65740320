import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';

export type Theme = 'light' | 'dark';
const STORAGE_KEY = 'hoshin.theme';
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)');

function readStoredTheme(): Theme | null {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : null;
  } catch {
    return null;
  }
}

function subscribeToSystem(onChange: () => void): () => void {
  const query = darkQuery();
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const systemTheme = (): Theme => (darkQuery().matches ? 'dark' : 'light');

/** Sets `data-theme` before React renders, so the first paint is already in the right theme. */
export function applyInitialTheme(): void {
  document.documentElement.dataset['theme'] = readStoredTheme() ?? systemTheme();
}

/** The system's theme until the user picks one with the switch; the pick is remembered in localStorage. */
export function useTheme(): { theme: Theme; toggleTheme: () => void } {
  const [chosen, setChosen] = useState<Theme | null>(readStoredTheme);
  const system = useSyncExternalStore(subscribeToSystem, systemTheme);
  const theme = chosen ?? system;

  useEffect(() => {
    document.documentElement.dataset['theme'] = theme;
  }, [theme]);

  const toggleTheme = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across sessions, but still switched now.
    }
    setChosen(next);
  }, [theme]);

  return { theme, toggleTheme };
}
