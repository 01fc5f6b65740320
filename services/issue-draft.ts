/** Issuing a department draft: the master records it (the issueDraft operation), then the file is written. */
import fs from 'node:fs';
import path from 'node:path';
import type { IssuedDraft } from '../contract/catchball.ts';
import { HoshinError } from '../contract/errors.ts';
import { writePlanFile, type PlanSession } from './plan-files.ts';

/**
 * Writes a department draft of the open plan to `outFile`, recorded in the plan as one undo step. If the file
 * cannot be written, the record is undone again: the master never keeps a record of a draft nobody received.
 */
export function issueDraft(
  session: PlanSession,
  department: string,
  outFile: string,
  options: { overwrite?: boolean; now?: () => Date } = {},
): IssuedDraft {
  if (!options.overwrite && fs.existsSync(outFile)) {
    throw new HoshinError('exists', `${path.basename(outFile)} already exists (use --force to overwrite it)`);
  }
  const issued = session.dispatch('issueDraft', {
    department,
    ...(options.now ? { issuedAt: options.now().toISOString() } : {}),
  });
  try {
    writePlanFile(outFile, issued.document, options.overwrite);
  } catch (err) {
    session.dispatch('undo', {});
    throw err;
  }
  return issued;
}
