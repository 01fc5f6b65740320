/**
 * The report in every script and the tree on paper, end to end (Chromium, read back with poppler): titles in
 * Latin, Greek, Cyrillic, Chinese (Simplified and Traditional), Japanese, Korean, Arabic, Hebrew, Devanagari,
 * Thai and Ethiopic print with the bundled, embedded fonts and stay extractable; the tree section is paged by
 * objective; a 300-tactic report stays small.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largePlan } from '../../bench/large-plan.ts';
import { DEFAULT_REPORT_OPTIONS } from '../../contract/report.ts';
import { parsePlanJson, validatePlanDocument } from '../../core/plan-json.ts';
import { ensureRendererBuilt } from '../../server/renderer-build.ts';
import { renderReportPdf } from '../../server/report-pdf.ts';
import { HoshinError } from '../../contract/errors.ts';
import { pdfFonts, pdfText, squash } from '../helpers/pdf-read.ts';
import { samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';

/** One objective per script, each with a goal and a tactic titled in the same script. */
const SCRIPTS: { code: string; objective: string; goal: string; tactic: string; font: RegExp }[] = [
  {
    code: 'LA',
    objective: 'Devenir le fournisseur préféré',
    goal: 'Réduire les délais',
    tactic: 'Former les équipes',
    font: /NotoSans-/,
  },
  {
    code: 'EL',
    objective: 'Αύξηση ικανοποίησης πελατών',
    goal: 'Ταχύτερη εξυπηρέτηση',
    tactic: 'Εκπαίδευση ομάδας',
    font: /NotoSans-/,
  },
  {
    code: 'RU',
    objective: 'Стать лучшим партнёром',
    goal: 'Сократить сроки',
    tactic: 'Обучить команду',
    font: /NotoSans-/,
  },
  { code: 'SC', objective: '提升客户满意度', goal: '缩短交付时间', tactic: '培训销售团队', font: /NotoSansSC/ },
  {
    code: 'TC',
    objective: '提升顧客滿意度與忠誠',
    goal: '縮短交貨時間',
    tactic: '培訓銷售團隊',
    font: /NotoSans(SC|TC)/,
  },
  {
    code: 'JA',
    objective: 'お客様に選ばれる会社へ',
    goal: 'サポートの迅速化',
    tactic: 'チームの研修を行う',
    font: /NotoSans(SC|JP)/,
  },
  { code: 'KO', objective: '고객 만족도 향상', goal: '배송 시간 단축', tactic: '영업팀 교육', font: /NotoSansKR/ },
  {
    code: 'AR',
    objective: 'زيادة رضا العملاء',
    goal: 'تقليل وقت التسليم',
    tactic: 'تدريب فريق المبيعات',
    font: /NotoSansArabic/,
  },
  {
    code: 'HE',
    objective: 'הגדלת שביעות רצון הלקוחות',
    goal: 'קיצור זמני אספקה',
    tactic: 'הדרכת צוות המכירות',
    font: /NotoSansHebrew/,
  },
  {
    code: 'HI',
    objective: 'ग्राहक संतुष्टि बढ़ाना',
    goal: 'वितरण समय घटाना',
    tactic: 'बिक्री टीम का प्रशिक्षण',
    font: /NotoSans(Devanagari|-Regular)/,
  },
  {
    code: 'TH',
    objective: 'เพิ่มความพึงพอใจของลูกค้า',
    goal: 'ลดเวลาการส่งมอบ',
    tactic: 'ฝึกอบรมทีมขาย',
    font: /NotoSansThai/,
  },
  {
    code: 'AM',
    objective: 'የደንበኞችን እርካታ ማሳደግ',
    goal: 'የማድረሻ ጊዜን መቀነስ',
    tactic: 'የሽያጭ ቡድንን ማሰልጠን',
    font: /NotoSansEthiopic/,
  },
];

function scriptsPlan() {
  return validatePlanDocument({
    format: 'hoshin-plan',
    version: 1,
    plan: { id: 'scripts', title: 'Every script', periodStart: '2027-01-01', periodEnd: '2027-12-31' },
    departments: [{ id: 'd1', name: 'World', head: 'Ana' }],
    objectives: SCRIPTS.map((s) => ({ id: `o-${s.code}`, code: `O-${s.code}`, title: s.objective, horizon: 'annual' })),
    goals: SCRIPTS.map((s) => ({
      id: `g-${s.code}`,
      code: `G-${s.code}`,
      departmentId: 'd1',
      title: s.goal,
      supports: [{ objectiveId: `o-${s.code}`, strength: 'strong' }],
    })),
    tactics: SCRIPTS.map((s) => ({
      id: `t-${s.code}`,
      code: `T-${s.code}`,
      departmentId: 'd1',
      title: s.tactic,
      status: 'on_track',
      supports: [{ goalId: `g-${s.code}`, strength: 'strong' }],
    })),
  });
}

const text = pdfText;
const fonts = pdfFonts;
/** Page texts, 1-based (index 0 is empty). */
const pagesOf = (pdf: string) => ['', ...text(pdf).split('\f')];

let dir: string;
beforeAll(async () => {
  await ensureRendererBuilt();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-report-scripts-'));
}, 180_000);
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('a report in every script', () => {
  it('embeds a bundled font for each script and pdftotext finds every title', async () => {
    const file = path.join(dir, 'scripts.hoshin');
    writePlanFile(file, scriptsPlan());
    const pdf = path.join(dir, 'scripts.pdf');
    await renderReportPdf(file, { out: pdf, report: DEFAULT_REPORT_OPTIONS, preparedOn: '2027-01-01' });
    const list = fonts(pdf);
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => f.embedded !== 'yes')).toEqual([]);
    // Only the bundled Noto faces: nothing from the machine (DejaVu) stands in for a missing glyph.
    expect(list.filter((f) => f.name !== '[none]' && !/Noto/.test(f.name))).toEqual([]);
    for (const s of SCRIPTS)
      expect(
        list.some((f) => s.font.test(f.name)),
        s.code,
      ).toBe(true);
    const all = squash(text(pdf));
    for (const s of SCRIPTS) {
      expect(all, s.code).toContain(squash(s.objective));
      expect(all, s.code).toContain(squash(s.goal));
      expect(all, s.code).toContain(squash(s.tactic));
    }
    // The tree pages: one per objective (each is small), after the overview, each with its own cards.
    const pages = pagesOf(pdf);
    for (const s of SCRIPTS) {
      const own = pages.filter(
        (p) => p.includes(`T-${s.code}`) && p.includes(`G-${s.code}`) && p.includes(`O-${s.code}`),
      );
      expect(own.length, s.code).toBeGreaterThan(0);
    }
    const png = path.join(dir, 'scripts-page');
    const treePage = pages.findIndex((p) => p.includes('T-AM') && p.includes('O-AM') && !p.includes('APPENDIX'));
    execFileSync('pdftoppm', ['-r', '40', '-png', '-f', String(treePage), '-l', String(treePage), pdf, png]);
    expect(fs.readdirSync(dir).some((f) => f.startsWith('scripts-page') && f.endsWith('.png'))).toBe(true);
  }, 120_000);
});

describe('the tree on paper, 300 tactics', () => {
  it('pages the tree by objective, each tactic once, with continued headers, in a report under 3 MB', async () => {
    const file = path.join(dir, 't300.hoshin');
    const plan = largePlan({ departments: 10, objectives: 8, goals: 60, tactics: 300 });
    writePlanFile(file, parsePlanJson(JSON.stringify(plan)));
    const pdf = path.join(dir, 't300.pdf');
    const result = await renderReportPdf(file, {
      out: pdf,
      report: DEFAULT_REPORT_OPTIONS,
      preparedOn: '2027-01-01',
      timeoutMs: 240_000,
    });
    expect(result.bytes).toBeLessThan(3 * 1024 * 1024);
    const pages = pagesOf(pdf);
    // The tree section: from its heading's page to the correlation chapter.
    const first = pages.findIndex((p) => p.includes('HOW THE OBJECTIVES CASCADE'));
    const end = pages.findIndex((p) => p.includes('WHO SERVES WHICH OBJECTIVE'));
    const section = pages.slice(first, end);
    const drawn = section.filter((p) =>
      /\b(O\d+ \(continued\)|O\d+ Objective \d+|UNALIGNED \d+ items? traces?)/.test(p),
    );
    // The overview (one or two pages), then each objective's pages and the Unaligned page: every page is one.
    expect(section.length - drawn.length).toBeLessThanOrEqual(2);
    expect(drawn.filter((p) => /O\d+ \(continued\)/.test(p)).length).toBeGreaterThan(0);
    expect(drawn.at(-1)).toContain('UNALIGNED');
    // Every tactic is a card exactly once in the section (the overview lists goals, never tactics).
    const all = section.join('\n');
    for (const t of plan.tactics) {
      const hits = all.split(new RegExp(`\\b${t.code.replace('.', '\\.')}\\b`)).length - 1;
      expect(hits, t.code).toBe(1);
    }
  }, 300_000);
});

describe("a department head's report (--department)", () => {
  it("prints only that department's goals and tactics, with the objectives they serve, named by id or name", async () => {
    const file = path.join(dir, 'sample.hoshin');
    const plan = samplePlanDocument();
    writePlanFile(file, plan);
    const dept = plan.departments[0]!;
    const pdf = path.join(dir, 'dept.pdf');
    await renderReportPdf(file, {
      out: pdf,
      report: { ...DEFAULT_REPORT_OPTIONS, department: dept.name.toUpperCase() },
      preparedOn: '2027-01-01',
    });
    const all = text(pdf);
    const codes = (items: { code: string }[]) => items.map((i) => i.code);
    const mine = plan.tactics.filter((t) => t.departmentId === dept.id);
    const served = new Set(
      plan.goals.filter((g) => g.departmentId === dept.id).flatMap((g) => g.supports.map((s) => s.objectiveId)),
    );
    for (const code of codes(mine)) expect(all).toContain(code);
    for (const o of plan.objectives.filter((x) => served.has(x.id))) expect(all).toContain(o.code);
    const others = plan.tactics.filter((t) => t.departmentId !== dept.id);
    for (const code of codes(others)) expect(all, code).not.toMatch(new RegExp(`\\b${code.replace('.', '\\.')}\\b`));
    expect(pagesOf(pdf)[1]).toContain(dept.name);

    const refused = renderReportPdf(file, { out: pdf, report: { ...DEFAULT_REPORT_OPTIONS, department: 'Nowhere' } });
    await expect(refused).rejects.toBeInstanceOf(HoshinError);
    await expect(refused).rejects.toThrow(/no department "Nowhere" in this plan \(its departments: /);
  }, 120_000);
});
