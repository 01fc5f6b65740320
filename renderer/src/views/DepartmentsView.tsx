import { useEffect, useRef, useState } from 'react';
import { PlusIcon } from '../components/icons.tsx';
import { Owner } from '../components/marks.tsx';
import { DepartmentForm } from '../forms/DepartmentForm.tsx';
import { useAppActions } from '../state/app-context.ts';
import type { ViewProps } from './view-props.ts';

export function DepartmentsView({ plan }: ViewProps) {
  const { selection, select } = useAppActions();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const pendingFocus = useRef<string | null>(null);

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const row = document.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(id)}"]`);
    if (!row) return;
    pendingFocus.current = null;
    row.querySelector<HTMLElement>('.row__title')?.focus();
    row.scrollIntoView({ block: 'nearest' });
  });

  const counts = new Map(plan.departments.map((d) => [d.id, { goals: 0, tactics: 0 }]));
  for (const g of plan.goals) {
    const c = counts.get(g.departmentId);
    if (c) c.goals += 1;
  }
  for (const t of plan.tactics) {
    const c = counts.get(t.departmentId);
    if (c) c.tactics += 1;
  }

  return (
    <section className="view" aria-labelledby="departments-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="departments-heading" className="view__heading">
            Departments
          </h2>
          <p className="view__subtitle">Every goal and tactic is owned by one department.</p>
        </div>
        <div className="view__actions">
          <button
            ref={addButton}
            type="button"
            className={adding ? 'button is-active' : 'button'}
            aria-expanded={adding}
            onClick={() => setAdding(!adding)}
          >
            <PlusIcon />
            Add department
          </button>
        </div>
      </div>
      {adding ? (
        <DepartmentForm
          onCancel={() => {
            setAdding(false);
            addButton.current?.focus();
          }}
          onCreated={(d) => {
            pendingFocus.current = d.id;
            setAdding(false);
            select({ kind: 'department', id: d.id });
          }}
        />
      ) : null}
      {plan.departments.length === 0 ? (
        <p className="empty-state">No departments yet. Goals and tactics need one to belong to.</p>
      ) : (
        <div className="card table-card">
          <div className="table-head row--department" aria-hidden="true">
            <span>Name</span>
            <span>Head</span>
            <span className="num">Goals</span>
            <span className="num">Tactics</span>
          </div>
          <ul className="table-body" aria-label="Departments">
            {plan.departments.map((d) => {
              const c = counts.get(d.id) ?? { goals: 0, tactics: 0 };
              const selected = selection?.kind === 'department' && selection.id === d.id;
              return (
                <li key={d.id}>
                  <div
                    className={selected ? 'row row--department is-selected' : 'row row--department'}
                    data-item-id={d.id}
                    data-kind="department"
                    onClick={() => select({ kind: 'department', id: d.id })}
                  >
                    <button type="button" className="row__title" aria-pressed={selected}>
                      {d.name}
                    </button>
                    <Owner name={d.head} />
                    <span className="num">{c.goals}</span>
                    <span className="num">{c.tactics}</span>
                  </div>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
