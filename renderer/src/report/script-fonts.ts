/**
 * Bundled Noto faces for every script a plan may be written in, beyond Latin, Greek and Cyrillic (Noto Sans has
 * those): Arabic and Hebrew (right to left), Devanagari, Thai, Ethiopic, Chinese (Simplified and Traditional),
 * Japanese and Korean. The report and the web UI both list them after their own fonts (SCRIPT_FAMILIES), so a
 * title prints in its script on a machine with no font for it. Each face is split by unicode-range: the browser
 * fetches, and Chromium's PDF embeds, only the subsets the text uses. CJK is regular only (bold is synthesised);
 * the others have 400 and 700.
 */
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-sans-hebrew/400.css';
import '@fontsource/noto-sans-hebrew/700.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-devanagari/700.css';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-thai/700.css';
import '@fontsource/noto-sans-ethiopic/400.css';
import '@fontsource/noto-sans-ethiopic/700.css';
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-tc/400.css';
import '@fontsource/noto-sans-jp/400.css';
import '@fontsource/noto-sans-kr/400.css';

/**
 * In fallback order. Han characters shared by the CJK faces take the first that has them (SC); TC, JP and KR fill
 * in what SC lacks (traditional forms, kana, hangul).
 */
export const SCRIPT_FAMILIES = [
  'Noto Sans Arabic',
  'Noto Sans Hebrew',
  'Noto Sans Devanagari',
  'Noto Sans Thai',
  'Noto Sans Ethiopic',
  'Noto Sans SC',
  'Noto Sans TC',
  'Noto Sans JP',
  'Noto Sans KR',
] as const;

/** Faces with a bold cut of their own (the rest synthesise it). */
export const SCRIPT_BOLD = new Set<string>(SCRIPT_FAMILIES.slice(0, 5));
