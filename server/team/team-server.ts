/**
 * The team server's HTTP transport (`hoshin team serve`): sign-in, the plans a user may open, each plan's UI
 * (the same renderer as web mode, under /plans/<planId>/), its operations at POST /plans/<planId>/api/<name>
 * with web mode's envelope, and a server-sent-events stream of every change.
 *
 * Invariants:
 * - Every request but the sign-in page, its assets and POST /auth/login needs a session (401 without one).
 * - Every POST but /auth/login carries the session's CSRF token in X-CSRF-Token (403 without it).
 * - Session cookies are HttpOnly and SameSite=Strict, Secure over TLS or behind a TLS proxy.
 * - Operation names are checked against the contract; inputs are validated by dispatch; roles by the guard.
 */
import http from 'node:http';
import https from 'node:https';
import { z } from 'zod';
import type { IssuedDraft } from '../../contract/catchball.ts';
import type { SerializedError } from '../../contract/errors.ts';
import { ACTIVITY_PAGE_MAX } from '../../contract/team-activity.ts';
import { HoshinError } from '../../contract/errors.ts';
import { RENDERER_CSP } from '../../renderer/csp.ts';
import { isOperationName } from '../../services/dispatch.ts';
import type { TeamService } from '../../services/team/team-service.ts';
import { readStaticFile } from '../static-files.ts';
import { BodyError, parseCookies, readBody, sendError as sendErrorAt, sendFile, sendJson } from '../http-answers.ts';
import { planFileBytes, readUploadedDraft } from '../plan-file-bytes.ts';
import { STATUS } from '../web-server.ts';
import { loginPage, PAGE_CSP, plansPage, TEAM_CSS, TEAM_JS } from './pages.ts';

export const SESSION_COOKIE = 'hoshin_session';
const MAX_BODY = 16 * 1024 * 1024;
const draftRequest = z.strictObject({ department: z.string().min(1).max(200) });
const loginInput = z.strictObject({ email: z.string().min(1).max(320), password: z.string().min(1).max(1024) });
/** Server-sent events: a comment line this often keeps proxies from closing an idle stream. */
const KEEPALIVE_MS = 25_000;

export interface TeamServerOptions {
  team: TeamService;
  rendererDir: string;
  /** TLS certificate and key (PEM); without them the server speaks plain HTTP. */
  tls?: { cert: Buffer; key: Buffer };
  /** Served behind a TLS-terminating proxy: cookies are marked Secure. */
  behindProxy?: boolean;
  log?: (line: string) => void;
}

export function createTeamServer(options: TeamServerOptions): http.Server {
  const { team, rendererDir, log = () => {} } = options;
  const secure = Boolean(options.tls) || Boolean(options.behindProxy);
  const handler = (req: http.IncomingMessage, res: http.ServerResponse) => {
    handle(req, res).catch((err: unknown) => failed(res, err));
  };
  const server = options.tls
    ? https.createServer({ cert: options.tls.cert, key: options.tls.key }, handler)
    : http.createServer(handler);

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://team.invalid');
    } catch {
      return sendError(res, { code: 'invalid_input', message: 'the request path is not a valid URL' });
    }
    const pathname = url.pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET' && pathname === '/login') return sendPage(res, 200, loginPage());
    if (method === 'GET' && pathname === '/team.js') return sendAsset(res, TEAM_JS, 'text/javascript; charset=utf-8');
    if (method === 'GET' && pathname === '/team.css') return sendAsset(res, TEAM_CSS, 'text/css; charset=utf-8');
    if (pathname === '/auth/login') {
      if (method !== 'POST') return sendError(res, { code: 'invalid_input', message: 'sign in with POST' }, 405);
      const input = loginInput.safeParse(await readJson(req));
      if (!input.success) {
        return sendError(res, { code: 'invalid_input', message: 'sign in with {"email": "…", "password": "…"}' });
      }
      const session = await team.login(input.data.email, input.data.password);
      const cookie = `${SESSION_COOKIE}=${session.token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${Math.floor(
        (session.expiresAt.getTime() - Date.now()) / 1000,
      )}${secure ? '; Secure' : ''}`;
      return sendJson(res, 200, { ok: true, csrf: session.csrf }, { 'Set-Cookie': cookie });
    }

    const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
    const user = await team.signedIn(token);
    if (!user) {
      if (method === 'GET' && (pathname === '/' || pathname === '/plans' || pathname.startsWith('/plans/'))) {
        // A browser is sent to sign in (still a 401: nothing of the plan is shown without a session).
        const next = encodeURIComponent(pathname);
        res.writeHead(401, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': PAGE_CSP });
        res.end(
          `<!doctype html><meta charset="utf-8"><title>Sign in</title><p>Please <a href="/login?next=${next}">sign in</a>.</p>`,
        );
        return;
      }
      return sendError(res, { code: 'unauthorized', message: 'Sign in first: POST /auth/login.' });
    }
    if (method === 'POST' && req.headers['x-csrf-token'] !== user.csrf) {
      return sendError(res, {
        code: 'forbidden',
        message: 'This request lacks the X-CSRF-Token the sign-in answered; reload the page.',
      });
    }
    if (pathname === '/auth/logout' && method === 'POST') {
      await team.logout(token!);
      return sendJson(
        res,
        200,
        { ok: true },
        { 'Set-Cookie': `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` },
      );
    }
    if (method === 'GET' && (pathname === '/' || pathname === '/plans')) {
      return sendPage(res, 200, plansPage(user.name, await team.plansOf(user)));
    }
    if (method === 'GET' && pathname === '/api/plans') {
      return sendJson(res, 200, { ok: true, value: await team.plansOf(user) });
    }
    const match = /^\/plans\/([^/]+)(\/.*)?$/.exec(pathname);
    if (!match) return sendError(res, { code: 'not_found', message: `nothing is at ${pathname}` });
    const planId = decodeURIComponent(match[1]!);
    const rest = match[2] ?? '';
    const member = await team.member(user, planId);
    if (rest === '') {
      res.writeHead(301, { Location: `/plans/${encodeURIComponent(planId)}/` });
      res.end();
      return;
    }
    if (rest === '/api/draft' && method === 'POST') {
      // Taking a department offline: issue its draft (a recorded change) and answer the .hoshin file.
      const body = draftRequest.safeParse(await readJson(req));
      if (!body.success) {
        return sendError(res, { code: 'invalid_input', message: 'issue a draft with {"department": "<id or name>"}' });
      }
      const client = clientId(req.headers['x-hoshin-client']);
      const envelope = await team.call(member, planId, 'issueDraft', { department: body.data.department }, client);
      if (!envelope.ok) return sendJson(res, STATUS[envelope.error.code], envelope);
      const issued = envelope.value as IssuedDraft;
      const plan = (await team.store.plan(planId))?.title ?? 'Team plan';
      return sendFile(res, {
        fileName: `${plan} - ${issued.departmentName} draft.hoshin`,
        data: planFileBytes(issued.document),
      });
    }
    if (rest === '/api/read-draft' && method === 'POST') {
      const data = await readBytes(req);
      return sendJson(res, 200, { ok: true, value: readUploadedDraft(data) });
    }
    const op = /^\/api\/([A-Za-z]+)$/.exec(rest);
    if (op) {
      const name = op[1]!;
      if (!isOperationName(name)) return sendError(res, { code: 'not_found', message: `unknown operation "${name}"` });
      if (method !== 'POST')
        return sendError(res, { code: 'invalid_input', message: 'operations are called with POST' }, 405);
      const client = clientId(req.headers['x-hoshin-client']);
      const envelope = await team.call(member, planId, name, await readJson(req), client);
      return sendJson(res, envelope.ok ? 200 : STATUS[envelope.error.code], envelope);
    }
    if (rest === '/changes' && method === 'GET') {
      // The plan's history (who, when, operation, each row before and after): all, since a date, or one item's.
      const since = url.searchParams.get('since');
      const sinceDate = since === null ? undefined : new Date(since);
      if (sinceDate && Number.isNaN(sinceDate.getTime())) {
        return sendError(res, {
          code: 'invalid_input',
          message: `since must be a date or time, like 2027-03-01, not "${since}"`,
        });
      }
      const itemId = url.searchParams.get('item') ?? undefined;
      return sendJson(res, 200, {
        ok: true,
        value: { changes: await team.changes(planId, { since: sinceDate, itemId }) },
      });
    }
    if (rest === '/activity' && method === 'GET') {
      // The plan's activity feed: one entry per change, newest first.
      const query = activityQuery.safeParse(Object.fromEntries(url.searchParams));
      if (!query.success) {
        return sendError(res, {
          code: 'invalid_input',
          message: query.error.issues[0]?.message ?? 'the activity feed takes since, before and limit',
        });
      }
      const { since, before, limit } = query.data;
      return sendJson(res, 200, {
        ok: true,
        value: { activity: await team.activity(planId, { since, before, limit }) },
      });
    }
    if (rest === '/events' && method === 'GET') {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      });
      res.write(': connected\n\n');
      const self = clientId(url.searchParams.get('client'));
      const stop = await team.subscribe(planId, (event) => {
        // A page's own changes are already on its screen.
        if (self !== null && event.client === self) return;
        const { operation, by, at, touched } = event;
        res.write(`event: change\ndata: ${JSON.stringify({ operation, by, at, touched })}\n\n`);
      });
      const keepalive = setInterval(() => res.write(': keepalive\n\n'), KEEPALIVE_MS);
      req.on('close', () => {
        clearInterval(keepalive);
        stop();
      });
      return;
    }
    if (method !== 'GET' && method !== 'HEAD') {
      return sendError(res, { code: 'invalid_input', message: 'only GET here' }, 405);
    }
    return serveRenderer(res, rest, planId, user.csrf);
  }

  function serveRenderer(res: http.ServerResponse, pathname: string, planId: string, csrf: string): void {
    const found = readStaticFile(rendererDir, pathname);
    if (!found.ok) return sendError(res, { code: 'not_found', message: found.message }, found.status);
    let data = found.data;
    if (found.file.endsWith('index.html')) {
      // The page learns where its plan's operations are and the CSRF token to send with them.
      const meta = `<meta name="hoshin-api-base" content="/plans/${encodeURIComponent(planId)}"><meta name="hoshin-csrf" content="${csrf}">`;
      data = Buffer.from(data.toString('utf8').replace('<head>', `<head>${meta}`));
    }
    res.writeHead(200, {
      'Content-Type': found.type,
      'Content-Security-Policy': `${RENDERER_CSP}; frame-ancestors 'none'`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    res.end(data);
  }

  function failed(res: http.ServerResponse, err: unknown): void {
    if (err instanceof HoshinError) return sendError(res, err.toJSON());
    log(`team server: ${(err as Error)?.stack ?? String(err)}`);
    sendError(res, { code: 'internal', message: 'Something went wrong on the team server; nothing was changed.' });
  }

  return server;
}

/** A page's client id (renderer/src/api/team-page.ts): short, plain, or none. */
function clientId(value: unknown): string | null {
  return typeof value === 'string' && /^[a-z0-9]{1,32}$/i.test(value) ? value : null;
}

/** A request body, at most MAX_BODY bytes; a body that cannot be read is a plain refusal. */
async function readBytes(req: http.IncomingMessage): Promise<Buffer> {
  try {
    return await readBody(req, MAX_BODY, 'the request body');
  } catch (err) {
    if (err instanceof BodyError) throw new HoshinError('invalid_input', err.message);
    throw err;
  }
}

async function readJson(req: http.IncomingMessage): Promise<unknown> {
  const text = (await readBytes(req)).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new HoshinError('invalid_input', 'the request body is not valid JSON');
  }
}

/** An error envelope, at its code's HTTP status unless told otherwise. */
function sendError(res: http.ServerResponse, error: SerializedError, status = STATUS[error.code]): void {
  sendErrorAt(res, status, error);
}

function sendPage(res: http.ServerResponse, status: number, html: string): void {
  res.writeHead(status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Security-Policy': PAGE_CSP,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  res.end(html);
}

function sendAsset(res: http.ServerResponse, text: string, type: string): void {
  res.writeHead(200, { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' });
  res.end(text);
}

/** `GET /plans/<planId>/activity` parameters, as the query string gives them. */
const activityQuery = z.object({
  since: z
    .string()
    .transform((v) => new Date(v))
    .refine((d) => !Number.isNaN(d.getTime()), { message: 'since must be a date or time, like 2027-03-01' })
    .optional(),
  before: z.coerce.number({ message: 'before must be a change number' }).int().positive().optional(),
  limit: z.coerce
    .number({ message: 'limit must be a whole number' })
    .int()
    .min(1, { message: 'limit must be 1 or more' })
    .max(ACTIVITY_PAGE_MAX, { message: `limit must be at most ${ACTIVITY_PAGE_MAX}` })
    .optional(),
});
