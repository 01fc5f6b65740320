/**
 * Two processes on one plan: a child holds it open for writing (as an app window or `hoshin serve` would);
 * this process is the second program. A second writer is refused with the exact message, `--force` cannot
 * replace the file under its writer, readers are allowed and write nothing, and a killed writer's lock is
 * taken over.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { main } from '../../../cli/main.ts';
import { HoshinError } from '../../../contract/errors.ts';
import { lockFilePath } from '../../../db/write-lock.ts';
import { stringifyPlan } from '../../../core/plan-json.ts';
import { openPlan, openPlanForReading, samplePlanDocument, writePlanFile } from '../../../services/plan-files.ts';
import { tempDir } from '../../helpers/temp.ts';
import { folderState } from './harness.ts';

const child = path.join(path.dirname(fileURLToPath(import.meta.url)), 'edit-loop.ts');

/** Starts a child that opens `file` for writing and keeps it open; resolves once it has the lock. */
function holdOpen(file: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [child, file, 'hold'], { stdio: ['ignore', 'pipe', 'pipe'] });
    onTestFinished(() => {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
    });
    let stderr = '';
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdout.on('data', (d: Buffer) => {
      if (d.toString().includes('ready')) resolve(proc);
    });
    proc.on('error', reject);
    proc.on('close', (code) => reject(new Error(`the holder ended (${code}): ${stderr}`)));
  });
}

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    readStdin: () => '',
  });
  return { code, stdout, stderr };
}

function planWithKpi(dir: string): string {
  const file = path.join(dir, 'Customer Plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return file;
}

describe('two processes on one plan', () => {
  it('refuses a second writer with the exact message, --force included, and lets readers read', async () => {
    const dir = tempDir();
    const file = planWithKpi(dir);
    const kpiItem = samplePlanDocument().objectives.find((o) => o.kpi)!.id;
    const json = path.join(dir, 'plan.json');
    fs.writeFileSync(json, stringifyPlan(samplePlanDocument()));
    const holder = await holdOpen(file);
    const message = `Customer Plan.hoshin is open in Hoshin Planner (process ${holder.pid}); open it read-only or close it there`;
    const lock = JSON.parse(fs.readFileSync(lockFilePath(file), 'utf8'));
    expect(lock).toMatchObject({ pid: holder.pid, app: 'Hoshin Planner' });
    expect(typeof lock.hostname).toBe('string');
    expect(Number.isNaN(Date.parse(lock.startedAt))).toBe(false);
    expect(path.basename(lockFilePath(file))).toBe('.Customer Plan.hoshin.lock');

    const before = folderState(dir);
    const writers = [
      ['actual', file, '--kpi', kpiItem, '--month', '2027-01', '--value', '5'],
      ['sample', file, '--force'],
      ['new', file, '--title', 'Replacement', '--force'],
      ['import', json, file, '--force'],
    ];
    for (const args of writers) {
      expect(await run(args)).toMatchObject({ code: 2, stderr: `hoshin: ${message}\n` });
    }
    let error: unknown;
    try {
      openPlan(file);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(HoshinError);
    expect((error as HoshinError).toJSON()).toEqual({ code: 'locked', message });

    // Readers are welcome and leave the file and its folder as they were.
    expect((await run(['check', file])).code).toBeLessThan(2);
    const exported = await run(['export', file]);
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout).plan.title).toBe(samplePlanDocument().plan.title);
    const reader = openPlanForReading(file);
    try {
      expect(reader.dispatch('getPlan', {}).objectives.length).toBeGreaterThan(0);
      expect(() => reader.dispatch('createObjective', { title: 'Not here' })).toThrow(
        'Customer Plan.hoshin is open read-only, so it cannot be changed here',
      );
    } finally {
      reader.close();
    }
    expect(folderState(dir)).toEqual(before);

    // A writer killed with -9 leaves a stale lock: the next writer takes it over.
    const gone = new Promise((resolve) => holder.once('close', resolve));
    holder.kill('SIGKILL');
    await gone;
    const recorded = await run(['actual', file, '--kpi', kpiItem, '--month', '2027-01', '--value', '5']);
    expect(recorded).toMatchObject({ code: 0 });
    expect(fs.existsSync(lockFilePath(file))).toBe(false);
  }, 60_000);

  it('answers busy, in plain words, when another program holds a write transaction past the timeout', () => {
    const dir = tempDir();
    const file = planWithKpi(dir);
    const session = openPlan(file);
    const other = new Database(file);
    try {
      other.exec('BEGIN IMMEDIATE');
      let error: unknown;
      try {
        session.dispatch('createObjective', { title: 'Waits, then gives up' });
      } catch (err) {
        error = err;
      }
      expect((error as HoshinError).toJSON()).toEqual({
        code: 'busy',
        message: 'Customer Plan.hoshin is busy (another program is writing to it); try again',
      });
      other.exec('ROLLBACK');
      // Once the other program is done, the same change goes through.
      expect(session.dispatch('createObjective', { title: 'Now it works' }).title).toBe('Now it works');
    } finally {
      other.close();
      session.close();
    }
  }, 30_000);
});
