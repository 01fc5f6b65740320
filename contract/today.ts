/**
 * The one "today" of the whole app: the local calendar date, `YYYY-MM-DD`. Gap analysis (overdue tactics), the
 * review's months, tactic updates and the report's cover all read it, so a plan judged at 00:30 local time is not
 * judged for yesterday in one view (UTC) and today in another (local). Zod-free, so the renderer may import it.
 */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
