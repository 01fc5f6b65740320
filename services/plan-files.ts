/** Whole-file operations shared by the CLI, web mode and the Electron shell. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
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

/** A consistent copy of the open plan (VACUUM INTO), for "download a copy" and Save As. */
export function copyOpenPlan(session: PlanSession, target: string): void {
  session.store.sqlite.prepare('VACUUM INTO ?').run(target);
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
