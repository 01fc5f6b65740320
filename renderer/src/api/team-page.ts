import type { ActivityEntry } from '../../../contract/team-activity.ts';

/**
 * A team plan's page (served by `hoshin team serve` under /plans/<planId>/): the server names, in meta tags,
 * where the plan's operations are and the CSRF token every POST carries. Null on a desktop or web-mode page.
 */
export interface TeamPage {
  /** `/plans/<planId>`: operations at `${apiBase}/api/<name>`, changes at `${apiBase}/events`. */
  apiBase: string;
  csrf: string;
}

/**
 * This page's id among the plan's clients: its own changes come back on the events stream too, and are skipped
 * there (its state already has them).
 */
export const CLIENT_ID = Math.random().toString(36).slice(2, 12);

export function teamPage(): TeamPage | null {
  if (typeof document === 'undefined') return null;
  const apiBase = document.querySelector<HTMLMetaElement>('meta[name="hoshin-api-base"]')?.content;
  const csrf = document.querySelector<HTMLMetaElement>('meta[name="hoshin-csrf"]')?.content;
  return apiBase && csrf ? { apiBase, csrf } : null;
}

/**
 * Calls `listener` whenever anyone changes the team plan (its server-sent events; the browser reconnects on its
 * own after a dropped connection). A no-op outside a team plan. Returns the unsubscribe.
 */
export function onRemoteChange(listener: (change: { operation: string; by: string; touched: string[] }) => void) {
  const page = teamPage();
  if (!page || typeof EventSource === 'undefined') return () => {};
  const source = new EventSource(`${page.apiBase}/events?client=${CLIENT_ID}`);
  const onChange = (event: MessageEvent<string>) => {
    try {
      listener(JSON.parse(event.data) as { operation: string; by: string; touched: string[] });
    } catch {
      // A malformed event is ignored: the next one, or a reload, brings the plan up to date.
    }
  };
  source.addEventListener('change', onChange);
  return () => source.close();
}

/** A web-mode route (`/api/draft`) as this page reaches it: under its plan on a team plan's page. */
export function pageRoute(route: string): string {
  const page = teamPage();
  return page ? `${page.apiBase}${route}` : route;
}

/** One change of an item, as `GET /plans/<planId>/changes?item=` lists them (newest last). */
export interface ItemChange {
  at: string;
  by: string;
  operation: string;
  itemId: string | null;
}

/** A team plan item's history (who changed it, when, how); null outside a team plan. */
export async function itemHistory(itemId: string): Promise<ItemChange[] | null> {
  const page = teamPage();
  if (!page) return null;
  const response = await fetch(`${page.apiBase}/changes?item=${encodeURIComponent(itemId)}`);
  const body = (await response.json()) as { ok: boolean; value?: { changes: ItemChange[] } };
  return body.ok && body.value ? body.value.changes : [];
}

/**
 * One page of the team plan's activity feed, newest first (`GET /plans/<planId>/activity`): changes after
 * `since` (an ISO time), before the change numbered `before`. Null outside a team plan; throws when the
 * server cannot be reached or refuses.
 */
export async function planActivity(
  filter: { since?: string; before?: number; limit?: number } = {},
): Promise<ActivityEntry[] | null> {
  const page = teamPage();
  if (!page) return null;
  const query = new URLSearchParams();
  if (filter.since) query.set('since', filter.since);
  if (filter.before !== undefined) query.set('before', String(filter.before));
  if (filter.limit !== undefined) query.set('limit', String(filter.limit));
  const response = await fetch(`${page.apiBase}/activity?${query.toString()}`);
  const body = (await response.json()) as { ok: boolean; value?: { activity: ActivityEntry[] } };
  if (!body.ok || !body.value) throw new Error(`the activity feed answered ${response.status}`);
  return body.value.activity;
}
