/** `hoshin serve`: opens the plan, makes sure the renderer is built, listens on 127.0.0.1 until stopped. */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { HoshinError } from '../contract/errors.ts';
import { issueDraft } from '../services/issue-draft.ts';
import { copyOpenPlan, openPlan, type PlanSession } from '../services/plan-files.ts';
import { readDraftDocument } from '../services/read-draft.ts';
import { ensureRendererBuilt } from './renderer-build.ts';
import { createWebServer, type ExportFormat } from './web-server.ts';
import { planToCsv } from '../core/csv.ts';

export interface ServeOptions {
  port: number;
  log: (text: string) => void;
  announce: (text: string) => void;
}

export interface RunningServer {
  url: string;
  token: string;
  close(): Promise<void>;
}

export async function startWebMode(file: string, options: ServeOptions): Promise<RunningServer> {
  const session = openPlan(file);
  try {
    const rendererDir = await ensureRendererBuilt(options.log);
    const token = randomBytes(24).toString('base64url');
    const server = createWebServer({
      dispatch: session.dispatch,
      rendererDir,
      token,
      log: (l) => options.log(`${l}\n`),
      download: () => downloadCopy(session),
      issueDraft: (departmentId) => draftFile(session, departmentId),
      readDraft: (data) => readUploadedDraft(data),
      exportPlan: (format) => exportPlan(session, format),
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', (err: NodeJS.ErrnoException) =>
        reject(
          new HoshinError(
            'io',
            err.code === 'EADDRINUSE' ? `port ${options.port} is already in use` : `cannot listen: ${err.message}`,
          ),
        ),
      );
      server.listen(options.port, '127.0.0.1', () => resolve());
    });
    const { port } = server.address() as AddressInfo;
    const url = `http://127.0.0.1:${port}/?token=${token}#/cascade`;
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

/** Runs `fn` on a path in a fresh temporary folder, removed afterwards. */
function inTempDir<T>(fn: (file: string) => T, name = 'file.hoshin'): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-web-'));
  try {
    return fn(path.join(dir, name));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

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

/** The open plan as a spreadsheet (the workbook writer loads only when first asked for). */
export async function exportPlan(
  session: PlanSession,
  format: ExportFormat,
): Promise<{ fileName: string; data: Buffer }> {
  const doc = session.dispatch('getPlan', {});
  const name = path.basename(session.file).replace(/\.hoshin$/i, '');
  if (format === 'csv') return { fileName: `${name}.csv`, data: Buffer.from(planToCsv(doc), 'utf8') };
  const { planWorkbook } = await import('../services/xlsx-export.ts');
  return { fileName: `${name}.xlsx`, data: await planWorkbook(doc, session.dispatch('analyzeGaps', {})) };
}

function readUploadedDraft(data: Buffer) {
  return inTempDir((file) => {
    fs.writeFileSync(file, data);
    return readDraftDocument(file);
  }, 'uploaded draft.hoshin');
}

export async function serve(file: string, options: ServeOptions): Promise<void> {
  const running = await startWebMode(file, options);
  options.announce(`${running.url}\n`);
  options.log(`Serving ${path.basename(file)} in web mode. Open the URL above in a browser; press Ctrl+C to stop.\n`);
  await new Promise<void>((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.close().then(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
