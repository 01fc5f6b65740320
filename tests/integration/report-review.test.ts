/**
 * `hoshin report` with the monthly review chapter, and in one locale (`--locale`): the real renderer printed by
 * Debian's Chromium, read back with poppler (pdftotext, pdfinfo, pdffonts, pdftohtml for the outline).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureRendererBuilt } from '../../server/renderer-build.ts';
import { samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { pageSize, pdfFonts, pdfOutline, pdfText, report, squash } from '../helpers/pdf-read.ts';

let dir: string;
const sample = samplePlanDocument();
const review = sample.review!;

const text = (pdf: string) => pdfText(pdf);
const embedded = (pdf: string) => pdfFonts(pdf).map((f) => f.embedded);
const outline = pdfOutline;

/** Every objective and goal with a KPI: the bowling chart's rows. */
const kpiItems = [...sample.objectives, ...sample.goals].filter((x) => x.kpi);

beforeAll(async () => {
  await ensureRendererBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-report-review-'));
  writePlanFile(path.join(dir, 'sample.hoshin'), sample);
}, 180_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the monthly review chapter of the report', () => {
  let pdf: string;
  beforeAll(async () => {
    pdf = path.join(dir, 'review.pdf');
    const r = await report([
      path.join(dir, 'sample.hoshin'),
      '--out',
      pdf,
      '--sections',
      'contents,review',
      '--date',
      '2027-03-01',
    ]);
    expect(r.code).toBe(0);
  }, 90_000);

  it('prints every KPI of the bowling chart, its countermeasures and the latest tactic update', () => {
    const all = squash(text(pdf));
    expect(all).toContain('Monthlyreview');
    expect(kpiItems.length).toBeGreaterThan(5);
    for (const item of kpiItems) {
      expect(all).toContain(squash(item.kpi!.name));
      expect(all).toContain(squash(item.code));
    }
    for (const cm of review.countermeasures) {
      expect(all).toContain(squash(cm.rootCause));
      expect(all).toContain(squash(cm.action));
      expect(all).toContain(squash(cm.owner!));
    }
    expect(all).toContain(squash(review.tacticUpdates[0]!.note!));
    // O3's red February has no countermeasure: the chapter names it.
    expect(all).toContain(squash('1 red month without a countermeasure: O3 Feb 2027'));
    // The months' values in the text layer (O1's March actual), and the legend's counts of each status.
    expect(all).toContain('13.6');
    expect(all).toContain(squash('On plan: 3 months'));
    expect(all).toContain(squash('Off plan: 2 months'));
  });

  it('keeps each KPI row whole on one landscape page, under a repeated header, listed in the contents', () => {
    const items = outline(pdf);
    const chapter = items.find((i) => i.title === 'Monthly review');
    expect(chapter).toBeDefined();
    const pages = text(pdf).split('\f');
    const reviewPages = pages.slice(chapter!.page - 1).filter((p) => p.trim() !== '');
    expect(reviewPages.length).toBeGreaterThan(1);
    for (let p = chapter!.page; p < chapter!.page + reviewPages.length; p++) {
      const [w, h] = pageSize(pdf, p);
      expect(w).toBeGreaterThan(h);
    }
    // A row is never split: each KPI's name and its baseline-to-target line are on exactly one page.
    for (const item of kpiItems) {
      const on = reviewPages.filter((page) => squash(page).includes(squash(item.kpi!.name)));
      expect(on.length, item.code).toBe(1);
    }
    // Every page of the chart repeats its header (the KPI and month columns).
    const chartPages = reviewPages.filter((page) => kpiItems.some((i) => squash(page).includes(squash(i.kpi!.name))));
    for (const page of chartPages) expect(page).toMatch(/RUN CHART[\s\S]*JAN[\s\S]*DEC/);
    const contents = execFileSync('pdftotext', ['-layout', '-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' });
    expect(contents).toMatch(new RegExp(`Monthly review\\s+${chapter!.page}\\b`));
    expect(embedded(pdf).every((e) => e === 'yes')).toBe(true);
  });

  it("prints only the department's KPIs with --department", async () => {
    const out = path.join(dir, 'review-cs.pdf');
    const r = await report([
      path.join(dir, 'sample.hoshin'),
      '--out',
      out,
      '--sections',
      'review',
      '--department',
      'customer success',
    ]);
    expect(r.code).toBe(0);
    const all = squash(text(out));
    const cs = sample.departments.find((d) => d.name === 'Customer Success')!;
    const mine = sample.goals.filter((g) => g.departmentId === cs.id && g.kpi);
    // Other departments' goals print only where a Customer Success tactic carries them.
    const carried = new Set(
      sample.tactics.filter((x) => x.departmentId === cs.id).flatMap((x) => x.supports.map((s) => s.goalId)),
    );
    const others = sample.goals.filter((g) => g.departmentId !== cs.id && g.kpi && !carried.has(g.id));
    expect(others.length).toBeGreaterThan(0);
    expect(mine.length).toBeGreaterThan(0);
    for (const g of mine) expect(all).toContain(squash(g.kpi!.name));
    for (const g of others) expect(all).not.toContain(squash(g.kpi!.name));
  }, 90_000);
});

describe('hoshin report --locale', () => {
  it('prints a German report: German headings, page numbers, dates and numbers', async () => {
    const pdf = path.join(dir, 'de.pdf');
    const r = await report([
      path.join(dir, 'sample.hoshin'),
      '--out',
      pdf,
      '--locale',
      'de',
      '--sections',
      'cover,contents,summary,review,gaps',
      '--date',
      '2027-03-01',
    ]);
    expect(r.code).toBe(0);
    const all = text(pdf);
    // The gap analysis in German too: the sample's uncovered objective O5, its rule, and no English sentence.
    expect(all.replace(/\s+/g, ' ')).toContain('wird von keinem Bereichsziel unterstützt, also verfolgt es niemand.');
    expect(all).not.toContain('has no department goal supporting it');
    for (const heading of ['Inhalt', 'Zusammenfassung', 'Monatsreview', 'Gegenmaßnahmen']) {
      expect(all).toContain(heading);
    }
    expect(all).toMatch(/Seite 2 von \d+/);
    expect(all).not.toMatch(/Page \d+ of/);
    // Dates: the cover's "prepared" day and the plan period, in German.
    expect(all).toContain('1. März 2027');
    expect(all).toContain('1. Jan. 2027 – 31. Dez. 2027');
    // Numbers: a decimal comma, a thousands point (O5's monthly plan of EUR 4,267 is 4.267 in German).
    expect(all).toContain('13,6');
    expect(all).toContain('4.267');
    expect(all).not.toContain('13.6');
    expect(outline(pdf).map((i) => i.title)).toContain('Monatsreview');
    expect(embedded(pdf).every((e) => e === 'yes')).toBe(true);
  }, 90_000);

  it('prints a Japanese review with its CJK headings embedded', async () => {
    const pdf = path.join(dir, 'ja.pdf');
    const r = await report([path.join(dir, 'sample.hoshin'), '--out', pdf, '--locale', 'ja', '--sections', 'review']);
    expect(r.code).toBe(0);
    const all = text(pdf);
    expect(all).toContain('月次レビュー');
    expect(all).toContain('対策');
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    expect(fonts).toMatch(/NotoSans(SC|JP)/);
    expect(embedded(pdf).every((e) => e === 'yes')).toBe(true);
  }, 90_000);

  it('refuses a language the report is not written in, naming the ones it is', async () => {
    const out = path.join(dir, 'xx.pdf');
    const r = await report([path.join(dir, 'sample.hoshin'), '--out', out, '--locale', 'xx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--locale: the report is not available in "xx"; choose one of en, de, fr, es, ja');
    expect(fs.existsSync(out)).toBe(false);
  });
});
