import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { t } from '../i18n/intl.ts';

/** An empty cell. */
const NONE = '–';

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

/** A bar out of 100, with its number beside it (the bar alone is decoration). */
function Meter({ value, label }: { value: number | null; label: string }) {
  return (
    <span className="coverage__meter">
      <meter className="coverage__bar" min={0} max={100} value={value ?? 0} aria-label={label} />
      <span className="coverage__pct">{value === null ? NONE : t('coverage.percent', { value })}</span>
    </span>
  );
}

/**
 * How each objective is carried (goals and tactics under it, and how many strongly) and how much of each
 * department's work traces to an objective, from the report's coverage figures.
 */
export function CoverageTables({ plan, gaps }: { plan: PlanDocument; gaps: GapReport }) {
  const objectives = new Map(plan.objectives.map((o) => [o.id, o]));
  const departments = new Map(plan.departments.map((d) => [d.id, d]));
  return (
    <div className="coverage">
      <section aria-labelledby="coverage-objectives">
        <h3 id="coverage-objectives" className="section-heading">
          {t('coverage.byObjective')}
        </h3>
        <table className="coverage__table">
          <thead>
            <tr>
              <th scope="col">{t('coverage.objective')}</th>
              <th scope="col" className="num">
                {t('coverage.goals')}
              </th>
              <th scope="col" className="num">
                {t('coverage.strongly')}
              </th>
              <th scope="col" className="num">
                {t('coverage.tactics')}
              </th>
              <th scope="col" className="num">
                {t('coverage.strongly')}
              </th>
              <th scope="col">{t('coverage.strongShare')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.coverage.objectives.map((c) => {
              const o = objectives.get(c.objectiveId);
              return (
                <tr
                  key={c.objectiveId}
                  data-coverage-objective={c.objectiveId}
                  className={c.goals === 0 ? 'is-empty' : ''}
                >
                  <th scope="row">
                    <span className="code">{o?.code ?? c.objectiveId}</span> {o?.title}
                  </th>
                  <td className="num">{c.goals}</td>
                  <td className="num">{c.strongGoals}</td>
                  <td className="num">{c.tactics}</td>
                  <td className="num">{c.strongTactics}</td>
                  <td>
                    <Meter
                      value={percent(c.strongGoals, c.goals)}
                      label={t('coverage.strongShareFor', { code: o?.code ?? '' })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="coverage-departments">
        <h3 id="coverage-departments" className="section-heading">
          {t('coverage.byDepartment')}
        </h3>
        <table className="coverage__table">
          <thead>
            <tr>
              <th scope="col">{t('coverage.department')}</th>
              <th scope="col" className="num">
                {t('coverage.goalsAligned')}
              </th>
              <th scope="col" className="num">
                {t('coverage.tacticsAligned')}
              </th>
              <th scope="col">{t('coverage.work')}</th>
            </tr>
          </thead>
          <tbody>
            {gaps.coverage.departments.map((c) => {
              const d = departments.get(c.departmentId);
              const share = percent(c.alignedGoals + c.alignedTactics, c.goals + c.tactics);
              return (
                <tr
                  key={c.departmentId}
                  data-coverage-department={c.departmentId}
                  className={share !== null && share < 100 ? 'is-short' : ''}
                >
                  <th scope="row">{d?.name ?? c.departmentId}</th>
                  <td className="num">{t('coverage.of', { part: c.alignedGoals, whole: c.goals })}</td>
                  <td className="num">{t('coverage.of', { part: c.alignedTactics, whole: c.tactics })}</td>
                  <td>
                    <Meter value={share} label={t('coverage.workOf', { department: d?.name ?? '' })} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
