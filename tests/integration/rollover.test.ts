/**
 * `hoshin rollover`: next year's plan written as a new file from real plan files, the old one never changed.
 * The fixture has one item of each case the carry rule distinguishes (see core/rollover.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, onTestFinished } from 'vitest';
import { main } from '../../cli/main.ts';
import type { PlanDocument, PlanDocumentInput } from '../../contract/plan-format.ts';
import type { RolloverReport } from '../../contract/rollover.ts';
import { validatePlanDocument } from '../../core/plan-json.ts';
import { HOSHIN_APPLICATION_ID, loadMigrations } from '../../db/plan-file.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { nextYearFile } from '../../server/serve.ts';
import { createWebServer } from '../../server/web-server.ts';
import { openPlan, withPlanForReading, writePlanFile } from '../../services/plan-files.ts';
import { sha256, tempDir } from '../helpers/temp.ts';

/** `hoshin` in this process (the same main() bin/hoshin.js runs). */
async function hoshin(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), readStdin: () => '' });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const kpi = (baseline: number, target: number, direction: 'increase' | 'decrease' = 'increase') => ({
  name: 'KPI',
  unit: null,
  baseline,
  target,
  direction,
});

/**
 * B1 breakthrough. A1 annual, KPI not met: unfinished. A2 annual, KPI met, but its goal G3 is needed by an
 * unfinished tactic. A3 annual without KPI whose only goal G4 has only done tactics: finished.
 * G1: one done tactic (T1), one on track (T2, due in the old year). G2: no tactics, no KPI: not known finished.
 * G3: KPI met, but T3 (at risk, due in the new year, also serving G1) is not done.
 */
const fixture: PlanDocumentInput = {
  format: 'hoshin-plan',
  version: 1,
  plan: {
    id: 'p-2027',
    title: 'Operations plan 2027',
    organisation: 'Acme',
    periodStart: '2027-01-01',
    periodEnd: '2027-12-31',
    vision: 'Things just work.',
    settings: { ownerLoadLimit: 5, reviewTolerance: 7 },
  },
  departments: [
    { id: 'd1', name: 'Operations', head: 'Ann' },
    { id: 'd2', name: 'Sales', head: null },
  ],
  objectives: [
    { id: 'b1', code: 'B1', title: 'Be the reliable choice', horizon: 'breakthrough', kpi: kpi(10, 50) },
    {
      id: 'a1',
      code: 'A1',
      title: 'Cut churn',
      horizon: 'annual',
      owner: 'Ann',
      kpi: kpi(14, 9, 'decrease'),
      supports: [{ objectiveId: 'b1', strength: 'strong' }],
    },
    {
      id: 'a2',
      code: 'A2',
      title: 'Grow NPS',
      horizon: 'annual',
      kpi: kpi(80, 100),
      supports: [{ objectiveId: 'b1', strength: 'medium' }],
    },
    { id: 'a3', code: 'A3', title: 'Tidy the warehouse', horizon: 'annual' },
  ],
  goals: [
    {
      id: 'g1',
      code: 'OPS-1',
      departmentId: 'd1',
      title: 'Fix first time',
      owner: 'Bo',
      supports: [{ objectiveId: 'a1', strength: 'strong' }],
    },
    {
      id: 'g2',
      code: 'SAL-1',
      departmentId: 'd2',
      title: 'Sell fit',
      supports: [{ objectiveId: 'a1', strength: 'weak' }],
    },
    {
      id: 'g3',
      code: 'OPS-2',
      departmentId: 'd1',
      title: 'Delight callers',
      kpi: kpi(2, 5),
      supports: [{ objectiveId: 'a2', strength: 'medium' }],
    },
    {
      id: 'g4',
      code: 'OPS-3',
      departmentId: 'd1',
      title: 'Label shelves',
      supports: [{ objectiveId: 'a3', strength: 'strong' }],
    },
  ],
  tactics: [
    {
      id: 't1',
      code: 'OPS-1.1',
      departmentId: 'd1',
      title: 'Root-cause repeats',
      status: 'done',
      supports: [{ goalId: 'g1', strength: 'strong' }],
    },
    {
      id: 't2',
      code: 'OPS-1.2',
      departmentId: 'd1',
      title: 'Route by skill',
      owner: 'Cy',
      due: '2027-06-30',
      status: 'on_track',
      tags: ['FCR'],
      supports: [{ goalId: 'g1', strength: 'medium' }],
    },
    {
      id: 't3',
      code: 'OPS-2.1',
      departmentId: 'd1',
      title: 'Call back detractors',
      due: '2028-03-31',
      status: 'at_risk',
      supports: [
        { goalId: 'g3', strength: 'strong' },
        { goalId: 'g1', strength: 'weak' },
      ],
    },
    {
      id: 't4',
      code: 'OPS-3.1',
      departmentId: 'd1',
      title: 'Buy labels',
      status: 'done',
      supports: [{ goalId: 'g4', strength: 'strong' }],
    },
    {
      id: 't5',
      code: 'OPS-3.2',
      departmentId: 'd1',
      title: 'Stick labels',
      status: 'done',
      supports: [{ goalId: 'g4', strength: 'strong' }],
    },
  ],
  notes: [{ id: 'n1', itemId: 'g1', kind: 'question', text: 'Enough people?', createdAt: '2027-02-01T09:00:00Z' }],
  review: {
    months: [
      { itemId: 'b1', month: '2027-06', plan: null, actual: 20 },
      { itemId: 'a1', month: '2027-11', plan: null, actual: 10.5 },
      { itemId: 'a1', month: '2027-03', plan: 12.5, actual: 12 },
      { itemId: 'a1', month: '2027-12', plan: 9, actual: null },
      { itemId: 'a2', month: '2027-12', plan: null, actual: 105 },
      { itemId: 'g3', month: '2027-10', plan: null, actual: 6 },
    ],
    countermeasures: [
      { id: 'c1', itemId: 'a1', month: '2027-11', rootCause: 'Price rise', action: 'Call them', status: 'open' },
    ],
    tacticUpdates: [{ id: 'u1', tacticId: 't2', date: '2027-05-01', status: 'on_track', note: null }],
  },
};

function oldPlan(dir: string): string {
  const file = path.join(dir, 'plan-2027.hoshin');
  writePlanFile(file, validatePlanDocument(fixture));
  return file;
}

function load(file: string): PlanDocument {
  return withPlanForReading(file, (s) => s.store.loadDocument());
}

async function rollover(dir: string, carry?: string, extra: string[] = []) {
  const file = oldPlan(dir);
  const out = path.join(dir, 'plan-2028.hoshin');
  const before = sha256(file);
  const r = await hoshin([
    'rollover',
    file,
    '--out',
    out,
    '--period',
    '2028',
    ...(carry ? ['--carry', carry] : []),
    '--json',
    ...extra,
  ]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  // The old plan is only read: byte for byte as it was, nothing beside it.
  expect(sha256(file)).toBe(before);
  expect(fs.readdirSync(dir).sort()).toEqual(['plan-2027.hoshin', 'plan-2028.hoshin']);
  return { file, out, report: JSON.parse(r.stdout) as RolloverReport, doc: load(out) };
}

const codes = (items: readonly { code: string }[]) => items.map((x) => x.code);
const byCode = <T extends { code: string }>(items: readonly T[], code: string): T =>
  items.find((x) => x.code === code)!;

describe('hoshin rollover --carry unfinished (the default)', () => {
  it('carries breakthroughs, unfinished items and what they need, and leaves finished ones', async () => {
    const { doc, report } = await rollover(tempDir());
    expect(codes(doc.objectives)).toEqual(['B1', 'A1', 'A2']);
    expect(codes(doc.goals)).toEqual(['OPS-1', 'SAL-1', 'OPS-2']);
    expect(codes(doc.tactics)).toEqual(['OPS-1.2', 'OPS-2.1']);
    expect(report.carry).toBe('unfinished');
    const reason = (code: string) => [...report.carried, ...report.left].find((x) => x.code === code)?.reason;
    expect(reason('B1')).toBe('breakthrough objective');
    expect(reason('A1')).toBe('unfinished');
    expect(reason('A2')).toBe('needed by carried goal OPS-2');
    expect(reason('OPS-2')).toBe('needed by unfinished tactic OPS-2.1');
    expect(reason('SAL-1')).toBe('unfinished');
    expect(reason('OPS-1.2')).toBe('unfinished (on track)');
    expect(reason('A3')).toBe('its goals are all finished');
    expect(reason('OPS-3')).toBe('its tactics are all done');
    expect(reason('OPS-1.1')).toBe('done');
    expect(report.left.map((x) => x.code).sort()).toEqual(['A3', 'OPS-1.1', 'OPS-3', 'OPS-3.1', 'OPS-3.2']);
    expect(report.summary.carried).toEqual({
      breakthrough: 1,
      annual: 2,
      goal: 3,
      tactic: 2,
      departments: 2,
      links: 8,
    });
    expect(report.summary.left).toEqual({ breakthrough: 0, annual: 1, goal: 1, tactic: 3 });
  });

  it('sets the new period and plan, keeps departments, settings and the fields of each item', async () => {
    const { doc, report } = await rollover(tempDir());
    expect(doc.plan).toMatchObject({
      title: 'Operations plan 2028',
      organisation: 'Acme',
      periodStart: '2028-01-01',
      periodEnd: '2028-12-31',
      vision: 'Things just work.',
      settings: { ownerLoadLimit: 5, reviewTolerance: 7 },
    });
    expect(doc.plan.id).not.toBe('p-2027');
    expect(report.to).toMatchObject({ planId: doc.plan.id, file: 'plan-2028.hoshin', periodStart: '2028-01-01' });
    expect(doc.departments).toEqual([
      { id: 'd1', name: 'Operations', head: 'Ann' },
      { id: 'd2', name: 'Sales', head: null },
    ]);
    expect(byCode(doc.tactics, 'OPS-1.2')).toMatchObject({
      title: 'Route by skill',
      owner: 'Cy',
      status: 'on_track',
      tags: ['FCR'],
      departmentId: 'd1',
    });
    expect(byCode(doc.objectives, 'A1')).toMatchObject({ owner: 'Ann', title: 'Cut churn' });
  });

  it('sets each KPI baseline from the last recorded actual, else keeps the old baseline', async () => {
    const { doc, report } = await rollover(tempDir());
    // A1's last month with an actual is 2027-11 (2027-12 has only a plan value).
    expect(byCode(doc.objectives, 'A1').kpi).toEqual({
      name: 'KPI',
      unit: null,
      baseline: 10.5,
      target: 9,
      direction: 'decrease',
    });
    expect(byCode(doc.objectives, 'B1').kpi?.baseline).toBe(20);
    expect(byCode(doc.objectives, 'A2').kpi?.baseline).toBe(105);
    expect(byCode(doc.goals, 'OPS-2').kpi).toMatchObject({ baseline: 6, target: 5 });
    const baselines = report.changed.filter((c) => c.field === 'baseline');
    expect(baselines.map((c) => [c.code, c.from, c.to])).toEqual([
      ['B1', 10, 20],
      ['A1', 14, 10.5],
      ['A2', 80, 105],
      ['OPS-2', 2, 6],
    ]);
    expect(baselines[1]!.message).toBe('A1: KPI baseline 14 → 10.5 (the actual of 2027-11)');
  });

  it('starts with no actuals, plan values, countermeasures, tactic updates or notes, and counts what it left', async () => {
    const { doc, report } = await rollover(tempDir());
    expect(doc.review).toEqual({ months: [], countermeasures: [], tacticUpdates: [] });
    expect(doc.notes).toEqual([]);
    expect(report.notCarried).toEqual({ actuals: 5, planValues: 2, countermeasures: 1, tacticUpdates: 1, notes: 1 });
  });

  it('keeps the links whose both ends are carried, with their strength and order, under the new ids', async () => {
    const { doc } = await rollover(tempDir());
    const code = new Map([...doc.objectives, ...doc.goals].map((x) => [x.id, x.code]));
    const links = [
      ...doc.objectives.flatMap((o) => o.supports.map((s) => [o.code, code.get(s.objectiveId), s.strength])),
      ...doc.goals.flatMap((g) => g.supports.map((s) => [g.code, code.get(s.objectiveId), s.strength])),
      ...doc.tactics.flatMap((t) => t.supports.map((s) => [t.code, code.get(s.goalId), s.strength])),
    ];
    expect(links).toEqual([
      ['A1', 'B1', 'strong'],
      ['A2', 'B1', 'medium'],
      ['OPS-1', 'A1', 'strong'],
      ['SAL-1', 'A1', 'weak'],
      ['OPS-2', 'A2', 'medium'],
      ['OPS-1.2', 'OPS-1', 'medium'],
      ['OPS-2.1', 'OPS-2', 'strong'],
      ['OPS-2.1', 'OPS-1', 'weak'],
    ]);
  });

  it('records the old item on every carried item, and an edit in the new plan keeps it', async () => {
    const { doc, out, report } = await rollover(tempDir());
    const old = new Map(
      [...fixture.objectives, ...fixture.goals, ...fixture.tactics].map((x) => [x.code, x.id] as const),
    );
    for (const x of [...doc.objectives, ...doc.goals, ...doc.tactics]) {
      expect(x.carriedFrom).toBe(old.get(x.code));
      expect(x.id).not.toBe(x.carriedFrom);
    }
    for (const c of report.carried)
      expect(c.newId).toBe([...doc.objectives, ...doc.goals, ...doc.tactics].find((x) => x.carriedFrom === c.id)!.id);
    const session = openPlan(out);
    try {
      const g = byCode(doc.goals, 'OPS-1');
      session.dispatch('updateGoal', { id: g.id, title: 'Fix it first time' });
      const t = byCode(doc.tactics, 'OPS-1.2');
      session.dispatch('updateTactic', { id: t.id, status: 'done' });
      const o = byCode(doc.objectives, 'A1');
      session.dispatch('updateObjective', { id: o.id, owner: 'Dee' });
    } finally {
      session.close();
    }
    const edited = load(out);
    expect(byCode(edited.goals, 'OPS-1')).toMatchObject({ title: 'Fix it first time', carriedFrom: 'g1' });
    expect(byCode(edited.tactics, 'OPS-1.2')).toMatchObject({ status: 'done', carriedFrom: 't2' });
    expect(byCode(edited.objectives, 'A1')).toMatchObject({ owner: 'Dee', carriedFrom: 'a1' });
  });

  it('clears a due date before the new period (and says so), keeping a later one', async () => {
    const { doc, report } = await rollover(tempDir());
    expect(byCode(doc.tactics, 'OPS-1.2').due).toBeNull();
    expect(byCode(doc.tactics, 'OPS-2.1').due).toBe('2028-03-31');
    expect(report.changed.filter((c) => c.field === 'due')).toEqual([
      expect.objectContaining({ code: 'OPS-1.2', from: '2027-06-30', to: null }),
    ]);
  });

  it('prints a plain-text report with counts without --json', async () => {
    const dir = tempDir();
    const file = oldPlan(dir);
    const r = await hoshin(['rollover', file, '--out', path.join(dir, 'next.hoshin'), '--period', '2028']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "Wrote next.hoshin: 'Operations plan 2028' (2028-01-01 to 2028-12-31) from 'Operations plan 2027', carrying unfinished items.",
    );
    expect(r.stdout).toContain(
      'Carried: 1 of 1 breakthrough objective, 2 of 3 annual objectives, 3 of 4 goals, 2 of 5 tactics; 2 departments; 8 links.',
    );
    expect(r.stdout).toContain('Left: 1 annual objective, 1 goal, 3 tactics.');
    expect(r.stdout).toContain("  tactic       OPS-1.1 'Root-cause repeats': done");
    expect(r.stdout).toContain('  A1: KPI baseline 14 → 10.5 (the actual of 2027-11)');
    expect(r.stdout).toContain(
      'Not carried (a new period starts empty): 5 actuals, 2 hand-set plan values, 1 countermeasure, 1 tactic update, 1 catchball note.',
    );
  });
});

describe('hoshin rollover --carry all | none', () => {
  it('--carry all copies every item and link', async () => {
    const { doc, report } = await rollover(tempDir(), 'all');
    expect(codes(doc.objectives)).toEqual(['B1', 'A1', 'A2', 'A3']);
    expect(codes(doc.goals)).toEqual(['OPS-1', 'SAL-1', 'OPS-2', 'OPS-3']);
    expect(codes(doc.tactics)).toEqual(['OPS-1.1', 'OPS-1.2', 'OPS-2.1', 'OPS-3.1', 'OPS-3.2']);
    expect(report.left).toEqual([]);
    expect(report.summary.carried.links).toBe(2 + 4 + 6);
    expect(byCode(doc.tactics, 'OPS-1.1')).toMatchObject({ status: 'done', carriedFrom: 't1' });
    expect(doc.review.months).toEqual([]);
  });

  it('--carry none keeps only the breakthrough objectives and the departments', async () => {
    const { doc, report } = await rollover(tempDir(), 'none');
    expect(codes(doc.objectives)).toEqual(['B1']);
    expect(doc.objectives[0]).toMatchObject({ carriedFrom: 'b1', supports: [], kpi: { baseline: 20, target: 50 } });
    expect(doc.goals).toEqual([]);
    expect(doc.tactics).toEqual([]);
    expect(doc.departments).toHaveLength(2);
    expect(report.left).toHaveLength(3 + 4 + 5);
    expect(new Set(report.left.map((x) => x.reason))).toEqual(
      new Set(['not carried: only breakthrough objectives are']),
    );
  });
});

describe('hoshin rollover refuses, writing nothing', () => {
  async function refused(args: (file: string, out: string, dir: string) => string[], message: string | RegExp) {
    const dir = tempDir();
    const file = oldPlan(dir);
    const out = path.join(dir, 'next.hoshin');
    const before = sha256(file);
    const r = await hoshin(['rollover', ...args(file, out, dir)]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    if (typeof message === 'string') expect(r.stderr).toBe(`hoshin: ${message}\n`);
    else expect(r.stderr).toMatch(message);
    expect(sha256(file)).toBe(before);
    return { dir, file, out };
  }

  it('an existing --out without --force, and replaces it with --force', async () => {
    const dir = tempDir();
    const file = oldPlan(dir);
    const out = path.join(dir, 'next.hoshin');
    fs.writeFileSync(out, 'keep me');
    const r = await hoshin(['rollover', file, '--out', out, '--period', '2028']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('hoshin: next.hoshin already exists (use --force to overwrite it)\n');
    expect(fs.readFileSync(out, 'utf8')).toBe('keep me');
    const forced = await hoshin(['rollover', file, '--out', out, '--period', '2028', '--force']);
    expect(forced.code).toBe(0);
    expect(load(out).plan.periodStart).toBe('2028-01-01');
  });

  it('a bad period', async () => {
    for (const [period, message] of [
      ['28', 'the new period must be a year written YYYY, such as 2028, not "28"'],
      ['next', 'the new period must be a year written YYYY, such as 2028, not "next"'],
      [
        '2027',
        "the year 2027 does not come after this plan's period (2027-01-01 to 2027-12-31): give a later year, such as 2028",
      ],
    ] as const) {
      const { dir } = await refused((file, out) => [file, '--out', out, '--period', period], message);
      expect(fs.readdirSync(dir)).toEqual(['plan-2027.hoshin']);
    }
  });

  it('an unknown carry choice, a missing --period or --out, and --out naming the plan itself', async () => {
    await refused(
      (file, out) => [file, '--out', out, '--period', '2028', '--carry', 'most'],
      '--carry must be unfinished, all or none, not "most" (see: hoshin help)',
    );
    await refused((file, out) => [file, '--out', out], 'rollover needs --period YYYY (see: hoshin help)');
    await refused((file) => [file, '--period', '2028'], 'rollover needs --out <next.hoshin> (see: hoshin help)');
    await refused(
      (file) => [file, '--out', file, '--period', '2028', '--force'],
      'the new plan must be another file than the plan itself (plan-2027.hoshin): the old plan is never changed',
    );
  });

  it('a missing, corrupt, truncated or foreign input, leaving it as it was', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'next.hoshin');
    const run = (file: string) => hoshin(['rollover', file, '--out', out, '--period', '2028']);
    const missing = await run(path.join(dir, 'nope.hoshin'));
    expect(missing.stderr).toBe('hoshin: nope.hoshin: no such file\n');

    const garbage = path.join(dir, 'garbage.hoshin');
    fs.writeFileSync(garbage, 'this is not a plan');
    const truncated = path.join(dir, 'truncated.hoshin');
    const good = oldPlan(dir);
    fs.writeFileSync(truncated, fs.readFileSync(good).subarray(0, 3000));
    const foreign = path.join(dir, 'foreign.hoshin');
    const db = new Database(foreign);
    db.exec('create table photos (id integer primary key, name text)');
    db.close();
    for (const file of [garbage, truncated, foreign]) {
      const before = sha256(file);
      const r = await run(file);
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^hoshin: ${path.basename(file)} [^\\n]+\\n$`));
      expect(r.stderr).not.toMatch(/internal error|SQLITE_|undefined/);
      expect(sha256(file)).toBe(before);
    }
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readdirSync(dir).sort()).toEqual([
      'foreign.hoshin',
      'garbage.hoshin',
      'plan-2027.hoshin',
      'truncated.hoshin',
    ]);
  });

  it('a department draft (the master plan is rolled over)', async () => {
    const dir = tempDir();
    const file = oldPlan(dir);
    const draft = path.join(dir, 'ops.hoshin');
    expect((await hoshin(['draft', file, '--department', 'd1', '--out', draft])).code).toBe(0);
    const before = sha256(draft);
    const out = path.join(dir, 'next.hoshin');
    const r = await hoshin(['rollover', draft, '--out', out, '--period', '2028']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "hoshin: ops.hoshin is a department draft: start next year's plan from the master plan instead\n",
    );
    expect(sha256(draft)).toBe(before);
    expect(fs.existsSync(out)).toBe(false);
  });
});

describe('hoshin rollover while the plan is open elsewhere', () => {
  it('reads a plan another program holds open for writing, and refuses an --out another writer holds', async () => {
    const dir = tempDir();
    const file = oldPlan(dir);
    const before = sha256(file);
    const writer = openPlan(file);
    try {
      const out = path.join(dir, 'next.hoshin');
      const r = await hoshin(['rollover', file, '--out', out, '--period', '2028']);
      expect(r.code, r.stderr).toBe(0);
      expect(load(out).plan.title).toBe('Operations plan 2028');
      // The new file open in the app: replacing it under its writer is refused, and it stays as it is.
      const other = openPlan(out);
      try {
        const held = sha256(out);
        const again = await hoshin(['rollover', file, '--out', out, '--period', '2029', '--force']);
        expect(again.code).toBe(2);
        expect(again.stderr).toMatch(/^hoshin: next\.hoshin is open in .+\n$/);
        expect(sha256(out)).toBe(held);
      } finally {
        other.close();
      }
      const missing = await hoshin([
        'rollover',
        file,
        '--out',
        path.join(dir, 'no-such', 'next.hoshin'),
        '--period',
        '2028',
      ]);
      expect(missing.code).toBe(2);
      expect(missing.stderr).toMatch(/^hoshin: .*no-such: no such folder\n$/);
    } finally {
      writer.close();
    }
    expect(sha256(file)).toBe(before);
  });
});

describe('hoshin rollover of an older file', () => {
  it('reads a file of an older schema version without upgrading it (no backup, bytes unchanged)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'v5.hoshin');
    const db = new Database(file);
    db.pragma(`application_id = ${HOSHIN_APPLICATION_ID}`);
    applyMigrations(db, loadMigrations().slice(0, 5), 0);
    db.exec(`
      insert into plan (id, title, period_start, period_end) values ('p-old', 'Old plan 2027', '2027-04-01', '2028-03-31');
      insert into department (id, name, sort_order) values ('d1', 'Support', 0);
      insert into objective (id, code, title, horizon, sort_order) values ('o1', 'O1', 'Cut churn', 'annual', 0);
      insert into goal (id, department_id, code, title, sort_order) values ('g1', 'd1', 'SUP-1', 'Fix first time', 0);
      insert into goal_objective_link (goal_id, objective_id, strength, position) values ('g1', 'o1', 'strong', 0);
    `);
    db.close();
    const before = sha256(file);
    const out = path.join(dir, 'next.hoshin');
    const r = await hoshin(['rollover', file, '--out', out, '--period', '2028']);
    expect(r.code, r.stderr).toBe(0);
    expect(sha256(file)).toBe(before);
    expect(fs.readdirSync(dir).sort()).toEqual(['next.hoshin', 'v5.hoshin']);
    const doc = load(out);
    // A fiscal year moves with its dates.
    expect(doc.plan).toMatchObject({ title: 'Old plan 2028', periodStart: '2028-04-01', periodEnd: '2029-03-31' });
    expect(doc.goals).toMatchObject([{ code: 'SUP-1', carriedFrom: 'g1' }]);
  });
});

describe('previewRollover (the app’s dialog)', () => {
  it('reports what the file would hold, suggests a file name, and writes nothing', async () => {
    const dir = tempDir();
    const file = oldPlan(dir);
    const before = sha256(file);
    const session = openPlan(file);
    let preview: RolloverReport;
    try {
      const changes = () => (session.store.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;
      const start = changes();
      preview = session.dispatch('previewRollover', { period: '2028' });
      expect(session.dispatch('previewRollover', { period: '2028', carry: 'none' }).summary.carried.goal).toBe(0);
      expect(changes()).toBe(start);
      expect(session.dispatch('getHistory', {})).toMatchObject({ canUndo: false, undoDepth: 0 });
      expect(() => session.dispatch('previewRollover', { period: '2027' })).toThrow(
        "the year 2027 does not come after this plan's period",
      );
    } finally {
      session.close();
    }
    expect(sha256(file)).toBe(before);
    expect(preview.to.file).toBe('Operations plan 2028.hoshin');
    expect(preview.summary.written).toBe(false);
    const { report } = await rollover(tempDir());
    const withoutIds = (r: RolloverReport) => ({
      carried: r.carried.map(({ newId: _n, ...x }) => x),
      left: r.left,
      changed: r.changed.map(({ id: _i, ...x }) => x),
      summary: { ...r.summary, written: null },
      notCarried: r.notCarried,
    });
    expect(withoutIds(preview)).toEqual(withoutIds(report));
  });
});

describe('POST /api/rollover (web mode’s download)', () => {
  it('answers next year’s plan as a file, refusing a GET, a bad body and a bad year, the served plan unchanged', async () => {
    const dir = tempDir();
    const file = oldPlan(dir);
    const before = sha256(file);
    const session = openPlan(file);
    onTestFinished(() => session.close());
    const token = 'rollover-token';
    const server = createWebServer({
      dispatch: session.dispatch,
      rendererDir: path.join(dir, 'renderer'),
      token,
      rollover: (period, carry) => nextYearFile(session, period, carry),
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const at = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/rollover`;
    const headers = { 'X-Hoshin-Token': token, 'Content-Type': 'application/json' };
    const post = (body: unknown) => fetch(at, { method: 'POST', headers, body: JSON.stringify(body) });

    const get = await fetch(`${at}?period=2028`, { headers });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect((await post({ year: 2028 })).status).toBe(400);
    const early = await post({ period: '2027' });
    expect(early.status).toBe(400);
    expect(((await early.json()) as { error: { message: string } }).error.message).toBe(
      "the year 2027 does not come after this plan's period (2027-01-01 to 2027-12-31): give a later year, such as 2028",
    );

    const ok = await post({ period: '2028', carry: 'none' });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-disposition')).toBe(
      `attachment; filename*=UTF-8''${encodeURIComponent('Operations plan 2028.hoshin')}`,
    );
    const saved = path.join(dir, 'downloaded.hoshin');
    fs.writeFileSync(saved, Buffer.from(await ok.arrayBuffer()));
    expect(codes(load(saved).objectives)).toEqual(['B1']);
    // Nothing recorded in the served plan: no undo step, no change to its bytes.
    expect(session.dispatch('getHistory', {}).undoDepth).toBe(0);
    session.close();
    expect(sha256(file)).toBe(before);
  });
});
