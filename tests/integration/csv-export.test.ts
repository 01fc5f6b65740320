/** CSV export as a spreadsheet user gets it: words instead of codes, a byte-order mark in files, the full flavour. */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, CSV_COLUMNS, CSV_FULL_COLUMNS } from '../../core/csv.ts';
import { exportPlan } from '../../server/serve.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');
const hoshin = (args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', timeout: 30_000 });
const sample = samplePlanDocument();
const RAW_CODES =
  /\b(orphaned_goal|orphaned_tactic|uncovered_objective|unexecuted_objective|goal_without_tactics|not_started|on_track|at_risk|off_track)\b/;

function samplePlanFile(): { dir: string; file: string } {
  const dir = tempDir();
  const file = path.join(dir, 'sample.hoshin');
  writePlanFile(file, sample);
  return { dir, file };
}

describe('CSV export', () => {
  it('writes a file with a UTF-8 byte-order mark for Excel, and standard output without one', () => {
    const { dir, file } = samplePlanFile();
    const out = path.join(dir, 'plan.csv');
    expect(hoshin(['export', file, '--format', 'csv', '--out', out]).status).toBe(0);
    const bytes = fs.readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text.slice(1).split('\n')[0]).toBe(CSV_COLUMNS.join(','));
    const stdout = hoshin(['export', file, '--format', 'csv']).stdout;
    expect(stdout.startsWith(CSV_BOM)).toBe(false);
    expect(stdout).toBe(text.slice(1));
  });

  it('shows statuses in words, never the codes', () => {
    const { file } = samplePlanFile();
    const rows = csvParse(hoshin(['export', file, '--format', 'csv']).stdout);
    const statuses = new Set(rows.map((r) => r.status));
    expect(statuses).toContain('On track');
    expect(statuses).toContain('Done');
    for (const s of statuses) expect(['Not started', 'On track', 'At risk', 'Off track', 'Done']).toContain(s);
    expect(hoshin(['export', file, '--format', 'csv']).stdout).not.toMatch(RAW_CODES);
  });

  it('--csv full has a row per item, so uncovered objectives and goals without tactics appear too', () => {
    const { file } = samplePlanFile();
    const r = hoshin(['export', file, '--format', 'csv', '--csv', 'full']);
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe(CSV_FULL_COLUMNS.join(','));
    expect(r.stdout).not.toMatch(RAW_CODES);
    const rows = csvParse(r.stdout);
    expect(rows).toHaveLength(sample.objectives.length + sample.goals.length + sample.tactics.length);
    expect(rows.filter((x) => x.kind === 'Objective')).toHaveLength(sample.objectives.length);

    const o5 = rows.find((x) => x.code === 'O5')!;
    expect(o5).toMatchObject({ kind: 'Objective', supported_by_codes: '' });
    expect(o5.findings).toContain('Uncovered objective');

    const mkt2 = rows.find((x) => x.code === 'MKT-2')!;
    expect(mkt2).toMatchObject({ kind: 'Goal', department: 'Marketing', objective_codes: '' });
    expect(mkt2.findings).toContain('Orphaned goal');

    const cs1 = rows.find((x) => x.code === 'CS-1')!;
    expect(cs1.supports).toMatch(/^O1 \((Strong|Medium|Weak)\)/);
    expect(cs1.supported_by_codes).toContain('CS-1.1');

    const tactic = rows.find((x) => x.code === 'CS-1.1')!;
    expect(tactic).toMatchObject({ kind: 'Tactic', department: 'Customer Success' });
    expect(tactic.objective_codes).toContain('O1');
  });

  it('lists a goal without tactics in the full flavour, while the tactic flavour cannot', () => {
    const { dir } = samplePlanFile();
    const file = path.join(dir, 'bare.hoshin');
    const doc = structuredClone(sample);
    doc.tactics = doc.tactics.filter((t) => !t.supports.some((s) => s.goalId === doc.goals[0]!.id));
    writePlanFile(file, doc);
    const rows = csvParse(hoshin(['export', file, '--format', 'csv', '--csv', 'full']).stdout);
    const goal = rows.find((x) => x.item_id === doc.goals[0]!.id)!;
    expect(goal.supported_by_codes).toBe('');
    expect(goal.findings).toContain('Goal without tactics');
    const tacticRows = csvParse(hoshin(['export', file, '--format', 'csv']).stdout);
    expect(tacticRows.some((x) => (x.goal_codes ?? '').includes(doc.goals[0]!.code))).toBe(false);
  });

  it('refuses an unknown flavour, or --csv without --format csv, in plain words', () => {
    const { file } = samplePlanFile();
    const bad = hoshin(['export', file, '--format', 'csv', '--csv', 'wide']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--csv must be tactics or full, not "wide"');
    const json = hoshin(['export', file, '--csv', 'full']);
    expect(json.status).toBe(2);
    expect(json.stderr).toContain('--csv needs --format csv');
  });

  it('web mode downloads the CSV with a byte-order mark', async () => {
    const { file } = samplePlanFile();
    const session = openPlan(file);
    try {
      const { fileName, data } = await exportPlan(session, 'csv');
      expect(fileName).toBe('sample.csv');
      expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    } finally {
      session.close();
    }
  });
});
