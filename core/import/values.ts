/**
 * Cell values into model values, each parser answering either the value or a plain-words problem (the row
 * report adds the sheet and row): "'ninety' is not a number".
 */
import type { Direction, Strength, TacticStatus } from '../../contract/plan-format.ts';
import { normaliseHeader } from './headers.ts';
import type { Cell } from './types.ts';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

/** The cell as trimmed text ('' when empty); a date is written YYYY-MM-DD, a whole number without ".0". */
export function cellText(cell: Cell | undefined): string {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
  return String(cell).trim();
}

const shown = (cell: Cell | undefined) => `'${cellText(cell)}'`;

/** A number, as given ("1,250", "40 %", "0.003" kept exactly); empty is null. */
export function parseNumber(cell: Cell | undefined): Parsed<number | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(cell) : fail(`${shown(cell)} is not a number`);
  const text = cellText(cell);
  if (text === '') return ok(null);
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(/%$/, '');
  if (/^[-+]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][-+]?\d+)?$/.test(cleaned) && /\d/.test(cleaned)) {
    const value = Number(cleaned.replace(/,/g, ''));
    if (Number.isFinite(value)) return ok(value);
  }
  return fail(`${shown(cell)} is not a number`);
}

/** Excel's day 0 is 1899-12-30 (it counts the non-existent 1900-02-29). */
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** A calendar date YYYY-MM-DD: a date cell, an Excel serial day number, or text written YYYY-MM-DD. */
export function parseDate(cell: Cell | undefined): Parsed<string | null> {
  if (cell === null || cell === undefined) return ok(null);
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? fail('is not a valid date') : ok(cell.toISOString().slice(0, 10));
  }
  if (typeof cell === 'number' && Number.isInteger(cell) && cell > 0 && cell < 2_958_466) {
    return ok(new Date(EXCEL_EPOCH_MS + cell * 86_400_000).toISOString().slice(0, 10));
  }
  const text = cellText(cell);
  if (text === '') return ok(null);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/.exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) {
      return ok(date.toISOString().slice(0, 10));
    }
  }
  return fail(`${shown(cell)} is not a date (write it YYYY-MM-DD)`);
}

const DIRECTIONS = new Map<string, Direction>([
  ['up', 'increase'],
  ['increase', 'increase'],
  ['increasing', 'increase'],
  ['higher', 'increase'],
  ['higherisbetter', 'increase'],
  ['more', 'increase'],
  ['moreisbetter', 'increase'],
  ['max', 'increase'],
  ['maximise', 'increase'],
  ['maximize', 'increase'],
  ['down', 'decrease'],
  ['decrease', 'decrease'],
  ['decreasing', 'decrease'],
  ['lower', 'decrease'],
  ['lowerisbetter', 'decrease'],
  ['less', 'decrease'],
  ['lessisbetter', 'decrease'],
  ['min', 'decrease'],
  ['minimise', 'decrease'],
  ['minimize', 'decrease'],
  ['reduce', 'decrease'],
]);

/** Up/Down, Increase/Decrease, ↑/↓, Higher/Lower is better; empty is null (then inferred from the numbers). */
export function parseDirection(cell: Cell | undefined): Parsed<Direction | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  if (/^[↑▲⬆+]$/u.test(text)) return ok('increase');
  if (/^[↓▼⬇-]$/u.test(text)) return ok('decrease');
  const found = DIRECTIONS.get(normaliseHeader(text));
  return found ? ok(found) : fail(`${shown(cell)} is not one of up, down (or increase, decrease, ↑, ↓)`);
}

const STATUSES = new Map<string, TacticStatus>([
  ['notstarted', 'not_started'],
  ['notyetstarted', 'not_started'],
  ['todo', 'not_started'],
  ['open', 'not_started'],
  ['planned', 'not_started'],
  ['new', 'not_started'],
  ['ontrack', 'on_track'],
  ['inprogress', 'on_track'],
  ['started', 'on_track'],
  ['green', 'on_track'],
  ['atrisk', 'at_risk'],
  ['amber', 'at_risk'],
  ['yellow', 'at_risk'],
  ['behind', 'at_risk'],
  ['offtrack', 'off_track'],
  ['red', 'off_track'],
  ['late', 'off_track'],
  ['blocked', 'off_track'],
  ['done', 'done'],
  ['complete', 'done'],
  ['completed', 'done'],
  ['closed', 'done'],
  ['finished', 'done'],
  ['achieved', 'done'],
]);

/** A tactic's status ("On track", "In progress", "Done"...); empty is null (not started). */
export function parseStatus(cell: Cell | undefined): Parsed<TacticStatus | null> {
  const text = cellText(cell);
  if (text === '') return ok(null);
  const found = STATUSES.get(normaliseHeader(text));
  return found ? ok(found) : fail(`${shown(cell)} is not one of not started, on track, at risk, off track, done`);
}

/** A correlation mark: ● ○ △, S M W, 9 3 1, H M L or X; null for an empty cell, undefined for anything else. */
export function parseMark(cell: Cell | undefined): Strength | null | undefined {
  const text = cellText(cell);
  if (text === '') return null;
  if (/^(●|◉|◎|⬤|•|s|strong|h|high|9|x|✓|✔|yes|y)$/iu.test(text)) return 'strong';
  if (/^(○|◯|o|m|medium|med|3)$/iu.test(text)) return 'medium';
  if (/^(△|▲|▵|w|weak|l|low|1)$/iu.test(text)) return 'weak';
  return undefined;
}

export interface CodeRef {
  code: string;
  strength: Strength | null;
}

/** "O1 (strong); O2" or "1.2, 1.3" or one per line: codes with an optional strength in brackets. */
export function splitCodes(cell: Cell | undefined): CodeRef[] {
  const text = cellText(cell);
  if (text === '') return [];
  return text
    .split(/[,;\n\r]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const m = /^(.*?)\s*\((strong|medium|weak)\)$/i.exec(part);
      return m ? { code: m[1]!.trim(), strength: m[2]!.toLowerCase() as Strength } : { code: part, strength: null };
    });
}

/** "a, b" -> ["a", "b"] (repeats dropped). */
export function splitTags(cell: Cell | undefined): string[] {
  return [
    ...new Set(
      cellText(cell)
        .split(/[,;\n]+/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** "1.2.3" -> "1.2"; null for a code that is not outline-numbered or has no parent. */
export function outlineParent(code: string): string | null {
  if (!/^\d+(\.\d+)+\.?$/.test(code)) return null;
  const parts = code.replace(/\.$/, '').split('.');
  return parts.slice(0, -1).join('.');
}

/** Outline numbers are compared without a trailing dot ("1." is "1"). */
export function outlineKey(code: string): string {
  return /^\d+(\.\d+)*\.$/.test(code) ? code.slice(0, -1) : code;
}

/** A weight in percent ("25", "25 %", "12.5"); empty is null. */
export function parseWeight(cell: Cell | undefined): Parsed<number | null> {
  const parsed = parseNumber(cell);
  if (!parsed.ok || parsed.value === null) return parsed;
  if (parsed.value < 0 || parsed.value > 100) return fail(`${shown(cell)} is not a percent between 0 and 100`);
  return parsed;
}

const NUMBER_TEXT = String.raw`(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?`;
const FROM_BASELINE = String.raw`(?:\s*(?:from|vs\.?|versus|on|against|over)\s*(?:the\s*)?baseline)?`;
const REDUCE = new RegExp(
  String.raw`^(?:reduce|reduction|cut|lower|decrease|drop|down|minus|shrink)\s*(?:it\s*)?(?:by\s*)?${NUMBER_TEXT}\s*%${FROM_BASELINE}$`,
  'i',
);
const RAISE = new RegExp(
  String.raw`^(?:increase|raise|grow|growth|up|plus|lift|boost|add)\s*(?:it\s*)?(?:by\s*)?${NUMBER_TEXT}\s*%${FROM_BASELINE}$`,
  'i',
);
const SIGNED = new RegExp(String.raw`^([-+\u2212])\s*${NUMBER_TEXT}\s*%(${FROM_BASELINE})$`, 'i');
const UNSIGNED_FROM_BASELINE = new RegExp(
  String.raw`^${NUMBER_TEXT}\s*%\s*(?:from|vs\.?|versus|on|against|over)\s*(?:the\s*)?baseline$`,
  'i',
);

/**
 * A KPI target: a number (absolute), or a change in percent from the baseline (relative): "reduce by 40 %",
 * "cut 40%", "increase by 15 %", "-40 % from baseline", and a signed "-40%" / "+15 %" when the KPI's unit is not
 * itself a percent (for a KPI measured in %, "-5 %" stays the value -5 %; write "reduce by 5 %" for a change).
 */
export function parseTarget(
  cell: Cell | undefined,
  unit: string | null,
): Parsed<{ value: number | null; relative: boolean }> {
  if (typeof cell === 'string') {
    const text = cell.trim().replace(/\s+/g, ' ');
    const amount = (whole: string | undefined, fraction: string | undefined) =>
      Number(`${(whole ?? '0').replace(/,/g, '')}${fraction ?? ''}`);
    const reduce = REDUCE.exec(text);
    if (reduce && (reduce[1] || reduce[2])) return ok({ value: -amount(reduce[1], reduce[2]), relative: true });
    const raise = RAISE.exec(text);
    if (raise && (raise[1] || raise[2])) return ok({ value: amount(raise[1], raise[2]), relative: true });
    const signed = SIGNED.exec(text);
    if (signed && (signed[2] || signed[3]) && (signed[4] || unit?.trim() !== '%')) {
      const value = amount(signed[2], signed[3]);
      return ok({ value: signed[1] === '+' ? value : -value, relative: true });
    }
    const unsigned = UNSIGNED_FROM_BASELINE.exec(text);
    if (unsigned && (unsigned[1] || unsigned[2]))
      return ok({ value: amount(unsigned[1], unsigned[2]), relative: true });
  }
  const parsed = parseNumber(cell);
  return parsed.ok ? ok({ value: parsed.value, relative: false }) : parsed;
}

/** A Target kind cell: Absolute or Relative ("% from baseline", "percent change"); empty is null (as before). */
export function parseTargetKind(cell: Cell | undefined): Parsed<'absolute' | 'relative' | null> {
  const key = normaliseHeader(cellText(cell));
  if (key === '') return ok(null);
  if (/^(absolute|value|abs|fixed|no|false)$/.test(key)) return ok('absolute');
  if (/^(relative|rel|percentchange|change|frombaseline|relativefrombaseline|yes|true)$/.test(key))
    return ok('relative');
  return fail(`${shown(cell)} is not one of absolute, relative`);
}
