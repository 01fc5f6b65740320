/**
 * `hoshin actual --from` and the importActuals / previewActuals operations over real plan files, with CSV files
 * and workbooks written in the test (exceljs): created, updated and unchanged rows, row-level errors that write
 * nothing, dry runs, one undo step, idempotence, and a damaged plan left as it was.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

async function hoshin(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: () => '' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

function samplePlan(dir: string): string {
  const file = path.join(dir, 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return file;
}

function actualOf(file: string, itemId: string, month: string): number | null {
  const s = openPlan(file);
  try {
    return (
      s.dispatch('getPlan', {}).review.months.find((m) => m.itemId === itemId && m.month === month)?.actual ?? null
    );
  } finally {
    s.close();
  }
}

function writeCsv(dir: string, lines: string[], name = 'actuals.csv'): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

describe('hoshin actual --from a CSV file', () => {
  it('creates, updates and leaves unchanged, reporting the contract JSON, and a second run changes nothing', async () => {
    const dir = tempDir();
    const plan = samplePlan(dir);
    const csv = writeCsv(dir, [
      'KPI,Month,Value',
      'O1,2027-03,13.6', // already recorded: unchanged
      'O1,2027-04,13.1', // nothing yet: create
      'o3,2027-02,4.5', // by id; 4.2 recorded: update
      'CS-1,2027-05-31,80', // a date stands for its month
      'cs-1,2027-06,"1,250"', // a code in another case; a number with a thousands separator
    ]);
    const first = await hoshin(['actual', plan, '--from', csv, '--json']);
    expect(first.stderr).toMatch(
      /Loaded actuals from actuals\.csv into .*plan\.hoshin: 3 recorded, 1 changed, 1 unchanged/,
    );
    expect(first.code).toBe(0);
    const report = JSON.parse(first.stdout) as { rows: Record<string, unknown>[]; summary: Record<string, number> };
    expect(Object.keys(report)).toEqual(['rows', 'summary']);
    expect(report.summary).toEqual({ create: 3, update: 1, unchanged: 1, error: 0 });
    expect(report.rows.map((r) => Object.keys(r))).toEqual(
      report.rows.map(() => ['row', 'code', 'month', 'value', 'action', 'message']),
    );
    expect(report.rows.map((r) => [r.row, r.code, r.month, r.value, r.action])).toEqual([
      [2, 'O1', '2027-03', 13.6, 'unchanged'],
      [3, 'O1', '2027-04', 13.1, 'create'],
      [4, 'O3', '2027-02', 4.5, 'update'],
      [5, 'CS-1', '2027-05', 80, 'create'],
      [6, 'CS-1', '2027-06', 1250, 'create'],
    ]);
    expect(report.rows[2]!.message).toBe('actuals.csv, row 4: changes the actual of O3 for 2027-02 from 4.2 to 4.5');
    expect(actualOf(plan, 'o1', '2027-04')).toBe(13.1);
    expect(actualOf(plan, 'o3', '2027-02')).toBe(4.5);
    expect(actualOf(plan, 'g-cs-1', '2027-05')).toBe(80);
    expect(actualOf(plan, 'g-cs-1', '2027-06')).toBe(1250);

    const before = sha256(plan);
    const second = await hoshin(['actual', plan, '--from', csv, '--json']);
    expect(second.code).toBe(0);
    const again = JSON.parse(second.stdout) as { rows: { action: string }[]; summary: Record<string, number> };
    expect(again.summary).toEqual({ create: 0, update: 0, unchanged: 5, error: 0 });
    expect(again.rows.every((r) => r.action === 'unchanged')).toBe(true);
    expect(sha256(plan)).toBe(before);
  });

  it('lists every row error in plain words, exits 2 and writes nothing', async () => {
    const dir = tempDir();
    const plan = samplePlan(dir);
    const csv = writeCsv(dir, [
      'Code;Period;Actual',
      'O1;2027-04;13', // fine, but not written: the file has errors
      'O1;2027-05;ninety',
      'O9;2027-05;1',
      'O2;2027-13;1',
      'SAL-2;2027-05;1',
      'CS-1.1;2027-05;1',
      'O1;2027-04;12',
      ';2027-05;3',
      'O2;2026-05;1',
    ]);
    const before = sha256(plan);
    const r = await hoshin(['actual', plan, '--from', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("actuals.csv, row 3: value 'ninety' is not a number");
    expect(r.stderr).toContain('actuals.csv, row 4: no item has the code O9');
    expect(r.stderr).toContain("actuals.csv, row 5: month '2027-13' is not a month (write it YYYY-MM)");
    expect(r.stderr).toContain('actuals.csv, row 6: SAL-2 has no KPI');
    expect(r.stderr).toContain('actuals.csv, row 7: CS-1.1 is a tactic: only objectives and goals have KPIs');
    expect(r.stderr).toContain('actuals.csv, row 8: O1 for 2027-04 is given again (already in row 2)');
    expect(r.stderr).toContain('actuals.csv, row 9: no KPI given');
    expect(r.stderr).toContain("actuals.csv, row 10: month 2026-05 is outside the plan's period (2027-01 to 2027-12)");
    expect(r.stderr).toContain('hoshin: nothing was written: 8 rows have errors');
    expect(r.stderr).not.toMatch(/internal error|unexpected/i);
    expect(sha256(plan)).toBe(before);
    expect(actualOf(plan, 'o1', '2027-04')).toBeNull();

    const json = await hoshin(['actual', plan, '--from', csv, '--json']);
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout) as { summary: Record<string, number> };
    expect(report.summary).toEqual({ create: 1, update: 0, unchanged: 0, error: 8 });
    expect(sha256(plan)).toBe(before);
  });

  it('writes nothing in a dry run, and shows what loading would do', async () => {
    const dir = tempDir();
    const plan = samplePlan(dir);
    const csv = writeCsv(dir, ['kpi , MONTH , value', 'O1,2027-04,13.1', 'O1,2027-03,13.6']);
    const before = sha256(plan);
    const r = await hoshin(['actual', plan, '--from', csv, '--dry-run']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('create    actuals.csv, row 2: records 13.1 as the actual of O1 for 2027-04');
    expect(r.stdout).toContain('unchanged actuals.csv, row 3: the actual of O1 for 2027-03 is already 13.6');
    expect(r.stderr).toContain('Nothing was written (dry run): 1 recorded, 0 changed, 1 unchanged');
    const json = await hoshin(['actual', plan, '--from', csv, '--dry-run', '--json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { create: 1, update: 0, unchanged: 1, error: 0 } });
    expect(sha256(plan)).toBe(before);
    expect(actualOf(plan, 'o1', '2027-04')).toBeNull();
  });

  it('refuses a file without the three columns, naming what is missing', async () => {
    const dir = tempDir();
    const plan = samplePlan(dir);
    const csv = writeCsv(dir, ['Code,Value', 'O1,3']);
    const before = sha256(plan);
    const r = await hoshin(['actual', plan, '--from', csv]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      'hoshin: actuals.csv: no Month column (an actuals file has columns KPI (or Code, Item), Month (or Period, Date) and Value (or Actual))\n',
    );
    const json = path.join(dir, 'actuals.json');
    fs.writeFileSync(json, '{"O1": 3}');
    expect((await hoshin(['actual', plan, '--from', json])).stderr).toBe(
      'hoshin: actuals.json is JSON, not a table of actuals: give a CSV file or an Excel workbook\n',
    );
    const picture = path.join(dir, 'actuals.png');
    fs.writeFileSync(picture, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    expect((await hoshin(['actual', plan, '--from', picture])).stderr).toBe(
      'hoshin: actuals.png is neither a CSV file nor an Excel workbook (.xlsx), so it holds no actuals\n',
    );
    expect(sha256(plan)).toBe(before);
  });

  it('refuses a damaged or foreign plan file and leaves it byte for byte as it was', async () => {
    const dir = tempDir();
    const csv = writeCsv(dir, ['KPI,Month,Value', 'O1,2027-04,13.1']);
    const foreign = path.join(dir, 'notes.hoshin');
    fs.writeFileSync(foreign, 'this is no plan at all, just text in a file with the wrong name\n'.repeat(20));
    const before = sha256(foreign);
    for (const args of [[], ['--dry-run']]) {
      const r = await hoshin(['actual', foreign, '--from', csv, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^hoshin: .*notes\.hoshin.*\n$/);
      expect(r.stderr).not.toMatch(/internal error/);
    }
    expect(sha256(foreign)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['actuals.csv', 'notes.hoshin']);
  });
});

describe('actuals from an Excel workbook', () => {
  it('reads the sheet that has the columns, below a title row, with date cells and numbers', async () => {
    const dir = tempDir();
    const plan = samplePlan(dir);
    const file = path.join(dir, 'actuals.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Notes').addRows([['These are the April figures']]);
    book.addWorksheet('April').addRows([
      ['Actuals, April 2027'],
      [],
      ['Item code', 'Reporting period', 'Comment', 'Actual (%)'],
      ['O1', new Date(Date.UTC(2027, 3, 30)), null, 12.9], // a cell never written between two that are
      ['O4', '2027-04', 'good month', 66],
      ['O3', 'Apr 2027', null, 'lots'],
    ]);
    await book.xlsx.writeFile(file);
    const before = sha256(plan);
    const failed = await hoshin(['actual', plan, '--from', file, '--json']);
    expect(failed.code).toBe(2);
    const report = JSON.parse(failed.stdout) as { rows: { row: number; message: string; month: string | null }[] };
    expect(report.rows.map((r) => r.month)).toEqual(['2027-04', '2027-04', '2027-04']);
    expect(report.rows[2]!.message).toBe("April, row 6: value 'lots' is not a number");
    expect(sha256(plan)).toBe(before);

    book.getWorksheet('April')!.getRow(6).getCell(4).value = 4.4;
    await book.xlsx.writeFile(file);
    const loaded = await hoshin(['actual', plan, '--from', file]);
    expect(loaded.stderr).toContain('3 recorded, 0 changed, 0 unchanged');
    expect(loaded.code).toBe(0);
    expect([actualOf(plan, 'o1', '2027-04'), actualOf(plan, 'o4', '2027-04'), actualOf(plan, 'o3', '2027-04')]).toEqual(
      [12.9, 66, 4.4],
    );
  });
});

describe('importActuals', () => {
  const table = (rows: (string | number | null)[][]) => ({
    source: 'actuals.csv',
    tables: [{ name: 'actuals.csv', rows: [['KPI', 'Month', 'Value'], ...rows] }],
  });

  it('is one undo step, labelled with the file, and undo puts every value back', () => {
    const s = openPlan(samplePlan(tempDir()));
    try {
      const depth = s.dispatch('getHistory', {}).undoDepth;
      const report = s.dispatch(
        'importActuals',
        table([
          ['O1', '2027-04', 13.1],
          ['O3', '2027-02', 4.5],
          ['O4', '2027-03', 65],
        ]),
      );
      expect(report).toMatchObject({ written: true, summary: { create: 2, update: 1, error: 0 } });
      const history = s.dispatch('getHistory', {});
      expect(history.undoDepth).toBe(depth + 1);
      expect(history.undoLabel).toBe('Load actuals from actuals.csv');
      const months = () => s.dispatch('getPlan', {}).review.months;
      expect(months()).toContainEqual({ itemId: 'o3', month: '2027-02', plan: null, actual: 4.5 });
      s.dispatch('undo', {});
      expect(months()).toEqual(samplePlanDocument().review.months);
      expect(s.dispatch('getHistory', {}).undoDepth).toBe(depth);
    } finally {
      s.close();
    }
  });

  it('writes nothing and records no step when a row has an error, or when every row is unchanged', () => {
    const s = openPlan(samplePlan(tempDir()));
    try {
      const history = s.dispatch('getHistory', {});
      const failed = s.dispatch(
        'importActuals',
        table([
          ['O1', '2027-04', 13.1],
          ['O1', '2027-05', 'ninety'],
        ]),
      );
      expect(failed).toMatchObject({ written: false, summary: { create: 1, error: 1 } });
      const same = s.dispatch(
        'importActuals',
        table([
          ['O1', '2027-03', 13.6],
          ['O1', '2027-05', null], // a month left empty in the sheet records nothing
        ]),
      );
      expect(same).toMatchObject({ written: false, summary: { unchanged: 2, error: 0 } });
      expect(same.rows[1]!.message).toBe('actuals.csv, row 3: no value given for O1 in 2027-05, nothing recorded');
      const preview = s.dispatch('previewActuals', table([['O1', '2027-04', 13.1]]));
      expect(preview).toMatchObject({ written: false, summary: { create: 1 } });
      expect(s.dispatch('getPlan', {}).review.months).toEqual(samplePlanDocument().review.months);
      expect(s.dispatch('getHistory', {})).toEqual(history);
    } finally {
      s.close();
    }
  });
});
