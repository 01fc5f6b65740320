/** Import from Excel/CSV: header and sheet recognition, cell values, and each layout, on tables built in memory. */
import { describe, expect, it } from 'vitest';
import { fieldOfHeader, normaliseHeader, recogniseColumns } from '../../core/import/headers.ts';
import { importTables } from '../../core/import/index.ts';
import { levelOfSheetName, levelOfWord } from '../../core/import/levels.ts';
import { parseMapping } from '../../core/import/mapping.ts';
import type { Cell, SourceTable } from '../../core/import/types.ts';
import {
  parseDate,
  parseDirection,
  parseMark,
  parseNumber,
  parseStatus,
  splitCodes,
} from '../../core/import/values.ts';

let n = 0;
const newId = () => `id-${++n}`;
const table = (name: string, rows: Cell[][]): SourceTable => ({ name, rows });
const build = (tables: SourceTable[], mapping?: string) =>
  importTables(tables, {
    base: null,
    title: 'Plan',
    newId,
    ...(mapping ? { mapping: parseMapping(mapping) } : {}),
  });

describe('header recognition', () => {
  it('ignores case, spacing, punctuation, accents and a unit in brackets', () => {
    expect(normaliseHeader('  Weight (%) ')).toBe('weight');
    expect(normaliseHeader('Parent Row IDs')).toBe('parentrowids');
    expect(normaliseHeader('Déscription')).toBe('description');
    expect(fieldOfHeader('Dept.', 'goal')).toBe('department');
    expect(fieldOfHeader('Due date', 'tactic')).toBe('due');
    expect(fieldOfHeader('Aligned to', 'goal')).toBe('supports');
    expect(fieldOfHeader('Lead', 'annual')).toBe('owner');
    expect(fieldOfHeader('No.', 'annual')).toBe('code');
    expect(fieldOfHeader('#', 'annual')).toBe('code');
    expect(fieldOfHeader('Weight (%)', 'annual')).toBe('weight');
    expect(fieldOfHeader('Supporting departments', 'goal')).toBe('supportingDepartments');
    expect(fieldOfHeader('Target kind', 'annual')).toBe('targetKind');
    expect(fieldOfHeader('Colour', 'annual')).toBe('unmapped');
  });

  it('reads "ID" as the code unless there is also a Code column, and on a KPI sheet "Objective" as the item measured', () => {
    expect(recogniseColumns(['ID', 'Objective'], 'annual')).toEqual(['code', 'title']);
    expect(recogniseColumns(['Code', 'Objective', 'Id'], 'annual')).toEqual(['code', 'title', 'id']);
    expect(recogniseColumns(['KPI', 'Objective', 'Target'], 'kpi')).toEqual(['title', 'measures', 'target']);
    expect(recogniseColumns(['Title', 'Name'], 'goal')).toEqual(['title', 'ignored']);
  });

  it('names sheets and row levels by their synonyms', () => {
    expect(levelOfSheetName('Breakthrough objectives')).toBe('breakthrough');
    expect(levelOfSheetName('3-5 year')).toBe('breakthrough');
    expect(levelOfSheetName('Annual')).toBe('annual');
    expect(levelOfSheetName('Improvement priorities')).toBe('goal');
    expect(levelOfSheetName('Actions')).toBe('tactic');
    expect(levelOfSheetName('Metrics')).toBe('kpi');
    expect(levelOfSheetName('Sheet1')).toBeNull();
    expect(levelOfWord('Key Result')).toBe('goal');
    expect(levelOfWord('Initiative')).toBe('tactic');
    expect(levelOfWord('Objective')).toBe('annual');
    expect(levelOfWord('banana')).toBeNull();
  });
});

describe('cell values', () => {
  it('parses numbers as given, dates, directions, statuses, marks and code lists', () => {
    expect(parseNumber('1,250')).toEqual({ ok: true, value: 1250 });
    expect(parseNumber('0.003 %')).toEqual({ ok: true, value: 0.003 });
    expect(parseNumber('ninety')).toEqual({ ok: false, problem: "'ninety' is not a number" });
    expect(parseDate(new Date('2027-03-31T00:00:00Z'))).toEqual({ ok: true, value: '2027-03-31' });
    expect(parseDate(46477)).toEqual({ ok: true, value: '2027-03-31' });
    expect(parseDate('2027-02-30').ok).toBe(false);
    expect(parseDirection('↓')).toEqual({ ok: true, value: 'decrease' });
    expect(parseDirection('Higher is better')).toEqual({ ok: true, value: 'increase' });
    expect(parseStatus('In progress')).toEqual({ ok: true, value: 'on_track' });
    expect(parseStatus('Maybe').ok).toBe(false);
    expect(['●', '○', '△', 'S', 'M', 'W', 9, 3, 1, 'H', 'L', 'X'].map((c) => parseMark(c))).toEqual([
      'strong',
      'medium',
      'weak',
      'strong',
      'medium',
      'weak',
      'strong',
      'medium',
      'weak',
      'strong',
      'weak',
      'strong',
    ]);
    expect(parseMark('maybe')).toBeUndefined();
    expect(splitCodes('O1 (strong); O2\nO3')).toEqual([
      { code: 'O1', strength: 'strong' },
      { code: 'O2', strength: null },
      { code: 'O3', strength: null },
    ]);
  });
});

describe('layouts', () => {
  it('an X-matrix workbook: quadrant sheets, a correlation grid and a KPI sheet naming the item it measures', () => {
    const { document, report } = build([
      table('Breakthrough objectives', [
        ['ID', 'Objective'],
        ['B1', 'Double recurring revenue'],
      ]),
      table('Annual objectives', [
        ['Title row of the sheet'],
        ['No.', 'Objective', 'Weight (%)'],
        ['A1', 'Grow subscriptions 20 %', 60],
        ['A2', 'Cut churn', 40],
      ]),
      table('Correlation', [
        ['', 'B1'],
        ['A1', '●'],
        ['A2', '△'],
      ]),
      table('Improvement priorities', [
        ['Code', 'Priority', 'Dept', 'Aligned to'],
        ['P1', 'Self-service onboarding', 'Purchase', 'A1, A2'],
        ['P2', 'Retention desk', 'PURCHASE', 'A2'],
      ]),
      table('Tactics', [
        ['Code', 'Action', 'Supports', 'Due', 'Status'],
        ['T1', 'Build the wizard', 'P1', '2027-06-30', 'On track'],
      ]),
      table('KPIs', [
        ['KPI', 'Objective', 'Unit', 'Baseline', 'Target', 'Direction'],
        ['Churn rate', 'A2', '%', 4.5, 3, 'Down'],
      ]),
    ]);
    expect(report.rows.filter((r) => r.action === 'error')).toEqual([]);
    expect(document).not.toBeNull();
    const doc = document!;
    expect(doc.departments.map((d) => d.name)).toEqual(['Purchase']);
    const a1 = doc.objectives.find((o) => o.code === 'A1')!;
    const a2 = doc.objectives.find((o) => o.code === 'A2')!;
    const b1 = doc.objectives.find((o) => o.code === 'B1')!;
    expect(b1.horizon).toBe('breakthrough');
    expect(a1.supports).toEqual([{ objectiveId: b1.id, strength: 'strong' }]);
    expect(a2.supports).toEqual([{ objectiveId: b1.id, strength: 'weak' }]);
    expect(a2.kpi).toEqual({ name: 'Churn rate', unit: '%', baseline: 4.5, target: 3, direction: 'decrease' });
    expect(doc.goals.map((g) => g.supports.length)).toEqual([2, 1]);
    expect(doc.tactics[0]).toMatchObject({
      due: '2027-06-30',
      status: 'on_track',
      departmentId: doc.departments[0]!.id,
    });
    expect(report.sheets.find((s) => s.name === 'Annual objectives')!.columns).toEqual({
      'No.': 'code',
      Objective: 'title',
      'Weight (%)': 'weight',
    });
    expect([a1.weight, a2.weight]).toEqual([60, 40]);
    expect(report.sheets.find((s) => s.name === 'Correlation')!.level).toBe('correlation');
    expect(report.summary.ignoredColumns).not.toContain('Annual objectives: Weight (%)');
  });

  it('a flat sheet with a Type column and outline numbering, several parents per row', () => {
    const { document, report } = build([
      table('Plan', [
        ['Level', 'No', 'Name', 'Parent', 'Team'],
        ['Breakthrough', '1', 'Lead the market', null, null],
        ['Annual', '1.1', 'Win 30 accounts', null, null],
        ['Annual', '1.2', 'Launch in Spain', null, null],
        ['Goal', 'G1', 'Partner channel', '1.1; 1.2', 'Sales'],
        ['Tactic', 'G1.1', 'Sign two partners', 'G1', null],
      ]),
    ]);
    expect(report.summary.error).toBe(0);
    const doc = document!;
    const [b, a1, a2] = doc.objectives;
    expect(a1!.supports).toEqual([{ objectiveId: b!.id, strength: 'strong' }]);
    expect(a2!.supports).toEqual([{ objectiveId: b!.id, strength: 'strong' }]);
    expect(doc.goals[0]!.supports.map((s) => s.objectiveId)).toEqual([a1!.id, a2!.id]);
    expect(doc.tactics[0]!.supports).toEqual([{ goalId: doc.goals[0]!.id, strength: 'strong' }]);
    expect(doc.tactics[0]!.departmentId).toBe(doc.goals[0]!.departmentId);
  });

  it('the outline-numbered OKR format: Order, Type, Summary, Start/Current/Target value', () => {
    const { document, report } = build([
      table('okr-export', [
        ['Order', 'Type', 'Summary', 'Owner', 'Status', 'Start value', 'Current value', 'Target value', 'Description'],
        ['1', 'Objective', 'Delight customers', 'Ana', null, null, null, null, 'Our year'],
        ['1.1', 'Key Result', 'NPS from 30 to 45', 'Ben', null, 30, 38, 45, null],
        ['1.1.1', 'Initiative', 'Call every detractor', 'Cy', 'In progress', null, null, null, null],
      ]),
    ]);
    expect(report.summary.error).toBe(0);
    const doc = document!;
    expect(doc.objectives[0]).toMatchObject({ code: '1', horizon: 'annual', owner: 'Ana', description: 'Our year' });
    expect(doc.goals[0]).toMatchObject({ code: '1.1', kpi: { name: 'NPS from 30 to 45', baseline: 30, target: 45 } });
    expect(doc.goals[0]!.supports[0]!.objectiveId).toBe(doc.objectives[0]!.id);
    expect(doc.tactics[0]).toMatchObject({ code: '1.1.1', status: 'on_track' });
    expect(doc.departments.map((d) => d.name)).toEqual(['Unassigned']);
    expect(report.sheets[0]!.columns['Current value']).toBe('ignored');
  });

  it('the Parent Row IDs format: levels from the depth under the parents', () => {
    const { document, report } = build([
      table('okrs', [
        ['Row ID', 'Parent Row IDs', 'Title', 'Owner', 'Departments', 'Start Value', 'Target Value', 'Current Value'],
        ['10', null, 'Grow', 'Ana', null, null, null, null],
        ['11', '10', 'Revenue 2 M', 'Ben', 'Sales, Marketing', 1.2, 2, 1.5],
        ['12', '11', 'Hire two reps', 'Cy', null, null, null, null],
      ]),
    ]);
    expect(report.summary.error).toBe(0);
    const doc = document!;
    expect(doc.objectives.map((o) => o.code)).toEqual(['10']);
    expect(doc.goals.map((g) => g.code)).toEqual(['11']);
    expect(doc.tactics.map((t) => t.code)).toEqual(['12']);
    expect(doc.departments.map((d) => d.name)).toEqual(['Sales']);
    expect(doc.tactics[0]!.departmentId).toBe(doc.departments[0]!.id);
  });

  it('reports every bad row in plain words and builds no document', () => {
    const { document, report } = build([
      table('Annual objectives', [
        ['Code', 'Objective', 'Target'],
        ['A1', 'Fine', 10],
        ['A2', 'Bad', 'ninety'],
        ['A1', 'Again', 1],
      ]),
      table('Tactics', [
        ['Code', 'Tactic', 'Supports', 'Due'],
        ['T1', 'x', 'G9', 'next spring'],
      ]),
    ]);
    expect(document).toBeNull();
    expect(report.rows.filter((r) => r.action === 'error').map((r) => r.message)).toEqual([
      "Annual objectives, row 3: target 'ninety' is not a number",
      'Annual objectives, row 4: code A1 is used again (already by Annual objectives, row 2)',
      "Tactics, row 2: due 'next spring' is not a date (write it YYYY-MM-DD); no goal has code G9",
    ]);
    expect(report.summary.error).toBe(3);
  });

  it('a mapping sets a sheet level and a column field', () => {
    const tables = [
      table('Sheet1', [
        ['Ref', 'Thing'],
        ['Q1', 'Be fast'],
      ]),
    ];
    expect(build(tables).report.summary.error).toBe(1);
    const { document } = build(
      tables,
      JSON.stringify({ sheets: [{ name: 'sheet1', level: 'breakthrough', columns: { Thing: 'title' } }] }),
    );
    expect(document!.objectives[0]).toMatchObject({ code: 'Q1', title: 'Be fast', horizon: 'breakthrough' });
    expect(() => parseMapping('{"sheets":[{"name":"x","level":"weekly"}]}')).toThrow(
      /sheets\[0\]\.level: must be one of/,
    );
  });
});
