/** Whole-file operations shared by the CLI, web mode and the Electron shell. */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import { samplePlan } from '../core/sample-plan.ts';
import { validatePlanDocument } from '../core/plan-json.ts';
import { READ_ONLY_OPERATIONS, type OperationName } from '../contract/api.ts';
import { today } from '../contract/today.ts';
import { planFileError } from '../db/file-errors.ts';
import { createPlanFile, openPlanFile, type OpenedPlanFile, type OpenOptions } from '../db/plan-file.ts';
import { PlanStore } from '../db/plan-store.ts';
import { removeTemp, renameIntoPlace, tempPathBeside } from '../db/temp-files.ts';
import { assertNotLocked } from '../db/write-lock.ts';
import { createDispatch, type Dispatch } from './dispatch.ts';
import { createHeavyReads, type HeavyReadOptions, type HeavyReads } from './heavy-reads.ts';
import type { HandlerOptions } from './ops/context.ts';

export interface PlanSession {
  file: string;
  store: PlanStore;
  dispatch: Dispatch;
  opened: OpenedPlanFile;
  /** Opened for reading only: every operation that would change the plan is refused. */
  readonly: boolean;
  /** getPlan and analyzeGaps off this thread (services/heavy-reads.ts), answered as JSON text. */
  heavyReads: HeavyReads;
  close(): void;
}

const readOperations = new Set<string>(READ_ONLY_OPERATIONS);

/**
 * Opens a plan for reading and writing: takes its write lock (a second writer gets the `locked` error), checks
 * it, recovers a leftover journal of its own, upgrades an older file after one backup. `readonly: true` opens it
 * like `openPlanForReading`.
 */
export function openPlan(file: string, options: OpenOptions & HandlerOptions & HeavyReadOptions = {}): PlanSession {
  const opened = openPlanFile(file, options);
  let store: PlanStore;
  let dispatch: Dispatch;
  let heavyReads: HeavyReads;
  try {
    store = new PlanStore(opened.db);
    const inner = createDispatch(store, { fileName: path.basename(file), ...options });
    dispatch = opened.readonly ? readOnlyDispatch(inner, path.basename(file)) : inner;
    heavyReads = createHeavyReads(store, dispatch, options.today ?? (() => today()), options);
  } catch (err) {
    opened.close();
    throw planFileError(err, file, 'open');
  }
  const close = () => {
    heavyReads.close();
    opened.close();
  };
  return { file, store, dispatch, heavyReads, opened, readonly: opened.readonly, close };
}

/**
 * Opens a plan for reading only, for commands that never write (check, export, notes, report, reading a draft
 * to merge): no lock, nothing written to the file or beside it; a file of an older version or with a leftover
 * journal is read from a temporary copy, removed on close.
 */
export function openPlanForReading(file: string, options: HandlerOptions = {}): PlanSession {
  return openPlan(file, { ...options, readonly: true });
}

/** Runs `fn` on a plan opened for reading only, closing it afterwards. */
export function withPlanForReading<T>(file: string, fn: (session: PlanSession) => T): T {
  const session = openPlanForReading(file);
  try {
    return fn(session);
  } finally {
    session.close();
  }
}

function readOnlyDispatch(inner: Dispatch, name: string): Dispatch {
  return <K extends OperationName>(operation: K, input: unknown, prepared?: unknown) => {
    if (!readOperations.has(operation)) {
      throw new HoshinError('read_only', `${name} is open read-only, so it cannot be changed here`);
    }
    return inner(operation, input, prepared);
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
  // A plan open for writing elsewhere is never replaced under its writer.
  assertNotLocked(target);
  const temp = tempPathBeside(target);
  try {
    session.store.sqlite.prepare('VACUUM INTO ?').run(temp);
    // A stale -wal/-shm/-journal of a file being replaced would be replayed into the copy: remove them first.
    for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${target}${suffix}`, { force: true });
  } catch (err) {
    removeTemp(temp);
    if (err instanceof HoshinError) throw err;
    throw planFileError(err, target, 'write');
  }
  renameIntoPlace(temp, target);
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
