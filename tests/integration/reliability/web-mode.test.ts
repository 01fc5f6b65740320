/**
 * Web mode's share of the contract: a read-only plan answers every change with a plain refusal (403), a locked
 * plan is a 409 and a busy one a 503, each with the sentence a person can act on.
 */
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, onTestFinished } from 'vitest';
import { lockedError } from '../../../db/write-lock.ts';
import type { Dispatch } from '../../../services/dispatch.ts';
import { openPlan, openPlanForReading, samplePlanDocument, writePlanFile } from '../../../services/plan-files.ts';
import { createWebServer } from '../../../server/web-server.ts';
import { tempDir } from '../../helpers/temp.ts';
import { folderState } from './harness.ts';

const TOKEN = 'reliability-token-0123456789';

async function serveDispatch(dir: string, dispatch: Dispatch): Promise<string> {
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hoshin</title>');
  const server = createWebServer({ dispatch, rendererDir, token: TOKEN });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function call(base: string, operation: string, input: unknown = {}) {
  const res = await fetch(`${base}/api/${operation}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Hoshin-Token': TOKEN },
    body: JSON.stringify(input),
  });
  return { status: res.status, body: (await res.json()) as { ok: boolean; error?: { code: string; message: string } } };
}

describe('web mode on a plan it may not change', () => {
  it('serves a read-only plan: reads answer, every change is refused plainly and nothing is written', async () => {
    const dir = tempDir();
    const plans = path.join(dir, 'plans');
    fs.mkdirSync(plans);
    const file = path.join(plans, 'Customer Plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const before = folderState(plans);
    const session = openPlanForReading(file);
    onTestFinished(() => session.close());
    const base = await serveDispatch(dir, session.dispatch);
    expect((await call(base, 'getPlan')).status).toBe(200);
    for (const [operation, input] of [
      ['createObjective', { title: 'Not allowed' }],
      ['undo', {}],
    ] as const) {
      expect(await call(base, operation, input)).toEqual({
        status: 403,
        body: {
          ok: false,
          error: { code: 'read_only', message: 'Customer Plan.hoshin is open read-only, so it cannot be changed here' },
        },
      });
    }
    expect(folderState(plans)).toEqual(before);
    // Another program may write meanwhile: the read-only server does not hold the write lock.
    openPlan(file).close();
  });

  it('answers 409 for a locked plan and 503 for a busy one', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'Customer Plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const locked = await serveDispatch(dir, () => {
      throw lockedError(file, 4711);
    });
    expect(await call(locked, 'getPlan')).toEqual({
      status: 409,
      body: {
        ok: false,
        error: {
          code: 'locked',
          message: 'Customer Plan.hoshin is open in Hoshin Planner (process 4711); open it read-only or close it there',
        },
      },
    });

    const session = openPlan(file);
    onTestFinished(() => session.close());
    const base = await serveDispatch(dir, session.dispatch);
    const other = new Database(file);
    onTestFinished(() => {
      other.close();
    });
    other.exec('BEGIN IMMEDIATE');
    const busy = await call(base, 'createObjective', { title: 'Waits, then gives up' });
    other.exec('ROLLBACK');
    expect(busy).toEqual({
      status: 503,
      body: {
        ok: false,
        error: { code: 'busy', message: 'Customer Plan.hoshin is busy (another program is writing to it); try again' },
      },
    });
  }, 30_000);
});
