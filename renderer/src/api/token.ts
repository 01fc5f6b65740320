import { CLIENT_ID, teamPage } from './team-page.ts';

const STORAGE_KEY = 'hoshin.token';

/**
 * The web-mode session token. `hoshin serve` prints a URL carrying `?token=`; the first load moves it into
 * sessionStorage and takes it out of the address bar (so it is not bookmarked, shared or left in history),
 * which is why a reload of `/#/cascade` without the query still authenticates.
 */
export function takeSessionToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // Storage can be disabled; the token still works for this page's life.
    }
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** What proves this page may call its server: web mode's session token, or a team plan page's CSRF token. */
export function authHeaders(): Record<string, string> {
  const team = teamPage();
  if (team) return { 'X-CSRF-Token': team.csrf, 'X-Hoshin-Client': CLIENT_ID };
  const token = takeSessionToken();
  return token ? { 'X-Hoshin-Token': token } : {};
}
