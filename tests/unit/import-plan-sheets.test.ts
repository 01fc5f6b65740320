/** Our export's Plan and Departments sheets, read back (core/import/plan-sheets.ts), and how sheets are named. */
import { describe, expect, it } from 'vitest';
import { levelOfSheetName } from '../../core/import/levels.ts';
import {
  looksLikeDepartmentsSheet,
  looksLikePlanSheet,
  readDepartmentsSheet,
  readPlanSheet,
} from '../../core/import/plan-sheets.ts';
import type { RowReport } from '../../core/import/types.ts';

describe('Plan and Departments sheets', () => {
  it('are named exactly: "Department goals" stays a goal sheet, "Plan" and "Departments" are theirs', () => {
    expect(levelOfSheetName('Plan')).toBe('plan');
    expect(levelOfSheetName('Plan settings')).toBe('plan');
    expect(levelOfSheetName('Departments')).toBe('departments');
    expect(levelOfSheetName('Department goals')).toBe('goal');
    expect(levelOfSheetName('Departments 2027')).toBe(null);
    expect(levelOfSheetName('Planning notes')).toBe(null);
  });

  it('hold the header or the departments only when their content says so (else the columns decide)', () => {
    const header = {
      name: 'Plan',
      rows: [
        ['Field', 'Value'],
        ['Title', 'Plan 2027'],
        ['Period start', '2027-01-01'],
      ],
    };
    expect(looksLikePlanSheet(header)).toBe(true);
    const flat = {
      name: 'Plan',
      rows: [
        ['Level', 'No', 'Name', 'Parent'],
        ['Annual', '1', 'Grow', null],
      ],
    };
    expect(looksLikePlanSheet(flat)).toBe(false);
    expect(looksLikeDepartmentsSheet({ name: 'Departments', rows: [['Department', 'Head', 'Id']] })).toBe(true);
    expect(looksLikeDepartmentsSheet({ name: 'Departments', rows: [['Code', 'Goal', 'Department']] })).toBe(false);
  });

  it('read Field | Value rows by their words, dates and numbers typed, empty text as null', () => {
    const problems: RowReport[] = [];
    const read = readPlanSheet(
      {
        name: 'Plan',
        rows: [
          ['Field', 'Value'],
          ['Title', '  Plan 2027 '],
          ['Organization', ''],
          ['Period start', new Date('2027-01-01T00:00:00Z')],
          ['Period end', '2027-12-31'],
          ['Owner load limit (tactics)', 6],
          ['Review tolerance (%)', '7.5'],
        ],
      },
      problems,
    );
    expect(problems).toEqual([]);
    expect(read.values).toEqual({
      title: 'Plan 2027',
      organisation: null,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      ownerLoadLimit: 6,
      reviewTolerance: 7.5,
    });
    expect(read.rows.get('periodEnd')).toBe(5);
  });

  it('say which row and what is wrong, in words', () => {
    const problems: RowReport[] = [];
    readPlanSheet(
      {
        name: 'Plan',
        rows: [
          ['Owner load limit', 'many'],
          ['Budget', 10],
        ],
      },
      problems,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "Plan, row 1: owner load limit 'many' is not a number",
      "Plan, row 2: 'Budget' is not a setting of the plan",
    ]);
    const none: RowReport[] = [];
    expect(readDepartmentsSheet({ name: 'Departments', rows: [['Head'], ['Ana']] }, none)).toEqual([]);
    expect(none[0]!.message).toBe('Departments, row 1: no Department column (the first row names the columns)');
  });

  it('read departments in order, with a head (null when empty) only where the sheet has a Head column', () => {
    const problems: RowReport[] = [];
    const rows = readDepartmentsSheet(
      {
        name: 'Departments',
        rows: [
          ['Department', 'Head', 'Goals', 'Id'],
          ['Sales', 'Diego', 3, 'd-sales'],
          ['Support', null, 0, ''],
          [null, 'Nobody', null, null],
        ],
      },
      problems,
    );
    expect(rows).toEqual([
      { sheet: 'Departments', row: 2, name: 'Sales', head: 'Diego', id: 'd-sales' },
      { sheet: 'Departments', row: 3, name: 'Support', head: null, id: '' },
    ]);
    expect(problems.map((p) => p.message)).toEqual(['Departments, row 4: a department needs a name']);
    const headless = readDepartmentsSheet({ name: 'Departments', rows: [['Name'], ['Ops']] }, []);
    expect(headless[0]!.head).toBeUndefined();
  });
});
