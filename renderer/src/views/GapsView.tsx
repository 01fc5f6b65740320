import type { Finding } from '../../../contract/gaps.ts';
import { useAppActions, type SelectableKind } from '../state/app-context.ts';
import type { ViewProps } from './view-props.ts';

const SEVERITY_LABEL: Record<Finding['severity'], string> = { error: 'Gap', warning: 'Warning', info: 'Note' };

const selectable = (kind: Finding['itemKind']): kind is Finding['itemKind'] & SelectableKind =>
  kind === 'objective' || kind === 'goal' || kind === 'tactic';

/** The gap report as analyzeGaps returns it; filters, fixes and the X-matrix view arrive in their own issue. */
export function GapsView({ gaps }: ViewProps) {
  const { select } = useAppActions();
  const inspect = (f: Finding) => {
    if (selectable(f.itemKind)) select({ kind: f.itemKind, id: f.id });
  };
  const summary = [
    { key: 'orphaned-goals', label: 'Orphaned goals', value: gaps.orphanedGoals.length, hint: 'support no objective' },
    {
      key: 'orphaned-tactics',
      label: 'Orphaned tactics',
      value: gaps.orphanedTactics.length,
      hint: 'trace to no objective',
    },
    {
      key: 'uncovered',
      label: 'Uncovered objectives',
      value: gaps.uncoveredObjectives.length,
      hint: 'no goal supports them',
    },
    {
      key: 'unexecuted',
      label: 'Unexecuted objectives',
      value: gaps.unexecutedObjectives.length,
      hint: 'no tactic reaches them',
    },
  ];

  return (
    <section className="view" aria-labelledby="gaps-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="gaps-heading" className="view__heading">
            Gaps
          </h2>
          <p className="view__subtitle">
            What the plan leaves uncarried, and the rule behind each finding. Fix actions and filters are coming.
          </p>
        </div>
      </div>
      <ul className="stat-grid" aria-label="Gap counts">
        {summary.map((s) => (
          <li key={s.key} className={s.value > 0 ? 'stat stat--alert' : 'stat'} data-gap-count={s.key}>
            <span className="stat__value">{s.value}</span>
            <span className="stat__label">{s.label}</span>
            <span className="stat__hint">{s.hint}</span>
          </li>
        ))}
      </ul>
      <h3 className="section-heading">
        Findings <span className="section-heading__count">{gaps.findings.length}</span>
      </h3>
      {gaps.findings.length === 0 ? (
        <p className="empty-state">No findings: every objective is carried and every item traces to one.</p>
      ) : (
        <ul className="finding-list">
          {gaps.findings.map((f) => (
            <li
              key={`${f.kind}:${f.itemKind}:${f.id}`}
              className={`finding finding--${f.severity}`}
              data-finding-kind={f.kind}
            >
              <span className={`severity severity--${f.severity}`}>{SEVERITY_LABEL[f.severity]}</span>
              <div className="finding__text">
                <p className="finding__message">{f.message}</p>
                <p className="finding__rule">
                  <span className="finding__rule-label">Rule:</span> {f.rule}
                </p>
              </div>
              {selectable(f.itemKind) ? (
                <button
                  type="button"
                  className="button button--small"
                  aria-label={`Inspect ${f.itemKind} ${f.id}`}
                  onClick={() => inspect(f)}
                >
                  Inspect
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
