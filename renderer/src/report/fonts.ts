/**
 * The report's fonts, shipped with the app (never the system's): Noto Sans (Latin with accents, Greek, Cyrillic),
 * Noto Serif for headings, Noto Sans SC for Chinese and Japanese (it has kana) and the ● ○ △ marks. Each face is
 * split by unicode-range, so Chromium fetches and embeds only the subsets a plan's text uses.
 */
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/400-italic.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-serif/600.css';
import '@fontsource/noto-sans-sc/400.css';

const FACES = [
  '400 16px "Noto Sans"',
  'italic 400 16px "Noto Sans"',
  '600 16px "Noto Sans"',
  '700 16px "Noto Sans"',
  '600 16px "Noto Serif"',
];
const CJK_FACE = '400 16px "Noto Sans SC"';
const MARKS = '●○△▲▼→–—…·✓';

/** Loads every face the report draws `text` in, so measuring and printing never see a fallback font. */
export async function loadReportFonts(text: string): Promise<void> {
  const chars = [...new Set(text + MARKS)].join('');
  await Promise.all([...FACES, CJK_FACE].map((face) => document.fonts.load(face, chars).catch(() => [])));
  await document.fonts.ready;
}
