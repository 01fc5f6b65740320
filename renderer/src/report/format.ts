import { asGivenDigits, describeRelativeTarget } from '../../../contract/kpi-values.ts';
import type { Kpi, PlanHeader } from '../../../contract/plan-format.ts';
import { appIntl, t } from '../i18n/intl.ts';

// The report's dates and numbers follow the app's one locale, as the UI's do (domain/format.ts).
const dateFormat = {
  format: (d: Date) => appIntl().formatDate(d, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
const longDate = {
  format: (d: Date) => appIntl().formatDate(d, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};
const monthFormat = {
  format: (d: Date) => appIntl().formatDate(d, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
// A number as the user gave it: every decimal it has (0.003 % stays 0.003 %, never 0 %).
const numberFormat = { format: (value: number) => appIntl().formatNumber(value, asGivenDigits(value)) };

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
  if (periodStart && periodEnd)
    return t('period.range', { start: formatDate(periodStart), end: formatDate(periodEnd) });
  if (periodStart) return t('rpt.period.from', { start: formatDate(periodStart) });
  if (periodEnd) return t('rpt.period.until', { end: formatDate(periodEnd) });
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

/** `14% → 9%`; the arrow reads as the direction of travel. A relative target: `−40 % from baseline 120 h → 72 h`. */
export function formatTarget(kpi: Kpi | null): string {
  if (!kpi) return '';
  if (kpi.targetKind === 'relative' && kpi.target !== null)
    return describeRelativeTarget(kpi, (n) => formatValue(n, kpi.unit), numberFormat.format);
  return `${formatValue(kpi.baseline, kpi.unit)} → ${formatValue(kpi.target, kpi.unit)}`;
}

/** A whole number in the app's locale ("1,234", "1.234"). */
export const formatCount = (n: number): string => appIntl().formatNumber(n);

/** The target a KPI is judged by, with its unit: a relative target resolved from the baseline. */
export function formatTargetValue(kpi: Kpi): string {
  if (kpi.targetKind !== 'relative' || kpi.target === null) return formatValue(kpi.target, kpi.unit);
  return formatTarget(kpi);
}
