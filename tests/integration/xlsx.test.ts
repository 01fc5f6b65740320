/** The Excel export, read back with exceljs: from `hoshin export --format xlsx` and from web mode's download route. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { exportPlan } from '../../server/serve.ts';
import { createWebServer } from '../../server/web-server.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');
const hoshin = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
const sample = samplePlanDocument();

async function readBook(data: Buffer | string): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  if (typeof data === 'string') await book.xlsx.readFile(data);
  else await book.xlsx.load(data as unknown as ArrayBuffer);
  return book;
}

function headers(sheet: ExcelJS.Worksheet): string[] {
  return (sheet.getRow(1).values as unknown[]).slice(1).map(String);
}

function column(sheet: ExcelJS.Worksheet, header: string): ExcelJS.CellValue[] {
  const index = headers(sheet).indexOf(header) + 1;
  expect(index).toBeGreaterThan(0);
  const values: ExcelJS.CellValue[] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) values.push(row.getCell(index).value);
  });
  return values;
}

describe('Excel workbook', () => {
  it('has the seven sheets with frozen headers, autofilters and typed cells', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'sample.hoshin');
    writePlanFile(file, sample);
    const out = path.join(dir, 'plan.xlsx');
    const r = hoshin(['export', file, '--format', 'xlsx', '--out', out]);
    expect(r.stderr).toBe(`Wrote ${out}\n`);
    expect(r.status).toBe(0);
    const book = await readBook(out);
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Plan',
      'Departments',
      'Objectives',
      'Goals',
      'Tactics',
      'Links',
      'Gaps',
    ]);
    for (const sheet of book.worksheets) {
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(sheet.autoFilter).toBeTruthy();
      expect(sheet.getRow(1).font?.bold).toBe(true);
    }
    // The plan's header as Field | Value rows, its period as dates; the departments with their heads.
    const plan = book.getWorksheet('Plan')!;
    expect(column(plan, 'Field')).toEqual([
      'Title',
      'Organisation',
      'Period start',
      'Period end',
      'Vision',
      'Owner load limit (tactics)',
      'Review tolerance (%)',
      'Week starts on (1 Monday … 7 Sunday)',
      'Fiscal year starts in (month 1 … 12)',
    ]);
    const values = column(plan, 'Value');
    expect(values.slice(7)).toEqual([1, 1]);
    expect(values[0]).toBe(sample.plan.title);
    expect((values[2] as Date).toISOString().slice(0, 10)).toBe(sample.plan.periodStart);
    expect(values[5]).toBe(sample.plan.settings.ownerLoadLimit);
    const departments = book.getWorksheet('Departments')!;
    expect(column(departments, 'Department')).toEqual(sample.departments.map((d) => d.name));
    expect(column(departments, 'Head')).toEqual(sample.departments.map((d) => d.head));
    expect(column(departments, 'Goals').reduce((n: number, v) => n + (v as number), 0)).toBe(sample.goals.length);

    const objectives = book.getWorksheet('Objectives')!;
    expect(objectives.rowCount).toBe(sample.objectives.length + 1);
    expect(column(objectives, 'Code')).toEqual(sample.objectives.map((o) => o.code));
    expect(column(objectives, 'Baseline')).toEqual(sample.objectives.map((o) => o.kpi?.baseline ?? null));
    expect(column(objectives, 'Target').every((v) => typeof v === 'number')).toBe(true);
    expect(column(objectives, 'Goals').every((v) => typeof v === 'number')).toBe(true);
    expect(column(objectives, 'Gap')).toContain('Uncovered');

    const tactics = book.getWorksheet('Tactics')!;
    expect(tactics.rowCount).toBe(sample.tactics.length + 1);
    const due = column(tactics, 'Due');
    expect(due.filter((v) => v !== null).every((v) => v instanceof Date)).toBe(true);
    const first = sample.tactics.find((t) => t.due)!;
    expect((due[sample.tactics.indexOf(first)] as Date).toISOString().slice(0, 10)).toBe(first.due);
    expect(column(tactics, 'Aligned').every((v) => typeof v === 'boolean')).toBe(true);
    const aligned = column(tactics, 'Aligned');
    expect(aligned[sample.tactics.findIndex((t) => t.code === 'IT-AI.1')]).toBe(false);

    const links = book.getWorksheet('Links')!;
    const linkCount =
      sample.objectives.reduce((n, o) => n + o.supports.length, 0) +
      sample.goals.reduce((n, g) => n + g.supports.length, 0) +
      sample.tactics.reduce((n, t) => n + t.supports.length, 0);
    expect(links.rowCount).toBe(linkCount + 1);
    expect(new Set(column(links, 'Strength'))).toEqual(new Set(['Strong', 'Medium', 'Weak']));

    const gaps = book.getWorksheet('Gaps')!;
    const items = column(gaps, 'Item');
    for (const code of ['O5', 'IT-AI.1', 'MKT-2.1', 'MKT-2']) expect(items).toContain(code);
    expect(column(gaps, 'Severity')).toContain('Error');
    expect(column(gaps, 'Finding')).toContain('Orphaned goal');
    expect(column(objectives, 'Horizon')).toContain('Breakthrough');
    expect(column(objectives, 'Direction')).toContain('Decrease');
    expect(column(tactics, 'Status')).toContain('On track');
    expect(column(tactics, 'Supports goals').find((v) => typeof v === 'string')).toMatch(/\((Strong|Medium|Weak)\)/);

    // No cell a person reads holds one of the contract's codes (ids keep their own columns).
    const codes =
      /^(orphaned_goal|orphaned_tactic|uncovered_objective|goal_without_tactics|missing_owner|on_track|not_started|at_risk|off_track|done|breakthrough|annual|strong|medium|weak|increase|decrease|error|warning)$/;
    for (const sheet of book.worksheets) {
      const readable = headers(sheet).filter((h) => !/\bid$/i.test(h));
      for (const header of readable)
        for (const value of column(sheet, header))
          if (typeof value === 'string') expect(value, `${sheet.name} › ${header}`).not.toMatch(codes);
    }
  });

  it('needs --out, since a workbook is not text', () => {
    const dir = tempDir();
    const file = path.join(dir, 'sample.hoshin');
    writePlanFile(file, sample);
    const r = hoshin(['export', file, '--format', 'xlsx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format xlsx needs --out <file.xlsx>');
    expect(hoshin(['export', file, '--format', 'pdf']).stderr).toContain('--format must be json, csv or xlsx');
  });

  it('downloads from web mode as xlsx and csv, with the token only', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'CX plan.hoshin');
    writePlanFile(file, sample);
    const session = openPlan(file);
    const token = 'export-test-token';
    // The API routes only: no renderer build, so this file never races another over out/renderer.
    const server = createWebServer({
      dispatch: session.dispatch,
      rendererDir: dir,
      token,
      exportPlan: (format) => exportPlan(session, format),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const running = { token };
    try {
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const xlsx = await fetch(`${origin}/api/export.xlsx`, { headers: { 'X-Hoshin-Token': running.token } });
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(xlsx.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''CX%20plan.xlsx");
      const book = await readBook(Buffer.from(await xlsx.arrayBuffer()));
      expect(book.getWorksheet('Tactics')!.rowCount).toBe(sample.tactics.length + 1);

      const csv = await fetch(`${origin}/api/export.csv`, { headers: { 'X-Hoshin-Token': running.token } });
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect((await csv.text()).split('\n')[0]).toContain('tactic_code');

      expect((await fetch(`${origin}/api/export.xlsx`)).status).toBe(401);
      const post = await fetch(`${origin}/api/export.csv`, {
        method: 'POST',
        headers: { 'X-Hoshin-Token': running.token },
      });
      expect(post.status).toBe(405);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      session.close();
    }
  });
});
