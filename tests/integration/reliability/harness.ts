/** Shared pieces of the reliability harness: plan files to damage, and what a plain message looks like. */
import fs from 'node:fs';
import path from 'node:path';
import { sha256 } from '../../helpers/temp.ts';

/** Signs of a message written for a program, not a person. */
const RAW = [/\*\*\*/, /SQLITE_/, /unexpected error/i, /internal error/i, /malformed/i, /\bE[A-Z]{3,}\b/, /undefined/];

export function isPlainMessage(message: string, fileName: string): boolean {
  return message.includes(fileName) && !RAW.some((r) => r.test(message));
}

/** Every file in `dir` with its sha256, to compare before and after (lock files, journals and backups included). */
export function folderState(dir: string): Record<string, string> {
  const state: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, entry);
    state[entry] = fs.statSync(full).isDirectory() ? 'folder' : sha256(full);
  }
  return state;
}
