/**
 * Reading a printed report back with poppler (pdftotext, pdfinfo, pdffonts, pdftohtml), and `hoshin report` run
 * in process: what the report tests check a PDF with.
 */
import { execFileSync } from 'node:child_process';
import { main } from '../../cli/main.ts';

/** `hoshin report …` in this process: its exit code and what it wrote to stderr. */
export async function report(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(['report', ...args], {
    stdout: () => {},
    stderr: (t) => (stderr += t),
    readStdin: () => '',
  });
  return { code, stderr };
}

/** The PDF's text (pages `first` to `last` when given). */
export const pdfText = (pdf: string, first?: number, last?: number): string =>
  execFileSync(
    'pdftotext',
    ['-enc', 'UTF-8', ...(first ? ['-f', String(first), '-l', String(last ?? first)] : []), pdf, '-'],
    { encoding: 'utf8' },
  );

/** Text without any white space, for finding words that wrap. */
export const squash = (s: string): string => s.replace(/\s+/g, '');

export const pdfInfo = (pdf: string, page = 1): string =>
  execFileSync('pdfinfo', ['-f', String(page), '-l', String(page), pdf], { encoding: 'utf8' });

/** A page's width and height in points. */
export function pageSize(pdf: string, page = 1): [number, number] {
  const m = new RegExp(`Page\\s+${page} size:\\s+([\\d.]+) x ([\\d.]+) pts`).exec(pdfInfo(pdf, page));
  if (!m) throw new Error(`no page size in pdfinfo output for page ${page}`);
  return [Number(m[1]), Number(m[2])];
}

/** Every font of the PDF, with pdffonts' `emb` column (`yes` when embedded). */
export function pdfFonts(pdf: string): { name: string; embedded: string }[] {
  return execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
    .split('\n')
    .slice(2)
    .filter(Boolean)
    .map((line) => {
      const cols = line.trim().split(/\s+/);
      // name type… encoding emb sub uni object ID: `emb` is the fifth column from the end.
      return { name: cols[0]!, embedded: cols[cols.length - 5]! };
    });
}

/** The PDF's outline (bookmarks): each entry's page and title. */
export function pdfOutline(pdf: string): { page: number; title: string }[] {
  const xml = execFileSync('pdftohtml', ['-xml', '-i', '-stdout', pdf], { encoding: 'utf8' });
  return [...xml.matchAll(/<item page="(\d+)">([^<]*)<\/item>/g)].map((m) => ({ page: Number(m[1]), title: m[2]! }));
}
