import { useRef, useState, type FormEvent } from 'react';
import type { Department } from '../../../contract/plan-format.ts';
import { useDeleteDepartment } from '../components/DeleteDepartmentDialog.tsx';
import { ArrowDownIcon, ArrowUpIcon, PlusIcon, TrashIcon } from '../components/icons.tsx';
import { fieldMessage } from '../forms/field-errors.ts';
import { InlineText } from '../forms/InlineText.tsx';
import { PEOPLE_LIST_ID } from '../forms/PeopleList.tsx';
import { RenamePerson } from '../forms/RenamePerson.tsx';
import { FindField } from '../components/FindField.tsx';
import { findTerms, matchCount, matchesFind } from '../domain/find-text.ts';
import { orNull } from '../forms/fields.tsx';
import { LockedFields } from '../components/LockedFields.tsx';
import { lockReason } from '../domain/draft-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import type { ViewProps } from './view-props.ts';
import { DraftStatusPanel } from '../catchball/DraftStatusPanel.tsx';
import '../styles/departments.css';

/**
 * Departments: add, rename, set the head, reorder and delete, all in place. Deleting says first what happens to
 * the department's goals and tactics; every change is one undo step.
 */
export function DepartmentsView({ plan }: ViewProps) {
  const { run, select, selection, reportError } = useAppActions();
  const { ask, dialog } = useDeleteDepartment();
  const lock = lockReason(useDraft(), { kind: 'department' });
  const [name, setName] = useState('');
  const [addError, setAddError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  // Ctrl/Cmd+F: a department matches by its name or its head.
  const terms = findTerms(query);
  const shown = plan.departments.filter((d) => matchesFind(terms, d.name, d.head));
  const firstRow = () => document.querySelector<HTMLElement>('.departments-view .table-body input');

  const counts = new Map(plan.departments.map((d) => [d.id, { goals: 0, tactics: 0 }]));
  for (const g of plan.goals) {
    const c = counts.get(g.departmentId);
    if (c) c.goals += 1;
  }
  for (const t of plan.tactics) {
    const c = counts.get(t.departmentId);
    if (c) c.tactics += 1;
  }

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const d = await run('createDepartment', { name });
      setName('');
      setAddError(null);
      select({ kind: 'department', id: d.id });
      nameInput.current?.focus();
    } catch (err) {
      setAddError(fieldMessage(err, 'name'));
    }
  };

  const move = (d: Department, by: -1 | 1) => {
    const ids = plan.departments.map((x) => x.id);
    const from = ids.indexOf(d.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) return;
    [ids[from], ids[to]] = [ids[to]!, ids[from]!];
    run('reorderDepartments', { ids }).then(() => {
      // The moved row's button keeps focus for the next press.
      const button = document.querySelector<HTMLElement>(
        `[data-item-id="${CSS.escape(d.id)}"] [data-move="${by < 0 ? 'up' : 'down'}"]`,
      );
      button?.focus();
    }, reportError);
  };

  return (
    <section className="view departments-view" aria-labelledby="departments-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="departments-heading" className="view__heading">
            Departments
          </h2>
          <p className="view__subtitle">
            Every goal and tactic is owned by one department. Names and heads are edited in place.
          </p>
        </div>
      </div>
      {plan.departments.length > 0 ? (
        <FindField
          label="Search the departments by name or head"
          value={query}
          onChange={setQuery}
          count={matchCount(shown.length, plan.departments.length, 'department')}
          onEnter={() => firstRow()?.focus()}
          fallback={() => firstRow() ?? nameInput.current}
        />
      ) : null}
      <LockedFields reason={lock} itemId={null} fieldset>
        <div className="card table-card">
          <div className="table-head row--department" aria-hidden="true">
            <span>Name</span>
            <span>Head</span>
            <span className="num">Goals</span>
            <span className="num">Tactics</span>
            <span />
          </div>
          {plan.departments.length === 0 ? (
            <p className="table-empty">
              No departments yet. Goals and tactics need one to belong to: add the first below.
            </p>
          ) : shown.length === 0 ? (
            <p className="table-empty">No department matches “{query.trim()}”. Esc clears the search.</p>
          ) : (
            <ul className="table-body" aria-label="Departments">
              {shown.map((d) => {
                // Up and down move among all the departments, found or not.
                const i = plan.departments.indexOf(d);
                const c = counts.get(d.id) ?? { goals: 0, tactics: 0 };
                const selected = selection?.kind === 'department' && selection.id === d.id;
                return (
                  <li
                    key={d.id}
                    className={selected ? 'row row--department is-selected' : 'row row--department'}
                    data-item-id={d.id}
                    data-kind="department"
                    onFocus={() => {
                      if (!selected) select({ kind: 'department', id: d.id });
                    }}
                    onClick={() => {
                      if (!selected) select({ kind: 'department', id: d.id });
                    }}
                  >
                    <InlineText
                      label={`Name of ${d.name}`}
                      value={d.name}
                      path="name"
                      className="input--cell input--strong"
                      onSave={(v) => run('updateDepartment', { id: d.id, name: v })}
                    />
                    <InlineText
                      label={`Head of ${d.name}`}
                      value={d.head ?? ''}
                      path="head"
                      placeholder="No head yet"
                      list={PEOPLE_LIST_ID}
                      className="input--cell"
                      onSave={(v) => run('updateDepartment', { id: d.id, head: orNull(v) })}
                    />
                    <span className="num">{c.goals}</span>
                    <span className="num">{c.tactics}</span>
                    <span className="row__actions">
                      <button
                        type="button"
                        className="icon-button"
                        data-move="up"
                        aria-label={`Move ${d.name} up`}
                        title="Move up"
                        disabled={i === 0}
                        onClick={() => move(d, -1)}
                      >
                        <ArrowUpIcon />
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        data-move="down"
                        aria-label={`Move ${d.name} down`}
                        title="Move down"
                        disabled={i === plan.departments.length - 1}
                        onClick={() => move(d, 1)}
                      >
                        <ArrowDownIcon />
                      </button>
                      <button
                        type="button"
                        className="icon-button icon-button--danger"
                        aria-label={`Delete ${d.name}`}
                        title="Delete…"
                        onClick={() => ask(d)}
                      >
                        <TrashIcon />
                      </button>
                    </span>
                    {/* Under the Head column of the selected row: rename its head wherever they are named. */}
                    {selected ? (
                      <div className="row--department__rename">
                        <RenamePerson plan={plan} name={d.head} />
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ul>
          )}
          <form className="table-add" onSubmit={(e) => void add(e)} noValidate>
            <label className="visually-hidden" htmlFor="new-department-name">
              New department name
            </label>
            <input
              id="new-department-name"
              ref={nameInput}
              className="input"
              placeholder="New department, e.g. Customer Success"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? 'new-department-error' : undefined}
            />
            <button type="submit" className="button">
              <PlusIcon />
              Add department
            </button>
            {addError ? (
              <p className="field__error table-add__error" id="new-department-error">
                {addError}
              </p>
            ) : null}
          </form>
        </div>
      </LockedFields>
      <DraftStatusPanel plan={plan} />
      {dialog}
    </section>
  );
}
