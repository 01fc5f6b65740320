/** The xlsx and CSV exports speak plain words (issue 15 §2): no cell holds a raw code of the model. */
import { csvParse } from 'd3-dsv';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from '../../contract/gaps.ts';
import { planToCsv, planToFullCsv } from '../../core/csv.ts';
import { analyzeGaps } from '../../core/gaps.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { planWorkbook } from '../../services/xlsx-export.ts';

/** Codes of the model a spreadsheet reader must never see as a value: finding kinds, statuses, horizons… */
const RAW = new Set<string>([
  ...FINDING_KINDS,
  'not_started',
  'on_track',
  'at_risk',
  'off_track',
  'done',
  'breakthrough',
  'annual',
  'strong',
  'medium',
  'weak',
  'increase',
  'decrease',
  'absolute',
  'relative',
]);
/**
 * The raw codes in one value: the whole value when it is a code ("on_track", "breakthrough"), and any code with
 * an underscore inside a sentence ("…orphaned_goal…"); plain words such as "Annual objective → breakthrough" pass.
 */
const rawIn = (value: string): string[] => {
  const text = value.trim();
  if (RAW.has(text)) return [text];
  return text.split(/[^a-z0-9_]+/).filter((word) => word.includes('_') && RAW.has(word));
};

describe('exports in plain words', () => {
  const doc = samplePlanDocument();
  const gaps = analyzeGaps(doc, '2027-01-15');

  it('the xlsx workbook: no sheet has a cell holding a raw code', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await planWorkbook(doc, gaps)) as unknown as ArrayBuffer);
    const found: string[] = [];
    let cells = 0;
    book.eachSheet((sheet) => {
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          cells += 1;
          const text = typeof cell.value === 'string' ? cell.value : '';
          for (const word of rawIn(text)) found.push(`${sheet.name}!${cell.address}: ${word}`);
        }),
      );
    });
    expect(cells).toBeGreaterThan(100);
    expect(found).toEqual([]);
  });

  it('both CSV flavours: no value is a raw code (column names stay the scripts’ snake_case)', () => {
    for (const csv of [planToCsv(doc), planToFullCsv(doc, gaps)]) {
      const rows = csvParse(csv);
      expect(rows.length).toBeGreaterThan(10);
      expect(rows.flatMap((row) => Object.values(row).flatMap((v) => rawIn(v ?? '')))).toEqual([]);
    }
  });
});
