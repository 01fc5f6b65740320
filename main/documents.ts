/**
 * Which plan file is open, and the File menu's actions on it: New, Open, Save As, and the start-up choice.
 * Thin glue: the open plan lives in a worker thread (services/plan-worker-client.ts: its lock, checks,
 * migrations and every transaction run there, so the main process never waits on SQLite); opening, creating and
 * validating files is services/plan-files.ts's job (openPlan never writes to a file it refuses). Every failure is
 * shown in a dialog and leaves the current plan open.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import { HoshinError } from '../contract/errors.ts';
import { isFileProblem, planFileError } from '../db/file-errors.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import { readDraftDocument } from '../services/read-draft.ts';
import type { CarryMode } from '../contract/rollover.ts';
import type { OperationResult } from '../contract/api.ts';
import { emptyPlanDocument, samplePlanDocument, writePlanFile } from '../services/plan-files.ts';
import type { PlanService } from '../services/plan-service.ts';
import { canonical, openWorkerService } from '../services/plan-worker-client.ts';
import { PLAN_EXTENSION, planTitleFromPath, withPlanExtension } from './args.ts';
import type { Preferences } from './preferences.ts';

export const SAMPLE_FILE_NAME = 'Sample plan.hoshin';
const PLAN_FILTERS = [{ name: 'Hoshin plans', extensions: [PLAN_EXTENSION.slice(1)] }];

export interface DocumentEvents {
  /** A different plan is now open (or none): update the title and menu, reload the renderer. */
  switched(session: PlanService | null): void;
}

export class Documents {
  private session: PlanService | null = null;
  /** Opens run one after another, so two requests never race to replace the plan. */
  private opening: Promise<unknown> = Promise.resolve();
  private readonly prefs: Preferences;
  private readonly events: DocumentEvents;

  constructor(prefs: Preferences, events: DocumentEvents) {
    this.prefs = prefs;
    this.events = events;
  }

  get current(): PlanService | null {
    return this.session;
  }

  /** The open plan's file, or null. */
  get currentFile(): string | null {
    return this.session?.info.file ?? null;
  }

  /** Whether the open file is a department draft (read once per open: the draft block does not change). */
  get currentIsDraft(): boolean {
    return this.session?.info.draft ?? false;
  }

  /**
   * Opens `file` in place of the current plan. The new file is opened first, so on failure (foreign, damaged,
   * too new...) the error is shown and the current plan stays open. Returns whether `file` is now open.
   */
  open(file: string, parent: BrowserWindow | null = null): Promise<boolean> {
    const run = this.opening.then(() => this.openNow(file, parent));
    this.opening = run.catch(() => undefined);
    return run;
  }

  private async openNow(file: string, parent: BrowserWindow | null): Promise<boolean> {
    const target = path.resolve(file);
    if (this.session && sameFile(this.session.info.file, target)) return true;
    let next: PlanService;
    try {
      next = await openWorkerService(target);
    } catch (err) {
      if (err instanceof HoshinError && err.code === 'not_found') this.prefs.forgetRecent(target);
      showError(parent, `${path.basename(target)} could not be opened.`, err);
      return false;
    }
    await this.replace(next);
    if (next.info.backup) {
      void showMessage(parent, {
        type: 'info',
        message: `${path.basename(target)} was upgraded to this version of Hoshin Planner.`,
        detail: `A copy of the file as it was before is kept at:\n${next.info.backup}`,
      });
    }
    return true;
  }

  /** Closes the open plan (its worker releases the write lock); the window shows no plan until another opens. */
  async close(): Promise<void> {
    if (!this.session) return;
    const old = this.session;
    this.session = null;
    await closeQuietly(old);
  }

  /** File > New: asks where, creates an empty plan titled after the file name, opens it. */
  async newPlan(parent: BrowserWindow | null): Promise<void> {
    const file = await this.askSavePath(parent, 'New plan', 'Untitled plan.hoshin');
    if (file === null) return;
    if (this.session && sameFile(this.session.info.file, file)) {
      showError(parent, `${path.basename(file)} is the plan open now.`, 'Choose another name for the new plan.');
      return;
    }
    try {
      // The save dialog has already asked whether to replace an existing file.
      writePlanFile(file, emptyPlanDocument(planTitleFromPath(file)), true);
    } catch (err) {
      showError(parent, `${path.basename(file)} could not be created.`, err);
      return;
    }
    await this.open(file, parent);
  }

  /** File > Open…: a .hoshin file chosen by the user. */
  async openWithDialog(parent: BrowserWindow | null): Promise<void> {
    const options: Electron.OpenDialogOptions = {
      title: 'Open plan',
      filters: PLAN_FILTERS,
      properties: ['openFile'],
      defaultPath: this.session ? path.dirname(this.session.info.file) : app.getPath('documents'),
    };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    const file = result.canceled ? undefined : result.filePaths[0];
    if (file !== undefined) await this.open(file, parent);
  }

  /**
   * File > Save As…: a consistent copy of the open plan (SQLite `VACUUM INTO`, which reads one snapshot and keeps
   * the application_id and schema version), then the copy becomes the open plan. The copy is written beside the
   * target and renamed into place, so replacing an existing file never leaves it half-written.
   */
  async saveAs(parent: BrowserWindow | null): Promise<void> {
    const session = this.session;
    if (!session) return;
    const file = await this.askSavePath(parent, 'Save plan as', `${planTitleFromPath(session.info.file)} copy.hoshin`);
    if (file === null || sameFile(session.info.file, file)) return;
    try {
      await session.copyTo(file);
    } catch (err) {
      showError(parent, `${path.basename(file)} could not be saved.`, err);
      return;
    }
    await this.open(file, parent);
  }

  /**
   * File > Return Draft…: a complete copy of the open draft (edits and notes included) saved where the user
   * says, to send back to leadership. Unlike Save As, the draft stays the open file.
   */
  async returnDraft(parent: BrowserWindow | null): Promise<string | null> {
    const session = this.session;
    if (!session || !session.info.draft) return null;
    const file = await this.askSavePath(
      parent,
      'Return the draft',
      `${planTitleFromPath(session.info.file)} (returned).hoshin`,
    );
    if (file === null || sameFile(session.info.file, file)) return null;
    try {
      await session.copyTo(file);
    } catch (err) {
      showError(parent, `${path.basename(file)} could not be saved.`, err);
      return null;
    }
    void showMessage(parent, {
      type: 'info',
      message: `The draft is saved as ${path.basename(file)}.`,
      detail: 'Send this file to leadership; they merge it with File > Merge Draft… in the plan.',
    });
    return file;
  }

  /** Department > Send draft…: a draft file for one department, saved where the user says. */
  async sendDraft(parent: BrowserWindow | null, departmentId: string): Promise<string | null> {
    const session = this.session;
    if (!session) return null;
    let department: string;
    try {
      department = (await session.departmentName(departmentId)) ?? departmentId;
    } catch (err) {
      showError(parent, 'The draft could not be written.', err);
      return null;
    }
    const file = await this.askSavePath(
      parent,
      `Send a draft to ${department}`,
      `${planTitleFromPath(session.info.file)} - ${department} draft.hoshin`,
    );
    if (file === null) return null;
    try {
      // The save dialog has already asked whether to replace an existing file.
      await session.issueDraft(departmentId, file, true);
      return file;
    } catch (err) {
      showError(parent, `The draft for ${department} could not be written.`, err);
      return null;
    }
  }

  /**
   * File > Start Next Year's Plan… (after the page's dialog chose the period and what to carry): asks where to
   * save, writes next year's plan (services/rollover.ts; the open plan is only read) and offers to open it.
   */
  async startNextYear(parent: BrowserWindow | null, period: string, carry: CarryMode): Promise<string | null> {
    const session = this.session;
    if (!session || session.info.draft) return null;
    let suggested: string;
    try {
      suggested = (await session.value<OperationResult<'previewRollover'>>('previewRollover', { period, carry })).to
        .file;
    } catch (err) {
      showError(parent, 'Next year’s plan could not be started.', err);
      return null;
    }
    const file = await this.askSavePath(parent, 'Start next year’s plan', suggested);
    if (file === null) return null;
    let summary: string;
    try {
      // The save dialog has already asked whether to replace an existing file.
      const report = await session.rollover(file, period, carry);
      const c = report.summary.carried;
      summary = `Carried ${c.breakthrough + c.annual} objectives, ${c.goal} goals and ${c.tactic} tactics; ${report.summary.changed} changes (baselines from the last actuals, due dates).`;
    } catch (err) {
      showError(parent, `${path.basename(file)} could not be written.`, err);
      return null;
    }
    const options: Electron.MessageBoxOptions = {
      type: 'info',
      message: `Next year’s plan is saved as ${path.basename(file)}.`,
      detail: `${summary}\nOpen it now? This plan stays as it is.`,
      buttons: ['Open It', 'Not Now'],
      defaultId: 0,
      cancelId: 1,
    };
    const answer =
      parent && !parent.isDestroyed()
        ? await dialog.showMessageBox(parent, options)
        : await dialog.showMessageBox(options);
    if (answer.response === 0) await this.open(file, parent);
    return file;
  }

  /** File > Merge draft…: the plan JSON of a returned draft (.hoshin or .json), for the review screen. */
  async chooseDraft(parent: BrowserWindow | null): Promise<PlanDocument | null> {
    const options: Electron.OpenDialogOptions = {
      title: 'Merge a department draft',
      filters: [{ name: 'Department drafts', extensions: [PLAN_EXTENSION.slice(1), 'json'] }],
      properties: ['openFile'],
      defaultPath: this.session ? path.dirname(this.session.info.file) : app.getPath('documents'),
    };
    const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
    const file = result.canceled ? undefined : result.filePaths[0];
    if (file === undefined) return null;
    try {
      return readDraftDocument(file);
    } catch (err) {
      showError(parent, `${path.basename(file)} cannot be merged.`, err);
      return null;
    }
  }

  /** `<userData>/Sample plan.hoshin`, created from the built-in sample when missing. */
  ensureSample(parent: BrowserWindow | null = null): string | null {
    const file = path.join(app.getPath('userData'), SAMPLE_FILE_NAME);
    if (fs.existsSync(file)) return file;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      writePlanFile(file, samplePlanDocument());
      return file;
    } catch (err) {
      showError(parent, 'The sample plan could not be created.', err);
      return null;
    }
  }

  private async replace(next: PlanService): Promise<void> {
    const old = this.session;
    this.session = next;
    this.prefs.opened(next.info.file);
    app.addRecentDocument(next.info.file);
    this.events.switched(next);
    if (old) await closeQuietly(old);
  }

  private async askSavePath(parent: BrowserWindow | null, title: string, name: string): Promise<string | null> {
    const options: Electron.SaveDialogOptions = {
      title,
      defaultPath: path.join(this.session ? path.dirname(this.session.info.file) : app.getPath('documents'), name),
      filters: PLAN_FILTERS,
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    if (result.canceled || !result.filePath) return null;
    return withPlanExtension(path.resolve(result.filePath));
  }
}

function sameFile(a: string, b: string): boolean {
  return canonical(a) === canonical(b);
}

async function closeQuietly(session: PlanService): Promise<void> {
  try {
    await session.close();
  } catch (err) {
    console.error(`closing ${session.info.file} failed:`, err);
  }
}

/** HoshinError messages are written for people; anything else is logged and summarised. */
export function showError(parent: BrowserWindow | null, message: string, err: unknown): void {
  let detail: string;
  if (typeof err === 'string') detail = err;
  else if (err instanceof HoshinError) detail = err.message;
  else if (isFileProblem(err)) detail = String((planFileError(err, 'The file') as Error).message);
  else {
    console.error(message, err);
    detail = `Something went wrong inside Hoshin Planner (please report it): ${err instanceof Error ? err.message : String(err)}`;
  }
  void showMessage(parent, { type: 'error', message, detail });
}

async function showMessage(parent: BrowserWindow | null, options: Electron.MessageBoxOptions): Promise<void> {
  const full = { title: 'Hoshin Planner', buttons: ['OK'], ...options };
  if (parent && !parent.isDestroyed()) await dialog.showMessageBox(parent, full);
  else await dialog.showMessageBox(full);
}
