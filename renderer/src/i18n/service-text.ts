import type { Finding, FindingKind } from '../../../contract/gaps.ts';
import type { TextMessage } from '../../../contract/text.ts';
import { isMetaOperation, OPERATION_META } from '../../../contract/operation-meta.ts';
import { formatDate, formatNumber } from '../domain/format.ts';
import { appIntl, getLocale, hasMessage, t } from './intl.ts';

/**
 * Text the service layer makes, in the app's language: it sends each sentence in English and as a message (a
 * catalogue key and its arguments, contract/text.ts); this says the message from the catalogue, and falls back
 * to the English sentence when there is no message (an older service, a team server) or the catalogue lacks it.
 */
export function sayText(message: TextMessage | null | undefined, english: string): string {
  if (!message || !hasMessage(message.key)) return english;
  const values: Record<string, string | number> = { ...message.params };
  // By name: `due` and any `…Date` is a calendar day, `month` a month (YYYY-MM), `actual`, `plan` and `target`
  // a KPI's values when numbers, `op` the operation whose verb starts the label. Other numbers are counts,
  // which the message's plurals read as given.
  if (typeof values.due === 'string') values.due = formatDate(values.due);
  for (const [name, value] of Object.entries(values))
    if (name.endsWith('Date') && typeof value === 'string') values[name] = formatDate(value);
  for (const name of ['actual', 'plan', 'target']) {
    const value = values[name];
    if (typeof value === 'number') values[name] = formatNumber(value);
  }
  if (typeof values.month === 'string') values.month = formatMonth(values.month);
  // A right-to-left name inside a left-to-right sentence (or the other way round) is isolated, so the bidi
  // algorithm keeps the quotes and words around it in place.
  for (const [name, value] of Object.entries(values)) {
    if (typeof value === 'string' && RTL.test(value)) values[name] = `\u2068${value}\u2069`;
  }
  if (typeof values.op === 'string') {
    const verbKey = `undo.verb.${values.op}`;
    values.verb = hasMessage(verbKey) ? t(verbKey) : values.op;
  }
  try {
    return t(message.key, values);
  } catch {
    return english;
  }
}

/** Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation forms. */
const RTL = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;

/** A finding's sentence ("Goal CS-1 'Faster answers' supports no objective."), in the app's language. */
export const findingText = (f: Pick<Finding, 'message' | 'text'>): string => sayText(f.text, f.message);

/** The label of a finding's fix ("Link to an objective…"), in the app's language. */
export const fixText = (f: Pick<Finding, 'fix'>): string => sayText(f.fix.text, f.fix.label);

/** The rule behind a kind of finding, in the app's language (`english`: the service's, when the key is missing). */
export function ruleText(kind: FindingKind, english: string): string {
  const key = `gapsRule.${kind}`;
  return hasMessage(key) ? t(key) : english;
}

/** An undo or redo label ("Changed link CS-1.3 → CS-1 to medium"), in the app's language. */
export const historyText = (message: TextMessage | null | undefined, english: string): string =>
  sayText(message, english);

/**
 * An error from the service layer, in the app's language: in English, the service's own sentence; in another
 * language, the plain sentence for its kind (`errorCode.<code>`) to lead, and the service's specific sentence
 * as the detail, marked as English (refusals carry no message key yet).
 */
export function errorText(code: string, english: string): { lead: string; detail: string | null } {
  const key = `errorCode.${code}`;
  if (getLocale() === 'en' || !hasMessage(key)) return { lead: english, detail: null };
  return { lead: t(key), detail: english.trim() === '' ? null : t('errorCode.detail', { detail: english }) };
}

/** What a field's validation issue says, by its English words (the contract's zod messages), as catalogue keys. */
const FIELD_ISSUES: [RegExp, string, (m: RegExpMatchArray) => Record<string, number>][] = [
  [/^must not be empty$/, 'fieldIssue.empty', () => ({})],
  [/^must be at most (\d+) characters$/, 'fieldIssue.maxLength', (m) => ({ max: Number(m[1]) })],
  [/^must be a whole number$/, 'fieldIssue.wholeNumber', () => ({})],
  [/^must be a (finite )?number( or null)?$/, 'fieldIssue.number', () => ({})],
  [/^must be at least (-?\d+(?:\.\d+)?)( \(a percent\))?$/, 'fieldIssue.min', (m) => ({ min: Number(m[1]) })],
  [/^must be at most (-?\d+(?:\.\d+)?)( \(a percent\))?$/, 'fieldIssue.max', (m) => ({ max: Number(m[1]) })],
  [/^must be a day of the week from 1 \(Monday\) to 7 \(Sunday\)$/, 'fieldIssue.weekday', () => ({})],
  [/^must be a month from 1 \(January\) to 12 \(December\)$/, 'fieldIssue.month', () => ({})],
];

/** A field's validation issue ("must be at least 1") in the app's language; as given when it is not known. */
export function fieldIssueText(english: string): string {
  if (getLocale() === 'en') return english;
  for (const [pattern, key, values] of FIELD_ISSUES) {
    const match = english.match(pattern);
    if (match && hasMessage(key)) return t(key, values(match));
  }
  return english;
}

function formatMonth(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return appIntl().formatDate(date, { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/**
 * What an operation is called ("Edit tactic"), in the app's language: its undo verb from the catalogue, else
 * OPERATION_META's English verb, else its name (an operation this page does not know, as a newer server's).
 */
export function operationVerb(operation: string): string {
  const key = `undo.verb.${operation}`;
  if (hasMessage(key)) return t(key);
  return isMetaOperation(operation) ? (OPERATION_META[operation].label ?? operation) : operation;
}
