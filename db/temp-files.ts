/**
 * Temporary files written beside a target and renamed into place (new plans, imports, copies, backups), and
 * cleaning up the ones a killed process left behind.
 *
 * Invariants:
 * - A temporary name is `.<target name>.<pid>.<ms>.tmp`: hidden, naming its writer's pid, never ending in
 *   `.hoshin` or `.bak`, so a half-written file is never mistaken for a plan or a backup.
 * - Cleanup removes only files of that pattern (and SQLite's `-journal`/`-wal`/`-shm` companions of them) whose
 *   writer process is no longer alive; a live writer's temporary file is never touched.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import { processIsAlive } from './write-lock.ts';

const TEMP_PATTERN = /^\..+\.(\d+)\.(\d+)\.tmp(?:-journal|-wal|-shm)?$/;
let counter = 0;

export function tempPathBeside(target: string): string {
  const resolved = path.resolve(target);
  // The counter keeps two temporary files of one process apart within the same millisecond.
  const stamp = Date.now() * 1000 + (counter++ % 1000);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.${process.pid}.${stamp}.tmp`);
}

/** Removes a temporary file and SQLite's companions of it; best effort. */
export function removeTemp(temp: string): void {
  for (const suffix of ['', '-journal', '-wal', '-shm']) {
    try {
      fs.rmSync(`${temp}${suffix}`, { force: true });
    } catch {
      // best effort: a leftover is cleaned on the next open of this folder
    }
  }
}

/** Removes temporary files of dead writers in `folder`; returns how many were removed. */
export function cleanOrphanTemps(folder: string): number {
  let entries: string[];
  try {
    entries = fs.readdirSync(folder);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const entry of entries) {
    const match = TEMP_PATTERN.exec(entry);
    if (!match) continue;
    const pid = Number(match[1]);
    if (pid === process.pid || processIsAlive(pid)) continue;
    try {
      fs.rmSync(path.join(folder, entry), { force: true });
      removed++;
    } catch {
      // not ours to insist on: it stays until a later open
    }
  }
  return removed;
}

/**
 * Renames a complete temporary file into place; on failure removes the temporary file and says in words what
 * happened (the target is as it was: rename either happens whole or not at all).
 */
export function renameIntoPlace(temp: string, target: string): void {
  try {
    fs.renameSync(temp, target);
  } catch (err) {
    removeTemp(temp);
    const code = (err as NodeJS.ErrnoException).code;
    const name = path.basename(target);
    const why =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'EISDIR'
          ? 'a folder of that name is in the way'
          : code === 'EXDEV'
            ? 'the temporary copy ended up on another disk'
            : code === 'ENOSPC'
              ? 'the disk is full'
              : code === 'EBUSY'
                ? 'another program holds it open'
                : `the system reported ${code ?? 'an error'}`;
    throw new HoshinError('io', `${name} could not be put in place (${why}); the previous file, if any, is unchanged`);
  }
}
