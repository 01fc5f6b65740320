/**
 * What a real X-matrix needs the model to hold (issue 11 §2), over real files: weights, the department
 * responsible for an objective, a goal's supporting departments and relative KPI targets, through plan JSON,
 * the Excel workbook and CSV, the operations, undo, and the gap analysis `hoshin check` prints.
 */
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { stringifyPlan } from '../../core/plan-json.ts';
import { issueDraft } from '../../services/issue-draft.ts';
import { openPlan, writePlanFile } from '../../services/plan-files.ts';
import { readDraftDocument } from '../../services/read-draft.ts';
import { goal, kpi, objective, planDoc, tactic } from '../helpers/plans.ts';
import { tempDir } from '../helpers/temp.ts';

async function hoshin(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: () => '' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const strong = 'strong' as const;

/** A plan with every new field set: weights on both levels, responsibility, support and a relative target. */
function weightedPlan() {
  return planDoc({
    departments: [
      { id: 'd-prod', name: 'Production', head: 'Pia' },
      { id: 'd-mnt', name: 'Maintenance', head: 'Max' },
    ],
    objectives: [
      objective('o1', {
        weight: 60,
        departmentId: 'd-prod',
        kpi: { name: 'Downtime', unit: 'h', baseline: 120, target: -40, direction: 'decrease', targetKind: 'relative' },
      }),
      objective('o2', { weight: 40, departmentId: 'd-mnt', kpi: { ...kpi(0.003), unit: '%', baseline: 0.005 } }),
    ],
    goals: [
      goal('g1', [{ objectiveId: 'o1', strength: strong }], {
        departmentId: 'd-prod',
        weight: 100,
        supportingDepartmentIds: ['d-mnt'],
      }),
      goal('g2', [{ objectiveId: 'o2', strength: strong }], { departmentId: 'd-mnt', weight: 100 }),
    ],
    tactics: [
      tactic('t1', [{ goalId: 'g1', strength: strong }], { departmentId: 'd-prod', due: '2027-06-30' }),
      tactic('t2', [{ goalId: 'g2', strength: strong }], { departmentId: 'd-mnt', due: '2027-06-30' }),
    ],
  });
}

async function exportJson(file: string): Promise<Record<string, unknown>> {
  const r = await hoshin(['export', file]);
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Record<string, unknown>;
}

describe('plan JSON holds weights, responsibility, support and relative targets', () => {
  it('imports and exports them unchanged, and a plan without them exports without the keys', async () => {
    const dir = tempDir();
    const json = path.join(dir, 'plan.json');
    const file = path.join(dir, 'plan.hoshin');
    fs.writeFileSync(json, stringifyPlan(weightedPlan()));
    expect((await hoshin(['import', json, file])).code).toBe(0);
    const exported = await hoshin(['export', file]);
    expect(exported.stdout).toBe(fs.readFileSync(json, 'utf8'));
    const doc = JSON.parse(exported.stdout) as { objectives: Record<string, unknown>[]; goals: unknown[] };
    expect(doc.objectives[0]).toMatchObject({ weight: 60, departmentId: 'd-prod' });
    expect(doc.objectives[0]!.kpi).toMatchObject({ target: -40, targetKind: 'relative' });
    expect(doc.goals[0]).toMatchObject({ weight: 100, supportingDepartmentIds: ['d-mnt'] });

    const plain = path.join(dir, 'plain.hoshin');
    writePlanFile(plain, planDoc({ objectives: [objective('o1')] }));
    const text = (await hoshin(['export', plain])).stdout;
    for (const key of ['weight', 'supportingDepartmentIds', 'targetKind', '"departmentId"'])
      expect(text).not.toContain(key);
  });

  it('refuses a supporting department that is the goal’s own or unknown, and a weight above 100, naming the path', async () => {
    const dir = tempDir();
    const json = path.join(dir, 'bad.json');
    const doc = JSON.parse(stringifyPlan(weightedPlan())) as {
      goals: { supportingDepartmentIds?: string[] }[];
      objectives: { weight?: number; departmentId?: string }[];
    };
    doc.goals[0]!.supportingDepartmentIds = ['d-prod', 'd-none'];
    doc.objectives[1]!.weight = 140;
    doc.objectives[1]!.departmentId = 'd-x';
    fs.writeFileSync(json, JSON.stringify(doc));
    const r = await hoshin(['import', json, path.join(dir, 'bad.hoshin')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain(`goals[0].supportingDepartmentIds[0]: department "d-prod" is the goal's own department`);
    expect(r.stderr).toContain('goals[0].supportingDepartmentIds[1]: no department has id "d-none"');
    expect(r.stderr).toContain('objectives[1].weight: must be at most 100 (a percent)');
    expect(r.stderr).toContain('objectives[1].departmentId: no department has id "d-x"');
    expect(fs.existsSync(path.join(dir, 'bad.hoshin'))).toBe(false);
  });
});

describe('the operations', () => {
  it('set and clear weights and departments as one undo step each, and refuse what the model cannot hold', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.hoshin');
    writePlanFile(file, weightedPlan());
    const session = openPlan(file);
    try {
      expect(session.dispatch('updateObjective', { id: 'o1', weight: 55.5, departmentId: null })).toMatchObject({
        weight: 55.5,
        departmentId: null,
      });
      let doc = session.dispatch('getPlan', {});
      expect(doc.objectives[0]!.weight).toBe(55.5);
      expect(doc.objectives[0]).not.toHaveProperty('departmentId');
      session.dispatch('undo', {});
      doc = session.dispatch('getPlan', {});
      expect(doc.objectives[0]).toMatchObject({ weight: 60, departmentId: 'd-prod' });

      expect(() => session.dispatch('updateGoal', { id: 'g1', supportingDepartmentIds: ['d-prod'] })).toThrow(
        "supportingDepartmentIds[0]: Production is the goal's own department, not a supporting one",
      );
      expect(() => session.dispatch('updateGoal', { id: 'g1', weight: 101 })).toThrow(/at most 100/);
      expect(() => session.dispatch('updateObjective', { id: 'o1', departmentId: 'd-none' })).toThrow(
        'no department has id "d-none"',
      );
      // Moving a goal into its supporting department drops that department from the list.
      const moved = session.dispatch('updateGoal', { id: 'g1', departmentId: 'd-mnt' });
      expect(moved.supportingDepartmentIds).toBeUndefined();
      expect(session.dispatch('getPlan', {}).goals[0]).not.toHaveProperty('supportingDepartmentIds');
      const created = session.dispatch('createGoal', {
        departmentId: 'd-prod',
        title: 'Spare parts on hand',
        weight: 20,
        supportingDepartmentIds: ['d-mnt'],
        supports: [{ objectiveId: 'o1', strength: 'medium' }],
      });
      expect(session.dispatch('getPlan', {}).goals.find((g) => g.id === created.id)).toMatchObject({
        weight: 20,
        supportingDepartmentIds: ['d-mnt'],
      });
      // Deleting a department: objectives it was responsible for keep going without one.
      session.dispatch('deleteDepartment', { id: 'd-mnt' });
      doc = session.dispatch('getPlan', {});
      expect(doc.objectives[1]).not.toHaveProperty('departmentId');
      expect(doc.goals.find((g) => g.id === created.id)).not.toHaveProperty('supportingDepartmentIds');
      // Undo brings the department back with what named it.
      session.dispatch('undo', {});
      doc = session.dispatch('getPlan', {});
      expect(doc.objectives[1]).toMatchObject({ departmentId: 'd-mnt' });
      expect(doc.goals.find((g) => g.id === created.id)).toMatchObject({ supportingDepartmentIds: ['d-mnt'] });
    } finally {
      session.close();
    }
  });
});

describe('setWeights', () => {
  it('sets a level’s weights as one undo step, refusing an unknown item and keeping a draft to its own goals', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.hoshin');
    writePlanFile(file, weightedPlan());
    const session = openPlan(file);
    try {
      expect(
        session.dispatch('setWeights', {
          weights: [
            { kind: 'objective', id: 'o1', weight: 70 },
            { kind: 'objective', id: 'o2', weight: 30 },
          ],
        }),
      ).toEqual({ changed: 2 });
      expect(session.dispatch('getHistory', {})).toMatchObject({ undoDepth: 1, undoLabel: 'Set 2 weights' });
      expect(session.dispatch('getPlan', {}).objectives.map((o) => o.weight)).toEqual([70, 30]);
      expect(() => session.dispatch('setWeights', { weights: [{ kind: 'goal', id: 'o1', weight: 10 }] })).toThrow(
        'weights[0].id: no goal has id "o1"',
      );
      session.dispatch('undo', {});
      expect(session.dispatch('getPlan', {}).objectives.map((o) => o.weight)).toEqual([60, 40]);
    } finally {
      session.close();
    }
    const draftFile = path.join(dir, 'production.hoshin');
    const master = openPlan(file);
    issueDraft(master, 'Production', draftFile);
    master.close();
    const draft = openPlan(draftFile);
    try {
      expect(() => draft.dispatch('setWeights', { weights: [{ kind: 'goal', id: 'g2', weight: 50 }] })).toThrow(
        /belongs to Maintenance/,
      );
      expect(draft.dispatch('setWeights', { weights: [{ kind: 'goal', id: 'g1', weight: 50 }] })).toEqual({
        changed: 1,
      });
    } finally {
      draft.close();
    }
  });
});

describe('hoshin check', () => {
  it('reports weights that do not add up and a responsible department without a goal', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.hoshin');
    const doc = weightedPlan();
    doc.objectives[1]!.weight = 30;
    doc.objectives[1]!.departmentId = 'd-prod';
    doc.goals[0]!.departmentId = 'd-mnt';
    doc.goals[0]!.supportingDepartmentIds = ['d-prod'];
    writePlanFile(file, doc);
    const r = await hoshin(['check', file, '--json', '--today', '2027-01-15']);
    const report = JSON.parse(r.stdout) as { findings: { kind: string; id: string; message: string }[] };
    const found = report.findings.filter(
      (f) => f.kind === 'weights_not_100' || f.kind === 'department_kpi_without_goal',
    );
    expect(found.map((f) => [f.kind, f.id, f.message])).toEqual([
      ['weights_not_100', 'o1', 'The weights of the annual objectives add up to 90 %, not 100 %.'],
      ['weights_not_100', 'g1', 'The weights of the Maintenance goals add up to 200 %, not 100 %.'],
      [
        'department_kpi_without_goal',
        'o1',
        "Production is responsible for objective O1 'Objective o1' and its KPI (Downtime), but none of Production’s goals supports it, so the department answers for a result it does not work on.",
      ],
      [
        'department_kpi_without_goal',
        'o2',
        "Production is responsible for objective O2 'Objective o2' and its KPI (Churn), but none of Production’s goals supports it, so the department answers for a result it does not work on.",
      ],
    ]);
  });
});

describe('the Excel workbook and CSV', () => {
  it('export as xlsx -> import gives the same plan, weights, departments and relative targets included', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.hoshin');
    const xlsx = path.join(dir, 'plan.xlsx');
    const copy = path.join(dir, 'copy.hoshin');
    writePlanFile(file, weightedPlan());
    expect((await hoshin(['export', file, '--format', 'xlsx', '--out', xlsx])).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    const objectives = book.getWorksheet('Objectives')!;
    const header = (objectives.getRow(1).values as unknown[]).slice(1);
    const cell = (name: string) => objectives.getRow(3).getCell(header.indexOf(name) + 1).value;
    // 0.003 stays 0.003: General format, not a format rounding to two decimals.
    expect(cell('Target')).toBe(0.003);
    expect(objectives.getRow(3).getCell(header.indexOf('Target') + 1).numFmt ?? 'General').toBe('General');
    expect(cell('Weight (%)')).toBe(40);
    expect(cell('Department')).toBe('Maintenance');
    expect(objectives.getRow(2).getCell(header.indexOf('Target kind') + 1).value).toBe('Relative (% from baseline)');

    const imported = await hoshin(['import', xlsx, copy]);
    expect(imported.code).toBe(0);
    const [before, after] = [await exportJson(file), await exportJson(copy)];
    const shape = (doc: Record<string, unknown>) => {
      const names = new Map((doc.departments as { id: string; name: string }[]).map((d) => [d.id, d.name]));
      return {
        objectives: (doc.objectives as Record<string, unknown>[]).map(({ id: _id, ...o }) => ({
          ...o,
          departmentId: names.get(o.departmentId as string),
        })),
        goals: (doc.goals as Record<string, unknown>[]).map(({ id: _id, supports: _s, ...g }) => ({
          ...g,
          departmentId: names.get(g.departmentId as string),
          supportingDepartmentIds: ((g.supportingDepartmentIds ?? []) as string[]).map((d) => names.get(d)),
        })),
      };
    };
    expect(shape(after)).toEqual(shape(before));
  });

  it('reads weights, responsible and supporting departments and relative targets from an X-matrix workbook', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'xmatrix.xlsx');
    const file = path.join(dir, 'x.hoshin');
    const book = new ExcelJS.Workbook();
    const sheets: Record<string, (string | number | null)[][]> = {
      'Annual objectives': [
        ['Code', 'Objective', 'Dept', 'Weight (%)', 'Unit', 'Baseline', 'Target'],
        ['A1', 'Cut downtime', 'Production', 50, 'h', 120, '-40%'],
        ['A2', 'Cut scrap', 'QUALITY', '30 %', '%', 2.5, 'reduce by 20 %'],
        ['A3', 'Grow output', 'Production', 20, 'units', 900, 'increase by 15 %'],
        ['A4', 'Hold defects', null, null, '%', 0.005, 0.003],
      ],
      'Improvement priorities': [
        ['Code', 'Priority', 'Team', 'Supporting', 'Weight', 'Aligned to'],
        ['P1', 'Predictive maintenance', 'Production', 'Maintenance; quality', 70, 'A1'],
        ['P2', 'Scrap root causes', 'Quality', 'Production, Quality', 30, 'A2'],
      ],
    };
    for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
    await book.xlsx.writeFile(xlsx);
    const r = await hoshin(['import', xlsx, file]);
    expect(r.stderr).not.toContain('error');
    expect(r.code).toBe(0);
    const doc = (await exportJson(file)) as {
      departments: { id: string; name: string }[];
      objectives: { code: string; weight?: number; departmentId?: string; kpi: Record<string, unknown> }[];
      goals: { code: string; weight?: number; supportingDepartmentIds?: string[] }[];
    };
    const name = (id: string | undefined) => doc.departments.find((d) => d.id === id)?.name;
    expect(doc.departments.map((d) => d.name)).toEqual(['Production', 'QUALITY', 'Maintenance']);
    expect(doc.objectives.map((o) => [o.code, o.weight, name(o.departmentId)])).toEqual([
      ['A1', 50, 'Production'],
      ['A2', 30, 'QUALITY'],
      ['A3', 20, 'Production'],
      ['A4', undefined, undefined],
    ]);
    expect(doc.objectives.map((o) => [o.kpi.target, o.kpi.targetKind ?? 'absolute', o.kpi.direction])).toEqual([
      [-40, 'relative', 'decrease'],
      [-20, 'relative', 'decrease'],
      [15, 'relative', 'increase'],
      [0.003, 'absolute', 'decrease'],
    ]);
    expect(doc.goals.map((g) => [g.code, g.weight, (g.supportingDepartmentIds ?? []).map(name)])).toEqual([
      ['P1', 70, ['Maintenance', 'QUALITY']],
      // Its own department named among its supporters is left out.
      ['P2', 30, ['Production']],
    ]);
    // Imported twice with --merge: nothing changes the second time.
    const again = await hoshin(['import', xlsx, file, '--merge', '--dry-run', '--json']);
    const report = JSON.parse(again.stdout) as { summary: { create: number; update: number; error: number } };
    expect(report.summary).toMatchObject({ create: 0, update: 0, error: 0 });
  });

  it('reads weights Excel keeps as fractions (a column formatted as percent) as percents', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'fractions.xlsx');
    const file = path.join(dir, 'f.hoshin');
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Annual objectives');
    sheet.addRows([
      ['Code', 'Objective', 'Weight (%)'],
      ['A1', 'Cut downtime', 0.6],
      ['A2', 'Cut scrap', 0.4],
    ]);
    sheet.getColumn(3).numFmt = '0%';
    await book.xlsx.writeFile(xlsx);
    expect((await hoshin(['import', xlsx, file])).code).toBe(0);
    const doc = (await exportJson(file)) as { objectives: { weight?: number }[] };
    expect(doc.objectives.map((o) => o.weight)).toEqual([60, 40]);
    // Merged again: the same weights, nothing to update.
    const again = await hoshin(['import', xlsx, file, '--merge', '--dry-run', '--json']);
    expect((JSON.parse(again.stdout) as { summary: { update: number } }).summary.update).toBe(0);
  });

  it('a weight that is not a percent is a row error, and nothing is written', async () => {
    const dir = tempDir();
    const xlsx = path.join(dir, 'bad.xlsx');
    const book = new ExcelJS.Workbook();
    book.addWorksheet('Annual objectives').addRows([
      ['Code', 'Objective', 'Weight (%)'],
      ['A1', 'Cut downtime', 140],
    ]);
    await book.xlsx.writeFile(xlsx);
    const r = await hoshin(['import', xlsx, path.join(dir, 'bad.hoshin')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toContain("Annual objectives, row 2: weight (%) '140' is not a percent between 0 and 100");
    expect(fs.existsSync(path.join(dir, 'bad.hoshin'))).toBe(false);
  });

  it('--csv full names an objective’s responsible department and adds weight, supporting departments and target kind', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.hoshin');
    writePlanFile(file, weightedPlan());
    const r = await hoshin(['export', file, '--format', 'csv', '--csv', 'full']);
    const [head, o1, , g1] = r.stdout.trim().split('\n');
    expect(head!.split(',').slice(-3)).toEqual(['weight', 'supporting_departments', 'target_kind']);
    expect(o1).toMatch(/^o1,Objective,O1,Objective o1,Production,/);
    expect(o1!.split(',').slice(-3)).toEqual(['60', '', 'Relative (% from baseline)']);
    expect(g1!.split(',').slice(-3)).toEqual(['100', 'Maintenance', '']);
  });
});

describe('next year’s plan', () => {
  it('keeps weights, responsible and supporting departments and relative targets; the target is met by its resolved value', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.hoshin');
    const next = path.join(dir, 'next.hoshin');
    const doc = weightedPlan();
    doc.plan.periodStart = '2027-01-01';
    doc.plan.periodEnd = '2027-12-31';
    // Downtime fell from 120 to 70: below the 72 that −40 % resolves to, so O1 is finished; O2 is not.
    doc.review.months.push({ itemId: 'o1', month: '2027-11', plan: null, actual: 70 });
    doc.tactics[0]!.status = 'done';
    writePlanFile(file, doc);
    const r = await hoshin(['rollover', file, '--out', next, '--period', '2028', '--carry', 'all', '--json']);
    expect(r.code).toBe(0);
    const carried = await exportJson(next);
    const objectives = carried.objectives as Record<string, unknown>[];
    const goals = carried.goals as Record<string, unknown>[];
    expect(objectives.map((o) => [o.code, o.weight, o.departmentId])).toEqual([
      ['O1', 60, 'd-prod'],
      ['O2', 40, 'd-mnt'],
    ]);
    // The relative target stays relative: next year's −40 % starts from the new baseline, 70.
    expect(objectives[0]!.kpi).toMatchObject({ baseline: 70, target: -40, targetKind: 'relative' });
    expect(goals.map((g) => [g.code, g.weight, g.supportingDepartmentIds])).toEqual([
      ['G1', 100, ['d-mnt']],
      ['G2', 100, undefined],
    ]);
    const unfinished = await hoshin([
      'rollover',
      file,
      '--out',
      path.join(dir, 'u.hoshin'),
      '--period',
      '2028',
      '--json',
    ]);
    const report = JSON.parse(unfinished.stdout) as { left: { code: string; reason: string }[] };
    expect(report.left.find((x) => x.code === 'O1')?.reason).toBe('KPI target met (70 in 2027-11, target 72)');
  });
});

describe('catchball', () => {
  it('a department draft changes its goals’ weights and supporting departments, and the merge carries them', () => {
    const dir = tempDir();
    const masterFile = path.join(dir, 'master.hoshin');
    const draftFile = path.join(dir, 'production.hoshin');
    writePlanFile(masterFile, weightedPlan());
    const master = openPlan(masterFile);
    issueDraft(master, 'Production', draftFile);
    master.close();
    const draft = openPlan(draftFile);
    try {
      draft.dispatch('updateGoal', { id: 'g1', weight: 80, supportingDepartmentIds: [] });
      // Objectives are leadership's: a draft cannot move their weight or responsibility.
      expect(() => draft.dispatch('updateObjective', { id: 'o1', weight: 10 })).toThrow(/leadership/);
    } finally {
      draft.close();
    }
    const merging = openPlan(masterFile);
    try {
      const review = merging.dispatch('reviewDraft', { draft: readDraftDocument(draftFile) });
      expect(review.changes).toMatchObject([
        {
          op: 'update',
          kind: 'goal',
          id: 'g1',
          fields: { weight: { before: 100, after: 80 }, supportingDepartmentIds: { before: ['d-mnt'], after: null } },
        },
      ]);
      merging.dispatch('mergeDraft', { draft: readDraftDocument(draftFile), accept: 'all' });
      const g1 = merging.dispatch('getPlan', {}).goals[0]!;
      expect(g1.weight).toBe(80);
      expect(g1).not.toHaveProperty('supportingDepartmentIds');
    } finally {
      merging.close();
    }
  });
});
