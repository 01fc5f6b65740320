/**
 * Next year's plan as a file: reads the old plan read-only (it is never changed, not even upgraded: an older
 * file is read from a temporary copy), builds the new plan (core/rollover.ts) and writes it as a new file,
 * beside its target under a temporary name renamed into place, so a failed rollover leaves no file behind.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { CarryMode, RolloverReport } from '../contract/rollover.ts';
import { validatePlanDocument } from '../core/plan-json.ts';
import { rolloverDocument } from '../core/rollover.ts';
import { withPlanForReading, writePlanFile, type PlanSession } from './plan-files.ts';

export interface RolloverPlanOptions {
  /** The old plan file. */
  source: string;
  /** The new plan file. */
  out: string;
  /** The new period's year, YYYY. */
  period: string;
  carry: CarryMode;
  /** Replace `out` when it exists. */
  force: boolean;
  newId?: () => string;
}

export function rolloverPlan(options: RolloverPlanOptions): RolloverReport {
  return rolloverFrom((fn) => withPlanForReading(options.source, fn), options);
}

/**
 * The same from a plan already open (the app's open document): `read` runs a function on a session of the old
 * plan. Only the old plan's document is read; nothing is written to it.
 */
export function rolloverFrom(
  read: <T>(fn: (session: PlanSession) => T) => T,
  options: RolloverPlanOptions,
): RolloverReport {
  const { source, out } = options;
  if (samePath(source, out)) {
    throw new HoshinError(
      'invalid_input',
      `the new plan must be another file than the plan itself (${path.basename(out)}): the old plan is never changed`,
    );
  }
  if (!options.force && fs.existsSync(out)) {
    throw new HoshinError('exists', `${path.basename(out)} already exists (use --force to overwrite it)`);
  }
  const old = read((session) => session.store.loadDocument());
  const { document, report } = rolloverDocument(old, {
    period: options.period,
    carry: options.carry,
    newId: options.newId ?? (() => randomUUID()),
    fromFile: path.basename(source),
    toFile: path.basename(out),
  });
  // Checked like an import before anything is written: the new plan must be a valid plan on its own.
  writePlanFile(out, validatePlanDocument(document, 'the new plan is invalid'), options.force);
  report.summary.written = true;
  return report;
}

function samePath(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    return fs.realpathSync(a) === fs.realpathSync(b);
  } catch {
    return false;
  }
}
