import type { GapReport } from '../../../contract/gaps.ts';

export type GapFlag = 'uncovered' | 'unexecuted' | 'orphaned';

/** The structural gap flags per item id, straight from the report's id lists (the one source of gap truth). */
export function gapFlags(report: GapReport | null): Map<string, GapFlag> {
  const flags = new Map<string, GapFlag>();
  if (!report) return flags;
  for (const id of report.uncoveredObjectives) flags.set(id, 'uncovered');
  for (const id of report.unexecutedObjectives) flags.set(id, 'unexecuted');
  for (const id of report.orphanedGoals) flags.set(id, 'orphaned');
  for (const id of report.orphanedTactics) flags.set(id, 'orphaned');
  return flags;
}
