/**
 * One writer per plan file: a lock file `.<name>.lock` beside the plan (`.Customer Plan.hoshin.lock`) holding
 * the writer's pid, host, app and start time.
 *
 * Invariants:
 * - The lock file is created atomically (`open(..., 'wx')`): of two processes racing, exactly one wins.
 * - A lock left by a process that no longer runs on this host (kill -9, power loss) is stale and taken over;
 *   a lock from another host is respected, since its pid cannot be checked from here.
 * - A second writer in the same process is refused like any other (it would undo the first one's edits), as long
 *   as the first one's connection is open.
 * - Held locks are released on close and when the process exits (`exit` runs for normal ends, uncaught errors
 *   and process.exit; SIGINT/SIGTERM are handled by the commands that run until stopped).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';

export const LOCK_APP = 'Hoshin Planner';

export interface LockInfo {
  pid: number;
  hostname: string;
  app: string;
  startedAt: string;
  /** Tells two locks of one process apart, so releasing an old one never removes its successor. */
  token?: string;
}

export interface WriteLock {
  file: string;
  lockFile: string;
  release(): void;
}

/**
 * Locks this thread holds, each with a check that its connection is still open (a closed one frees it). Module
 * state is per thread: a lock another thread of this process holds (a plan worker's) is told by
 * `setHeldInOtherThreads`, so it is never taken for a stale one.
 */
const held = new Map<string, { inUse: () => boolean; token: string }>();
let heldInOtherThreads: (file: string) => boolean = () => false;

/** Tells this thread which files this process holds open in its other threads (services/plan-worker-client.ts). */
export function setHeldInOtherThreads(check: (file: string) => boolean): void {
  heldInOtherThreads = check;
}
let exitHookInstalled = false;

export function lockFilePath(file: string): string {
  const resolved = path.resolve(file);
  return path.join(path.dirname(resolved), `.${path.basename(resolved)}.lock`);
}

/** `Customer Plan.hoshin is open in Hoshin Planner (process 4711); open it read-only or close it there` */
export function lockedError(file: string, pid: number | string): HoshinError {
  return new HoshinError(
    'locked',
    `${path.basename(file)} is open in Hoshin Planner (process ${pid}); open it read-only or close it there`,
  );
}

export function readLock(lockFile: string): LockInfo | null {
  try {
    const info = JSON.parse(fs.readFileSync(lockFile, 'utf8')) as Partial<LockInfo>;
    if (typeof info.pid !== 'number' || typeof info.hostname !== 'string') return null;
    return {
      pid: info.pid,
      hostname: info.hostname,
      app: String(info.app ?? LOCK_APP),
      startedAt: String(info.startedAt ?? ''),
      ...(typeof info.token === 'string' ? { token: info.token } : {}),
    };
  } catch {
    return null;
  }
}

export function processIsAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: the process exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The live holder of `file`'s lock, or null when it is free or its lock is stale. */
export function lockHolder(file: string): LockInfo | null {
  const lockFile = lockFilePath(file);
  const info = readLock(lockFile);
  if (info === null) {
    // Unreadable or half-written: a writer may be between creating and filling it. Young ones count as held.
    return lockIsYoung(lockFile) ? { pid: 0, hostname: os.hostname(), app: LOCK_APP, startedAt: '' } : null;
  }
  if (info.hostname !== os.hostname()) return info;
  if (info.pid === process.pid) {
    return held.get(lockFile)?.inUse() === true || heldInOtherThreads(path.resolve(file)) ? info : null;
  }
  return processIsAlive(info.pid) ? info : null;
}

function lockIsYoung(lockFile: string): boolean {
  try {
    return Date.now() - fs.statSync(lockFile).mtimeMs < 5_000;
  } catch {
    return false;
  }
}

/** Refuses with the `locked` error when another writer holds `file`. */
export function assertNotLocked(file: string): void {
  const holder = lockHolder(file);
  if (holder) throw lockedError(file, holder.pid || 'unknown');
}

/**
 * Takes the write lock on `file` or throws the `locked` error naming the process that holds it. `inUse` tells
 * whether the holder still uses it: a connection closed without `release()` does not keep the file locked.
 */
export function acquireWriteLock(file: string, inUse: () => boolean = () => true): WriteLock {
  const lockFile = lockFilePath(file);
  const info: LockInfo = {
    pid: process.pid,
    hostname: os.hostname(),
    app: LOCK_APP,
    startedAt: new Date().toISOString(),
    token: randomUUID(),
  };
  for (let attempt = 0; attempt < 3; attempt++) {
    let fd: number;
    try {
      fd = fs.openSync(lockFile, 'wx');
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        // A folder we cannot write: no other writer can lock it either, and SQLite will say the file is read-only.
        if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
          throw new HoshinError(
            'read_only',
            `${path.basename(file)} cannot be opened for writing: its folder is read-only (open it read-only, or copy it somewhere you can write)`,
          );
        }
        throw new HoshinError(
          'io',
          `${path.basename(file)} cannot be locked for writing (the system reported ${code})`,
        );
      }
      const holder = lockHolder(file);
      if (holder) throw lockedError(file, holder.pid || 'unknown');
      // Stale: its process is gone. Remove it and race for a fresh one.
      fs.rmSync(lockFile, { force: true });
      continue;
    }
    try {
      fs.writeSync(fd, `${JSON.stringify(info)}\n`);
    } finally {
      fs.closeSync(fd);
    }
    held.set(lockFile, { inUse, token: info.token! });
    installExitHook();
    let released = false;
    return {
      file,
      lockFile,
      release: () => {
        if (released) return;
        released = true;
        releaseLockFile(lockFile, info.token!);
      },
    };
  }
  throw lockedError(file, 'unknown');
}

function releaseLockFile(lockFile: string, token: string): void {
  if (held.get(lockFile)?.token === token) held.delete(lockFile);
  const info = readLock(lockFile);
  // Only this very lock is removed: a takeover by someone else (or by a later open here) must not be undone.
  if (info && info.token === token) fs.rmSync(lockFile, { force: true });
}

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const [lockFile, { token }] of [...held.entries()]) {
      try {
        releaseLockFile(lockFile, token);
      } catch {
        // the process is ending: a lock left behind is stale and will be taken over
      }
    }
  });
}
