/**
 * File > Export PDF… and Export Excel…: the plan report printed by Electron's own Chromium from report.html in a
 * hidden window (the same page `hoshin report` prints), and the Excel workbook. One export at a time; the main
 * window's progress bar shows it; the hidden window is always destroyed.
 *
 * The hidden window has no preload and so no plan API: main reads the plan and hands it to the page
 * (`report.html#…&source=inject` defines `window.hoshinReport.render`), which keeps the IPC sender check to the
 * main window alone.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { BrowserWindow, dialog } from 'electron';
import type { ExportKind } from '../contract/shell.ts';
import type { InjectedReport } from '../contract/report.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import type { GapReport } from '../contract/gaps.ts';
import type { OperationResult } from '../contract/api.ts';
import type { PlanService } from '../services/plan-service.ts';
import { planWorkbook } from '../services/xlsx-export.ts';
import { APP_URL } from './app-url.ts';
import { secureWebPreferences } from './web-preferences.ts';

const LOAD_TIMEOUT_MS = 20_000;
const LAYOUT_TIMEOUT_MS = 180_000;

let running = false;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(win: BrowserWindow, script: string, timeoutMs: number, onTick?: (elapsed: number) => void) {
  const start = Date.now();
  for (;;) {
    if (win.isDestroyed()) throw new Error('the report window closed');
    const value: unknown = await win.webContents.executeJavaScript(script, true);
    if (value) return value;
    const elapsed = Date.now() - start;
    if (elapsed > timeoutMs) throw new Error(`the report was not ready within ${Math.round(timeoutMs / 1000)} s`);
    onTick?.(elapsed);
    await sleep(150);
  }
}

/** Asks for a file name, then writes the PDF or workbook; resolves to the file written, or null if cancelled. */
export async function exportReport(
  parent: BrowserWindow | null,
  session: PlanService,
  kind: ExportKind,
  query: string,
): Promise<string | null> {
  if (running) {
    const busy = { type: 'info' as const, message: 'An export is already running.', buttons: ['OK'] };
    if (parent) await dialog.showMessageBox(parent, busy);
    else await dialog.showMessageBox(busy);
    return null;
  }
  const base = path.basename(session.info.file).replace(/\.hoshin$/i, '');
  const options = {
    defaultPath: path.join(path.dirname(session.info.file), `${base}.${kind}`),
    filters: [kind === 'pdf' ? { name: 'PDF', extensions: ['pdf'] } : { name: 'Excel workbook', extensions: ['xlsx'] }],
  };
  const choice = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  if (choice.canceled || !choice.filePath) return null;
  running = true;
  const progress = (value: number) => {
    if (parent && !parent.isDestroyed()) parent.setProgressBar(value);
  };
  try {
    progress(0.05);
    const data =
      kind === 'pdf'
        ? await printReport(session, query, progress)
        : await planWorkbook(
            await session.value<PlanDocument>('getPlan', {}),
            await session.value<GapReport>('analyzeGaps', {}),
          );
    await fs.writeFile(choice.filePath, data);
    return choice.filePath;
  } catch (err) {
    const failure = {
      type: 'error' as const,
      message: `The ${kind === 'pdf' ? 'PDF' : 'workbook'} could not be written.`,
      detail: err instanceof Error ? err.message : String(err),
      buttons: ['OK'],
    };
    if (parent) await dialog.showMessageBox(parent, failure);
    else await dialog.showMessageBox(failure);
    return null;
  } finally {
    running = false;
    progress(-1);
  }
}

async function printReport(session: PlanService, query: string, progress: (value: number) => void): Promise<Buffer> {
  // Read in the plan's worker thread (services/plan-worker-client.ts); the main process only waits for answers.
  const [plan, gaps, review] = await Promise.all([
    session.value<PlanDocument>('getPlan', {}),
    session.value<GapReport>('analyzeGaps', {}),
    session.value<OperationResult<'getReview'>>('getReview', {}),
  ]);
  const report: InjectedReport = {
    plan,
    gaps,
    review,
    // The page reads the logo the export dialog saved (same origin, same storage) when the query asks for one.
    logo: null,
  };
  const win = new BrowserWindow({
    show: false,
    width: 1280,
    height: 900,
    webPreferences: secureWebPreferences({ devTools: false, spellcheck: false }),
  });
  try {
    await win.loadURL(`${APP_URL}report.html#${query}&source=inject`);
    await waitFor(win, "typeof window.hoshinReport?.render === 'function'", LOAD_TIMEOUT_MS);
    progress(0.2);
    await win.webContents.executeJavaScript(`window.hoshinReport.render(${JSON.stringify(report)}); true`, true);
    await waitFor(
      win,
      'document.documentElement.dataset.reportReady === "true" || document.documentElement.dataset.reportError || ""',
      LAYOUT_TIMEOUT_MS,
      (elapsed) => progress(0.2 + 0.6 * Math.min(1, elapsed / 20_000)),
    );
    const failure: unknown = await win.webContents.executeJavaScript(
      'document.documentElement.dataset.reportError ?? null',
      true,
    );
    if (typeof failure === 'string') throw new Error(failure);
    progress(0.85);
    return await win.webContents.printToPDF({
      preferCSSPageSize: true,
      printBackground: true,
      generateDocumentOutline: true,
      generateTaggedPDF: true,
      displayHeaderFooter: false,
      margins: { top: 0, right: 0, bottom: 0, left: 0 },
    });
  } finally {
    win.destroy();
  }
}
