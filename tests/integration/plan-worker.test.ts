/**
 * The plan opened in a worker thread behind the asynchronous PlanService (services/plan-worker-client.ts), on
 * real files: operations and their envelopes, undo/redo, refusals with their codes, the write lock held by the
 * worker, migrations run there, a dying worker, and the calling thread left free while a whole-plan read runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { HoshinError } from '../../contract/errors.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { parsePlanJson } from '../../core/plan-json.ts';
import { applyMigrations } from '../../db/migrate.ts';
import { currentSchemaVersion, HOSHIN_APPLICATION_ID, loadMigrations } from '../../db/plan-file.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { openInProcessService, type PlanService } from '../../services/plan-service.ts';
import { openWorkerService, type WorkerServiceOptions } from '../../services/plan-worker-client.ts';
import { largePlan } from '../../bench/large-plan.ts';
import { answerOperation, type IpcContext } from '../../main/operation-call.ts';
import { tempDir } from '../helpers/temp.ts';
import { startTestWebServer } from '../helpers/web-server.ts';

const TODAY = '2027-06-15';

function sampleFile(): string {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return file;
}

async function open(file: string, options: WorkerServiceOptions = {}) {
  const service = await openWorkerService(file, { today: TODAY, ...options });
  onTestFinished(() => service.close());
  return service;
}

async function refusal(promise: Promise<unknown>): Promise<HoshinError> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof HoshinError) return err;
    throw err;
  }
  throw new Error('expected a refusal');
}

describe('the plan service in a worker thread', () => {
  it('answers operations with the envelopes web mode answers, and undo/redo move along the history', async () => {
    const file = sampleFile();
    const service = await open(file);
    expect(service.info).toMatchObject({ file, readonly: false, backup: null, draft: false });
    const created = await service.call('createObjective', { title: 'Lift CSAT' });
    expect(created).toMatchObject({
      ok: true,
      value: { title: 'Lift CSAT' },
      history: { canUndo: true, undoLabel: expect.stringContaining('Lift CSAT') as unknown },
    });
    expect(created.ok && created.touched).toContain('plan');
    const plan = await service.value<PlanDocument>('getPlan', {});
    expect(plan.objectives.map((o) => o.title)).toContain('Lift CSAT');
    // The same as the in-process service answers on a copy of the same file.
    const copy = path.join(path.dirname(file), 'copy.hoshin');
    await service.copyTo(copy);
    const local: PlanService = openInProcessService(copy, { today: () => TODAY });
    expect(await local.value('getPlan', {})).toEqual(plan);
    expect(await local.call('analyzeGaps', {})).toEqual(await service.call('analyzeGaps', {}));
    await local.close();

    expect(await service.call('undo', {})).toMatchObject({ ok: true });
    expect((await service.value<PlanDocument>('getPlan', {})).objectives.map((o) => o.title)).not.toContain(
      'Lift CSAT',
    );
    expect(await service.call('redo', {})).toMatchObject({ ok: true });
    expect((await service.value<PlanDocument>('getPlan', {})).objectives.map((o) => o.title)).toContain('Lift CSAT');
  });

  it('keeps a refusal’s code and words, and refuses unknown operations in plain words', async () => {
    const service = await open(sampleFile());
    expect(await service.call('createGoal', { departmentId: 'd-cs', title: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: 'invalid input for createGoal: title: must not be empty' },
    });
    expect(await service.call('updateTactic', { id: 'no-such-tactic', title: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    expect(await service.call('dropTables', {})).toEqual({
      ok: false,
      error: { code: 'not_found', message: 'There is no operation called "dropTables".' },
    });
    const err = await refusal(service.value('updateTactic', { id: 'no-such-tactic', title: 'x' }));
    expect(err.code).toBe('not_found');
  });

  it('holds the write lock in the worker: a second open gets `locked`, close releases it', async () => {
    const file = sampleFile();
    const first = await openWorkerService(file, { today: TODAY });
    expect((await refusal(openWorkerService(file))).code).toBe('locked');
    // Nor may this thread open it directly: the lock file names this process, held by another of its threads.
    expect(() => openPlan(file)).toThrow(expect.objectContaining({ code: 'locked' }));
    await first.call('createObjective', { title: 'Kept after close' });
    await first.close();
    expect(await first.call('getPlan', {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const second = await open(file);
    expect((await second.value<PlanDocument>('getPlan', {})).objectives.map((o) => o.title)).toContain(
      'Kept after close',
    );
    await second.close();
    // Released: a plain open on this thread now takes the lock.
    const plain = openPlan(file);
    plain.close();
  });

  it('refuses a file it cannot open with openPlan’s code, and runs an older file’s migrations in the worker', async () => {
    const dir = tempDir();
    const missing = await refusal(openWorkerService(path.join(dir, 'nope.hoshin')));
    expect(missing.code).toBe('not_found');

    const old = path.join(dir, 'old.hoshin');
    const db = new Database(old);
    db.pragma(`application_id = ${HOSHIN_APPLICATION_ID}`);
    applyMigrations(db, loadMigrations().slice(0, 7), 0);
    db.exec(`
      insert into plan (id, title) values ('p-old', 'Plan from v7');
      insert into department (id, name, sort_order) values ('d1', 'Support', 0);
      insert into objective (id, code, title, horizon, sort_order) values ('o1', 'O1', 'Cut churn', 'annual', 0);
    `);
    db.close();
    const service = await open(old);
    expect(service.info.backup).not.toBeNull();
    expect(fs.existsSync(service.info.backup!)).toBe(true);
    expect((await service.value<PlanDocument>('getPlan', {})).objectives.map((o) => o.title)).toEqual(['Cut churn']);
    await service.close();
    const check = new Database(old, { readonly: true });
    expect(check.pragma('user_version', { simple: true })).toBe(currentSchemaVersion());
    check.close();
  });

  it('reports a worker that dies in plain words, and the file keeps its committed state', async () => {
    const file = sampleFile();
    const service = await openWorkerService(file, { today: TODAY });
    await service.call('createObjective', { title: 'Committed before' });
    const inFlight = service.call('createObjective', { title: 'Maybe' });
    await service.terminate();
    const answer = await inFlight;
    const after = await service.call('getPlan', {});
    expect(after).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(!after.ok && after.error.message).toMatch(/stopped unexpectedly.*open the plan again/);
    // The call in flight either committed before the stop or failed in the same words.
    if (!answer.ok) expect(answer.error.message).toMatch(/stopped unexpectedly/);
    const reopened = await open(file);
    const titles = (await reopened.value<PlanDocument>('getPlan', {})).objectives.map((o) => o.title);
    expect(titles).toContain('Committed before');
    expect(titles.includes('Maybe')).toBe(answer.ok);
  });

  it('leaves the calling thread free: a timer set while a 20,000-tactic getPlan runs fires before it resolves', async () => {
    const file = path.join(tempDir(), 'large.hoshin');
    writePlanFile(file, parsePlanJson(JSON.stringify(largePlan())));
    // workerMinPages 0 only matters inside the worker (its own heavy-read thread); the session thread is the worker.
    const service = await open(file, { workerMinPages: 0 });
    const order: string[] = [];
    const read = service.callText('getPlan', {}).then((text) => {
      order.push('getPlan');
      return text;
    });
    // Scheduled after the call was sent: on a thread that ran SQLite it could only fire after the read finished.
    await new Promise<void>((resolve) =>
      setTimeout(() => {
        order.push('timer');
        resolve();
      }, 0),
    );
    const text = await read;
    expect(order).toEqual(['timer', 'getPlan']);
    expect((JSON.parse(text) as { value: PlanDocument }).value.tactics).toHaveLength(20_000);
  });

  it('answers the desktop’s IPC calls through the worker, after the sender and name checks', async () => {
    const service = await open(sampleFile());
    const frame = { url: 'app://hoshin/index.html', parent: null, processId: 1, routingId: 1 };
    const contents = { isDestroyed: () => false, mainFrame: frame };
    const context = {
      mainContents: () => contents,
      isAppUrl: (url: string) => url.startsWith('app://hoshin/'),
      session: () => service,
    } as unknown as IpcContext;
    const ours = { sender: contents, senderFrame: frame } as unknown as Parameters<typeof answerOperation>[2];
    const created = await answerOperation(context, 'createObjective', ours, { title: 'Over IPC' });
    expect(created).toMatchObject({ ok: true, value: { title: 'Over IPC' }, history: { canUndo: true } });
    expect(await answerOperation(context, 'createGoal', ours, { departmentId: 'd-cs', title: '' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await answerOperation(context, 'nope', ours, {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const iframe = { ...frame, parent: frame, routingId: 2 };
    const foreign = { sender: contents, senderFrame: iframe } as unknown as Parameters<typeof answerOperation>[2];
    expect(await answerOperation(context, 'getPlan', foreign, {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    const none = { ...context, session: () => null } as IpcContext;
    expect(await answerOperation(none, 'getPlan', ours, {})).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('serves web mode’s routes over the worker with the same statuses and envelopes', async () => {
    const service = await open(sampleFile());
    const web = await startTestWebServer({ service, rendererDir: tempDir(), token: 'worker-token' });
    const created = await web.call('createObjective', { title: 'Over HTTP' });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      ok: true,
      value: { title: 'Over HTTP' },
      touched: expect.any(Array) as unknown,
    });
    const bad = await web.call('createGoal', { departmentId: 'd-cs', title: '' });
    expect(bad).toMatchObject({ status: 400, body: { ok: false, error: { code: 'invalid_input' } } });
    const missing = await web.call('updateTactic', { id: 'no-such-tactic', title: 'x' });
    expect(missing).toMatchObject({ status: 404, body: { ok: false, error: { code: 'not_found' } } });
    const plan = await web.call('getPlan', {});
    expect(plan.status).toBe(200);
    expect((plan.body.value as PlanDocument).objectives.map((o) => o.title)).toContain('Over HTTP');
  });
});
