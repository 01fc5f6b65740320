import { useRef, useState } from 'react';
import { formatPeriod } from '../domain/format.ts';
import { PlanForm } from '../forms/PlanForm.tsx';
import type { ViewProps } from './view-props.ts';

export function PlanView({ plan }: ViewProps) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const header = plan.plan;
  const period = formatPeriod(header);
  const stats = [
    { label: 'Departments', value: plan.departments.length },
    { label: 'Objectives', value: plan.objectives.length },
    { label: 'Goals', value: plan.goals.length },
    { label: 'Tactics', value: plan.tactics.length },
  ];
  const done = () => {
    setEditing(false);
    // The button is back in the DOM only after this render; focus it on the next frame.
    requestAnimationFrame(() => editButton.current?.focus());
  };

  return (
    <section className="view" aria-labelledby="plan-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="plan-heading" className="view__heading">
            Plan
          </h2>
          <p className="view__subtitle">The header every report and export starts from.</p>
        </div>
        {editing ? null : (
          <div className="view__actions">
            <button ref={editButton} type="button" className="button" onClick={() => setEditing(true)}>
              Edit plan
            </button>
          </div>
        )}
      </div>
      {editing ? <PlanForm header={header} onDone={done} /> : null}
      <div className="card plan-card" hidden={editing}>
        <dl className="plan-card__facts">
          <div>
            <dt>Title</dt>
            <dd className="plan-card__title">{header.title}</dd>
          </div>
          <div>
            <dt>Organisation</dt>
            <dd>{header.organisation ?? <span className="muted">Not set</span>}</dd>
          </div>
          <div>
            <dt>Period</dt>
            <dd>{period || <span className="muted">Not set</span>}</dd>
          </div>
        </dl>
        <div className="plan-card__vision">
          <h3 className="plan-card__label">Vision</h3>
          {header.vision ? (
            <p className="prose">{header.vision}</p>
          ) : (
            <p className="muted">No vision written yet. The vision is the “why” every objective answers to.</p>
          )}
        </div>
      </div>
      <ul className="stat-grid" aria-label="Plan size">
        {stats.map((s) => (
          <li key={s.label} className="stat">
            <span className="stat__value">{s.value}</span>
            <span className="stat__label">{s.label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
