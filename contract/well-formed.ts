/**
 * Lone surrogates: a JSON text may hold `"\ud800"`, which parses to a string no UTF-8 file or SQLite text can
 * store (it would silently become U+FFFD). Such strings are refused with the path of the value, never repaired.
 */
import { formatPath, type ErrorIssue } from './errors.ts';

export const LONE_SURROGATE_MESSAGE = 'contains an invalid character (a lone surrogate)';

// In a `u` regular expression a surrogate pair is one code point, so \p{Surrogate} matches only lone halves.
const LONE_SURROGATE = /\p{Surrogate}/u;

// String.prototype.isWellFormed (ES2024: Node 20+, Chromium 111+) is native and several times faster than the
// regular expression; every text field of a plan is checked, so the regular expression is only a fallback.
const nativeWellFormed = (String.prototype as { isWellFormed?: (this: string) => boolean }).isWellFormed;

/** True when `text` has no unpaired UTF-16 surrogate. */
export function isWellFormedText(text: string): boolean {
  return nativeWellFormed ? nativeWellFormed.call(text) : !LONE_SURROGATE.test(text);
}

/**
 * Every string in `value` (object keys included) that holds a lone surrogate, as issues naming its JSON path,
 * e.g. `objectives[2].title: contains an invalid character (a lone surrogate)`. Stops after `limit` issues.
 */
export function loneSurrogateIssues(value: unknown, prefix: readonly PropertyKey[] = [], limit = 50): ErrorIssue[] {
  const issues: ErrorIssue[] = [];
  const walk = (v: unknown, path: PropertyKey[]): void => {
    if (issues.length >= limit) return;
    if (typeof v === 'string') {
      if (!isWellFormedText(v)) issues.push({ path: formatPath(path), message: LONE_SURROGATE_MESSAGE });
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => walk(item, [...path, i]));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        if (!isWellFormedText(key)) {
          issues.push({ path: formatPath(path), message: `has a key that ${LONE_SURROGATE_MESSAGE}` });
        } else walk(item, [...path, key]);
      }
    }
  };
  walk(value, [...prefix]);
  return issues;
}
