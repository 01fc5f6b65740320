/** `hoshin import` of CSV files (flat sheets, both OKR tool shapes) and `--mapping`, as a user runs it. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import { tempDir } from '../helpers/temp.ts';

async function hoshin(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: () => '' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

interface Doc {
  departments: { id: string; name: string }[];
  objectives: { id: string; code: string; title: string; horizon: string; supports: { objectiveId: string }[] }[];
  goals: {
    id: string;
    code: string;
    departmentId: string;
    kpi: unknown;
    supports: { objectiveId: string }[];
  }[];
  tactics: { code: string; departmentId: string; status: string; supports: { goalId: string }[] }[];
}

async function importCsv(csv: string, extra: string[] = []): Promise<{ doc: Doc; stderr: string }> {
  const dir = tempDir();
  const source = path.join(dir, 'plan.csv');
  const file = path.join(dir, 'plan.hoshin');
  fs.writeFileSync(source, csv);
  const r = await hoshin(['import', source, file, ...extra.map((a) => (a === '$DIR' ? dir : a))]);
  expect(r.stderr).not.toContain('error');
  expect(r.code).toBe(0);
  const exported = await hoshin(['export', file]);
  return { doc: JSON.parse(exported.stdout) as Doc, stderr: r.stderr };
}

describe('hoshin import of a CSV file', () => {
  it('a flat sheet: a Level column, Parent with several parents, outline numbering', async () => {
    const { doc } = await importCsv(
      [
        'Level,No.,Name,Parent,Team',
        'Breakthrough,1,Lead the market,,',
        'Annual,1.1,Win 30 accounts,,',
        'Annual,1.2,Launch in Spain,,',
        'Goal,G1,Partner channel,"1.1; 1.2",Sales',
        'Goal,G2,Spanish site,"1.2\n1.1",sales',
        'Tactic,G1.1,Sign two partners,G1,',
        'Tactic,T9,Translate the site,"G2, G1",',
      ].join('\r\n'),
    );
    const id = (code: string) => [...doc.objectives, ...doc.goals].find((x) => x.code === code)!.id;
    expect(doc.objectives.map((o) => [o.code, o.horizon])).toEqual([
      ['1', 'breakthrough'],
      ['1.1', 'annual'],
      ['1.2', 'annual'],
    ]);
    expect(doc.objectives[1]!.supports.map((s) => s.objectiveId)).toEqual([id('1')]);
    expect(doc.goals[0]!.supports.map((s) => s.objectiveId)).toEqual([id('1.1'), id('1.2')]);
    expect(doc.goals[1]!.supports.map((s) => s.objectiveId)).toEqual([id('1.2'), id('1.1')]);
    // "Sales" and "sales" are one department
    expect(doc.departments.map((d) => d.name)).toEqual(['Sales']);
    expect(doc.goals[1]!.departmentId).toBe(doc.departments[0]!.id);
    expect(doc.tactics.map((t) => [t.code, t.supports.map((s) => s.goalId)])).toEqual([
      ['G1.1', [id('G1')]],
      ['T9', [id('G2'), id('G1')]],
    ]);
  });

  it('the outline-numbered OKR format (Order, Type, Summary, Start/Current/Target value)', async () => {
    const { doc, stderr } = await importCsv(
      [
        'Order,Type,Summary,Owner,Status,Start value,Current value,Target value,Description',
        '1,Objective,Delight customers,Ana,,,,,Our year',
        '1.1,Key Result,NPS from 30 to 45,Ben,,30,38,45,',
        '1.1.1,Initiative,Call every detractor,Cy,In progress,,,,',
        '2,Objective,Grow,Dee,,,,,',
        '2.1,Key Result,Revenue 2 M,Dee,,1.2,1.5,2,',
      ].join('\n'),
    );
    expect(doc.objectives.map((o) => o.code)).toEqual(['1', '2']);
    expect(doc.goals.map((g) => g.code)).toEqual(['1.1', '2.1']);
    expect(doc.goals[0]!.kpi).toMatchObject({ baseline: 30, target: 45 });
    expect(doc.goals[1]!.supports.map((s) => s.objectiveId)).toEqual([doc.objectives[1]!.id]);
    expect(doc.tactics[0]).toMatchObject({ code: '1.1.1', status: 'on_track' });
    expect(stderr).toContain('columns not imported: plan: Current value');
  });

  it('the Parent Row IDs format (Row ID, Parent Row IDs, Title, Owner, Departments, values)', async () => {
    const { doc } = await importCsv(
      [
        'Row ID;Parent Row IDs;Title;Owner;Departments;Start Value;Target Value;Current Value',
        '10;;Grow;Ana;;;;',
        '11;10;Revenue 2 M;Ben;PURCHASE, Marketing;1.2;2;1.5',
        '12;11;Hire two reps;Cy;;;;',
        '13;11;Price list;Cy;Purchase;;;',
      ].join('\n'),
    );
    expect(doc.objectives.map((o) => o.code)).toEqual(['10']);
    expect(doc.goals.map((g) => g.code)).toEqual(['11']);
    expect(doc.tactics.map((t) => t.code)).toEqual(['12', '13']);
    expect(doc.departments.map((d) => d.name)).toEqual(['PURCHASE']);
    expect(doc.tactics[1]!.departmentId).toBe(doc.departments[0]!.id);
  });

  it('--mapping: the sheets part of a dry run, edited, sets a sheet level and a column field', async () => {
    const dir = tempDir();
    const source = path.join(dir, 'list.csv');
    const file = path.join(dir, 'p.hoshin');
    fs.writeFileSync(source, 'Ref,Thing,Who\nQ1,Be fast,Ana\nQ2,Be kind,Ben\n');
    const unmapped = await hoshin(['import', source, file]);
    expect(unmapped.code).not.toBe(0);
    expect(fs.existsSync(file)).toBe(false);
    const dry = await hoshin(['import', source, file, '--dry-run', '--json']);
    const report = JSON.parse(dry.stdout) as { sheets: { name: string; level: string; columns: object }[] };
    expect(report.sheets[0]!.name).toBe('list');
    report.sheets[0]!.level = 'breakthrough';
    report.sheets[0]!.columns = { Thing: 'title' };
    const mapping = path.join(dir, 'mapping.json');
    fs.writeFileSync(mapping, JSON.stringify(report));
    const r = await hoshin(['import', source, file, '--mapping', mapping]);
    expect(r.code).toBe(0);
    const doc = JSON.parse((await hoshin(['export', file])).stdout) as Doc;
    expect(doc.objectives.map((o) => [o.code, o.title, o.horizon])).toEqual([
      ['Q1', 'Be fast', 'breakthrough'],
      ['Q2', 'Be kind', 'breakthrough'],
    ]);
    fs.writeFileSync(mapping, '{"sheets":[{"name":"list","level":"weekly"}]}');
    const bad = await hoshin(['import', source, path.join(dir, 'q.hoshin'), '--mapping', mapping]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('mapping.json is not a valid import mapping');
    expect(bad.stderr).toContain('sheets[0].level: must be one of');
    expect(fs.existsSync(path.join(dir, 'q.hoshin'))).toBe(false);
  });
});
