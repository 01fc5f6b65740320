import type { GapReport } from '../../../contract/gaps.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 100));

/** A bar out of 100, with its number beside it (the bar alone is decoration). */
function Meter({ value, label }: { value: number | null; label: string }) {
  return (
    <span className="coverage__meter">
      <meter className="coverage__bar" min={0} max={100} value={value ?? 0} aria-label={label} />
      <span className="coverage__pct">{value === null ? '–' : `${value}%`}</span>
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
          Coverage by objective
        </h3>
        <table className="coverage__table">
          <thead>
            <tr>
              <th scope="col">Objective</th>
              <th scope="col" className="num">
                Goals
              </th>
              <th scope="col" className="num">
                strongly
              </th>
              <th scope="col" className="num">
                Tactics
              </th>
              <th scope="col" className="num">
                strongly
              </th>
              <th scope="col">Strong share of goals</th>
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
                      label={`Strong share of goals for ${o?.code ?? ''}`}
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
          Coverage by department
        </h3>
        <table className="coverage__table">
          <thead>
            <tr>
              <th scope="col">Department</th>
              <th scope="col" className="num">
                Goals aligned
              </th>
              <th scope="col" className="num">
                Tactics aligned
              </th>
              <th scope="col">Work tracing to an objective</th>
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
                  <td className="num">{`${c.alignedGoals} of ${c.goals}`}</td>
                  <td className="num">{`${c.alignedTactics} of ${c.tactics}`}</td>
                  <td>
                    <Meter value={share} label={`Share of ${d?.name ?? ''} work tracing to an objective`} />
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
