import type { Kpi, PlanHeader } from '../../../contract/plan-format.ts';

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});
const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** A contract date (a calendar day with no zone), read as UTC so it never shifts a day. */
export function formatDate(iso: string | null, long = false): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return (long ? longDate : dateFormat).format(date);
}

export function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? month : monthFormat.format(date);
}

export function formatPeriod(plan: Pick<PlanHeader, 'periodStart' | 'periodEnd'>): string {
  const { periodStart, periodEnd } = plan;
  if (periodStart && periodEnd) return `${formatDate(periodStart)} – ${formatDate(periodEnd)}`;
  if (periodStart) return `From ${formatDate(periodStart)}`;
  if (periodEnd) return `Until ${formatDate(periodEnd)}`;
  return '';
}

export function formatValue(value: number | null, unit: string | null): string {
  if (value === null) return '–';
  const n = numberFormat.format(value);
  if (!unit) return n;
  if (unit === '%') return `${n}%`;
  if (/^(EUR|USD|GBP|€|\$|£)$/.test(unit)) return `${unit} ${n}`;
  return `${n} ${unit}`;
}

/** `14% → 9%`; the arrow reads as the direction of travel. */
export function formatTarget(kpi: Kpi | null): string {
  if (!kpi) return '';
  return `${formatValue(kpi.baseline, kpi.unit)} → ${formatValue(kpi.target, kpi.unit)}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
