/**
 * Plain sentences for what SQLite and the file system report about a plan file. A user never sees SQLite's own
 * text ("database disk image is malformed", "*** in database main ***") or a bare errno code: every message
 * names the file and says what happened in words.
 */
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';

interface CodedError {
  code?: unknown;
  message?: unknown;
}

function codeOf(err: unknown): string {
  const code = (err as CodedError | null)?.code;
  return typeof code === 'string' ? code : '';
}

/** `Customer Plan.hoshin is busy (another program is writing to it); try again` */
export function busyError(name: string): HoshinError {
  return new HoshinError('busy', `${name} is busy (another program is writing to it); try again`);
}

const FILE_PROBLEM = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CORRUPT|READONLY|CANTOPEN|NOTADB|PERM|NOMEM|FORMAT)/;

/**
 * True for errors about the file itself (busy, damaged, full disk, read-only, I/O), not for constraint errors,
 * which are the service layer's to explain, nor for programming errors.
 */
export function isFileProblem(err: unknown): boolean {
  const code = codeOf(err);
  return FILE_PROBLEM.test(code) || /^E[A-Z]+$/.test(code);
}

/**
 * Maps an SQLite or file-system error about `file` to a HoshinError with a plain sentence; a HoshinError passes
 * through unchanged, anything else is returned as it is (a programming error, reported as internal).
 */
export function planFileError(err: unknown, file: string, doing: 'read' | 'write' | 'open' = 'open'): unknown {
  if (err instanceof HoshinError) return err;
  const code = codeOf(err);
  const name = path.basename(file);
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return busyError(name);
  if (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_FORMAT')
    return new HoshinError('corrupt', `${name} is damaged and cannot be read`);
  if (code === 'SQLITE_NOTADB')
    return new HoshinError('not_a_plan', `${name} is not a Hoshin plan: it is not an SQLite database`);
  if (code.startsWith('SQLITE_READONLY') || code === 'EROFS')
    return new HoshinError(
      'read_only',
      `${name} cannot be written: the file or its folder is read-only (open it read-only, or copy it somewhere you can write)`,
    );
  if (code === 'SQLITE_FULL' || code === 'ENOSPC')
    return new HoshinError('io', `${name} cannot be written: the disk is full; nothing was changed`);
  if (code.startsWith('SQLITE_CANTOPEN'))
    return new HoshinError(
      'io',
      `${name} cannot be opened: check that the file and its folder exist and that you may read and write them`,
    );
  if (code.startsWith('SQLITE_PERM') || code.startsWith('SQLITE_AUTH') || code === 'EACCES' || code === 'EPERM')
    return new HoshinError('io', `${name} cannot be ${doing === 'read' ? 'read' : 'opened'}: permission denied`);
  if (code.startsWith('SQLITE_IOERR') || code === 'EIO')
    return new HoshinError(
      'io',
      `${name} could not be ${doing === 'write' ? 'written' : 'read'}: a disk or network error`,
    );
  if (code === 'SQLITE_TOOBIG' || code === 'SQLITE_NOMEM')
    return new HoshinError('io', `${name} is too large to be handled in memory`);
  if (code === 'ENOENT') return new HoshinError('not_found', `${name}: no such file`);
  if (code === 'EISDIR') return new HoshinError('not_a_plan', `${name} is a folder, not a Hoshin plan file`);
  if (code === 'ENOTDIR') return new HoshinError('not_found', `${name}: a part of its path is not a folder`);
  if (code === 'EMFILE' || code === 'ENFILE')
    return new HoshinError('io', `${name} cannot be opened: too many files are open; close some programs and retry`);
  if (code.startsWith('SQLITE_'))
    return new HoshinError(
      'io',
      `${name} could not be ${doing === 'write' ? 'written' : 'read'} (SQLite reported a problem with the file)`,
    );
  if (/^E[A-Z]+$/.test(code))
    return new HoshinError(
      'io',
      `${name} could not be ${doing === 'write' ? 'written' : 'read'} (the system reported ${code})`,
    );
  return err;
}

/** `planFileError` that always throws. */
export function throwPlanFileError(err: unknown, file: string, doing: 'read' | 'write' | 'open' = 'open'): never {
  throw planFileError(err, file, doing);
}
