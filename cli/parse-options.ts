import { parseArgs, type ParseArgsConfig } from 'node:util';

export type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * A command's flags and positionals, strictly (an unknown flag is an error), with node's message made plain: its
 * "To specify a positional argument starting with a '-'…" advice is for programmers, not a planner.
 */
export function parseOptions<T extends Options>(args: string[], options: T, usage: (message: string) => Error) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw usage((err as Error).message.replace(/\. To specify.*$/s, ''));
  }
}
