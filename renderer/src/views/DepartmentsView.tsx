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
import { t } from '../i18n/intl.ts';

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
  for (const tactic of plan.tactics) {
    const c = counts.get(tactic.departmentId);
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
            {t('departments.heading')}
          </h2>
          <p className="view__subtitle">{t('departments.subtitle')}</p>
        </div>
      </div>
      {plan.departments.length > 0 ? (
        <FindField
          label={t('departments.search')}
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
            <span>{t('departments.col.name')}</span>
            <span>{t('departments.col.head')}</span>
            <span className="num">{t('departments.col.goals')}</span>
            <span className="num">{t('departments.col.tactics')}</span>
            <span />
          </div>
          {plan.departments.length === 0 ? (
            <p className="table-empty">{t('departments.empty')}</p>
          ) : shown.length === 0 ? (
            <p className="table-empty">{t('departments.noMatch', { query: query.trim() })}</p>
          ) : (
            <ul className="table-body" aria-label={t('departments.list')}>
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
                      label={t('departments.nameOf', { department: d.name })}
                      value={d.name}
                      path="name"
                      className="input--cell input--strong"
                      onSave={(v) => run('updateDepartment', { id: d.id, name: v })}
                    />
                    <InlineText
                      label={t('departments.headOf', { department: d.name })}
                      value={d.head ?? ''}
                      path="head"
                      placeholder={t('departments.noHead')}
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
                        aria-label={t('departments.moveUp', { department: d.name })}
                        title={t('departments.moveUpTitle')}
                        disabled={i === 0}
                        onClick={() => move(d, -1)}
                      >
                        <ArrowUpIcon />
                      </button>
                      <button
                        type="button"
                        className="icon-button"
                        data-move="down"
                        aria-label={t('departments.moveDown', { department: d.name })}
                        title={t('departments.moveDownTitle')}
                        disabled={i === plan.departments.length - 1}
                        onClick={() => move(d, 1)}
                      >
                        <ArrowDownIcon />
                      </button>
                      <button
                        type="button"
                        className="icon-button icon-button--danger"
                        aria-label={t('departments.delete', { department: d.name })}
                        title={t('departments.deleteTitle')}
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
              {t('departments.newName')}
            </label>
            <input
              id="new-department-name"
              ref={nameInput}
              className="input"
              placeholder={t('departments.newPlaceholder')}
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
              aria-invalid={addError ? true : undefined}
              aria-describedby={addError ? 'new-department-error' : undefined}
            />
            <button type="submit" className="button">
              <PlusIcon />
              {t('departments.add')}
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
