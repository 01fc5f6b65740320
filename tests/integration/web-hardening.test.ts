/**
 * Web mode under attack and accident, on a raw socket: malformed requests, handler failures and bodies over the
 * limit each get a plain answer, and the server goes on answering afterwards.
 */
import fs from 'node:fs';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createWebServer, MAX_JSON_BODY, MAX_UPLOAD, type WebServerOptions } from '../../server/web-server.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import type { Dispatch } from '../../services/dispatch.ts';
import { tempDir } from '../helpers/temp.ts';

const TOKEN = 'hardening-token-0123456789';

async function start(overrides: Partial<WebServerOptions> = {}) {
  const dir = tempDir();
  const file = path.join(dir, 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  const session = openPlan(file);
  const rendererDir = path.join(dir, 'renderer');
  fs.mkdirSync(rendererDir, { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Hoshin</title>');
  const logged: string[] = [];
  const server = createWebServer({
    dispatch: session.dispatch,
    rendererDir,
    token: TOKEN,
    log: (line) => logged.push(line),
    readDraft: () => ({ read: true }),
    ...overrides,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          session.close();
          resolve();
        });
      }),
  );
  return { server, port, host: `127.0.0.1:${port}`, logged };
}

interface RawResponse {
  status: number | null;
  head: string;
  body: string;
  /** Bytes the client had written when the answer arrived (for the streaming-limit checks). */
  sent: number;
}

/**
 * Writes `request` (or, for a streamed body, `head` then `chunks` until the answer arrives) on a fresh socket and
 * resolves with the first complete response, or what arrived before the server closed the connection.
 */
function raw(
  port: number,
  request: string | Buffer,
  stream?: () => Buffer | null,
  halfClose = false,
): Promise<RawResponse> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    let received = Buffer.alloc(0);
    let sent = 0;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      const text = received.toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split >= 0 ? text.slice(0, split) : text;
      const status = /^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1];
      // Only the first response: a damaged request can leave bytes that the server answers as a second one.
      const length = /\r\ncontent-length: *(\d+)/i.exec(head)?.[1];
      const rest = split >= 0 ? received.subarray(Buffer.byteLength(text.slice(0, split + 4))) : Buffer.alloc(0);
      const body = (length === undefined ? rest : rest.subarray(0, Number(length))).toString('utf8');
      resolve({ status: status ? Number(status) : null, head, body, sent });
      socket.destroy();
    };
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      const text = received.toString('latin1');
      const split = text.indexOf('\r\n\r\n');
      if (split < 0) return;
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, split))?.[1];
      if (length !== undefined && received.length >= split + 4 + Number(length)) finish();
    });
    socket.on('close', finish);
    socket.on('error', finish);
    const pump = () => {
      while (!done && stream) {
        const chunk = stream();
        if (!chunk) return;
        sent += chunk.length;
        if (!socket.write(chunk)) return void socket.once('drain', pump);
      }
    };
    socket.write(request, () => (halfClose ? socket.end() : pump()));
  });
}

const get = (host: string, target: string, extra = '') =>
  `GET ${target} HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\n${extra}\r\n`;

/** A plain sentence for a person: not empty, no raw code, no stack, no "unexpected". */
function expectPlainMessage(res: RawResponse, label = ''): void {
  const message = (JSON.parse(res.body) as { error?: { message?: string } }).error?.message;
  expect(message, `${label}\n${res.head}\n${res.body}`).toBeTypeOf('string');
  expect(message).toMatch(/^[a-z].{8,}/i);
  expect(message).not.toMatch(/unexpected|HPE_|ERR_|Error:|at .*\.ts:\d+/i);
}

describe('web mode survives malformed requests', () => {
  it('answers dozens of malformed requests with a plain 4xx, then still serves a normal request', async () => {
    const { port, host } = await start();
    const malformed: string[] = [
      get(host, 'http://['),
      get(host, '//[::1'),
      get(host, 'http://a:99999/'),
      get(host, 'http://[::1]:99999/'),
      get(host, 'http://evil.example/'),
      get(host, '//evil.example/index.html'),
      get(host, '/%00'),
      get(host, '/index.html%00.js'),
      get(host, '/assets/%00/x.js'),
      get(host, '/api/getPlan%00'),
      get(host, '/%0a%0dSet-Cookie:%20x=1'),
      get(host, '/%'),
      get(host, '/%zz'),
      get(host, '/%c0%af'),
      get(host, '/%ed%a0%80'),
      get(host, 'relative/path'),
      get(host, '*'),
      `OPTIONS * HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      'GET / HTTP/1.0\r\n\r\n',
      get('[', '/'),
      get(`${host}@evil.example`, '/'),
      get('localhost', '/'),
      get(`localhost:${port}`, '/'),
      get(`127.0.0.2:${port}`, '/'),
      get(host, '/', `X-Big: ${'a'.repeat(100_000)}\r\n`),
      get(host, '/', Array.from({ length: 3000 }, (_, i) => `X-H${i}: v\r\n`).join('')),
      `GET /${'a'.repeat(70_000)} HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      'GARBAGE\r\n\r\n',
      '\u0000\u0001\u0002\u0003\r\n\r\n',
      `GET / HTTP/9.9\r\nHost: ${host}\r\n\r\n`,
      `BREW /pot HTTP/1.1\r\nHost: ${host}\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost ${host}\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\nBad Header: x\r\n\r\n`,
      `GET / HTTP/1.1\r\nHost: ${host}\r\n folded: continuation\r\n\r\n`,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nContent-Length: abc\r\n\r\n`,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nContent-Length: -1\r\n\r\n`,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab`,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n`,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
      `CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\n\r\n`,
      get(host, '/', 'Connection: Upgrade\r\nUpgrade: websocket\r\n'),
      get(host, '/', 'Expect: tea\r\n'),
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 99999999999999\r\n\r\n`,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{"`,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n\xff\xfe`,
      get(host, '/api/..%2f..%2fetc%2fpasswd'),
      get(host, '/..%5c..%5csecret.txt'),
    ];
    const answers: { request: string; status: number | null }[] = [];
    for (const request of malformed) {
      const res = await raw(port, Buffer.from(request, 'latin1'));
      answers.push({ request: request.slice(0, 60), status: res.status });
      expect(res.status, request.slice(0, 80)).toBeGreaterThanOrEqual(400);
      expect(res.status, request.slice(0, 80)).toBeLessThan(500);
      expectPlainMessage(res, request.slice(0, 80));
    }
    console.info(`malformed HTTP requests: ${answers.length} tried, all answered 4xx`);
    expect(answers.length).toBeGreaterThanOrEqual(40);
    const normal = await raw(
      port,
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
    );
    expect(normal.status).toBe(200);
    expect(JSON.parse(normal.body)).toMatchObject({ ok: true, value: { plan: { id: 'sample-cx-2027' } } });
    const page = await raw(port, get(host, '/'));
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Hoshin</title>');
  });

  it('answers a few hundred randomly damaged requests (fixed seed) without a 5xx, and goes on', async () => {
    const { port, host } = await start();
    const body = '{"title":"Fuzzed objective"}';
    const valid = [
      get(host, `/?token=${TOKEN}`),
      get(host, '/index.html'),
      `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
      `POST /api/createObjective HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body}`,
    ];
    const noise = [
      '\r',
      '\n',
      ' ',
      ':',
      '%',
      '%00',
      '\u0000',
      '/',
      '[',
      ']',
      '\u00ff',
      '@',
      '?',
      '#',
      '\\',
      '%zz',
      '\t',
    ];
    let seed = 0x16_0004;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const figures = { tried: 0, answered2xx: 0, answered4xx: 0, answered5xx: 0, closedWithoutAnswer: 0 };
    for (let i = 0; i < 240; i++) {
      let text = valid[rand(valid.length)]!;
      for (let k = 1 + rand(3); k > 0; k--) {
        const at = rand(text.length);
        const op = rand(4);
        if (op === 0) text = text.slice(0, at) + noise[rand(noise.length)]! + text.slice(at);
        else if (op === 1) text = text.slice(0, at) + text.slice(at + 1 + rand(6));
        else if (op === 2) text = text.slice(0, at) + String.fromCharCode(rand(256)) + text.slice(at + 1);
        else text = text.slice(0, at) + text.slice(at, at + 1 + rand(12)).repeat(2 + rand(3)) + text.slice(at);
      }
      figures.tried++;
      // Half-closed after the request, so a request cut short is not left waiting for the rest.
      const res = await raw(port, Buffer.from(text, 'latin1'), undefined, true);
      if (res.status === null) figures.closedWithoutAnswer++;
      else if (res.status >= 500) figures.answered5xx++;
      else if (res.status >= 400) {
        figures.answered4xx++;
        expectPlainMessage(res, JSON.stringify(text));
      } else figures.answered2xx++;
      expect(res.status ?? 0, JSON.stringify(text)).toBeLessThan(500);
    }
    console.info(`damaged HTTP requests: ${JSON.stringify(figures)}`);
    expect(figures.closedWithoutAnswer).toBe(0);
    expect(figures.answered4xx).toBeGreaterThan(100);
    const page = await raw(port, get(host, '/'));
    expect(page.status).toBe(200);
  });

  it('refuses a lone surrogate in an operation input with the field path, and bytes that are not UTF-8', async () => {
    const { port, host } = await start();
    const call = (body: Buffer) =>
      raw(
        port,
        Buffer.concat([
          Buffer.from(
            `POST /api/createObjective HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n`,
          ),
          body,
        ]),
      );
    const lone = await call(Buffer.from('{"title":"Lift \\ud800 CSAT"}'));
    expect(lone.status).toBe(400);
    expect(JSON.parse(lone.body).error.issues).toEqual([
      { path: 'title', message: 'contains an invalid character (a lone surrogate)' },
    ]);
    const latin1 = await call(Buffer.from('{"title":"Caf\xe9"}', 'latin1'));
    expect(latin1.status).toBe(400);
    expect(JSON.parse(latin1.body).error.message).toBe('the request body is not valid UTF-8 text');
    const pair = await call(Buffer.from('{"title":"Lift \\ud83d\\ude00 CSAT"}'));
    expect(pair.status).toBe(200);
    expect(JSON.parse(pair.body).value.title).toBe('Lift 😀 CSAT');
  });

  it('answers a handler that throws with a logged plain 500, and goes on', async () => {
    const failing = (() => {
      throw new TypeError("Cannot read properties of undefined (reading 'id')");
    }) as unknown as Dispatch;
    const { port, host, logged } = await start({
      dispatch: failing,
      download: () => {
        throw new RangeError('offset out of range');
      },
    });
    const call = `POST /api/getPlan HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`;
    const res = await raw(port, call);
    expect(res.status).toBe(500);
    expectPlainMessage(res);
    expect(res.body).not.toContain('Cannot read');
    const dl = await raw(port, get(host, '/api/download'));
    expect(dl.status).toBe(500);
    expectPlainMessage(dl);
    expect(logged.join('\n')).toContain('Cannot read properties of undefined');
    expect(logged.join('\n')).toContain('offset out of range');
    expect((await raw(port, get(host, '/'))).status).toBe(200);
  });
});

describe('web mode refuses bodies over the limit', () => {
  const call = (host: string, pathname: string, type: string, extra: string) =>
    `POST ${pathname} HTTP/1.1\r\nHost: ${host}\r\nX-Hoshin-Token: ${TOKEN}\r\nContent-Type: ${type}\r\n${extra}\r\n`;

  it('answers 413 from Content-Length alone, before any of the body is sent', async () => {
    const { port, host } = await start();
    for (const [pathname, type, limit] of [
      ['/api/getPlan', 'application/json', MAX_JSON_BODY],
      ['/api/read-draft', 'application/octet-stream', MAX_UPLOAD],
    ] as const) {
      const res = await raw(port, call(host, pathname, type, `Content-Length: ${limit + 1}\r\n`));
      expect(res.status).toBe(413);
      expectPlainMessage(res);
      expect(res.body).toContain(`${limit / 1024 / 1024} MiB`);
    }
    expect((await raw(port, get(host, '/'))).status).toBe(200);
  });

  it('cuts a streamed body off soon after the limit, for JSON calls and uploads', async () => {
    const { port, host } = await start();
    const chunk = Buffer.alloc(256 * 1024, 0x61);
    const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
    for (const [pathname, type, limit] of [
      ['/api/getPlan', 'application/json', MAX_JSON_BODY],
      ['/api/read-draft', 'application/octet-stream', MAX_UPLOAD],
    ] as const) {
      // Never ends on its own: only the server's answer stops it.
      const res = await raw(port, call(host, pathname, type, 'Transfer-Encoding: chunked\r\n'), () => framed);
      expect(res.status).toBe(413);
      expectPlainMessage(res);
      expect(res.sent).toBeGreaterThan(limit);
      // Cut off early: at most a few socket buffers past the limit, not the endless body.
      expect(res.sent).toBeLessThan(limit + 16 * 1024 * 1024);
    }
    expect((await raw(port, get(host, '/'))).status).toBe(200);
  });

  it('still reads a body under the limit', async () => {
    const { port, host } = await start();
    const body = Buffer.alloc(1024 * 1024, 0x62);
    const res = await raw(
      port,
      Buffer.concat([
        Buffer.from(call(host, '/api/read-draft', 'application/octet-stream', `Content-Length: ${body.length}\r\n`)),
        body,
      ]),
    );
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { read: true } });
  });
});
