/**
 * `hoshin rollover <plan.hoshin> --out <next.hoshin> --period 2028 [--carry unfinished|all|none] [--force]
 * [--json]` (a public contract: see README "Next year's plan"). Writes a new plan file for the next period and
 * prints the rollover report (plain text, or JSON with `--json`); the old plan is only read.
 */
import { CARRY_MODES, type CarryMode } from '../contract/rollover.ts';
import { parseOptions } from './parse-options.ts';

export interface RolloverIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export async function rolloverCommand(
  args: string[],
  io: RolloverIo,
  usage: (message: string) => Error,
): Promise<number> {
  const parsed = parseOptions(
    args,
    {
      out: { type: 'string' },
      period: { type: 'string' },
      carry: { type: 'string' },
      force: { type: 'boolean' },
      json: { type: 'boolean' },
    },
    usage,
  );
  if (parsed.positionals.length !== 1) throw usage('expected <plan.hoshin>');
  const { values } = parsed;
  if (typeof values.out !== 'string') throw usage('rollover needs --out <next.hoshin>');
  if (typeof values.period !== 'string') throw usage('rollover needs --period YYYY');
  const carry = (values.carry ?? 'unfinished').toLowerCase();
  if (!(CARRY_MODES as readonly string[]).includes(carry)) {
    throw usage(`--carry must be unfinished, all or none, not "${values.carry}"`);
  }
  const { rolloverPlan } = await import('../services/rollover.ts');
  const report = rolloverPlan({
    source: parsed.positionals[0]!,
    out: values.out,
    period: values.period,
    carry: carry as CarryMode,
    force: values.force === true,
  });
  if (values.json === true) {
    io.stdout(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const { formatRolloverReport } = await import('../core/rollover.ts');
    io.stdout(formatRolloverReport(report));
  }
  return 0;
}
