/** Spreadsheet paste and number entry for the bowling chart: pure, so the rules are tested without a browser. */
import {
  asGivenDigits,
  relativeChangeText,
  resolvedTarget,
  roundForKpi,
  roundTo,
} from '../../../contract/kpi-values.ts';
import type { Kpi } from '../../../contract/plan-format.ts';
import { appIntl, t } from '../i18n/intl.ts';

/** A typed or pasted cell: a number, null for an empty cell (clear), or undefined when it is not a number. */
export function parseNumber(text: string): number | null | undefined {
  let t = text.trim().replace(/[\s\u00a0%]/g, '');
  if (t === '') return null;
  // A lone comma is a decimal comma (European Excel); commas next to a point are thousands separators.
  if (t.includes(',') && !t.includes('.') && t.split(',').length === 2) t = t.replace(',', '.');
  else t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** Rows of tab-separated cells, as Excel and Sheets put them on the clipboard; the final line break is dropped. */
export function parseClipboardGrid(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** Whether a paste is a block (fills right and down) rather than text for the one cell. */
export const isBlockPaste = (text: string): boolean => /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ''));

export interface PastedValue {
  itemId: string;
  month: string;
  actual: number | null;
}

/**
 * The values a block pasted at (row, col) writes: right across months and down across KPI rows, clipped to the
 * chart. Cells that are not numbers are skipped and counted, so one stray label does not refuse the whole paste.
 */
export function pasteValues(
  text: string,
  itemIds: readonly string[],
  months: readonly string[],
  row: number,
  col: number,
): { values: PastedValue[]; skipped: number } {
  const values: PastedValue[] = [];
  let skipped = 0;
  parseClipboardGrid(text).forEach((cells, dr) => {
    const itemId = itemIds[row + dr];
    cells.forEach((cell, dc) => {
      const month = months[col + dc];
      if (itemId === undefined || month === undefined) {
        skipped += 1;
        return;
      }
      const actual = parseNumber(cell);
      if (actual === undefined) skipped += 1;
      else values.push({ itemId, month, actual });
    });
  });
  return { values, skipped };
}

/** '2027-03' -> 'Mar' ('Mar 27' when the period spans years), the month named in the app's language. */
export function monthLabel(month: string, withYear: boolean): string {
  const m = Number(month.slice(5, 7));
  const y = Number(month.slice(0, 4));
  const name =
    m >= 1 && m <= 12 && Number.isInteger(y)
      ? appIntl().formatDate(Date.UTC(y, m - 1, 1), { month: 'short', timeZone: 'UTC' })
      : month;
  return withYear ? `${name} ${month.slice(2, 4)}` : name;
}

/**
 * A number as the review shows it: as given, every decimal it has (0.003 stays 0.003), no binary noise. Computed
 * plan values come already rounded to their KPI's precision (core/review.ts).
 */
export function formatValue(n: number | null): string {
  if (n === null) return '';
  return String(roundTo(n, 12));
}

/**
 * A number to read (not to edit) in the app's language: every decimal it has, the locale's separators
 * ("4,267.5", "4.267,5"). Inputs keep formatValue, which parseNumber reads back.
 */
export function displayValue(n: number | null): string {
  if (n === null) return '';
  const value = roundTo(n, 12);
  return appIntl().formatNumber(value, asGivenDigits(value));
}

/**
 * A number in an input of the chart: the locale's decimal sign ("13,5" in German) and no grouping, so parseNumber
 * reads it back as it was (a lone comma is a decimal comma).
 */
export function inputValue(n: number | null): string {
  if (n === null) return '';
  const value = roundTo(n, 12);
  return appIntl().formatNumber(value, { ...asGivenDigits(value), useGrouping: false });
}

/** The target a KPI is judged by: a relative target resolved from the baseline ("72 (−40 %)"). */
export function formatTargetOf(kpi: Kpi): string {
  const resolved = resolvedTarget(kpi);
  if (kpi.targetKind !== 'relative' || kpi.target === null) return displayValue(kpi.target);
  const change = relativeChangeText(kpi.target);
  return resolved === null
    ? t('review.noBaseline', { change })
    : `${displayValue(roundForKpi(resolved, kpi))} (${change})`;
}
