/**
 * The team server as its users reach it, on a real PostgreSQL: `hoshin team …` as a real process, and the HTTP
 * contract (sign-in, CSRF, roles, conflicts, the events stream, the plan's page) over a real socket.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTeamServer } from '../../server/team/team-server.ts';
import { startTeamServer } from '../../server/team/serve-team.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { TeamService } from '../../services/team/team-service.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import { tempDir } from '../helpers/temp.ts';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');
const PASSWORD = 'correct horse battery';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

function hoshin(args: string[], input = ''): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

function samplePlanFile(): string {
  const file = path.join(tempDir(), 'Customer plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return file;
}

describe('hoshin team (command line)', () => {
  it('init, push, user add/list/remove, log and pull, with plain errors', async () => {
    const db = await cluster.createDatabase();
    const init = await hoshin(['team', 'init', '--database', db, '--admin', 'Admin@Example.com'], `${PASSWORD}\n`);
    expect(init.stderr).toContain('the admin admin@example.com');
    expect(init.code).toBe(0);
    expect(init.stdout).toBe('');
    const pushed = await hoshin(['team', 'push', samplePlanFile(), '--database', db]);
    expect(pushed.code).toBe(0);
    const planId = pushed.stdout.trim();
    expect(planId).toBe(samplePlanDocument().plan.id);
    expect((await hoshin(['team', 'push', samplePlanFile(), '--database', db])).stderr).toMatch(/already published/);

    const add = await hoshin(
      [
        'team',
        'user',
        'add',
        '--database',
        db,
        '--email',
        'amara@example.com',
        '--role',
        'department_head',
        '--plan',
        planId,
        '--department',
        'customer success',
        '--name',
        'Amara Okafor',
      ],
      `${PASSWORD}\n`,
    );
    expect(add.stderr).toContain('Added amara@example.com as department head');
    const unknown = await hoshin(
      [
        'team',
        'user',
        'add',
        '--database',
        db,
        '--email',
        'x@example.com',
        '--role',
        'department_head',
        '--plan',
        planId,
        '--department',
        'Legal',
      ],
      `${PASSWORD}\n`,
    );
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no department "Legal"; its departments: Customer Success \(d-cs\)/);
    const list = JSON.parse((await hoshin(['team', 'user', 'list', '--database', db, '--json'])).stdout) as {
      users: { email: string; roles: { role: string; planId: string; departmentIds: string[] }[] }[];
    };
    expect(list.users.map((u) => u.email)).toEqual(['admin@example.com', 'amara@example.com']);
    expect(list.users[1]!.roles).toEqual([{ planId, role: 'department_head', departmentIds: ['d-cs'] }]);

    // A change through the service shows in the log, with the contract's keys.
    const team = await TeamService.connect(db);
    try {
      const { token } = await team.login('amara@example.com', PASSWORD);
      const member = await team.member((await team.signedIn(token))!, planId);
      const answer = await team.call(member, planId, 'updateTactic', { id: 't-cs-1-1', status: 'off_track' });
      expect(answer.ok).toBe(true);
    } finally {
      await team.close();
    }
    const log = JSON.parse((await hoshin(['team', 'log', planId, '--database', db, '--json'])).stdout) as {
      changes: Record<string, unknown>[];
    };
    expect(log.changes).toHaveLength(1);
    expect(Object.keys(log.changes[0]!)).toEqual(['at', 'by', 'operation', 'itemId', 'before', 'after']);
    expect(log.changes[0]).toMatchObject({ by: 'Amara Okafor', operation: 'updateTactic', itemId: 't-cs-1-1' });

    const out = path.join(tempDir(), 'pulled.hoshin');
    expect((await hoshin(['team', 'pull', planId, '--database', db, '--out', out])).code).toBe(0);
    const exported = JSON.parse((await hoshin(['export', out])).stdout) as {
      tactics: { id: string; status: string }[];
    };
    expect(exported.tactics.find((t) => t.id === 't-cs-1-1')!.status).toBe('off_track');

    expect((await hoshin(['team', 'user', 'remove', '--database', db, '--email', 'amara@example.com'])).code).toBe(0);
    const bad = await hoshin(['team', 'push', samplePlanFile(), '--database', 'mysql://nope']);
    expect(bad.stderr).toMatch(/^hoshin: "mysql:\/\/nope" is not a PostgreSQL database URL/);
  });

  it('init without a password on stdin makes one and prints it once', async () => {
    const db = await cluster.createDatabase();
    const init = await hoshin(['team', 'init', '--database', db, '--admin', 'a@example.com']);
    expect(init.code).toBe(0);
    const password = /Password \(shown once, store it now\): (\S+)/.exec(init.stdout)?.[1];
    expect(password).toHaveLength(20);
    const team = await TeamService.connect(db);
    try {
      await expect(team.login('a@example.com', password!)).resolves.toHaveProperty('csrf');
    } finally {
      await team.close();
    }
  });
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  json: () => { ok: boolean; csrf?: string; value?: unknown; error?: { code: string; message: string } };
}

function request(
  base: string,
  method: string,
  url: string,
  options: { cookie?: string; csrf?: string; body?: unknown } = {},
) {
  return new Promise<Answer>((resolve, reject) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (options.cookie) headers['Cookie'] = options.cookie;
    if (options.csrf) headers['X-CSRF-Token'] = options.csrf;
    const req = http.request(new URL(url, base), { method, headers }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body, json: () => JSON.parse(body) }),
      );
    });
    req.on('error', reject);
    req.end(options.body === undefined ? undefined : JSON.stringify(options.body));
  });
}

async function signIn(base: string, email: string) {
  const answer = await request(base, 'POST', '/auth/login', { body: { email, password: PASSWORD } });
  expect(answer.status).toBe(200);
  const cookie = String(answer.headers['set-cookie']).split(';')[0]!;
  return { cookie, csrf: answer.json().csrf! };
}

describe('the team server over HTTP', () => {
  it('signs in, checks CSRF and roles, refuses stale edits, streams changes and serves the plan page', async () => {
    const db = await cluster.createDatabase();
    const team = await TeamService.connect(db);
    await team.listen();
    const { planId } = await team.push(samplePlanFile());
    await team.addUser({ email: 'lead@example.com', name: 'Lena Lead', password: PASSWORD, role: 'leader' });
    await team.addUser({ email: 'max@example.com', name: 'Max', password: PASSWORD, role: 'leader' });
    await team.addUser({ email: 'view@example.com', password: PASSWORD, role: 'viewer', planId });
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head><title>x</title></head></html>');
    const server = createTeamServer({ team, rendererDir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const api = `/plans/${planId}/api`;
      expect((await request(base, 'POST', `${api}/getPlan`, { body: {} })).status).toBe(401);
      expect((await request(base, 'GET', `/plans/${planId}/`)).status).toBe(401);
      const wrong = await request(base, 'POST', '/auth/login', {
        body: { email: 'lead@example.com', password: 'nope' },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.json().error!.message).toBe('The email or the password is wrong.');

      const lead = await signIn(base, 'lead@example.com');
      expect(
        String(
          (await request(base, 'POST', '/auth/login', { body: { email: 'lead@example.com', password: PASSWORD } }))
            .headers['set-cookie'],
        ),
      ).toMatch(/HttpOnly; SameSite=Strict; Path=\//);
      const noCsrf = await request(base, 'POST', `${api}/getPlan`, { cookie: lead.cookie, body: {} });
      expect(noCsrf.status).toBe(403);
      const plan = await request(base, 'POST', `${api}/getPlan`, { ...lead, body: {} });
      expect(plan.status).toBe(200);
      const tactic = (plan.json().value as { tactics: { id: string; version: number }[] }).tactics[0]!;

      // A second browser, a viewer, listens to the plan's events.
      const viewer = await signIn(base, 'view@example.com');
      const events: string[] = [];
      const stream = http.get(new URL(`/plans/${planId}/events`, base), { headers: { Cookie: viewer.cookie } });
      const connected = new Promise<http.IncomingMessage>((resolve) => stream.on('response', resolve));
      const response = await connected;
      expect(response.headers['content-type']).toMatch(/^text\/event-stream/);
      response.on('data', (d: Buffer) => events.push(d.toString()));

      const edit = await request(base, 'POST', `${api}/updateTactic`, {
        ...lead,
        body: { id: tactic.id, title: 'Renamed by Lena', version: tactic.version },
      });
      expect(edit.status).toBe(200);
      expect(edit.json()).toMatchObject({ ok: true, touched: expect.any(Array) });
      await expect
        .poll(() => events.join(''))
        .toMatch(/event: change\ndata: \{"operation":"updateTactic","by":"Lena Lead"/);
      expect(events.join('')).toContain(`"touched":["${tactic.id}"]`);

      // Someone else, who last saw the tactic before Lena's rename.
      const max = await signIn(base, 'max@example.com');
      const stale = await request(base, 'POST', `${api}/updateTactic`, {
        ...max,
        body: { id: tactic.id, title: 'Older edit', version: tactic.version },
      });
      expect(stale.status).toBe(409);
      expect(stale.json().error).toMatchObject({ code: 'conflict' });
      expect(stale.json().error!.message).toMatch(/^Lena Lead changed the title/);

      const forbidden = await request(base, 'POST', `${api}/updateTactic`, {
        ...viewer,
        body: { id: tactic.id, title: 'x' },
      });
      expect(forbidden.status).toBe(403);
      expect(forbidden.json().error).toMatchObject({ code: 'forbidden' });
      const note = await request(base, 'POST', `${api}/addNote`, {
        ...viewer,
        body: { itemId: tactic.id, kind: 'question', text: 'Who owns this?' },
      });
      expect(note.status).toBe(200);

      const history = await request(base, 'GET', `/plans/${planId}/changes?item=${tactic.id}`, {
        cookie: viewer.cookie,
      });
      expect(history.status).toBe(200);
      const changes = (
        history.json().value as { changes: { by: string; operation: string; after: { title: string } }[] }
      ).changes;
      expect(changes.map((c) => [c.by, c.operation, c.after.title])).toEqual([
        ['Lena Lead', 'updateTactic', 'Renamed by Lena'],
      ]);
      const future = await request(base, 'GET', `/plans/${planId}/changes?since=2999-01-01`, { cookie: viewer.cookie });
      expect((future.json().value as { changes: unknown[] }).changes).toEqual([]);
      expect(
        (await request(base, 'GET', `/plans/${planId}/changes?since=soon`, { cookie: viewer.cookie })).status,
      ).toBe(400);

      // The activity feed: one entry per change, newest first, with its items named as the change left them.
      const feed = await request(base, 'GET', `/plans/${planId}/activity`, { cookie: viewer.cookie });
      expect(feed.status).toBe(200);
      const activity = (
        feed.json().value as {
          activity: {
            op: number;
            by: string;
            operation: string;
            label: string;
            items: { id: string; title: string }[];
          }[];
        }
      ).activity;
      expect(activity.map((e) => [e.by, e.operation])).toEqual([
        ['view@example.com', 'addNote'],
        ['Lena Lead', 'updateTactic'],
      ]);
      expect(activity[1]!.label).toMatch(/Renamed by Lena/);
      expect(activity[1]!.items).toEqual([{ id: tactic.id, code: expect.any(String), title: 'Renamed by Lena' }]);
      const older = await request(base, 'GET', `/plans/${planId}/activity?before=${activity[0]!.op}&limit=5`, {
        cookie: viewer.cookie,
      });
      expect((older.json().value as { activity: { operation: string }[] }).activity.map((e) => e.operation)).toEqual([
        'updateTactic',
      ]);
      const later = await request(base, 'GET', `/plans/${planId}/activity?since=2999-01-01`, { cookie: viewer.cookie });
      expect((later.json().value as { activity: unknown[] }).activity).toEqual([]);
      for (const [query, words] of [
        ['since=soon', 'since must be a date or time'],
        ['limit=0', 'limit must be 1 or more'],
        ['limit=9999', 'limit must be at most 500'],
        ['before=x', 'before must be a change number'],
      ]) {
        const bad = await request(base, 'GET', `/plans/${planId}/activity?${query}`, { cookie: viewer.cookie });
        expect(bad.status).toBe(400);
        expect(bad.json().error!.message).toContain(words);
      }

      const page = await request(base, 'GET', `/plans/${planId}/`, { cookie: lead.cookie });
      expect(page.status).toBe(200);
      expect(page.body).toContain(
        `<meta name="hoshin-api-base" content="/plans/${planId}"><meta name="hoshin-csrf" content="${lead.csrf}">`,
      );
      expect(page.headers['content-security-policy']).toMatch(/frame-ancestors 'none'/);
      expect((await request(base, 'POST', `/plans/nope/api/getPlan`, { ...lead, body: {} })).status).toBe(404);
      expect((await request(base, 'POST', `${api}/noSuchThing`, { ...lead, body: {} })).status).toBe(404);

      const out = await request(base, 'POST', '/auth/logout', lead);
      expect(out.status).toBe(200);
      expect((await request(base, 'POST', `${api}/getPlan`, { ...lead, body: {} })).status).toBe(401);
      stream.destroy();
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await team.close();
    }
  });

  it('takes a department offline as a draft and merges it back on the server, recorded in the history', async () => {
    const db = await cluster.createDatabase();
    const team = await TeamService.connect(db);
    const { planId } = await team.push(samplePlanFile());
    await team.addUser({
      email: 'amara@example.com',
      name: 'Amara Okafor',
      password: PASSWORD,
      role: 'department_head',
      planId,
      departments: ['d-cs'],
    });
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><head></head></html>');
    const server = createTeamServer({ team, rendererDir });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const amara = await signIn(base, 'amara@example.com');
      const api = `/plans/${planId}/api`;
      // Not another department's draft.
      const others = await request(base, 'POST', `${api}/draft`, { ...amara, body: { department: 'IT' } });
      expect(others.status).toBe(403);
      const res = await fetch(new URL(`${api}/draft`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Cookie: amara.cookie, 'X-CSRF-Token': amara.csrf },
        body: JSON.stringify({ department: 'Customer Success' }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-disposition')).toMatch(/Customer%20Success%20draft\.hoshin/);
      const draftFile = path.join(tempDir(), 'draft.hoshin');
      fs.writeFileSync(draftFile, Buffer.from(await res.arrayBuffer()));

      // On the plane: the draft is edited as a file, with the app's own service layer.
      const offline = openPlan(draftFile);
      try {
        offline.dispatch('updateTactic', { id: 't-cs-1-1', title: 'Written on the plane' });
      } finally {
        offline.close();
      }
      const uploaded = await fetch(new URL(`${api}/read-draft`, base), {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream', Cookie: amara.cookie, 'X-CSRF-Token': amara.csrf },
        body: fs.readFileSync(draftFile),
      });
      const draft = ((await uploaded.json()) as { value: unknown }).value;
      const review = await request(base, 'POST', `${api}/reviewDraft`, { ...amara, body: { draft } });
      expect(review.status).toBe(200);
      const merged = await request(base, 'POST', `${api}/mergeDraft`, { ...amara, body: { draft, accept: 'all' } });
      expect(merged.json()).toMatchObject({ ok: true });
      const plan = await request(base, 'POST', `${api}/getPlan`, { ...amara, body: {} });
      const tactics = (plan.json().value as { tactics: { id: string; title: string }[] }).tactics;
      expect(tactics.find((t) => t.id === 't-cs-1-1')!.title).toBe('Written on the plane');
      expect((await team.log(planId)).map((c) => c.operation)).toEqual(
        expect.arrayContaining(['issueDraft', 'mergeDraft']),
      );
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await team.close();
    }
  });

  it('will not listen beyond loopback without TLS or --behind-proxy', async () => {
    const db = await cluster.createDatabase();
    await expect(startTeamServer({ database: db, port: 0, host: '0.0.0.0', log: () => {} })).rejects.toThrow(
      /unencrypted: give --tls-cert and --tls-key, or --behind-proxy/,
    );
  });
});
