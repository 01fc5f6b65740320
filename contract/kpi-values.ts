/**
 * A KPI's numbers, as the user gave them and as the plan judges them (zod-free, so the renderer uses it at run
 * time as well as core/):
 * - a target is absolute (the value itself) or relative (a change in percent from the baseline: -40 with a
 *   baseline of 120 resolves to 72); everything that judges a KPI (the monthly plan line, review status, a
 *   rollover's "target met") uses the resolved target;
 * - a KPI's precision is the most decimals the user wrote in its baseline or target (0.003 has 3), or in the
 *   values recorded for it (actuals measured to 0.1 make it tenths), and computed values (the monthly plan
 *   line) are rounded to it, so 14 → 9 over twelve months with no actuals yet plans whole numbers;
 * - a number is shown with the decimals it has, never cut to two (0.003 % stays 0.003 %).
 */
import type { Kpi } from './plan-format.ts';

/** No more decimals than this are ever written (beyond it a double is noise). */
const MAX_DECIMALS = 12;

/** The target the plan judges by: a relative target applied to the baseline; null when it cannot be known. */
export function resolvedTarget(kpi: Pick<Kpi, 'baseline' | 'target' | 'targetKind'>): number | null {
  if (kpi.target === null) return null;
  if (kpi.targetKind !== 'relative') return kpi.target;
  if (kpi.baseline === null) return null;
  return roundTo(kpi.baseline * (1 + kpi.target / 100), MAX_DECIMALS);
}

/** The decimals a number has as written: 0.003 → 3, 120 → 0, 1.5e-7 → 8. */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const text = String(Math.abs(value));
  const m = /^(\d+)(?:\.(\d+))?(?:e([-+]\d+))?$/.exec(text);
  if (!m) return 0;
  const fraction = m[2]?.length ?? 0;
  const exponent = m[3] ? Number(m[3]) : 0;
  return Math.min(MAX_DECIMALS, Math.max(0, fraction - exponent));
}

/**
 * The KPI's own precision: the most decimals written in its baseline or target. A relative target's percent
 * does not count (-40 % of 120 plans whole numbers), but the value it resolves to must still be shown: at least
 * the decimals of the resolved target, up to two more than the baseline's.
 */
export function kpiPrecision(
  kpi: Pick<Kpi, 'baseline' | 'target' | 'targetKind'>,
  measured: readonly (number | null)[] = [],
): number {
  const given = [kpi.baseline, kpi.targetKind === 'relative' ? null : kpi.target, ...measured].filter(
    (v): v is number => v !== null,
  );
  const precision = given.reduce((d, v) => Math.max(d, decimalsOf(v)), 0);
  if (kpi.targetKind !== 'relative') return precision;
  const resolved = resolvedTarget(kpi);
  return resolved === null ? precision : Math.max(precision, Math.min(decimalsOf(resolved), precision + 2));
}

/**
 * `value` rounded to `decimals` places, half away from zero as written in decimal (0.0045 is 0.005, although its
 * double is a hair below), without binary noise (0.1 + 0.2 is 0.3).
 */
export function roundTo(value: number, decimals: number): number {
  const d = Math.max(0, Math.min(MAX_DECIMALS, Math.round(decimals)));
  if (!Number.isFinite(value)) return value;
  // First to the last decimal a double holds reliably here, so 0.004499999999999999 reads as 0.0045.
  const clean = Math.abs(Number(value.toFixed(MAX_DECIMALS)));
  const text = String(clean);
  const rounded = text.includes('e') ? Number(clean.toFixed(d)) : Number(`${Math.round(Number(`${text}e${d}`))}e-${d}`);
  return value < 0 && rounded !== 0 ? -rounded : rounded;
}

/**
 * A computed value of this KPI (a plan month) rounded to the KPI's precision. `measured`: the values recorded for
 * it (actuals, plan values set by hand), whose decimals count too: a KPI set as 14 → 9 but measured as 13.6 is
 * measured in tenths, and planning it in whole numbers would hide a red month.
 */
export function roundForKpi(
  value: number,
  kpi: Pick<Kpi, 'baseline' | 'target' | 'targetKind'>,
  measured: readonly (number | null)[] = [],
): number {
  return roundTo(value, kpiPrecision(kpi, measured));
}

/** Options for Intl.NumberFormat that show a number with every decimal it has (0.003 stays 0.003). */
export function asGivenDigits(
  value: number,
  atLeast = 0,
): { minimumFractionDigits: number; maximumFractionDigits: number } {
  const decimals = Math.max(decimalsOf(value), atLeast);
  return { minimumFractionDigits: Math.min(atLeast, decimals), maximumFractionDigits: decimals };
}

/** A relative target's change in words-and-signs: "−40 %" or "+15 %" (a real minus sign). */
export function relativeChangeText(percent: number, formatNumber: (n: number) => string = String): string {
  const sign = percent < 0 ? '\u2212' : percent > 0 ? '+' : '±';
  return `${sign}${formatNumber(Math.abs(percent))} %`;
}

/**
 * A relative target as the plan shows it: "−40 % from baseline 120 → 72" (no baseline: "−40 % from the
 * baseline, not set yet"). `formatValue` writes a KPI value with its unit.
 */
export function describeRelativeTarget(
  kpi: Pick<Kpi, 'baseline' | 'target' | 'targetKind'>,
  formatValue: (n: number) => string,
  formatNumber: (n: number) => string = String,
): string {
  if (kpi.target === null) return '';
  const change = relativeChangeText(kpi.target, formatNumber);
  const resolved = resolvedTarget(kpi);
  if (kpi.baseline === null || resolved === null) return `${change} from the baseline (not set yet)`;
  return `${change} from baseline ${formatValue(kpi.baseline)} → ${formatValue(roundForKpi(resolved, kpi))}`;
}
