/**
 * `hoshin import` of workbooks and CSV files written in the test (exceljs), through the same main() that
 * bin/hoshin.js runs: recognition without a mapping, links, merge idempotence, dry runs and refusals.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { openPlan } from '../../services/plan-files.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

async function hoshin(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: () => '' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

type Rows = (string | number | null)[][];

async function writeBook(file: string, sheets: Record<string, Rows>): Promise<void> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  await book.xlsx.writeFile(file);
}

async function exportJson(file: string): Promise<Record<string, unknown>> {
  const r = await hoshin(['export', file]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

/** The plan JSON with every id replaced by what names the item to a user (its code, a department's name). */
function withoutIds(doc: Record<string, unknown>): unknown {
  const names = new Map<string, string>();
  for (const key of ['departments', 'objectives', 'goals', 'tactics'] as const) {
    for (const item of doc[key] as { id: string; code?: string; name?: string }[]) {
      names.set(item.id, `${key}:${item.code ?? item.name}`);
    }
  }
  const plan = { ...(doc.plan as Record<string, unknown>) };
  delete plan.id;
  const replace = (value: unknown): unknown => {
    if (typeof value === 'string') return names.get(value) ?? value;
    if (Array.isArray(value)) return value.map(replace);
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replace(v)]));
    }
    return value;
  };
  return replace({ ...doc, plan });
}

/** Every sheet's cell values, without the Id column (ids are made anew by an import). */
async function cells(file: string): Promise<Record<string, unknown[][]>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const result: Record<string, unknown[][]> = {};
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const idColumn = rows[0]?.indexOf('Id') ?? -1;
    result[sheet.name] = rows.map((r) => r.filter((_, i) => i !== idColumn));
  }
  return result;
}

const XMATRIX: Record<string, Rows> = {
  'Breakthrough objectives': [
    ['ID', 'Objective'],
    ['B1', 'Double recurring revenue'],
    ['B2', 'Best service in the region'],
  ],
  'Annual objectives': [
    ['Code', 'Objective', 'Owner', 'Weight (%)'],
    ['A1', 'Grow subscriptions 20 %', 'Ana', 60],
    ['A2', 'Cut churn', 'Ben', 40],
  ],
  'Correlation B-A': [
    ['', 'B1', 'B2'],
    ['A1', '●', null],
    ['A2', '△', '○'],
  ],
  'Improvement priorities': [
    ['Code', 'Priority', 'Dept', 'Aligned to'],
    ['P1', 'Self-service onboarding', 'Purchase', null],
    ['P2', 'Retention desk', 'PURCHASE', 'A2'],
  ],
  'Correlation A-P': [
    ['', 'P1', 'P2'],
    ['A1', 9, 3],
    ['A2', 1, null],
  ],
  Tactics: [
    ['Code', 'Action', 'Supports', 'Due', 'Status'],
    ['T1', 'Build the wizard', 'P1', '2027-06-30', 'On track'],
    ['T2', 'Hire two agents', 'P2', '2027-03-31', 'Done'],
  ],
  KPIs: [
    ['KPI', 'Objective', 'Unit', 'Baseline', 'Target', 'Direction'],
    ['Churn rate', 'A2', '%', 4.5, 3, 'Down'],
  ],
};

describe('hoshin import of a workbook', () => {
  it('export as xlsx -> import -> export is lossless', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'sample.hoshin');
    const xlsx = path.join(dir, 'sample.xlsx');
    const copy = path.join(dir, 'copy.hoshin');
    expect((await hoshin(['sample', plan])).code).toBe(0);
    // Settings away from their defaults, so the Plan sheet is seen to carry them.
    const session = openPlan(plan);
    session.dispatch('updatePlan', { settings: { weekStart: 7, fiscalYearStart: 4 } });
    session.close();
    expect((await hoshin(['export', plan, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    const imported = await hoshin(['import', xlsx, copy]);
    expect(imported.stderr).toMatch(/^Imported into .*copy\.hoshin: \d+ created/);
    expect(imported.code).toBe(0);
    // Everything the workbook holds comes back: the plan's header and settings (the Plan sheet), every
    // department with its head, in order (Departments), every item with its fields and links. (The workbook holds
    // no review months or notes, so those are not compared.)
    const items = (doc: Record<string, unknown>) => {
      const clean = withoutIds(doc) as Record<string, unknown>;
      return {
        plan: clean.plan,
        departments: clean.departments,
        objectives: clean.objectives,
        goals: clean.goals,
        tactics: clean.tactics,
      };
    };
    expect(items(await exportJson(copy))).toEqual(items(await exportJson(plan)));
    expect((await exportJson(copy)).plan).toMatchObject({ settings: { weekStart: 7, fiscalYearStart: 4 } });
    // and the workbook exported again is the same workbook, cell for cell, apart from the ids and the Gaps
    // sheet (computed, partly from review months, which the workbook does not hold)
    const again = path.join(dir, 'again.xlsx');
    expect((await hoshin(['export', copy, '--format', 'xlsx', '--out', again])).code).toBe(0);
    const [before, after] = [await cells(xlsx), await cells(again)];
    expect(Object.keys(after)).toEqual(Object.keys(before));
    delete before.Gaps;
    delete after.Gaps;
    expect(after).toEqual(before);
  });

  it('an X-matrix workbook: quadrant sheets, correlation grids with ● ○ △ and 9 3 1, a KPI sheet', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'xmatrix.xlsx');
    const file = path.join(dir, 'x.hoshin');
    await writeBook(xlsx, XMATRIX);
    const r = await hoshin(['import', xlsx, file]);
    expect(r.stderr).toContain('(1 new department)');
    expect(r.code).toBe(0);
    const doc = (await exportJson(file)) as unknown as {
      departments: { id: string; name: string }[];
      objectives: { id: string; code: string; horizon: string; owner: string; supports: unknown[]; kpi: unknown }[];
      goals: {
        id: string;
        code: string;
        departmentId: string;
        supports: { objectiveId: string; strength: string }[];
      }[];
      tactics: { code: string; due: string; status: string; supports: { goalId: string }[] }[];
    };
    const id = (code: string) => [...doc.objectives, ...doc.goals].find((x) => x.code === code)!.id;
    expect(doc.departments.map((d) => d.name)).toEqual(['Purchase']);
    expect(doc.objectives.map((o) => [o.code, o.horizon])).toEqual([
      ['B1', 'breakthrough'],
      ['B2', 'breakthrough'],
      ['A1', 'annual'],
      ['A2', 'annual'],
    ]);
    const a2 = doc.objectives.find((o) => o.code === 'A2')!;
    expect(a2.owner).toBe('Ben');
    expect(a2.supports).toEqual([
      { objectiveId: id('B1'), strength: 'weak' },
      { objectiveId: id('B2'), strength: 'medium' },
    ]);
    expect(a2.kpi).toEqual({ name: 'Churn rate', unit: '%', baseline: 4.5, target: 3, direction: 'decrease' });
    const p1 = doc.goals.find((g) => g.code === 'P1')!;
    const p2 = doc.goals.find((g) => g.code === 'P2')!;
    expect(p1.supports).toEqual(
      expect.arrayContaining([
        { objectiveId: id('A1'), strength: 'strong' },
        { objectiveId: id('A2'), strength: 'weak' },
      ]),
    );
    expect(p2.supports).toEqual(
      expect.arrayContaining([
        { objectiveId: id('A1'), strength: 'medium' },
        expect.objectContaining({ objectiveId: id('A2') }),
      ]),
    );
    expect(p1.departmentId).toBe(p2.departmentId);
    expect(doc.tactics.map((t) => [t.code, t.due, t.status, t.supports[0]!.goalId])).toEqual([
      ['T1', '2027-06-30', 'on_track', p1.id],
      ['T2', '2027-03-31', 'done', p2.id],
    ]);
  });

  it('--dry-run --json prints the report in the contract shape and writes nothing', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'xmatrix.xlsx');
    const file = path.join(dir, 'x.hoshin');
    await writeBook(xlsx, XMATRIX);
    const r = await hoshin(['import', xlsx, file, '--dry-run', '--json']);
    expect(r.code).toBe(0);
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['xmatrix.xlsx']);
    const report = JSON.parse(r.stdout) as {
      sheets: { name: string; level: string; columns: Record<string, string> }[];
      rows: Record<string, unknown>[];
      summary: Record<string, unknown>;
    };
    expect(Object.keys(report)).toEqual(['sheets', 'rows', 'summary']);
    expect(report.sheets.map((s) => [s.name, s.level])).toEqual([
      ['Breakthrough objectives', 'breakthrough'],
      ['Annual objectives', 'annual'],
      ['Correlation B-A', 'correlation'],
      ['Improvement priorities', 'goal'],
      ['Correlation A-P', 'correlation'],
      ['Tactics', 'tactic'],
      ['KPIs', 'kpi'],
    ]);
    expect(report.sheets[1]!.columns).toEqual({
      Code: 'code',
      Objective: 'title',
      Owner: 'owner',
      'Weight (%)': 'weight',
    });
    for (const row of report.rows) {
      expect(Object.keys(row)).toEqual(['sheet', 'row', 'action', 'kind', 'code', 'message']);
      expect(['create', 'update', 'unchanged', 'error']).toContain(row.action);
    }
    expect(report.rows).toContainEqual({
      sheet: 'Annual objectives',
      row: 3,
      action: 'create',
      kind: 'objective',
      code: 'A2',
      message: expect.stringContaining('A2') as unknown as string,
    });
    expect(report.summary).toMatchObject({ error: 0, departmentsCreated: ['Purchase'], written: false });
    // a dry run of a merge leaves the plan's bytes as they were
    expect((await hoshin(['import', xlsx, file])).code).toBe(0);
    const before = sha256(file);
    const merged = await hoshin(['import', xlsx, file, '--merge', '--dry-run', '--json']);
    expect(merged.code).toBe(0);
    expect(sha256(file)).toBe(before);
  });

  it('--merge of the same workbook twice: the second run reports every row unchanged and changes nothing', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'xmatrix.xlsx');
    const file = path.join(dir, 'x.hoshin');
    await writeBook(xlsx, XMATRIX);
    expect((await hoshin(['new', file, '--title', 'Plan 2027'])).code).toBe(0);
    const first = await hoshin(['import', xlsx, file, '--merge', '--json']);
    expect(first.code).toBe(0);
    const firstReport = JSON.parse(first.stdout) as { summary: { create: number; written: boolean } };
    expect(firstReport.summary.create).toBeGreaterThan(0);
    expect(firstReport.summary.written).toBe(true);
    const before = await exportJson(file);
    const hash = sha256(file);
    const second = await hoshin(['import', xlsx, file, '--merge', '--json']);
    expect(second.code).toBe(0);
    const report = JSON.parse(second.stdout) as { rows: { action: string }[]; summary: Record<string, number> };
    expect(report.rows.length).toBeGreaterThan(0);
    expect(report.rows.filter((r) => r.action !== 'unchanged')).toEqual([]);
    expect(report.summary).toMatchObject({ create: 0, update: 0, error: 0 });
    expect(await exportJson(file)).toEqual(before);
    expect(sha256(file)).toBe(hash);
    // a changed cell is an update, matched by code
    const changed = structuredClone(XMATRIX);
    changed['Annual objectives']![2]![1] = 'Cut churn in half';
    await writeBook(xlsx, changed);
    const third = await hoshin(['import', xlsx, file, '--merge', '--json']);
    const rows = (JSON.parse(third.stdout) as { rows: { action: string; code: string }[] }).rows;
    expect(rows.filter((r) => r.action !== 'unchanged').map((r) => [r.action, r.code])).toEqual([['update', 'A2']]);
  });

  it('our export merged back into its own plan changes nothing; a head edited in Departments is an update', async () => {
    const dir = tempDir();
    const plan = path.join(dir, 'sample.hoshin');
    const xlsx = path.join(dir, 'sample.xlsx');
    expect((await hoshin(['sample', plan])).code).toBe(0);
    expect((await hoshin(['export', plan, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    const hash = sha256(plan);
    const same = await hoshin(['import', xlsx, plan, '--merge', '--json']);
    expect(same.code).toBe(0);
    const report = JSON.parse(same.stdout) as {
      sheets: { name: string; level: string }[];
      rows: { sheet: string; action: string; kind: string; message: string }[];
    };
    expect(report.sheets.slice(0, 2)).toEqual([
      { name: 'Plan', level: 'plan', columns: {} },
      { name: 'Departments', level: 'departments', columns: {} },
    ]);
    expect(report.rows.filter((r) => r.action !== 'unchanged')).toEqual([]);
    expect(report.rows.filter((r) => r.kind === 'plan')).toHaveLength(9);
    expect(report.rows.find((r) => r.kind === 'plan')!.message).toBe(
      "Plan, row 2: the plan's own title is kept when importing into it",
    );
    expect(sha256(plan)).toBe(hash);

    // A new head typed into the Departments sheet, and the plan's title changed (kept on a merge).
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    book.getWorksheet('Departments')!.getCell('B2').value = 'Ngozi Adeyemi';
    book.getWorksheet('Plan')!.getCell('B2').value = 'Another title';
    await book.xlsx.writeFile(xlsx);
    const edited = await hoshin(['import', xlsx, plan, '--merge', '--json']);
    expect(edited.code).toBe(0);
    const rows = (JSON.parse(edited.stdout) as { rows: { action: string; kind: string; message: string }[] }).rows;
    expect(rows.filter((r) => r.action !== 'unchanged')).toEqual([
      {
        sheet: 'Departments',
        row: 2,
        action: 'update',
        kind: 'department',
        code: null,
        message: 'Departments, row 2: makes Ngozi Adeyemi head of Customer Success',
      },
    ]);
    const doc = (await exportJson(plan)) as { plan: { title: string }; departments: { name: string; head: string }[] };
    expect(doc.departments[0]).toMatchObject({ name: 'Customer Success', head: 'Ngozi Adeyemi' });
    expect(doc.plan.title).not.toBe('Another title');
  });

  it('reads a workbook as Excel leaves it: its title property, rich text, formulas, hidden sheets passed over', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'strategy.xlsx');
    const file = path.join(dir, 'x.hoshin');
    const book = new ExcelJS.Workbook();
    book.title = 'Strategy 2027 & beyond';
    const annual = book.addWorksheet('Annual objectives');
    annual.addRow(['Code', 'Objective', 'Target']);
    annual.addRow([
      'A1',
      { richText: [{ text: 'Grow ' }, { font: { bold: true }, text: 'recurring' }, { text: ' revenue' }] },
      { formula: '10*3', result: 30 },
    ]);
    const scratch = book.addWorksheet('Scratch');
    scratch.state = 'hidden';
    scratch.addRow(['Level', 'Title']);
    scratch.addRow(['nonsense', 'would be a row error if read']);
    await book.xlsx.writeFile(xlsx);
    const r = await hoshin(['import', xlsx, file, '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout) as { sheets: { name: string }[] };
    expect(report.sheets.map((s) => s.name)).toEqual(['Annual objectives']);
    const doc = (await exportJson(file)) as {
      plan: { title: string };
      objectives: { title: string; kpi: { target: number } | null }[];
    };
    expect(doc.plan.title).toBe('Strategy 2027 & beyond');
    expect(doc.objectives[0]).toMatchObject({ title: 'Grow recurring revenue', kpi: { target: 30 } });
  });

  it('a Plan sheet with a bad value or an unknown field is a row error, and nothing is written', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'bad-plan.xlsx');
    const file = path.join(dir, 'x.hoshin');
    await writeBook(xlsx, {
      Plan: [
        ['Field', 'Value'],
        ['Title', 'Plan 2027'],
        ['Period start', 'next spring'],
        ['Colour', 'blue'],
      ],
      'Annual objectives': [
        ['Code', 'Objective'],
        ['A1', 'Grow'],
      ],
    });
    const r = await hoshin(['import', xlsx, file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("Plan, row 3: period start 'next spring' is not a date (write it YYYY-MM-DD)\n");
    expect(r.stderr).toContain("Plan, row 4: 'Colour' is not a setting of the plan\n");
    expect(fs.existsSync(file)).toBe(false);
  });

  it('a row error exits non-zero, names the sheet, row and value in plain words, and writes nothing', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'bad.xlsx');
    const file = path.join(dir, 'x.hoshin');
    const rows: Rows = [['Code', 'Objective', 'Target']];
    for (let i = 1; i <= 12; i++) rows.push([`A${i}`, `Objective ${i}`, i * 10]);
    rows.push(['A13', 'Reach ninety', 'ninety']);
    await writeBook(xlsx, { 'Annual objectives': rows });
    const r = await hoshin(['import', xlsx, file]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("Annual objectives, row 14: target 'ninety' is not a number\n");
    expect(r.stderr).toContain('hoshin: nothing was written: 1 row has an error\n');
    expect(fs.existsSync(file)).toBe(false);
    expect(fs.readdirSync(dir)).toEqual(['bad.xlsx']);
    // into an existing plan: the file stays byte for byte as it was
    expect((await hoshin(['new', file, '--title', 'Plan'])).code).toBe(0);
    const hash = sha256(file);
    const merged = await hoshin(['import', xlsx, file, '--merge']);
    expect(merged.code).not.toBe(0);
    expect(sha256(file)).toBe(hash);
  });

  it('refuses a corrupt or foreign file in plain words', async () => {
    const dir = tempDir();
    const fake = path.join(dir, 'plan.xlsx');
    fs.writeFileSync(fake, Buffer.from('PK\u0003\u0004 this is not really a workbook'));
    const file = path.join(dir, 'x.hoshin');
    const corrupt = await hoshin(['import', fake, file]);
    expect(corrupt.code).not.toBe(0);
    expect(corrupt.stderr).toMatch(/^hoshin: plan\.xlsx /);
    expect(corrupt.stderr).not.toMatch(/unexpected|Error:|at .*\.ts/);
    const png = path.join(dir, 'photo.png');
    fs.writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]));
    const foreign = await hoshin(['import', png, file]);
    expect(foreign.code).not.toBe(0);
    expect(foreign.stderr).toMatch(/^hoshin: photo\.png /);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('refuses a damaged workbook (bytes changed inside its zip, or a sheet cut short) in plain words', async () => {
    const dir = tempDir();
    const sample = path.join(dir, 'sample.hoshin');
    const xlsx = path.join(dir, 'sample.xlsx');
    expect((await hoshin(['sample', sample])).code).toBe(0);
    expect((await hoshin(['export', sample, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    // Bytes flipped through the compressed data: exceljs's streaming reader alone would never answer.
    const flipped = Buffer.from(fs.readFileSync(xlsx));
    for (let i = 2000; i < flipped.length; i += 997) flipped[i]! ^= 0x5a;
    fs.writeFileSync(path.join(dir, 'flipped.xlsx'), flipped);
    // A sound zip whose Tactics sheet's XML stops mid-row.
    const zip = await JSZip.loadAsync(fs.readFileSync(xlsx));
    const sheet = Object.keys(zip.files).find((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))!;
    const text = await zip.file(sheet)!.async('string');
    zip.file(sheet, text.slice(0, Math.floor(text.length / 2)));
    fs.writeFileSync(path.join(dir, 'cut.xlsx'), await zip.generateAsync({ type: 'nodebuffer' }));
    for (const name of ['flipped.xlsx', 'cut.xlsx']) {
      const file = path.join(dir, `${name}.hoshin`);
      const r = await hoshin(['import', path.join(dir, name), file]);
      expect(r.code, name).not.toBe(0);
      expect(r.stderr, name).toMatch(new RegExp(`^hoshin: ${name.replace('.', '\\.')} `));
      expect(r.stderr, name).not.toMatch(/unexpected|Error:|at .*\.ts/);
      expect(fs.existsSync(file), name).toBe(false);
    }
  });
});
