/**
 * Whole-plan reads (getPlan, analyzeGaps) answered by a worker thread on a snapshot of the file
 * (services/heavy-reads.ts), so an edit never waits behind an analysis: on a real plan file, through the session
 * and over HTTP in web mode.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import { parsePlanJson } from '../../core/plan-json.ts';
import { WORKER_MIN_PAGES } from '../../services/heavy-reads.ts';
import { openPlan, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { largePlan, type LargePlanSize } from '../../bench/large-plan.ts';
import { tempDir } from '../helpers/temp.ts';
import { startTestWebServer } from '../helpers/web-server.ts';

const TODAY = '2027-06-15';

/** The plan as a file, opened with every whole-plan read sent to the worker unless `workerMinPages` says. */
function openLarge(size: LargePlanSize, workerMinPages = 0): PlanSession {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, parsePlanJson(JSON.stringify(largePlan(size))));
  const session = openPlan(file, { today: () => TODAY, workerMinPages });
  onTestFinished(() => session.close());
  return session;
}

const SMALL: LargePlanSize = { departments: 6, objectives: 5, goals: 60, tactics: 600 };

describe('heavy reads in a worker', () => {
  it('answer exactly what dispatch answers, for the committed state at the request, from the worker', async () => {
    const s = openLarge(SMALL);
    expect(JSON.parse(await s.heavyReads.run('getPlan', {}))).toEqual(s.dispatch('getPlan', {}));
    expect(JSON.parse(await s.heavyReads.run('analyzeGaps', {}))).toEqual(s.dispatch('analyzeGaps', {}));
    expect(JSON.parse(await s.heavyReads.run('analyzeGaps', { today: '2028-01-01' }))).toEqual(
      s.dispatch('analyzeGaps', { today: '2028-01-01' }),
    );
    // An edit committed before a request is in its answer: the request does not join an older job.
    const first = s.heavyReads.run('getPlan', {});
    s.dispatch('updateTactic', { id: 't5', title: 'Renamed while a read ran' });
    const second = s.heavyReads.run('getPlan', {});
    const [, after] = (await Promise.all([first, second])).map((j) => JSON.parse(j) as { tactics: unknown[] });
    expect(after!.tactics).toContainEqual(expect.objectContaining({ id: 't5', title: 'Renamed while a read ran' }));
    expect(s.heavyReads.stats()).toEqual({ worker: 5, inline: 0 });
  });

  it('share one job between requests that arrive together with nothing committed between them', async () => {
    const s = openLarge(SMALL);
    const answers = await Promise.all([1, 2, 3, 4].map(() => s.heavyReads.run('analyzeGaps', {})));
    expect(new Set(answers).size).toBe(1);
    // The first is sent at once; the three arriving while it runs share the one job queued behind it (they
    // cannot join the running one, which may have taken its snapshot already).
    expect(s.heavyReads.stats().worker).toBeLessThanOrEqual(2);
  });

  it('leave the thread free: edits are answered while an analysis of a 20,000-tactic plan runs', async () => {
    const s = openLarge({ departments: 20, objectives: 8, goals: 2000, tactics: 20000 });
    let settled = false;
    const analysis = s.heavyReads.run('analyzeGaps', {}).then((json) => {
      settled = true;
      return json;
    });
    // Edit between turns of the event loop until the analysis answers. Had it run on this thread, no edit could
    // have been made before it answered.
    let editsBefore = 0;
    for (let i = 0; !settled && i < 100_000; i += 1) {
      s.dispatch('updateTactic', { id: `t${1 + (i % 50)}`, description: `Edited while analysing ${i}` });
      if (!settled) editsBefore += 1;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    const gaps = JSON.parse(await analysis) as unknown;
    expect(editsBefore).toBeGreaterThan(0);
    expect(s.heavyReads.stats().inline).toBe(0);
    // The edits touched descriptions only, which no finding mentions: the findings are the plan's as it is now.
    expect(gaps).toEqual(s.dispatch('analyzeGaps', {}));
  });

  it('refuse an invalid input as dispatch does', async () => {
    const s = openLarge(SMALL);
    await expect(s.heavyReads.run('analyzeGaps', { today: 'tomorrow' })).rejects.toMatchObject({
      code: 'invalid_input',
    });
    await expect(s.heavyReads.run('getPlan', { extra: 1 })).rejects.toBeInstanceOf(HoshinError);
    expect(s.heavyReads.stats()).toEqual({ worker: 0, inline: 0 });
  });

  it('read from a snapshot of the connection, so a plan file moved or removed meanwhile is still answered', async () => {
    const s = openLarge(SMALL);
    fs.rmSync(s.file);
    expect(JSON.parse(await s.heavyReads.run('analyzeGaps', {}))).toEqual(s.dispatch('analyzeGaps', {}));
    expect(s.heavyReads.stats()).toEqual({ worker: 1, inline: 0 });
  });

  it('answer on this thread, nothing lost but the concurrency, when no snapshot can be written', async () => {
    const s = openLarge(SMALL);
    const tmp = process.env.TMPDIR;
    process.env.TMPDIR = path.join(tempDir(), 'missing', 'folder');
    onTestFinished(() => {
      if (tmp === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = tmp;
    });
    expect(JSON.parse(await s.heavyReads.run('analyzeGaps', {}))).toEqual(s.dispatch('analyzeGaps', {}));
    expect(JSON.parse(await s.heavyReads.run('getPlan', {}))).toEqual(s.dispatch('getPlan', {}));
    expect(s.heavyReads.stats()).toEqual({ worker: 0, inline: 2 });
  });

  it('answer a small plan on this thread, and a large one in the worker, by default', async () => {
    const small = openLarge(SMALL, WORKER_MIN_PAGES);
    expect(JSON.parse(await small.heavyReads.run('getPlan', {}))).toEqual(small.dispatch('getPlan', {}));
    expect(small.heavyReads.stats()).toEqual({ worker: 0, inline: 1 });
    const large = openLarge({ departments: 20, objectives: 8, goals: 2000, tactics: 20000 }, WORKER_MIN_PAGES);
    expect(large.store.sqlite.pragma('page_count', { simple: true })).toBeGreaterThanOrEqual(WORKER_MIN_PAGES);
    await large.heavyReads.run('analyzeGaps', {});
    expect(large.heavyReads.stats()).toEqual({ worker: 1, inline: 0 });
  });

  it('reject reads still waiting when the plan closes', async () => {
    const s = openLarge(SMALL);
    const pending = [s.heavyReads.run('getPlan', {}), s.heavyReads.run('analyzeGaps', {})];
    s.heavyReads.close();
    for (const p of pending) await expect(p).rejects.toThrow('The plan was closed before this read finished.');
  });

  it('answer getPlan and analyzeGaps over HTTP from the worker while edits are answered', async () => {
    const s = openLarge(SMALL);
    const { call: post } = await startTestWebServer({
      dispatch: s.dispatch,
      heavyReads: s.heavyReads,
      rendererDir: path.join(tempDir(), 'renderer'),
      token: 'heavy-reads-token',
    });
    const [plan, gaps, edit] = await Promise.all([
      post('getPlan', {}),
      post('analyzeGaps', {}),
      post('updateTactic', { id: 't1', status: 'done' }),
    ]);
    expect(edit).toMatchObject({ status: 200, body: { ok: true, history: { undoDepth: 1 } } });
    expect(plan.status).toBe(200);
    expect(Object.keys(plan.body).sort()).toEqual(['ok', 'value']);
    expect((plan.body.value as { tactics: unknown[] }).tactics).toHaveLength(SMALL.tactics);
    expect(gaps).toMatchObject({ status: 200, body: { ok: true } });
    expect(await post('analyzeGaps', {})).toEqual({
      status: 200,
      body: { ok: true, value: s.dispatch('analyzeGaps', {}) },
    });
    expect(await post('analyzeGaps', { today: 'soon' })).toMatchObject({
      status: 400,
      body: { ok: false, error: { code: 'invalid_input' } },
    });
    expect(s.heavyReads.stats().inline).toBe(0);
    expect(s.heavyReads.stats().worker).toBeGreaterThanOrEqual(3);
  });
});
