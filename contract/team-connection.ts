/**
 * File > Connect to a Team Plan…: what a person types (a server's address, or a plan's address copied from
 * the browser) to where the app goes (the server's sign-in page, which then opens the plan or the plan list).
 * Shared by the page's dialog, which checks as one types, and the desktop's main process, which checks again.
 *
 * Rules: https, or plain http only to this computer (the team server itself refuses to listen beyond
 * loopback without TLS or a TLS proxy); no user name or password in the address; `https://` is assumed when
 * no scheme is given.
 */
export type TeamAddress =
  | { ok: true; origin: string; host: string; startUrl: string }
  | { ok: false; reason: TeamAddressRefusal; message: string; typed: string; host: string };

/** Why an address was refused: the page words each in the app's language (`teamConnect.refused.<reason>`). */
export type TeamAddressRefusal = 'empty' | 'tooLong' | 'notAddress' | 'scheme' | 'credentials' | 'insecure';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Addresses longer than this are refused (a typed or pasted address is far shorter). */
export const TEAM_ADDRESS_MAX = 2048;

export function parseTeamAddress(input: string): TeamAddress {
  const typed = input.trim();
  const refuse = (reason: TeamAddressRefusal, message: string, host = '') =>
    ({ ok: false, reason, message, typed, host }) as const;
  if (typed === '') return refuse('empty', 'Type the address of your team server, like plans.example.com.');
  if (typed.length > TEAM_ADDRESS_MAX) return refuse('tooLong', 'That address is too long to be a server’s.');
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return refuse('notAddress', `“${typed}” is not a web address. Type one like plans.example.com.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return refuse('scheme', 'A team server’s address starts with https://.');
  }
  if (url.username || url.password) {
    return refuse('credentials', 'Leave the name and password out of the address: you sign in on the next page.');
  }
  if (url.protocol === 'http:' && !LOOPBACK.has(url.hostname)) {
    return refuse(
      'insecure',
      `${url.host} must be reached over https:// so your password and plan travel encrypted. Use https://${url.host}.`,
      url.host,
    );
  }
  // A plan's own address opens that plan after sign-in; any other path opens the server's plan list.
  const plan = /^\/plans\/([^/]+)\/?/.exec(url.pathname);
  const next = plan ? `/plans/${plan[1]}/${url.hash}` : '/';
  return {
    ok: true,
    origin: url.origin,
    host: url.host,
    startUrl: `${url.origin}/login?next=${encodeURIComponent(next)}`,
  };
}

/** Whether a team window may navigate to `url`: its own server only. */
export function isTeamUrl(url: string, origin: string): boolean {
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}

/** A team window's title: the page's (the plan's) and where it lives. */
export function teamWindowTitle(pageTitle: string, host: string): string {
  const title = pageTitle.trim();
  return title ? `${title} — team plan on ${host}` : `Team plan on ${host}`;
}
