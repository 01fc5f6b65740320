/** Web mode's HTTP transport over a real plan file: token, host and content-type checks, envelopes. */
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createWebServer } from '../../server/web-server.ts';
import { issueDraft } from '../../services/issue-draft.ts';
import { copyOpenPlan, openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { readDraftDocument } from '../../services/read-draft.ts';
import { tempDir } from '../helpers/temp.ts';

const TOKEN = 'test-token-0123456789';

async function start() {
  const dir = tempDir();
  const file = path.join(dir, 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  const session = openPlan(file);
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hoshin</title>');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  fs.writeFileSync(path.join(dir, 'secret.txt'), 'outside the renderer');
  const server = createWebServer({
    dispatch: session.dispatch,
    rendererDir,
    token: TOKEN,
    download: () => {
      const copy = path.join(dir, 'copy.hoshin');
      copyOpenPlan(session, copy);
      return { fileName: 'plan.hoshin', data: fs.readFileSync(copy) };
    },
    issueDraft: (departmentId) => {
      const target = path.join(dir, `draft-${departmentId}.hoshin`);
      issueDraft(session, departmentId, target);
      return { fileName: 'draft.hoshin', data: fs.readFileSync(target) };
    },
    readDraft: (data) => {
      const target = path.join(dir, 'uploaded draft.hoshin');
      fs.writeFileSync(target, data);
      return readDraftDocument(target);
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  onTestFinished(
    () =>
      new Promise<void>((resolve) =>
        server.close(() => {
          session.close();
          resolve();
        }),
      ),
  );
  return { port, base: `http://127.0.0.1:${port}`, dir };
}

function request(
  port: number,
  pathname: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port, path: pathname, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (port: number, op: string, input: unknown, headers: Record<string, string> = { 'X-Hoshin-Token': TOKEN }) =>
  request(port, `/api/${op}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(input),
  });

describe('web mode over HTTP', () => {
  it('refuses every request without the token with 401', async () => {
    const { port } = await start();
    for (const p of ['/', '/index.html', '/assets/app.js']) expect((await request(port, p)).status).toBe(401);
    const r = await api(port, 'getPlan', {}, {});
    expect(r.status).toBe(401);
    expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await api(port, 'getPlan', {}, { 'X-Hoshin-Token': 'wrong' })).status).toBe(401);
  });

  it('serves the renderer with the token in the URL, and sets a strict cookie for the page’s own requests', async () => {
    const { port } = await start();
    const page = await request(port, `/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Hoshin</title>');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    const cookie = page.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/HttpOnly; SameSite=Strict/);
    const asset = await request(port, '/assets/app.js', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect((await request(port, '/assets/app.js', { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
  });

  it('answers operations with envelopes through the same dispatch as IPC', async () => {
    const { port } = await start();
    const plan = await api(port, 'getPlan', {});
    expect(plan.status).toBe(200);
    expect(JSON.parse(plan.body).value.plan.id).toBe('sample-cx-2027');
    const created = JSON.parse((await api(port, 'createObjective', { title: 'Lift CSAT' })).body);
    expect(created).toMatchObject({ ok: true, value: { title: 'Lift CSAT', code: 'O6' } });
    const bad = await api(port, 'createGoal', { departmentId: 'd-cs', title: '' });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'invalid input for createGoal: title: must not be empty',
        issues: [{ path: 'title', message: 'must not be empty' }],
      },
    });
    expect((await api(port, 'deleteGoal', { id: 'missing' })).status).toBe(404);
  });

  it('refuses what a browser page of another site could send', async () => {
    const { port } = await start();
    const form = await request(port, '/api/getPlan', {
      method: 'POST',
      headers: { 'X-Hoshin-Token': TOKEN, 'Content-Type': 'text/plain' },
      body: '{}',
    });
    expect(form.status).toBe(415);
    const rebound = await request(port, `/?token=${TOKEN}`, { headers: { Host: `evil.example:${port}` } });
    expect(rebound.status).toBe(403);
    expect((await request(port, '/api/getPlan', { headers: { 'X-Hoshin-Token': TOKEN } })).status).toBe(405);
    expect((await api(port, 'constructor', {})).status).toBe(404);
    expect((await api(port, 'dropAll', {})).status).toBe(404);
    const broken = await request(port, '/api/getPlan', {
      method: 'POST',
      headers: { 'X-Hoshin-Token': TOKEN, 'Content-Type': 'application/json' },
      body: '{',
    });
    expect(broken.status).toBe(400);
    expect((await request(port, `/..%2fsecret.txt?token=${TOKEN}`)).status).toBe(404);
    expect((await request(port, `/%2e%2e/secret.txt?token=${TOKEN}`)).status).toBe(404);
  });

  it('downloads a consistent copy of the open plan, with its changes', async () => {
    const { port, dir } = await start();
    await api(port, 'createObjective', { title: 'In the copy' });
    expect((await request(port, '/api/download')).status).toBe(401);
    const res = await fetch(`http://127.0.0.1:${port}/api/download`, { headers: { 'X-Hoshin-Token': TOKEN } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''plan.hoshin");
    const saved = path.join(dir, 'downloaded.hoshin');
    fs.writeFileSync(saved, Buffer.from(await res.arrayBuffer()));
    const copy = openPlan(saved);
    expect(copy.dispatch('getPlan', {}).objectives.map((o) => o.title)).toContain('In the copy');
    copy.close();
  });

  it('hands out a department draft and reads one back for review', async () => {
    const { port } = await start();
    const headers = { 'X-Hoshin-Token': TOKEN };
    // A GET (an <img> tag, a link) never issues a draft: 405 with Allow: POST, and nothing recorded.
    const get = await fetch(`http://127.0.0.1:${port}/api/draft?departmentId=d-support`, { headers });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    const before = JSON.parse((await api(port, 'getDraftStatus', {})).body).value as { issuedAt: string | null }[];
    expect(before.every((d) => d.issuedAt === null)).toBe(true);
    const draft = await fetch(`http://127.0.0.1:${port}/api/draft`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({ department: 'support' }),
    });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('content-disposition')).toBe("attachment; filename*=UTF-8''draft.hoshin");
    // Issuing is a recorded change: the undo step names it.
    expect(JSON.parse((await api(port, 'getHistory', {})).body).value).toMatchObject({
      undoLabel: "Issue draft for 'Support'",
    });
    const bytes = Buffer.from(await draft.arrayBuffer());
    expect(bytes.subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    const read = await fetch(`http://127.0.0.1:${port}/api/read-draft`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/octet-stream' },
      body: bytes,
    });
    const envelope = (await read.json()) as { ok: boolean; value: { draft: { departmentId: string } } };
    expect(envelope.ok).toBe(true);
    const review = await api(port, 'reviewDraft', { draft: envelope.value });
    expect(JSON.parse(review.body).value).toMatchObject({
      departmentId: 'd-support',
      changes: [],
      conflicts: [],
      rejected: [],
    });
    const status = JSON.parse((await api(port, 'getDraftStatus', {})).body).value as {
      departmentId: string;
      issuedAt: string | null;
    }[];
    expect(status.find((d) => d.departmentId === 'd-support')!.issuedAt).not.toBeNull();

    const post = (body: string, type = 'application/json') =>
      fetch(`http://127.0.0.1:${port}/api/draft`, {
        method: 'POST',
        headers: { ...headers, 'Content-Type': type },
        body,
      });
    const unknown = await post(JSON.stringify({ department: 'nope' }));
    expect(unknown.status).toBe(400);
    const unknownError = ((await unknown.json()) as { error: { message: string } }).error.message;
    expect(unknownError).toMatch(
      /^plan\.hoshin has no department "nope"; its departments are: .*Support \(d-support\)/,
    );
    expect((await post(JSON.stringify({ departmentId: 'd-support' }))).status).toBe(400);
    expect((await post('{not json')).status).toBe(400);
    expect((await post('department=d-support', 'application/x-www-form-urlencoded')).status).toBe(415);
    const junk = await fetch(`http://127.0.0.1:${port}/api/read-draft`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/octet-stream' },
      body: Buffer.from('not a plan at all'),
    });
    expect(junk.status).toBe(422);
    expect(((await junk.json()) as { error: { message: string } }).error.message).toBe(
      'uploaded draft.hoshin is not a Hoshin plan: it is not an SQLite database',
    );
  });
});
