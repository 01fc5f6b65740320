/**
 * The activity feed's pure parts: entries grouped by local day (newest day first, entries kept in their order),
 * and the "since" presets as local midnights.
 */
import type { ActivityEntry } from '../../../contract/team-activity.ts';

export interface ActivityDay {
  /** YYYY-MM-DD in local time. */
  day: string;
  entries: ActivityEntry[];
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A time's local day as YYYY-MM-DD. */
export function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Entries (newest first) in runs of one local day each. */
export function groupByDay(entries: readonly ActivityEntry[]): ActivityDay[] {
  const days: ActivityDay[] = [];
  for (const entry of entries) {
    const day = localDay(new Date(entry.at));
    const last = days[days.length - 1];
    if (last && last.day === day) last.entries.push(entry);
    else days.push({ day, entries: [entry] });
  }
  return days;
}

export type SincePreset = 'today' | 'week' | 'month' | 'all';

/** The local day a preset starts on (YYYY-MM-DD), or null for all changes. */
export function presetDay(preset: SincePreset, now: Date): string | null {
  if (preset === 'all') return null;
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  if (preset === 'week') start.setDate(start.getDate() - 6);
  if (preset === 'month') start.setDate(1);
  return localDay(start);
}

/** The moment a "since" day starts (local midnight), as the server's `since` wants it. */
export function sinceInstant(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).toISOString();
}
