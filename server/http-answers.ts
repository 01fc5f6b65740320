/**
 * The plain HTTP answers and body reading web mode and the team server share: JSON envelopes, files to save,
 * cookies, and request bodies read with a size limit.
 */
import type http from 'node:http';
import type { SerializedError } from '../contract/errors.ts';

/** A request body that cannot be read: its HTTP status and the sentence to answer. */
export class BodyError extends Error {
  readonly status: number;

  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const mib = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 100) / 100} MiB`;

/**
 * The body, read as a stream: refused at once when Content-Length announces more than `limit`, and cut off as
 * soon as the bytes counted pass it, so no more than `limit` bytes are ever held.
 */
export function readBody(req: http.IncomingMessage, limit: number, what: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const tooLarge = () => new BodyError(413, `${what} is larger than the ${mib(limit)} limit`);
    const declared = req.headers['content-length'];
    if (declared !== undefined && Number(declared) > limit) return reject(tooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      chunks.length = 0;
      req.off('data', onData);
      req.off('end', onEnd);
      // Whatever else arrives is discarded (never kept) until the connection closes after the 413.
      req.resume();
      reject(tooLarge());
    };
    const onEnd = () => resolve(Buffer.concat(chunks));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', () => reject(new BodyError(400, `${what} was cut off before it was complete`)));
    req.on('aborted', () => reject(new BodyError(400, `${what} was cut off before it was complete`)));
  });
}

export function sendFile(
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

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  sendText(res, status, JSON.stringify(body), headers);
}

/** Sends JSON text already serialised. */
export function sendText(
  res: http.ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  res.end(text);
}

export function sendError(res: http.ServerResponse, status: number, error: SerializedError): void {
  sendJson(res, status, { ok: false, error });
}
