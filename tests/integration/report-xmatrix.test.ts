/**
 * The report's X-matrix page for a plan the size of a real company's (30 annual objectives × 35 KPIs × 25
 * priorities), printed on A3 landscape through Chromium and read back with poppler: every title is on the page or
 * in the legend beside it, every font is embedded, and no word is printed smaller than 6 pt.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_REPORT_OPTIONS } from '../../contract/report.ts';
import { parsePlanJson } from '../../core/plan-json.ts';
import { ensureRendererBuilt } from '../../server/renderer-build.ts';
import { renderReportPdf } from '../../server/report-pdf.ts';
import { writePlanFile } from '../../services/plan-files.ts';
import { xmatrixPlan } from '../helpers/xmatrix-plan.ts';
import { pdfText, squash } from '../helpers/pdf-read.ts';

const text = (pdf: string) => pdfText(pdf);

/** Each word poppler finds with its box, in points. */
function words(pdf: string, page: number): { word: string; w: number; h: number }[] {
  const html = execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), pdf, '-'], {
    encoding: 'utf8',
  });
  return [
    ...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ word: m[5]!, w: Number(m[3]) - Number(m[1]), h: Number(m[4]) - Number(m[2]) }));
}

let dir: string;
beforeAll(async () => {
  await ensureRendererBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-report-xmatrix-'));
}, 180_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the X-matrix on A3, 30 annual objectives × 35 KPIs × 25 priorities', () => {
  it('prints every title, embeds every font and prints no word under 6 pt', async () => {
    const input = xmatrixPlan({ breakthroughs: 4, annuals: 30, priorities: 25, kpis: 35, departments: 8 });
    const plan = parsePlanJson(JSON.stringify(input));
    const file = path.join(dir, 'xm.hoshin');
    writePlanFile(file, plan);
    const pdf = path.join(dir, 'xm.pdf');
    await renderReportPdf(file, {
      out: pdf,
      report: { ...DEFAULT_REPORT_OPTIONS, sections: ['xmatrix'], xmatrix: 'A3' },
      preparedOn: '2027-01-01',
      timeoutMs: 240_000,
    });

    // A3 landscape: 420 × 297 mm.
    const info = execFileSync('pdfinfo', ['-f', '1', '-l', '1', pdf], { encoding: 'utf8' });
    const [, w, h] = /Page\s+1 size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
    expect(Math.round(Number(w))).toBe(1191);
    expect(Math.round(Number(h))).toBe(842);

    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter(Boolean)
      .map((line) => line.trim().split(/\s+/));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((cols) => cols[cols.length - 5] !== 'yes')).toEqual([]);

    const all = squash(text(pdf));
    const kpis = [...plan.objectives, ...plan.goals].flatMap((x) => (x.kpi ? [x.kpi.name] : []));
    expect(kpis).toHaveLength(35);
    for (const x of [...plan.objectives, ...plan.goals]) expect(all, x.code).toContain(squash(x.title));
    for (const name of kpis) expect(all, name).toContain(squash(name));
    for (const d of plan.departments) expect(all, d.name).toContain(squash(d.name));

    // The matrix page: every word at least 6 pt high (a word's box is at least as tall as its font, and for
    // upright headings the box's width is the font's height).
    const page = words(pdf, 1).filter((x) => x.word.length >= 3);
    expect(page.length).toBeGreaterThan(200);
    const smallest = Math.min(...page.map((x) => Math.min(x.w, x.h)));
    expect(smallest).toBeGreaterThanOrEqual(6);

    const png = path.join(dir, 'xm-page');
    execFileSync('pdftoppm', ['-r', '60', '-png', '-f', '1', '-l', '1', pdf, png]);
    const made = fs.readdirSync(dir).find((f) => f.startsWith('xm-page') && f.endsWith('.png'));
    expect(made).toBeDefined();
  }, 300_000);
});
