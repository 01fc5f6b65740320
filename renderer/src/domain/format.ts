import {
  asGivenDigits,
  describeRelativeTarget,
  relativeChangeText,
  resolvedTarget,
} from '../../../contract/kpi-values.ts';
import type { Kpi, PlanHeader } from '../../../contract/plan-format.ts';
import { appIntl, t } from '../i18n/intl.ts';

// Dates and numbers follow the app's one locale (the UI language), never the browser's default.
const dateFormat = {
  format: (date: Date) =>
    appIntl().formatDate(date, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }),
};
// A number as the user gave it: every decimal it has (0.003 stays 0.003, never 0).
const numberFormat = { format: (value: number) => appIntl().formatNumber(value, asGivenDigits(value)) };

/** A number in the app's locale, with the decimals it has. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** A contract date (YYYY-MM-DD, a calendar day with no zone) shown in the reader's locale, read as UTC so it never shifts a day. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(`${iso}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? iso : dateFormat.format(date);
}

export function formatPeriod(plan: Pick<PlanHeader, 'periodStart' | 'periodEnd'>): string {
  const { periodStart, periodEnd } = plan;
  if (periodStart && periodEnd)
    return t('period.range', { start: formatDate(periodStart), end: formatDate(periodEnd) });
  if (periodStart) return t('period.from', { start: formatDate(periodStart) });
  if (periodEnd) return t('period.until', { end: formatDate(periodEnd) });
  return '';
}

export function withUnit(value: number, unit: string | null): string {
  const n = numberFormat.format(value);
  if (!unit) return n;
  return unit === '%' ? `${n}%` : `${n} ${unit}`;
}

/**
 * "decrease Annual customer churn from 14% to 9%": direction first, as planners say it. A relative target says
 * its change and what it comes to: "decrease Downtime from 120 h by −40 % to 72 h".
 */
export function formatKpi(kpi: Kpi | null): string {
  if (!kpi) return '';
  const values = { direction: kpi.direction, name: kpi.name };
  const baseline = kpi.baseline === null ? null : withUnit(kpi.baseline, kpi.unit);
  if (kpi.target !== null && kpi.targetKind === 'relative') {
    const change = relativeChangeText(kpi.target, formatNumber);
    const resolved = resolvedTarget(kpi);
    if (baseline === null || resolved === null) return t('kpi.readingBy', { ...values, change });
    return t('kpi.readingFromByTo', { ...values, baseline, change, target: withUnit(resolved, kpi.unit) });
  }
  const target = kpi.target === null ? null : withUnit(kpi.target, kpi.unit);
  if (baseline !== null && target !== null) return t('kpi.readingFromTo', { ...values, baseline, target });
  if (baseline !== null) return t('kpi.readingFrom', { ...values, baseline });
  if (target !== null) return t('kpi.readingTo', { ...values, target });
  return t('kpi.reading', values);
}

/** A KPI's target as a short text: "9%", or for a relative one "−40 % from baseline 120 h → 72 h". */
export function formatKpiTarget(kpi: Kpi): string {
  if (kpi.target === null) return '';
  if (kpi.targetKind === 'relative') return describeRelativeTarget(kpi, (n) => withUnit(n, kpi.unit), formatNumber);
  return withUnit(kpi.target, kpi.unit);
}
