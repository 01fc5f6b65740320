/** Reading an actuals file: its columns by header name, its months, and the rows it holds. */
import { describe, expect, it } from 'vitest';
import { actualsFieldOfHeader, parseMonth, readActuals } from '../../core/import/actuals.ts';

describe('actuals headers', () => {
  it('are recognised by name, ignoring case, spacing, punctuation and a unit in brackets', () => {
    const cases: [string, string | null][] = [
      ['KPI', 'kpi'],
      ['kpi code', 'kpi'],
      ['Code', 'kpi'],
      ['Item', 'kpi'],
      ['Item-ID', 'kpi'],
      ['Month', 'month'],
      ['PERIOD', 'month'],
      ['Date', 'month'],
      ['Reporting period', 'month'],
      ['Value', 'value'],
      ['Actual (%)', 'value'],
      ['Actual value [€]', 'value'],
      ['Comment', null],
      ['Target', null],
    ];
    expect(cases.map(([h]) => [h, actualsFieldOfHeader(h)])).toEqual(cases);
  });
});

describe('parseMonth', () => {
  it('reads a month, or a date as its month', () => {
    const months: [Parameters<typeof parseMonth>[0], string][] = [
      ['2027-03', '2027-03'],
      ['2027-3', '2027-03'],
      ['2027/11', '2027-11'],
      ['03/2027', '2027-03'],
      ['2027-03-31', '2027-03'],
      ['2027-03-31T10:00:00Z', '2027-03'],
      [new Date(Date.UTC(2027, 1, 28)), '2027-02'],
      [46447, '2027-03'], // an Excel serial day: 2027-03-01
      ['Mar 2027', '2027-03'],
      ['March 2027', '2027-03'],
      ['sept. 2027', '2027-09'],
      ['Dec-2027', '2027-12'],
    ];
    expect(months.map(([cell]) => parseMonth(cell))).toEqual(months.map(([, value]) => ({ ok: true, value })));
    expect(parseMonth(null)).toEqual({ ok: true, value: null });
    expect(parseMonth('  ')).toEqual({ ok: true, value: null });
  });

  it('says plainly what is not a month', () => {
    for (const cell of ['2027-13', '2027-00', '2027-02-30', 'soon', 'Marchember 2027', '13/2027', 3, 2027.5]) {
      expect(parseMonth(cell)).toEqual({ ok: false, problem: `'${String(cell)}' is not a month (write it YYYY-MM)` });
    }
  });
});

describe('readActuals', () => {
  it('finds the header below a title row, skips empty rows and sheets without the columns', () => {
    const read = readActuals(
      [
        { name: 'Read me', rows: [['Fill in one row per value']] },
        {
          name: 'Q1',
          rows: [
            ['Actuals for Q1'],
            [],
            ['Comment', 'Item', 'Month', 'Value', 'Value'],
            ['first', 'O1', '2027-01', 3, 99],
            [null, null, null, null],
            ['only a comment', null, null, null],
            [null, 'O2', 'someday', 'x'],
          ],
        },
      ],
      'actuals.xlsx',
    );
    expect(read.sheets).toEqual([{ name: 'Q1', columns: { Item: 'kpi', Month: 'month', Value: 'value' } }]);
    expect(read.records).toEqual([
      { sheet: 'Q1', row: 4, kpi: 'O1', month: { ok: true, value: '2027-01' }, value: { ok: true, value: 3 } },
      {
        sheet: 'Q1',
        row: 7,
        kpi: 'O2',
        month: { ok: false, problem: "'someday' is not a month (write it YYYY-MM)" },
        value: { ok: false, problem: "'x' is not a number" },
      },
    ]);
  });

  it('refuses a file without the columns, naming the sheet and what it lacks', () => {
    expect(() =>
      readActuals(
        [
          {
            name: 'Sheet1',
            rows: [
              ['KPI', 'Number?'],
              ['O1', 3],
            ],
          },
        ],
        'a.xlsx',
      ),
    ).toThrow('a.xlsx, sheet Sheet1: no Month or Value column');
    expect(() => readActuals([{ name: 'x', rows: [['a', 'b']] }], 'x.csv')).toThrow(
      'x.csv has no columns KPI (or Code, Item), Month (or Period, Date) and Value (or Actual), so it holds no actuals',
    );
  });
});
