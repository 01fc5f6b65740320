/**
 * `hoshin serve`: opens the plan, makes sure the renderer is built, listens on a per-run loopback address
 * (server/loopback.ts says why) until stopped.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HoshinError } from '../contract/errors.ts';
import { issueDraft } from '../services/issue-draft.ts';
import { copyOpenPlan, openPlan, openPlanForReading, type PlanSession } from '../services/plan-files.ts';
import { rolloverFrom } from '../services/rollover.ts';
import { suggestedFileName } from '../core/rollover.ts';
import type { CarryMode } from '../contract/rollover.ts';
import { FALLBACK_LOOPBACK, randomLoopbackAddress } from './loopback.ts';
import { inTempDir, readUploadedDraft } from './plan-file-bytes.ts';
import { ensureRendererBuilt } from './renderer-build.ts';
import { createWebServer, type ExportFormat } from './web-server.ts';
import { planToCsv, withBom } from '../core/csv.ts';

export interface ServeOptions {
  port: number;
  /** Serve the plan read-only: no write lock, every change answers with a plain refusal. */
  readOnly?: boolean;
  log: (text: string) => void;
  announce: (text: string) => void;
}

export interface RunningServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startWebMode(file: string, options: ServeOptions): Promise<RunningServer> {
  // A writing server holds the plan's write lock until it closes (a second writer is refused).
  const session = options.readOnly === true ? openPlanForReading(file) : openPlan(file);
  try {
    const rendererDir = await ensureRendererBuilt(options.log);
    const token = randomBytes(24).toString('base64url');
    const server = createWebServer({
      dispatch: session.dispatch,
      heavyReads: session.heavyReads,
      rendererDir,
      token,
      log: (l) => options.log(`${l}\n`),
      download: () => downloadCopy(session),
      issueDraft: (departmentId) => draftFile(session, departmentId),
      readDraft: (data) => readUploadedDraft(data),
      rollover: (period, carry) => nextYearFile(session, period, carry),
      exportPlan: (format) => exportPlan(session, format),
    });
    const host = await listenOnLoopback(server, options);
    const { port } = server.address() as AddressInfo;
    const url = `http://${host}:${port}/?token=${token}#/cascade`;
    return {
      url,
      token,
      close: () =>
        new Promise<void>((resolve) => {
          server.closeAllConnections();
          server.close(() => {
            session.close();
            resolve();
          });
        }),
    };
  } catch (err) {
    session.close();
    throw err;
  }
}

/**
 * Listens on a random 127.x.y.z, or on 127.0.0.1 with a warning where that address cannot be bound; returns the
 * address. A port already in use is an error either way (another loopback address would not help the user).
 */
export async function listenOnLoopback(
  server: http.Server,
  options: Pick<ServeOptions, 'port' | 'log'>,
  choose: () => string = randomLoopbackAddress,
): Promise<string> {
  const listen = (host: string) =>
    new Promise<void>((resolve, reject) => {
      const onError = (err: NodeJS.ErrnoException) => reject(err);
      server.once('error', onError);
      server.listen(options.port, host, () => {
        server.off('error', onError);
        resolve();
      });
    });
  const failure = (err: NodeJS.ErrnoException) =>
    new HoshinError(
      'io',
      err.code === 'EADDRINUSE' ? `port ${options.port} is already in use` : `cannot listen: ${err.message}`,
    );
  const host = choose();
  try {
    await listen(host);
    return host;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EADDRNOTAVAIL' && code !== 'EINVAL') throw failure(err as NodeJS.ErrnoException);
  }
  options.log(
    `Warning: this system cannot listen on ${host}, so web mode uses ${FALLBACK_LOOPBACK}; other programs on ${FALLBACK_LOOPBACK} could be sent its session cookie.\n`,
  );
  try {
    await listen(FALLBACK_LOOPBACK);
  } catch (err) {
    throw failure(err as NodeJS.ErrnoException);
  }
  return FALLBACK_LOOPBACK;
}

/** Runs `fn` on a path in a fresh temporary folder, removed afterwards. */
function downloadCopy(session: PlanSession): { fileName: string; data: Buffer } {
  return inTempDir((target) => {
    copyOpenPlan(session, target);
    return { fileName: path.basename(session.file), data: fs.readFileSync(target) };
  });
}

function draftFile(session: PlanSession, departmentId: string): { fileName: string; data: Buffer } {
  return inTempDir((target) => {
    const department = issueDraft(session, departmentId, target).departmentName;
    const plan = path.basename(session.file).replace(/\.hoshin$/i, '');
    return { fileName: `${plan} - ${department} draft.hoshin`, data: fs.readFileSync(target) };
  });
}

/** Next year's plan from the open one (only read), as a file to download. */
export function nextYearFile(
  session: PlanSession,
  period: string,
  carry: CarryMode,
): { fileName: string; data: Buffer } {
  return inTempDir((target) => {
    const report = rolloverFrom((fn) => fn(session), { source: session.file, out: target, period, carry, force: true });
    return { fileName: suggestedFileName(report.to.title), data: fs.readFileSync(target) };
  }, 'next.hoshin');
}

/** The open plan as a spreadsheet (the workbook writer loads only when first asked for). */
export async function exportPlan(
  session: PlanSession,
  format: ExportFormat,
): Promise<{ fileName: string; data: Buffer }> {
  const doc = session.dispatch('getPlan', {});
  const name = path.basename(session.file).replace(/\.hoshin$/i, '');
  if (format === 'csv') return { fileName: `${name}.csv`, data: Buffer.from(withBom(planToCsv(doc)), 'utf8') };
  const { planWorkbook } = await import('../services/xlsx-export.ts');
  return { fileName: `${name}.xlsx`, data: await planWorkbook(doc, session.dispatch('analyzeGaps', {})) };
}

export async function serve(file: string, options: ServeOptions): Promise<void> {
  const running = await startWebMode(file, options);
  options.announce(`${running.url}\n`);
  options.log(
    `Serving ${path.basename(file)}${options.readOnly === true ? ' read-only' : ''} in web mode. Open the URL printed with this message in a browser; press Ctrl+C to stop.\n`,
  );
  await untilStopped(running.close);
}

/** Resolves once Ctrl+C or SIGTERM has arrived and `close` has finished (web mode and the team server). */
export function untilStopped(close: () => Promise<void>): Promise<void> {
  return new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
