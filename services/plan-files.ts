/** Whole-file operations shared by the CLI, web mode and the Electron shell. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import { samplePlan } from '../core/sample-plan.ts';
import { validatePlanDocument } from '../core/plan-json.ts';
import { createPlanFile, openPlanFile, type OpenedPlanFile, type OpenOptions } from '../db/plan-file.ts';
import { PlanStore } from '../db/plan-store.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import type { HandlerOptions } from './handlers.ts';

export interface PlanSession {
  file: string;
  store: PlanStore;
  dispatch: Dispatch;
  opened: OpenedPlanFile;
  close(): void;
}

export function openPlan(file: string, options: OpenOptions & HandlerOptions = {}): PlanSession {
  const opened = openPlanFile(file, options);
  const store = new PlanStore(opened.db);
  return {
    file,
    store,
    dispatch: createDispatch(store, { fileName: path.basename(file), ...options }),
    opened,
    close: () => {
      if (opened.db.open) opened.db.close();
    },
  };
}

/**
 * A consistent copy of the open plan (SQLite `VACUUM INTO` reads one snapshot and keeps the application_id and
 * schema version), for Save As and "download a copy". Written beside the target and renamed into place, so
 * replacing an existing file never leaves it half-written.
 */
export function copyOpenPlan(session: PlanSession, target: string): void {
  const dir = path.dirname(path.resolve(target));
  if (!fs.existsSync(dir)) throw new HoshinError('io', `${dir}: no such folder`);
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    session.store.sqlite.prepare('VACUUM INTO ?').run(temp);
    // A stale -wal/-shm of a file being replaced would be replayed into the copy: remove them first.
    fs.rmSync(`${target}-wal`, { force: true });
    fs.rmSync(`${target}-shm`, { force: true });
    fs.renameSync(temp, target);
  } catch (err) {
    fs.rmSync(temp, { force: true });
    if (err instanceof HoshinError) throw err;
    throw new HoshinError('io', `${path.basename(target)}: cannot be written (${(err as Error).message})`);
  }
}

/** Writes a validated document to a new file (replacing an existing one only when `overwrite`). */
export function writePlanFile(file: string, doc: PlanDocument, overwrite = false): void {
  createPlanFile(file, (db) => new PlanStore(db).insertDocument(doc), overwrite);
}

export function samplePlanDocument(): PlanDocument {
  return validatePlanDocument(samplePlan, 'the built-in sample plan is invalid');
}

export function emptyPlanDocument(title: string): PlanDocument {
  return validatePlanDocument({
    format: 'hoshin-plan',
    version: 1,
    plan: { id: randomUUID(), title },
    departments: [],
    objectives: [],
    goals: [],
    tactics: [],
  });
}
