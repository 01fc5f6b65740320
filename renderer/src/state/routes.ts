import { useSyncExternalStore } from 'react';

export const ROUTES = [
  'plan',
  'cascade',
  'departments',
  'tree',
  'gaps',
  'report',
  'merge',
  'xmatrix',
  'review',
  'notes',
  'activity',
] as const;
export type RouteName = (typeof ROUTES)[number];
export const DEFAULT_ROUTE: RouteName = 'cascade';

export const routeHref = (route: RouteName): string => `#/${route}`;

/** `#/cascade` -> 'cascade'; anything else (including `#/cascade/extra`, kept for later deep links) by its first segment. */
export function parseRoute(hash: string): RouteName | null {
  const name = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(name) ? (name as RouteName) : null;
}

/** Called once before the first render so an empty or unknown hash never shows a blank view. */
export function normaliseInitialRoute(): void {
  if (parseRoute(window.location.hash) === null) {
    window.history.replaceState(window.history.state, '', routeHref(DEFAULT_ROUTE));
  }
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): RouteName {
  return useSyncExternalStore(subscribe, () => parseRoute(window.location.hash) ?? DEFAULT_ROUTE);
}
