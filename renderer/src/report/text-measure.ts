/** Text measured in the report's own fonts (canvas), for the SVG tree cards, where nothing wraps by itself. */

import { SCRIPT_FAMILIES } from './script-fonts.ts';

/** The report's sans stack (report.css --rpt-sans): Noto Sans, then the bundled script faces. */
export const REPORT_SANS = ['"Noto Sans"', ...SCRIPT_FAMILIES.map((f) => `"${f}"`), 'sans-serif'].join(', ');

export type Measure = (text: string) => number;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

/** Measures in `weight size family`; valid once the fonts are loaded (see loadReportFonts). */
export function measurer(weight: number, size: number): Measure {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const font = `${weight} ${size}px ${REPORT_SANS}`;
  return (text) => {
    const key = `${font}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      if (context) {
        context.font = font;
        w = context.measureText(text).width;
      } else w = text.length * size * 0.58;
      widths.set(key, w);
    }
    return w;
  };
}

/** CJK ideographs, kana and Hangul break between any two characters. */
const CJK = /[\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/u;
/** Scripts written without spaces between words (Thai, Lao, Khmer, Myanmar): split at dictionary word bounds. */
const UNSPACED = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF]/u;
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Breakable units: words with their following space, single CJK characters, or Thai (etc.) words. */
function tokens(text: string): string[] {
  const out: string[] = [];
  let word = '';
  const flush = () => {
    if (!word) return;
    if (UNSPACED.test(word)) out.push(...Array.from(words.segment(word), (s) => s.segment));
    else out.push(word);
    word = '';
  };
  for (const ch of text.trim().replace(/\s+/g, ' ')) {
    if (CJK.test(ch)) {
      flush();
      out.push(ch);
    } else if (ch === ' ') {
      word += ' ';
      flush();
    } else word += ch;
  }
  flush();
  return out;
}

const ELLIPSIS = '…';

export function truncate(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(chars.slice(0, mid).join('').trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return chars.slice(0, lo).join('').trimEnd() + ELLIPSIS;
}

/** Up to `maxLines` lines no wider than `maxWidth`; the last ends in an ellipsis when text was left over. */
export function wrapLines(text: string, maxWidth: number, maxLines: number, measure: Measure): string[] {
  const parts = tokens(text);
  const lines: string[] = [];
  let i = 0;
  while (i < parts.length && lines.length < maxLines) {
    let line = parts[i]!;
    i += 1;
    while (i < parts.length && measure((line + parts[i]!).trimEnd()) <= maxWidth) {
      line += parts[i]!;
      i += 1;
    }
    const last = lines.length === maxLines - 1;
    if (last && i < parts.length) line = truncate(line + parts.slice(i).join(''), maxWidth, measure);
    else if (measure(line.trimEnd()) > maxWidth) line = truncate(line.trimEnd(), maxWidth, measure);
    lines.push(line.trimEnd());
  }
  return lines;
}
