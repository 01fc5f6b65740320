import type { PlanDocument } from '../../../../contract/plan-format.ts';
import { STRENGTH_LABEL, STRENGTH_SYMBOL } from '../../domain/constants.ts';
import { useFix } from '../useFix.ts';
import { t } from '../../i18n/intl.ts';

/** A word space between inline parts (JSX drops the whitespace of a line break). */
const SPACE = ' ';

/** "Strengthen a link": each goal carrying the objective, with a button that makes its link strong. */
export function StrengthenFix({
  plan,
  objectiveId,
  onDone,
}: {
  plan: PlanDocument;
  objectiveId: string;
  onDone: () => void;
}) {
  const { busy, error, submit } = useFix(onDone);
  const supporters = plan.goals.flatMap((g) =>
    g.supports.filter((s) => s.objectiveId === objectiveId).map((s) => ({ goal: g, strength: s.strength })),
  );
  return (
    <div className="fix" role="group" aria-label={t('fix.strengthen')}>
      <ul className="fix__links">
        {supporters.map(({ goal, strength }) => (
          <li key={goal.id}>
            <span className="code">{goal.code}</span> <span className="fix__choice-title">{goal.title}</span>
            {SPACE}
            <span className="muted">
              {STRENGTH_SYMBOL[strength]} {STRENGTH_LABEL[strength]}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              onClick={() =>
                void submit((api) =>
                  api.setLink({ kind: 'goal-objective', fromId: goal.id, toId: objectiveId, strength: 'strong' }),
                )
              }
            >
              {t('fix.makeStrong')}
            </button>
          </li>
        ))}
      </ul>
      {error ? (
        <p className="fix__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="fix__actions">
        <button type="button" className="button button--small" onClick={onDone}>
          {t('common.close')}
        </button>
      </div>
    </div>
  );
}
