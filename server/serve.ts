/**
 * `hoshin serve`: opens the plan, makes sure the renderer is built, listens on a per-run loopback address
 * (server/loopback.ts says why) until stopped.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type http from 'node:http';
import type { AddressInfo } from 'node:net';
import { HoshinError } from '../contract/errors.ts';
import { issueDraft } from '../services/issue-draft.ts';
import { copyOpenPlan, type PlanSession } from '../services/plan-files.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import type { GapReport } from '../contract/gaps.ts';
import type { PlanService } from '../services/plan-service.ts';
import { openWorkerService } from '../services/plan-worker-client.ts';
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
  // The plan lives in a worker thread (services/plan-worker-client.ts), so the HTTP loop never waits on SQLite.
  // A writing server's worker holds the plan's write lock until it closes (a second writer is refused).
  const session = await openWorkerService(file, { readonly: options.readOnly === true });
  try {
    const rendererDir = await ensureRendererBuilt(options.log);
    const token = randomBytes(24).toString('base64url');
    const server = createWebServer({
      service: session,
      rendererDir,
      token,
      log: (l) => options.log(`${l}\n`),
      download: () => serviceDownload(session),
      issueDraft: (departmentId) => serviceDraftFile(session, departmentId),
      readDraft: (data) => readUploadedDraft(data),
      rollover: (period, carry) => serviceNextYearFile(session, period, carry),
      exportPlan: (format) => serviceExportPlan(session, format),
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
          server.close(() => void session.close().then(resolve));
        }),
    };
  } catch (err) {
    await session.close();
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

/** Runs `fn` on a path `name` in a fresh private folder, removed once its promise settles. */
async function inTempDirAsync<T>(fn: (file: string) => Promise<T>, name = 'file.hoshin'): Promise<T> {
  const dir = await fs.promises.mkdtemp(path.join(os.tmpdir(), 'hoshin-web-'));
  try {
    return await fn(path.join(dir, name));
  } finally {
    await fs.promises.rm(dir, { recursive: true, force: true });
  }
}

const planName = (file: string) => path.basename(file).replace(/\.hoshin$/i, '');

/** A consistent copy of the open plan, written by its worker, as a file to download. */
function serviceDownload(service: PlanService): Promise<{ fileName: string; data: Buffer }> {
  return inTempDirAsync(async (target) => {
    await service.copyTo(target);
    return { fileName: path.basename(service.info.file), data: await fs.promises.readFile(target) };
  });
}

function serviceDraftFile(service: PlanService, departmentId: string): Promise<{ fileName: string; data: Buffer }> {
  return inTempDirAsync(async (target) => {
    const department = (await service.issueDraft(departmentId, target, false)).departmentName;
    const data = await fs.promises.readFile(target);
    return { fileName: `${planName(service.info.file)} - ${department} draft.hoshin`, data };
  });
}

function serviceNextYearFile(
  service: PlanService,
  period: string,
  carry: CarryMode,
): Promise<{ fileName: string; data: Buffer }> {
  return inTempDirAsync(async (target) => {
    const report = await service.rollover(target, period, carry);
    return { fileName: suggestedFileName(report.to.title), data: await fs.promises.readFile(target) };
  }, 'next.hoshin');
}

async function serviceExportPlan(
  service: PlanService,
  format: ExportFormat,
): Promise<{ fileName: string; data: Buffer }> {
  const doc = await service.value<PlanDocument>('getPlan', {});
  const name = planName(service.info.file);
  if (format === 'csv') return { fileName: `${name}.csv`, data: Buffer.from(withBom(planToCsv(doc)), 'utf8') };
  const { planWorkbook } = await import('../services/xlsx-export.ts');
  return { fileName: `${name}.xlsx`, data: await planWorkbook(doc, await service.value<GapReport>('analyzeGaps', {})) };
}

/** Runs `fn` on a path in a fresh temporary folder, removed afterwards. */
export function downloadCopy(session: PlanSession): { fileName: string; data: Buffer } {
  return inTempDir((target) => {
    copyOpenPlan(session, target);
    return { fileName: path.basename(session.file), data: fs.readFileSync(target) };
  });
}

export function draftFile(session: PlanSession, departmentId: string): { fileName: string; data: Buffer } {
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
