/** Command-line handling, free of Electron so it stays trivially testable. */
import path from 'node:path';

export const PLAN_EXTENSION = '.hoshin';

export function isPlanPath(arg: string): boolean {
  return !arg.startsWith('-') && arg.toLowerCase().endsWith(PLAN_EXTENSION);
}

/**
 * The plan file named on a command line, resolved against `cwd`; null when there is none.
 * argv[0] is the executable; in development argv[1] is the app folder (`electron .`), which never ends in .hoshin.
 */
export function planFileFromArgv(argv: readonly string[], cwd: string): string | null {
  const arg = argv.slice(1).find(isPlanPath);
  return arg === undefined ? null : path.resolve(cwd, arg);
}

export function hasFlag(argv: readonly string[], flag: string): boolean {
  return argv.includes(flag);
}

/** `--name=value` or `--name value`; undefined when absent or empty. */
export function optionValue(argv: readonly string[], name: string): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === undefined) continue;
    if (arg.startsWith(`${name}=`)) return arg.slice(name.length + 1) || undefined;
    if (arg === name) {
      const next = argv[i + 1];
      return next !== undefined && !next.startsWith('-') ? next : undefined;
    }
  }
  return undefined;
}

/** Adds `.hoshin` when a save dialog (Linux's does not) returned a name without it. */
export function withPlanExtension(file: string): string {
  return path.extname(file).toLowerCase() === PLAN_EXTENSION ? file : `${file}${PLAN_EXTENSION}`;
}

/** The plan's display name: the file name without its extension. */
export function planTitleFromPath(file: string): string {
  return path.basename(file, path.extname(file));
}
