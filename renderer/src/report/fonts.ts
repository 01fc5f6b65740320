/**
 * The report's fonts, shipped with the app (never the system's): Noto Sans (Latin with accents, Greek, Cyrillic),
 * Noto Serif for headings, and the script faces of script-fonts.ts for everything else (Noto Sans SC also has the
 * ● ○ △ marks). Each face is split by unicode-range, so Chromium fetches and embeds only the subsets a plan's text
 * uses. report.css lists the same families in --rpt-sans and --rpt-serif.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-serif/600.css';
import { SCRIPT_BOLD, SCRIPT_FAMILIES } from './script-fonts.ts';

const FACES = [
  '400 16px "Noto Sans"',
  'italic 400 16px "Noto Sans"',
  '600 16px "Noto Sans"',
  '700 16px "Noto Sans"',
  '600 16px "Noto Serif"',
  ...SCRIPT_FAMILIES.map((f) => `400 16px "${f}"`),
  ...[...SCRIPT_BOLD].map((f) => `700 16px "${f}"`),
];
const MARKS = '●○△▲▼→–—…·✓';

/**
 * Loads every face the report draws `text` in, so measuring and printing never see a fallback font. A face whose
 * unicode-range misses every character of `text` loads nothing.
 */
export async function loadReportFonts(text: string): Promise<void> {
  const chars = [...new Set(text + MARKS)].join('');
  await Promise.all(FACES.map((face) => document.fonts.load(face, chars).catch(() => [])));
  await document.fonts.ready;
}
