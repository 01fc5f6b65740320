/**
 * Web mode's HTTP transport: the built renderer plus `POST /api/<operation>` over the same dispatch as IPC.
 *
 * Invariants:
 * - Listens on 127.0.0.1 only; a Host header naming anything else is refused (DNS rebinding).
 * - Every request needs the per-run token: `?token=`, `X-Hoshin-Token`, `Authorization: Bearer`, or the
 *   HttpOnly SameSite=Strict cookie set when the page is first opened with `?token=`. Without it: 401.
 * - API calls must be JSON (`Content-Type: application/json`), which a cross-site form cannot send.
 * - Responses are Envelopes: `{"ok":true,"value":…}` or `{"ok":false,"error":{code,message,issues}}`.
 */
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { HoshinError, type SerializedError } from '../contract/errors.ts';
import { RENDERER_CSP } from '../renderer/csp.ts';
import type { Dispatch } from '../services/dispatch.ts';
import { isOperationName } from '../services/dispatch.ts';

const MAX_BODY = 64 * 1024 * 1024;
const MAX_UPLOAD = 256 * 1024 * 1024;
const TOKEN_COOKIE = 'hoshin_token';
/** The body of `POST /api/draft`. */
const draftRequest = z.strictObject({ department: z.string().trim().min(1).max(200) });

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const STATUS: Record<SerializedError['code'], number> = {
  invalid_input: 400,
  not_found: 404,
  read_only: 403,
  conflict: 409,
  exists: 409,
  not_a_plan: 422,
  foreign_file: 422,
  corrupt: 422,
  truncated: 422,
  too_new: 422,
  migration_failed: 500,
  io: 500,
  unauthorized: 401,
  internal: 500,
};

export interface WebServerOptions {
  dispatch: Dispatch;
  rendererDir: string;
  token: string;
  /** Logs unexpected errors (never sent to the client in detail). */
  log?: (line: string) => void;
  /** A consistent copy of the open plan, for `GET /api/download` ("download a copy" in web mode). */
  download?: () => { fileName: string; data: Buffer };
  /**
   * Issues a department draft (a recorded, undoable change) and answers its file, for `POST /api/draft` with
   * `{"department": "<id or name>"}` ("Send draft…" / "Download the draft" in web mode).
   */
  issueDraft?: (department: string) => { fileName: string; data: Buffer };
  /** The plan JSON of an uploaded draft (`.hoshin` or `.json` bytes), for `POST /api/read-draft`. */
  readDraft?: (data: Buffer) => unknown;
  /** The plan as an Excel workbook or CSV, for `GET /api/export.xlsx` and `GET /api/export.csv`. */
  exportPlan?: (format: ExportFormat) => Promise<{ fileName: string; data: Buffer }>;
}

export type ExportFormat = 'xlsx' | 'csv';
const EXPORT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export function createWebServer(options: WebServerOptions): http.Server {
  const { dispatch, rendererDir, token, log = () => {}, download, issueDraft, readDraft, exportPlan } = options;
  const expected = Buffer.from(token);
  const tokenMatches = (candidate: string | undefined | null): boolean => {
    if (!candidate) return false;
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  const server = http.createServer((req, res) => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const host = (req.headers.host ?? '').toLowerCase();
    if (host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
      return sendError(res, 403, { code: 'unauthorized', message: 'web mode answers only on 127.0.0.1' });
    }
    const url = new URL(req.url ?? '/', `http://${host}`);
    const cookieToken = parseCookies(req.headers.cookie)[TOKEN_COOKIE];
    const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const headerToken = req.headers['x-hoshin-token'];
    const queryToken = url.searchParams.get('token');
    const authorised = [
      queryToken,
      typeof headerToken === 'string' ? headerToken : undefined,
      bearer,
      cookieToken,
    ].some(tokenMatches);
    if (!authorised) {
      return sendError(res, 401, {
        code: 'unauthorized',
        message: 'this web-mode session needs its token: open the URL that `hoshin serve` printed',
      });
    }
    const setCookie = tokenMatches(queryToken) && !tokenMatches(cookieToken);
    if (url.pathname === '/api/download' && download) {
      if (req.method !== 'GET') return sendError(res, 405, { code: 'invalid_input', message: 'download with GET' });
      return guarded(res, () => sendFile(res, download()));
    }
    if (url.pathname === '/api/draft' && issueDraft) {
      // Issuing records a change in the plan: never on a GET (an <img> on a same-site page could trigger it).
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendError(res, 405, {
          code: 'invalid_input',
          message: 'issue a draft with POST and a JSON body {"department": "<id or name>"}',
        });
      }
      if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
        return sendError(res, 415, {
          code: 'invalid_input',
          message: 'the request body must be JSON (Content-Type: application/json)',
        });
      }
      readBody(req).then(
        (body) => {
          let input: unknown;
          try {
            input = JSON.parse(body.toString('utf8'));
          } catch (err) {
            return sendError(res, 400, {
              code: 'invalid_input',
              message: `the request body is not valid JSON: ${(err as Error).message}`,
            });
          }
          const parsed = draftRequest.safeParse(input);
          if (!parsed.success) {
            const message = 'department: give the department to draft for, by id or name';
            return sendError(res, 400, { code: 'invalid_input', message, issues: [{ path: 'department', message }] });
          }
          guarded(res, () => sendFile(res, issueDraft(parsed.data.department)));
        },
        (err: unknown) =>
          sendError(res, 413, err instanceof HoshinError ? err.toJSON() : { code: 'io', message: String(err) }),
      );
      return;
    }
    const exportFormat = /^\/api\/export\.(xlsx|csv)$/.exec(url.pathname)?.[1] as ExportFormat | undefined;
    if (exportFormat && exportPlan) {
      if (req.method !== 'GET') return sendError(res, 405, { code: 'invalid_input', message: 'export with GET' });
      exportPlan(exportFormat).then(
        (file) => sendFile(res, file, EXPORT_TYPES[exportFormat]),
        (err: unknown) => {
          if (err instanceof HoshinError) return sendError(res, STATUS[err.code], err.toJSON());
          log(`web mode: export failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
          sendError(res, 500, { code: 'internal', message: 'the export failed unexpectedly' });
        },
      );
      return;
    }
    if (url.pathname === '/api/read-draft' && readDraft) {
      if (req.method !== 'POST')
        return sendError(res, 405, { code: 'invalid_input', message: 'upload a draft with POST' });
      if (!/^application\/octet-stream\b/i.test(req.headers['content-type'] ?? '')) {
        return sendError(res, 415, {
          code: 'invalid_input',
          message: 'upload the draft file as application/octet-stream',
        });
      }
      readBody(req, MAX_UPLOAD).then(
        (data) => guarded(res, () => sendJson(res, 200, { ok: true, value: readDraft(data) })),
        (err: unknown) =>
          sendError(res, 413, err instanceof HoshinError ? err.toJSON() : { code: 'io', message: String(err) }),
      );
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length)).catch((err: unknown) => {
        log(`web mode: ${String(err)}`);
        if (!res.headersSent) sendError(res, 500, { code: 'internal', message: 'unexpected server error' });
      });
      return;
    }
    serveStatic(
      req,
      res,
      url.pathname,
      setCookie ? `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` : null,
    );
  });

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (!isOperationName(name)) {
      return sendError(res, 404, { code: 'not_found', message: `unknown operation "${name}"` });
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, { code: 'invalid_input', message: 'operations are called with POST' });
    }
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return sendError(res, 415, {
        code: 'invalid_input',
        message: 'the request body must be JSON (Content-Type: application/json)',
      });
    }
    let body: string;
    try {
      body = (await readBody(req)).toString('utf8');
    } catch (err) {
      if (err instanceof HoshinError) return sendError(res, 413, err.toJSON());
      throw err;
    }
    let input: unknown;
    try {
      input = body.trim() === '' ? undefined : JSON.parse(body);
    } catch (err) {
      return sendError(res, 400, {
        code: 'invalid_input',
        message: `the request body is not valid JSON: ${(err as Error).message}`,
      });
    }
    try {
      const value = dispatch(name, input);
      sendJson(res, 200, { ok: true, value });
    } catch (err) {
      if (err instanceof HoshinError) return sendError(res, STATUS[err.code], err.toJSON());
      log(`web mode: ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      sendError(res, 500, { code: 'internal', message: `${name} failed unexpectedly` });
    }
  }

  function serveStatic(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    pathname: string,
    cookie: string | null,
  ): void {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, { code: 'invalid_input', message: 'only GET and HEAD here' });
    }
    let relative: string;
    try {
      relative = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return sendError(res, 400, { code: 'invalid_input', message: 'bad path' });
    }
    const file = path.resolve(rendererDir, `.${relative}`);
    if (!file.startsWith(path.resolve(rendererDir) + path.sep)) {
      return sendError(res, 404, { code: 'not_found', message: 'no such file' });
    }
    fs.readFile(file, (err, data) => {
      if (err) return sendError(res, 404, { code: 'not_found', message: `no such file: ${relative}` });
      const headers: Record<string, string> = {
        'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
        'Content-Security-Policy': `${RENDERER_CSP}; frame-ancestors 'none'`,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      };
      if (cookie) headers['Set-Cookie'] = cookie;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : data);
    });
  }

  return server;
}

function readBody(req: http.IncomingMessage, limit = MAX_BODY): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new HoshinError('invalid_input', `the request body is larger than ${limit / 1024 / 1024} MiB`));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Runs a file route, answering a HoshinError with its status and anything else with a plain 500. */
function guarded(res: http.ServerResponse, fn: () => void): void {
  try {
    fn();
  } catch (err) {
    if (err instanceof HoshinError) sendError(res, STATUS[err.code], err.toJSON());
    else sendError(res, 500, { code: 'internal', message: 'unexpected server error' });
  }
}

function sendFile(
  res: http.ServerResponse,
  file: { fileName: string; data: Buffer },
  contentType = 'application/vnd.hoshin-plan+sqlite3',
): void {
  res.writeHead(200, {
    'Content-Type': contentType,
    'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    'Content-Length': String(file.data.length),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(file.data);
}

function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(text);
}

function sendError(res: http.ServerResponse, status: number, error: SerializedError): void {
  sendJson(res, status, { ok: false, error });
}
