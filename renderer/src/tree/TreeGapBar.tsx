import type { GapCounts, GapMark } from './tree-model.ts';

export type GapJump = 'orphanGoal' | 'orphanTactic' | 'uncovered' | 'unexecuted';

const ENTRIES: { key: GapJump; count: keyof GapCounts; label: string; mark: Exclude<GapMark, 'none'> }[] = [
  { key: 'orphanGoal', count: 'orphanedGoals', label: 'Orphaned goals', mark: 'orphan' },
  { key: 'orphanTactic', count: 'orphanedTactics', label: 'Orphaned tactics', mark: 'orphan' },
  { key: 'uncovered', count: 'uncoveredObjectives', label: 'Uncovered objectives', mark: 'uncovered' },
  { key: 'unexecuted', count: 'unexecutedObjectives', label: 'Unexecuted objectives', mark: 'unexecuted' },
];

/** The gap counts, always on screen; each count jumps to the next node it counts. */
export function TreeGapBar({ counts, onJump }: { counts: GapCounts; onJump: (kind: GapJump) => void }) {
  return (
    <ul className="tree-gapbar" aria-label="Gap counts">
      {ENTRIES.map((e) => {
        const n = counts[e.count];
        return (
          <li key={e.key}>
            <button
              type="button"
              className={n > 0 ? `tree-gapbar__item tree-gapbar__item--${e.mark} is-alert` : 'tree-gapbar__item'}
              data-gap-count={e.key}
              disabled={n === 0}
              title={
                n > 0 ? `Show the next of the ${e.label.toLowerCase()} in the tree` : `No ${e.label.toLowerCase()}`
              }
              onClick={() => onJump(e.key)}
            >
              <span className={`tree-swatch tree-swatch--${n > 0 ? e.mark : 'ok'}`} aria-hidden="true" />
              <span className="tree-gapbar__count">{n}</span>
              <span className="tree-gapbar__label">{e.label}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
