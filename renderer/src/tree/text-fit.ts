/** Measures a string's rendered width in CSS pixels. */
export type Measure = (text: string) => number;

const ELLIPSIS = '…';

/** The longest prefix of `text` that fits in `maxWidth` with an ellipsis, or the text itself when it fits. */
export function truncate(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? ELLIPSIS : text.slice(0, lo).trimEnd() + ELLIPSIS;
}

/**
 * Word-wraps `text` into at most `maxLines` lines of `maxWidth`; the last line ends in an ellipsis when text was
 * left over. A word longer than a line is cut, never allowed to overflow.
 */
export function wrap(text: string, maxWidth: number, maxLines: number, measure: Measure): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    const last = lines.length === maxLines - 1;
    let line = words[i]!;
    i += 1;
    while (i < words.length && measure(`${line} ${words[i]}`) <= maxWidth) {
      line = `${line} ${words[i]}`;
      i += 1;
    }
    if (last && i < words.length) line = truncate(`${line} ${words.slice(i).join(' ')}`, maxWidth, measure);
    else if (measure(line) > maxWidth) line = truncate(line, maxWidth, measure);
    lines.push(line);
  }
  return lines;
}
