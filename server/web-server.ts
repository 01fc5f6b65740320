/**
 * Web mode's HTTP transport: the built renderer plus `POST /api/<operation>` over the same dispatch as IPC.
 *
 * Invariants:
 * - Listens on a loopback address only; a Host header naming anything but the bound address and port is refused
 *   (DNS rebinding).
 * - No request can take the process down: a target `new URL()` rejects, bad percent-encoding, a NUL or other
 *   control character in the path, malformed HTTP and oversized headers get a 4xx with a plain message; an error
 *   thrown by a handler is logged and answered 500.
 * - A body is read as a stream and cut off at its limit with a 413 (Content-Length is checked first), so no more
 *   than the limit is ever buffered.
 * - Every request needs the per-run token: `?token=`, `X-Hoshin-Token`, `Authorization: Bearer`, or the
 *   HttpOnly SameSite=Strict cookie set when the page is first opened with `?token=`. Without it: 401.
 * - API calls must be JSON (`Content-Type: application/json`), which a cross-site form cannot send.
 * - Responses are Envelopes: `{"ok":true,"value":…}` or `{"ok":false,"error":{code,message,issues}}`.
 */
import http from 'node:http';
import net from 'node:net';
import type { Duplex } from 'node:stream';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { HoshinError, type SerializedError } from '../contract/errors.ts';
import { CARRY_MODES, type CarryMode } from '../contract/rollover.ts';
import { RENDERER_CSP } from '../renderer/csp.ts';
import type { Dispatch } from '../services/dispatch.ts';
import { isOperationName, needsPreparation, prepareInput } from '../services/dispatch.ts';
import { effectsOf } from '../services/effects.ts';
import { isHeavyRead, type HeavyReads } from '../services/heavy-reads.ts';
import type { PlanService } from '../services/plan-service.ts';
import { BodyError, parseCookies, readBody, sendError, sendFile, sendJson, sendText } from './http-answers.ts';
import { readStaticFile } from './static-files.ts';

/** Largest JSON body of an operation call (a whole draft for `reviewDraft`/`mergeDraft` fits many times over). */
export const MAX_JSON_BODY = 16 * 1024 * 1024;
/** Largest uploaded file (`POST /api/read-draft`). */
export const MAX_UPLOAD = 64 * 1024 * 1024;
const TOKEN_COOKIE = 'hoshin_token';
/** The body of `POST /api/draft`. */
const draftRequest = z.strictObject({ department: z.string().trim().min(1).max(200) });
const rolloverRequest = z.strictObject({
  period: z.string().max(20),
  carry: z.enum(CARRY_MODES).optional(),
});

/** The HTTP status of each error code (web mode and the team server). */
export const STATUS: Record<SerializedError['code'], number> = {
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
  locked: 409,
  busy: 503,
  forbidden: 403,
  rate_limited: 429,
};

/** A file route's answer: made on this thread, or by the plan's worker (services/plan-worker-client.ts). */
type FileAnswer = { fileName: string; data: Buffer } | Promise<{ fileName: string; data: Buffer }>;

export interface WebServerOptions {
  /**
   * The open plan behind the asynchronous interface (services/plan-service.ts): every operation call goes to it,
   * so the HTTP loop never waits on SQLite when the plan lives in a worker (`hoshin serve`). Without it, calls
   * run through `dispatch` on this thread.
   */
  service?: PlanService;
  /** The synchronous dispatch, when no `service` is given. */
  dispatch?: Dispatch;
  rendererDir: string;
  token: string;
  /** Logs unexpected errors (never sent to the client in detail). */
  log?: (line: string) => void;
  /** A consistent copy of the open plan, for `GET /api/download` ("download a copy" in web mode). */
  download?: () => FileAnswer;
  /**
   * Issues a department draft (a recorded, undoable change) and answers its file, for `POST /api/draft` with
   * `{"department": "<id or name>"}` ("Send draft…" / "Download the draft" in web mode).
   */
  issueDraft?: (department: string) => FileAnswer;
  /**
   * Next year's plan from the open one (which is only read), for `POST /api/rollover` with
   * `{"period": "2028", "carry": "unfinished|all|none"}` (Start Next Year's Plan… in web mode: a download).
   */
  rollover?: (period: string, carry: CarryMode) => FileAnswer;
  /** The plan JSON of an uploaded draft (`.hoshin` or `.json` bytes), for `POST /api/read-draft`. */
  readDraft?: (data: Buffer) => unknown;
  /** The plan as an Excel workbook or CSV, for `GET /api/export.xlsx` and `GET /api/export.csv`. */
  exportPlan?: (format: ExportFormat) => Promise<{ fileName: string; data: Buffer }>;
  /**
   * Whole-plan reads answered off the request thread (services/heavy-reads.ts), so an edit never waits behind an
   * analysis; without it they run through `dispatch` like every other operation.
   */
  heavyReads?: HeavyReads;
  /** Body limits in bytes (defaults MAX_JSON_BODY and MAX_UPLOAD). */
  limits?: { json?: number; upload?: number };
}

export type ExportFormat = 'xlsx' | 'csv';
const EXPORT_TYPES: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
};

export function createWebServer(options: WebServerOptions): http.Server {
  const {
    service,
    dispatch,
    rendererDir,
    token,
    log = () => {},
    download,
    issueDraft,
    readDraft,
    exportPlan,
    heavyReads,
    rollover,
  } = options;
  if (!service && !dispatch) throw new Error('createWebServer needs a plan service or a dispatch');
  const jsonLimit = options.limits?.json ?? MAX_JSON_BODY;
  const uploadLimit = options.limits?.upload ?? MAX_UPLOAD;
  const expected = Buffer.from(token);
  const tokenMatches = (candidate: string | undefined | null): boolean => {
    if (!candidate) return false;
    const given = Buffer.from(candidate);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  // A request without Host gets our own plain 403 below, not Node's bodiless 400.
  const server = http.createServer({ requireHostHeader: false }, (req, res) => {
    try {
      handle(req, res);
    } catch (err) {
      failed(res, err, `${req.method ?? '?'} request`);
    }
  });
  server.on('clientError', answerClientError);
  // CONNECT and protocol upgrades are not part of web mode: answered, never left hanging or handed on.
  server.on('connect', (_req: http.IncomingMessage, socket: Duplex) =>
    refuseRaw(socket, 405, 'web mode does not accept CONNECT requests'),
  );
  server.on('checkExpectation', (_req: http.IncomingMessage, res: http.ServerResponse) =>
    sendError(res, 417, { code: 'invalid_input', message: 'web mode accepts no Expect header but 100-continue' }),
  );
  server.on('upgrade', (_req: http.IncomingMessage, socket: Duplex) =>
    refuseRaw(socket, 400, 'web mode does not upgrade connections'),
  );

  /** Logs an error a handler threw and answers a plain 500 (or, once a response has begun, cuts it off). */
  function failed(res: http.ServerResponse, err: unknown, what: string): void {
    if (err instanceof HoshinError) {
      if (!res.headersSent) return sendError(res, STATUS[err.code], err.toJSON());
    } else {
      log(`web mode: ${what} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      if (!res.headersSent)
        return sendError(res, 500, { code: 'internal', message: `the ${what} failed on the server` });
    }
    res.destroy();
  }

  function handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const origin = boundOrigin(server);
    const host = (req.headers.host ?? '').toLowerCase();
    if (origin === null || `http://${host}` !== origin) {
      return sendError(res, 403, {
        code: 'unauthorized',
        message: `web mode answers only at ${origin ?? 'the address hoshin serve printed'}`,
      });
    }
    const url = requestUrl(req.url ?? '', origin);
    if (!url) {
      return sendError(res, 400, { code: 'invalid_input', message: 'the request address is not a valid URL' });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      return sendError(res, 400, { code: 'invalid_input', message: 'the request address has bad percent-encoding' });
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(pathname)) {
      return sendError(res, 400, {
        code: 'invalid_input',
        message: 'the request address contains a control character',
      });
    }
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
      return sendFileAnswer(res, download, 'download');
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
      readJsonBody(req, res, 'draft request').then(
        (body) => {
          if (!body) return;
          const parsed = draftRequest.safeParse(body.input);
          if (!parsed.success) {
            const message = 'department: give the department to draft for, by id or name';
            return sendError(res, 400, { code: 'invalid_input', message, issues: [{ path: 'department', message }] });
          }
          sendFileAnswer(res, () => issueDraft(parsed.data.department), 'draft request');
        },
        (err: unknown) => failed(res, err, 'draft request'),
      );
      return;
    }
    if (url.pathname === '/api/rollover' && rollover) {
      // A POST like the draft: a GET must never be able to make the server write files.
      if (req.method !== 'POST') {
        res.setHeader('Allow', 'POST');
        return sendError(res, 405, {
          code: 'invalid_input',
          message: 'start next year’s plan with POST and a JSON body {"period": "2028", "carry": "unfinished"}',
        });
      }
      readJsonBody(req, res, 'next year’s plan request').then(
        (body) => {
          if (!body) return;
          const parsed = rolloverRequest.safeParse(body.input);
          if (!parsed.success) {
            const message =
              'give the new period as a year ("period": "2028") and what to carry (unfinished, all or none)';
            return sendError(res, 400, { code: 'invalid_input', message, issues: [{ path: 'period', message }] });
          }
          sendFileAnswer(
            res,
            () => rollover(parsed.data.period, parsed.data.carry ?? 'unfinished'),
            'next year’s plan request',
          );
        },
        (err: unknown) => failed(res, err, 'next year’s plan request'),
      );
      return;
    }
    const exportFormat = /^\/api\/export\.(xlsx|csv)$/.exec(url.pathname)?.[1] as ExportFormat | undefined;
    if (exportFormat && exportPlan) {
      if (req.method !== 'GET') return sendError(res, 405, { code: 'invalid_input', message: 'export with GET' });
      exportPlan(exportFormat).then(
        (file) => sendFile(res, file, EXPORT_TYPES[exportFormat]),
        (err: unknown) => failed(res, err, 'export'),
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
      readBody(req, uploadLimit, 'the uploaded file').then(
        (data) => guarded(res, () => sendJson(res, 200, { ok: true, value: readDraft(data) })),
        (err: unknown) => refusedBody(res, err, 'draft upload'),
      );
      return;
    }
    if (url.pathname.startsWith('/api/')) {
      handleApi(req, res, url.pathname.slice('/api/'.length)).catch((err: unknown) =>
        failed(res, err, 'operation call'),
      );
      return;
    }
    serveStatic(
      req,
      res,
      url.pathname,
      setCookie ? `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` : null,
    );
  }

  /** Runs a file route, answering a HoshinError with its status and anything else with a logged plain 500. */
  function guarded(res: http.ServerResponse, fn: () => void): void {
    try {
      fn();
    } catch (err) {
      failed(res, err, 'request');
    }
  }

  /** Sends the file a route made (now or once its promise settles); a failure is answered like `guarded`. */
  function sendFileAnswer(res: http.ServerResponse, make: () => FileAnswer, what: string): void {
    let answer: FileAnswer;
    try {
      answer = make();
    } catch (err) {
      return failed(res, err, what);
    }
    if (!(answer instanceof Promise)) return guarded(res, () => sendFile(res, answer));
    answer.then(
      (file) => guarded(res, () => sendFile(res, file)),
      (err: unknown) => failed(res, err, what),
    );
  }

  /** Answers a body that was too large (413) or cut short (400); anything else is a server failure. */
  function refusedBody(res: http.ServerResponse, err: unknown, what: string): void {
    if (!(err instanceof BodyError)) return failed(res, err, what);
    if (res.headersSent) return void res.destroy();
    // The rest of the body is not kept: the connection closes after this answer.
    res.setHeader('Connection', 'close');
    if (res.socket instanceof net.Socket) lingerOnClose(res.socket);
    sendError(res, err.status, { code: 'invalid_input', message: err.message });
  }

  /**
   * The JSON body of an operation call or a draft request: JSON content type, within the limit, UTF-8, parsed (an
   * empty body is `undefined`). Answers the refusal itself and resolves null when the body is not usable.
   */
  async function readJsonBody(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    what: string,
  ): Promise<{ input: unknown } | null> {
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      sendError(res, 415, {
        code: 'invalid_input',
        message: 'the request body must be JSON (Content-Type: application/json)',
      });
      return null;
    }
    let body: string;
    try {
      body = await readBody(req, jsonLimit, 'the request body').then(utf8Text);
    } catch (err) {
      if (err instanceof TypeError) {
        sendError(res, 400, { code: 'invalid_input', message: 'the request body is not valid UTF-8 text' });
      } else {
        refusedBody(res, err, what);
      }
      return null;
    }
    try {
      return { input: body.trim() === '' ? undefined : JSON.parse(body) };
    } catch {
      sendError(res, 400, { code: 'invalid_input', message: 'the request body is not valid JSON' });
      return null;
    }
  }

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, name: string): Promise<void> {
    if (!isOperationName(name)) {
      return sendError(res, 404, { code: 'not_found', message: `unknown operation "${name}"` });
    }
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return sendError(res, 405, { code: 'invalid_input', message: 'operations are called with POST' });
    }
    const body = await readJsonBody(req, res, `${name} call`);
    if (!body) return;
    const { input } = body;
    if (service) {
      // The envelope arrives as JSON text (a whole-plan read's value is never parsed on the way).
      const text = await service.callText(name, input);
      if (!text.startsWith('{"ok":false')) return sendText(res, 200, text);
      const { error } = JSON.parse(text) as { error: SerializedError };
      return sendError(res, STATUS[error.code], error);
    }
    if (!dispatch) throw new Error('createWebServer has neither a service nor a dispatch');
    if (heavyReads && isHeavyRead(name)) {
      // The value arrives as JSON text and is sent on as it is (a read's envelope has no effects).
      let json: string;
      try {
        json = await heavyReads.run(name, input);
      } catch (err) {
        return failed(res, err, name);
      }
      return sendText(res, 200, `{"ok":true,"value":${json}}`);
    }
    try {
      // An upload to import is read (asynchronously) before its synchronous transaction.
      const prepared = needsPreparation(name) ? await prepareInput(name, input) : undefined;
      const value = dispatch(name, input, prepared);
      sendJson(res, 200, { ok: true, value, ...effectsOf(dispatch, name) });
    } catch (err) {
      failed(res, err, name);
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
    const found = readStaticFile(rendererDir, pathname);
    if (!found.ok) {
      return sendError(res, found.status, {
        code: found.status === 400 ? 'invalid_input' : 'not_found',
        message: found.message,
      });
    }
    const { data } = found;
    const headers: Record<string, string> = {
      'Content-Type': found.type,
      'Content-Security-Policy': `${RENDERER_CSP}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
      'Content-Length': String(data.length),
    };
    if (cookie) headers['Set-Cookie'] = cookie;
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : data);
  }

  return server;
}

/** How long a refused upload may go on being discarded after its 413, so the client can read the answer. */
const LINGER_MS = 2000;

/**
 * Node destroys a `Connection: close` socket as soon as the answer is written; with body bytes still unread the
 * kernel then sends a reset, which can destroy the 413 before the client reads it. Instead: send FIN, go on
 * discarding what arrives until the client closes its side or LINGER_MS pass, then destroy (a lingering close).
 */
function lingerOnClose(socket: net.Socket): void {
  socket.destroySoon = () => {
    socket.end();
    const timer = setTimeout(() => socket.destroy(), LINGER_MS);
    timer.unref();
    socket.once('end', () => socket.destroy());
    socket.once('close', () => clearTimeout(timer));
  };
}

/** A request body refused before it was used: 413 when over its limit, 400 when the client broke it off. */
/** Strict UTF-8: invalid bytes are refused (a TypeError), never silently turned into U+FFFD. */
const utf8Text = (data: Buffer) => new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(data);

/** `http://<address>:<port>` the server is bound to (`[…]` around an IPv6 address), or null before it listens. */
export function boundOrigin(server: http.Server): string | null {
  const address = server.address();
  if (!address || typeof address !== 'object') return null;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/**
 * The URL of a request target, or null when it is not one this server answers: origin form (`/path?query`) or
 * absolute form naming this very origin. Never throws, whatever the target (`http://[`, `//[::1`, `http://a:99999/`).
 */
export function requestUrl(target: string, origin: string): URL | null {
  if (!target.startsWith('/') && !/^http:\/\//i.test(target)) return null;
  if (target.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(target, origin);
  } catch {
    return null;
  }
  return url.origin === origin ? url : null;
}

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  413: 'Content Too Large',
  414: 'URI Too Long',
  431: 'Request Header Fields Too Large',
};

/** Writes a complete JSON error response straight onto a socket (no request object exists) and closes it. */
function refuseRaw(socket: Duplex, status: number, message: string): void {
  if (!socket.writable) return void socket.destroy();
  const body = JSON.stringify({ ok: false, error: { code: 'invalid_input', message } });
  socket.end(
    `HTTP/1.1 ${status} ${REASONS[status] ?? 'Bad Request'}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}

/** Malformed HTTP never reaches a handler: Node's parser reports it here, and the client gets a plain 4xx. */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || !socket.writable) return void socket.destroy();
  // Once a response has started on this connection, nothing well-formed can be added to it.
  if ((socket as Duplex & { _httpMessage?: { headersSent?: boolean } })._httpMessage?.headersSent) {
    return void socket.destroy();
  }
  if (err.code === 'HPE_HEADER_OVERFLOW') return refuseRaw(socket, 431, 'the request headers are too large');
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') return refuseRaw(socket, 408, 'the request took too long to arrive');
  refuseRaw(socket, 400, 'the request is not valid HTTP');
}
