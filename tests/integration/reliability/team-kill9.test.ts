/**
 * kill -9 of the team server during a stream of edits: a real `hoshin team serve` process is killed at a random
 * moment while edits arrive over HTTP; every change it acknowledged must be in PostgreSQL, and a new server on
 * the same database carries on. An acknowledgement is sent only after PostgreSQL committed, so nothing
 * acknowledged can be lost; this checks that it is so.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlanDocument, writePlanFile } from '../../../services/plan-files.ts';
import { TeamService } from '../../../services/team/team-service.ts';
import { startPostgres, type PostgresCluster } from '../../helpers/postgres.ts';
import { startTeamServeProcess } from '../../helpers/team-serve.ts';
import { tempDir } from '../../helpers/temp.ts';

const PASSWORD = 'correct horse battery';
const KILLS = 3;

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

async function signIn(url: string): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(new URL('/auth/login', url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'lead@example.com', password: PASSWORD }),
  });
  const body = (await res.json()) as { csrf: string };
  return { cookie: res.headers.get('set-cookie')!.split(';')[0]!, csrf: body.csrf };
}

describe('kill -9 of the team server', () => {
  it('loses no acknowledged change, and a restarted server carries on', async () => {
    const database = await cluster.createDatabase();
    const team = await TeamService.connect(database);
    const file = path.join(tempDir(), 'plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const { planId } = await team.push(file);
    await team.addUser({ email: 'lead@example.com', name: 'Lena', password: PASSWORD, role: 'leader' });
    const uiDir = tempDir();
    fs.writeFileSync(path.join(uiDir, 'index.html'), '<!doctype html><html><head></head></html>');
    const acknowledged: string[] = [];
    let tried = 0;
    try {
      for (let kill = 0; kill < KILLS; kill++) {
        const { proc, url } = await startTeamServeProcess(database, uiDir);
        const session = await signIn(url);
        const target = 5 + Math.floor(Math.random() * 20);
        let stopped = false;
        proc.on('close', () => (stopped = true));
        // Two streams of edits at once, so the kill lands with requests in flight.
        const stream = async (lane: number) => {
          for (let n = 0; !stopped; n++) {
            const title = `k${kill}-${lane}-${n}`;
            tried++;
            try {
              const res = await fetch(new URL(`/plans/${planId}/api/createTactic`, url), {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Cookie: session.cookie, 'X-CSRF-Token': session.csrf },
                body: JSON.stringify({ title, departmentId: 'd-cs', supports: [] }),
              });
              const body = (await res.json()) as { ok: boolean };
              if (body.ok) acknowledged.push(title);
            } catch {
              return; // the server is gone
            }
            // Fault injection, not synchronisation: the kill lands somewhere inside a later change.
            if (acknowledged.length >= (kill + 1) * target && !stopped) proc.kill('SIGKILL');
          }
        };
        await Promise.all([stream(0), stream(1)]);
        await new Promise<void>((resolve) => (stopped ? resolve() : proc.on('close', () => resolve())));
      }
      const leader = await team.member(
        (await team.signedIn((await team.login('lead@example.com', PASSWORD)).token))!,
        planId,
      );
      const plan = await team.call(leader, planId, 'getPlan', {});
      if (!plan.ok) throw new Error(plan.error.message);
      const titles = new Set((plan.value as { tactics: { title: string }[] }).tactics.map((t) => t.title));
      expect(acknowledged.length).toBeGreaterThanOrEqual(KILLS * 5);
      expect(acknowledged.filter((t) => !titles.has(t))).toEqual([]);
      // Every change in the plan is in the log once, acknowledged or cut off before its answer.
      const logged = (await team.log(planId)).filter((c) => c.operation === 'createTactic' && c.tbl === 'tactic');
      expect(new Set(logged.map((c) => c.after!['title'])).size).toBe(logged.length);
      expect(logged.length).toBeLessThanOrEqual(tried);
    } finally {
      await team.close();
    }
  });
});
