/**
 * Plan files as bytes for HTTP, written and read in a private temp folder removed afterwards: a document to
 * download, an uploaded draft read as `hoshin merge` reads it. Web mode and the team server share them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PlanDocument } from '../contract/plan-format.ts';
import { writePlanFile } from '../services/plan-files.ts';
import { readDraftDocument } from '../services/read-draft.ts';

/** Runs `fn` on a path `name` in a fresh private folder, removed when it returns. */
export function inTempDir<T>(fn: (file: string) => T, name = 'file.hoshin'): T {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hoshin-web-'));
  try {
    return fn(path.join(dir, name));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The bytes of a .hoshin file holding `doc`. */
export function planFileBytes(doc: PlanDocument): Buffer {
  return inTempDir((file) => {
    writePlanFile(file, doc);
    return fs.readFileSync(file);
  });
}

/** An uploaded draft (.hoshin or .json bytes) as plan JSON. */
export function readUploadedDraft(data: Buffer): PlanDocument {
  return inTempDir((file) => {
    fs.writeFileSync(file, data);
    return readDraftDocument(file);
  }, 'uploaded draft.hoshin');
}
