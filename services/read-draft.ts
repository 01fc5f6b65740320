/** Reading a department draft back: from its `.hoshin` file or from its plan JSON export. */
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import { parsePlanJson } from '../core/plan-json.ts';
import { openPlanForReading } from './plan-files.ts';

export function readDraftDocument(file: string): PlanDocument {
  const name = path.basename(file);
  const doc = looksLikeJson(file) ? parsePlanJson(readText(file, name), name) : readPlanFile(file);
  if (!doc.draft) throw new HoshinError('invalid_input', `${name} is a plan, not a department draft`);
  return doc;
}

/** A draft is only read: never locked, upgraded or otherwise changed by a merge (see openPlanForReading). */
function readPlanFile(file: string): PlanDocument {
  const session = openPlanForReading(file);
  try {
    return session.dispatch('getPlan', {});
  } finally {
    session.close();
  }
}

function looksLikeJson(file: string): boolean {
  if (file.toLowerCase().endsWith('.json')) return true;
  try {
    const fd = fs.openSync(file, 'r');
    try {
      const head = Buffer.alloc(64);
      const text = head.subarray(0, fs.readSync(fd, head, 0, 64, 0)).toString('utf8');
      return text
        .replace(/^\uFEFF/, '')
        .trimStart()
        .startsWith('{');
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    return false;
  }
}

function readText(file: string, name: string): string {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new HoshinError(
      code === 'ENOENT' ? 'not_found' : 'io',
      `${name}: ${code === 'ENOENT' ? 'no such file' : String(code)}`,
    );
  }
}
