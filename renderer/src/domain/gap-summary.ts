import type { GapReport } from '../../../contract/gaps.ts';

/** Items the cascade marks: orphaned goals and tactics, uncovered and unexecuted objectives. */
export function structuralGapCount(gaps: GapReport | null): number {
  if (!gaps) return 0;
  return (
    gaps.orphanedGoals.length +
    gaps.orphanedTactics.length +
    gaps.uncoveredObjectives.length +
    gaps.unexecutedObjectives.length
  );
}
