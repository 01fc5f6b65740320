/**
 * `hoshin report` end to end: the real renderer printed by Debian's Chromium, read back with poppler (pdftotext,
 * pdfinfo, pdffonts, pdftohtml for the outline, pdftoppm for a page image).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { ensureRendererBuilt } from '../../server/renderer-build.ts';
import { parsePlanJson } from '../../core/plan-json.ts';
import { REPORT_BENCH_SIZE_300 } from '../../bench/report.ts';
import { largePlan } from '../../bench/large-plan.ts';
import { samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { UNICODE_PEOPLE, unicodePlan } from './report-fixtures.ts';
import { pageSize, pdfFonts, pdfInfo, pdfOutline, pdfText, report, squash } from '../helpers/pdf-read.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');
let dir: string;
const sample = samplePlanDocument();
const unicode = unicodePlan();

const text = (pdf: string) => pdfText(pdf);
const info = pdfInfo;
const fonts = pdfFonts;
const outline = pdfOutline;
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

function everyItem(doc: PlanDocument) {
  return [...doc.objectives, ...doc.goals, ...doc.tactics];
}

beforeAll(async () => {
  await ensureRendererBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-report-'));
  writePlanFile(path.join(dir, 'sample.hoshin'), sample);
  writePlanFile(path.join(dir, 'unicode.hoshin'), unicode);
}, 180_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('hoshin report on the sample plan', () => {
  let pdf: string;
  beforeAll(async () => {
    pdf = path.join(dir, 'sample.pdf');
    const r = await report([path.join(dir, 'sample.hoshin'), '--out', pdf, '--date', '2027-03-01']);
    expect(r.stderr).toMatch(/^Wrote .*sample\.pdf: \d+ pages in [\d.]+ s\n$/);
    expect(r.code).toBe(0);
  }, 60_000);

  it('is A4 portrait by default, with vector text for every title, code and owner', () => {
    const [w, h] = pageSize(pdf);
    expect(Math.round(w)).toBe(595);
    expect(Math.round(h)).toBe(842);
    const all = squash(text(pdf));
    for (const item of everyItem(sample)) {
      expect(all).toContain(squash(item.title));
      expect(all).toContain(squash(item.code));
      if (item.owner) expect(all).toContain(squash(item.owner));
    }
    for (const d of sample.departments) expect(all).toContain(squash(d.name));
    expect(all).toContain(squash(sample.plan.title));
    expect(all).toContain(squash(sample.plan.vision!.slice(0, 80)));
    expect(text(pdf)).toMatch(/Page 2 of \d+/);
  });

  it('lists the known gaps with their rules and recommended actions in the gap analysis', () => {
    const all = text(pdf);
    const gaps = squash(all.slice(all.lastIndexOf('Gap analysis'), all.lastIndexOf('Appendix')));
    // pdftotext runs table columns into one another line by line, so each fact is looked for on its own.
    for (const expected of [
      'O5',
      'Uncoveredobjective',
      "'Growcustomerlifetimevalue'hasnodepartmentgoalsupportingit",
      'IT-AI.1',
      'MKT-2.1',
      'Orphanedtactic',
      "'LaunchAIchatbotpilot'(IT)supportsnogoal",
      'MKT-2',
      'Orphanedgoal',
      "'Runanationalbrandawarenesscampaign'",
      'Rule:Everytacticmustsupportagoalthatsupportsanobjective.',
      'Rule:Everydepartmentgoalmustsupportatleastoneobjective.',
      'Rule:Everyobjectivemustbesupportedbyatleastonedepartmentgoal.',
      'Linktoanobjective',
      'Linktoagoal',
      'Createagoalforthisobjectivein',
    ]) {
      expect(gaps).toContain(expected);
    }
  });

  it('embeds every font, Noto among them, and has an outline of its chapters', () => {
    const list = fonts(pdf);
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((f) => f.embedded === 'yes')).toBe(true);
    expect(list.some((f) => /NotoSans-Regular/.test(f.name))).toBe(true);
    expect(list.some((f) => /NotoSerif/.test(f.name))).toBe(true);
    const titles = outline(pdf).map((i) => decode(i.title));
    for (const t of ['Contents', 'Vision', 'Summary', 'Cascade tree', 'X-matrix', 'Departments', 'Gap analysis']) {
      expect(titles).toContain(t);
    }
    for (const d of sample.departments) expect(titles).toContain(d.name);
    expect(titles.some((t) => t.startsWith('Appendix'))).toBe(true);
  });

  it('puts the tree and the X-matrix on landscape pages and numbers the contents', () => {
    const items = outline(pdf);
    const tree = items.find((i) => i.title === 'Cascade tree')!;
    const xm = items.find((i) => i.title === 'X-matrix')!;
    const [tw, th] = pageSize(pdf, tree.page);
    expect(tw).toBeGreaterThan(th);
    const [xw, xh] = pageSize(pdf, xm.page);
    expect(xw).toBeGreaterThan(xh);
    // The contents page names the page each chapter starts on, as the outline does.
    const contents = text(pdf).split('\f')[1]!;
    expect(contents).toMatch(new RegExp(`Cascade tree\\s+${tree.page}\\b`));
    const png = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-r', '30', '-png', '-f', '1', '-l', '1', pdf, png]);
    const made = fs.readdirSync(dir).filter((f) => f.startsWith('page') && f.endsWith('.png'));
    expect(made.length).toBe(1);
    expect(fs.statSync(path.join(dir, made[0]!)).size).toBeGreaterThan(1000);
  });
});

describe('hoshin report options', () => {
  it('prints Letter landscape with only the sections asked for, and the draft watermark', async () => {
    const pdf = path.join(dir, 'letter.pdf');
    const r = await report([
      path.join(dir, 'sample.hoshin'),
      '--out',
      pdf,
      '--page-size',
      'Letter',
      '--landscape',
      '--sections',
      'cover,summary,gaps',
      '--draft',
      '--accent',
      '#7a1f3d',
    ]);
    expect(r.code).toBe(0);
    const [w, h] = pageSize(pdf);
    expect(Math.round(w)).toBe(792);
    expect(Math.round(h)).toBe(612);
    const all = text(pdf);
    expect(all).toContain('Summary');
    expect(all).toContain('Gap analysis');
    // The report's dates follow the app's language (English here, in the UI's own form).
    expect(all).toContain('DRAFT · Jan 1, 2027');
    expect(all).not.toContain('Appendix');
    expect(all).not.toContain('Cascade tree');
  }, 60_000);

  it('draws the whole tree on one poster page when asked', async () => {
    const pdf = path.join(dir, 'poster.pdf');
    const r = await report([
      path.join(dir, 'sample.hoshin'),
      '--out',
      pdf,
      '--sections',
      'tree',
      '--tree',
      'poster-A1',
    ]);
    expect(r.code).toBe(0);
    expect(info(pdf)).toMatch(/Pages:\s+1\n/);
    const [w, h] = pageSize(pdf);
    expect([Math.round(w), Math.round(h)]).toEqual([1684, 2384]);
    const all = squash(text(pdf));
    for (const t of sample.tactics) expect(all).toContain(squash(t.code));
  }, 60_000);

  it('fills the poster sheet with a 300-tactic tree on the page of its heading', async () => {
    const file = path.join(dir, 't300.hoshin');
    writePlanFile(file, parsePlanJson(JSON.stringify(largePlan(REPORT_BENCH_SIZE_300))));
    const pdf = path.join(dir, 'poster-300.pdf');
    const r = await report([file, '--out', pdf, '--sections', 'tree', '--tree', 'poster-A1']);
    expect(r.code).toBe(0);
    // One page: the tree stays under its heading instead of leaving it alone on a page before.
    expect(info(pdf)).toMatch(/Pages:\s+1\n/);
    // The cards' words (codes and titles) reach from near the top to near the bottom of the sheet.
    const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' });
    const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">/g)].map(
      (m) => m.slice(1).map(Number) as [number, number, number, number],
    );
    const [w, h] = pageSize(pdf);
    const cards = words.filter(([, y]) => y > h * 0.04 && y < h * 0.97);
    const top = Math.min(...cards.map(([, y]) => y));
    const bottom = Math.max(...cards.map(([, , , y]) => y));
    const right = Math.max(...cards.map(([, , x]) => x));
    expect((bottom - top) / h).toBeGreaterThan(0.8);
    expect(right / w).toBeGreaterThan(0.7);
  }, 120_000);

  it('refuses unknown sections and page sizes as usage errors (exit 2)', async () => {
    const file = path.join(dir, 'sample.hoshin');
    const unknown = await report([file, '--out', path.join(dir, 'x.pdf'), '--sections', 'cover,charts']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--sections: unknown section "charts"');
    const size = await report([file, '--out', path.join(dir, 'x.pdf'), '--page-size', 'A5']);
    expect(size.code).toBe(2);
    expect(size.stderr).toContain('--page-size must be A4, Letter, not "A5"');
    const noOut = await report([file]);
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('report needs --out <plan.pdf>');
    expect(fs.existsSync(path.join(dir, 'x.pdf'))).toBe(false);
  });

  it('says clearly that no Chromium was found, with exit 2', () => {
    const file = path.join(dir, 'sample.hoshin');
    const out = path.join(dir, 'none.pdf');
    const run = (env: NodeJS.ProcessEnv) =>
      spawnSync(process.execPath, [bin, 'report', file, '--out', out], { encoding: 'utf8', env, timeout: 30_000 });
    const named = run({ PATH: path.join(dir, 'no-such-bin'), HOSHIN_CHROMIUM: '/nonexistent/chromium' });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('hoshin: no Chromium found: install chromium or set HOSHIN_CHROMIUM');
    expect(named.stderr).toContain('/nonexistent/chromium');
    const none = run({ PATH: path.join(dir, 'no-such-bin') });
    expect(none.status).toBe(2);
    expect(none.stderr).toBe(
      'hoshin: no Chromium found: install chromium or set HOSHIN_CHROMIUM to a Chromium or Chrome binary\n',
    );
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('hoshin report on a plan with names in every script', () => {
  it('prints accented Latin, Greek, Cyrillic, Chinese and Japanese with embedded Noto fonts', async () => {
    const pdf = path.join(dir, 'unicode.pdf');
    const r = await report([path.join(dir, 'unicode.hoshin'), '--out', pdf]);
    expect(r.code).toBe(0);
    const all = squash(text(pdf));
    for (const person of UNICODE_PEOPLE) expect(all).toContain(squash(person));
    for (const item of everyItem(unicode)) {
      expect(all).toContain(squash(item.title));
      expect(all).toContain(squash(item.code));
    }
    for (const d of unicode.departments) expect(all).toContain(squash(d.name));
    const list = fonts(pdf);
    expect(list.every((f) => f.embedded === 'yes')).toBe(true);
    expect(list.some((f) => /NotoSansSC/.test(f.name))).toBe(true);
    expect(list.some((f) => /NotoSans-Regular/.test(f.name))).toBe(true);
    const titles = outline(pdf).map((i) => decode(i.title));
    for (const d of unicode.departments) expect(titles).toContain(d.name);
  }, 60_000);
});

describe('hoshin report on a plan shaped like a real X-matrix', () => {
  it('judges the breakthrough through its annual objectives and lists the new findings', async () => {
    // The unicode plan links goals to annual objectives only, as real X-matrices do; one tactic loses its date
    // and one goal's KPI its baseline.
    const plan = structuredClone(unicode);
    plan.tactics[0]!.due = null;
    plan.goals[0]!.kpi = { ...plan.goals[0]!.kpi!, baseline: null };
    const file = path.join(dir, 'real-shape.hoshin');
    writePlanFile(file, plan);
    const pdf = path.join(dir, 'real-shape.pdf');
    const r = await report([file, '--out', pdf, '--sections', 'correlation,gaps', '--date', '2027-03-01']);
    expect(r.code).toBe(0);
    const all = text(pdf);
    const gaps = squash(all.slice(all.lastIndexOf('Gap analysis')));
    const breakthrough = plan.objectives.find((o) => o.horizon === 'breakthrough')!;
    expect(squash(all)).toContain(
      squash(`${breakthrough.code} has no goal of its own: it is judged through the annual objectives serving it.`),
    );
    expect(gaps).not.toContain(squash(`'${breakthrough.title}' has no department goal`));
    for (const expected of [
      'Nodue date',
      // pdftotext runs table columns into one another line by line, so each fact is looked for on its own.
      plan.tactics[0]!.code,
      'hasnoduedate,sonobodycantellwhetheritislate.',
      'Rule:Everytacticthatisnotdoneneedsaduedate.',
      'NoKPIbaseline',
      'butnobaseline,soitsprogresscannotbemeasured.',
      'SettheKPI’sbaseline',
    ]) {
      expect(gaps).toContain(squash(expected));
    }
  }, 60_000);
});
