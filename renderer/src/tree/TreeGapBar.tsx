import type { GapCounts, GapMark } from './tree-model.ts';
import { t } from '../i18n/intl.ts';

export type GapJump = 'orphanGoal' | 'orphanTactic' | 'uncovered' | 'unexecuted';

const ENTRIES: { key: GapJump; count: keyof GapCounts; mark: Exclude<GapMark, 'none'> }[] = [
  { key: 'orphanGoal', count: 'orphanedGoals', mark: 'orphan' },
  { key: 'orphanTactic', count: 'orphanedTactics', mark: 'orphan' },
  { key: 'uncovered', count: 'uncoveredObjectives', mark: 'uncovered' },
  { key: 'unexecuted', count: 'unexecutedObjectives', mark: 'unexecuted' },
];

/** The gap counts, always on screen; each count jumps to the next node it counts. */
export function TreeGapBar({ counts, onJump }: { counts: GapCounts; onJump: (kind: GapJump) => void }) {
  return (
    <ul className="tree-gapbar" aria-label={t('tree.gapbar')}>
      {ENTRIES.map((e) => {
        const n = counts[e.count];
        return (
          <li key={e.key}>
            <button
              type="button"
              className={n > 0 ? `tree-gapbar__item tree-gapbar__item--${e.mark} is-alert` : 'tree-gapbar__item'}
              data-gap-count={e.key}
              disabled={n === 0}
              title={t(n > 0 ? `tree.gapbar.${e.key}.next` : `tree.gapbar.${e.key}.none`)}
              onClick={() => onJump(e.key)}
            >
              <span className={`tree-swatch tree-swatch--${n > 0 ? e.mark : 'ok'}`} aria-hidden="true" />
              <span className="tree-gapbar__count">{n}</span>
              <span className="tree-gapbar__label">{t(`tree.gapbar.${e.key}`)}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
