import { useEffect, useMemo, useRef, useState } from 'react';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { GoalRow, ObjectiveRow, TacticRow } from '../components/OutlineRows.tsx';
import { PlusIcon } from '../components/icons.tsx';
import { STRENGTH_LABEL, STRENGTH_SYMBOL, STRENGTHS } from '../domain/constants.ts';
import { buildCascade, departmentNames, gapFlags, type GapFlag, type GoalNode } from '../domain/cascade.ts';
import { GoalForm } from '../forms/GoalForm.tsx';
import { ObjectiveForm } from '../forms/ObjectiveForm.tsx';
import { TacticForm } from '../forms/TacticForm.tsx';
import { useAppActions, type Selection } from '../state/app-context.ts';
import type { ViewProps } from './view-props.ts';

type FormKind = 'objective' | 'goal' | 'tactic';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

export function CascadeView({ plan, gaps }: ViewProps) {
  const { selection, select } = useAppActions();
  const cascade = useMemo(() => buildCascade(plan), [plan]);
  const flags = useMemo(() => gapFlags(gaps), [gaps]);
  const names = useMemo(() => departmentNames(plan), [plan]);
  const [openForm, setOpenForm] = useState<FormKind | null>(null);
  const openers = useRef<Partial<Record<FormKind, HTMLButtonElement | null>>>({});
  // Set when an item is created; after the reloaded plan renders, its row takes focus and scrolls into view.
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

  const cancel = () => {
    const opener = openForm ? openers.current[openForm] : null;
    setOpenForm(null);
    opener?.focus();
  };
  const created = (kind: FormKind, id: string) => {
    pendingFocus.current = id;
    setOpenForm(null);
    select({ kind, id });
  };
  const defaults = formDefaults(plan, selection);

  return (
    <section className="view" aria-labelledby="cascade-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="cascade-heading" className="view__heading">
            Cascade
          </h2>
          <p className="view__subtitle">
            {plural(plan.objectives.length, 'objective')} · {plural(plan.goals.length, 'goal')} ·{' '}
            {plural(plan.tactics.length, 'tactic')}
          </p>
        </div>
        <div className="view__actions">
          {(['objective', 'goal', 'tactic'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className={openForm === kind ? 'button is-active' : 'button'}
              ref={(el) => {
                openers.current[kind] = el;
              }}
              aria-expanded={openForm === kind}
              onClick={() => setOpenForm(openForm === kind ? null : kind)}
            >
              <PlusIcon />
              {`Add ${kind}`}
            </button>
          ))}
        </div>
      </div>

      {openForm === 'objective' ? (
        <ObjectiveForm onCancel={cancel} onCreated={(o) => created('objective', o.id)} />
      ) : null}
      {openForm === 'goal' ? (
        <GoalForm
          plan={plan}
          initialObjectiveId={defaults.objectiveId}
          initialDepartmentId={defaults.departmentId}
          onCancel={cancel}
          onCreated={(g) => created('goal', g.id)}
        />
      ) : null}
      {openForm === 'tactic' ? (
        <TacticForm
          plan={plan}
          initialGoalId={defaults.goalId}
          initialDepartmentId={defaults.departmentId}
          onCancel={cancel}
          onCreated={(t) => created('tactic', t.id)}
        />
      ) : null}

      <p className="legend" aria-label="Link strength legend">
        {STRENGTHS.map((s) => (
          <span key={s} className="legend__item">
            <span className={`strength strength--${s}`} aria-hidden="true">
              {STRENGTH_SYMBOL[s]}
            </span>
            {STRENGTH_LABEL[s]}
          </span>
        ))}
      </p>

      {cascade.objectives.length === 0 ? (
        <p className="empty-state">No objectives yet. Start with “Add objective”: the cascade grows from them.</p>
      ) : (
        <ol className="outline" aria-label="Objectives">
          {cascade.objectives.map(({ objective, goals }) => (
            <li key={objective.id} className="outline__objective">
              <ObjectiveRow objective={objective} gap={flags.get(objective.id)} />
              {goals.length === 0 ? (
                <p className="outline__empty">No department goal supports this objective yet.</p>
              ) : (
                <GoalList goals={goals} parentId={objective.id} flags={flags} names={names} />
              )}
            </li>
          ))}
        </ol>
      )}

      <section className="unaligned" aria-labelledby="unaligned-heading">
        <h3 id="unaligned-heading" className="unaligned__heading">
          Unaligned
        </h3>
        {cascade.unalignedGoals.length === 0 && cascade.unalignedTactics.length === 0 ? (
          <p className="outline__empty">Every goal supports an objective and every tactic supports a goal.</p>
        ) : null}
        {cascade.unalignedGoals.length > 0 ? (
          <>
            <h4 className="unaligned__subheading">Goals that support no objective</h4>
            <GoalList goals={cascade.unalignedGoals} parentId={null} flags={flags} names={names} />
          </>
        ) : null}
        {cascade.unalignedTactics.length > 0 ? (
          <>
            <h4 className="unaligned__subheading">Tactics that support no goal</h4>
            <ul className="outline__tactics outline__tactics--flat">
              {cascade.unalignedTactics.map((t) => (
                <li key={t.id}>
                  <TacticRow
                    node={{ tactic: t, strength: null }}
                    parentId={null}
                    departmentName={names.get(t.departmentId) ?? ''}
                    gap={flags.get(t.id)}
                  />
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </section>
    </section>
  );
}

function GoalList({
  goals,
  parentId,
  flags,
  names,
}: {
  goals: GoalNode[];
  parentId: string | null;
  flags: Map<string, GapFlag>;
  names: Map<string, string>;
}) {
  return (
    <ul className="outline__goals">
      {goals.map((node) => (
        <li key={node.goal.id}>
          <GoalRow
            node={node}
            parentId={parentId}
            departmentName={names.get(node.goal.departmentId) ?? ''}
            gap={flags.get(node.goal.id)}
          />
          {node.tactics.length > 0 ? (
            <ul className="outline__tactics">
              {node.tactics.map((tn) => (
                <li key={tn.tactic.id}>
                  <TacticRow
                    node={tn}
                    parentId={node.goal.id}
                    departmentName={names.get(tn.tactic.departmentId) ?? ''}
                    gap={flags.get(tn.tactic.id)}
                  />
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** "Select an item, then Add …" links the new item to it: the fastest way to grow the cascade downwards. */
function formDefaults(plan: PlanDocument, selection: Selection | null) {
  const none = { objectiveId: '', goalId: '', departmentId: '' };
  if (!selection) return none;
  switch (selection.kind) {
    case 'objective':
      return { ...none, objectiveId: selection.id };
    case 'department':
      return { ...none, departmentId: selection.id };
    case 'goal': {
      const g = plan.goals.find((x) => x.id === selection.id);
      return g ? { objectiveId: g.supports[0]?.objectiveId ?? '', goalId: g.id, departmentId: g.departmentId } : none;
    }
    case 'tactic': {
      const t = plan.tactics.find((x) => x.id === selection.id);
      return t ? { ...none, goalId: t.supports[0]?.goalId ?? '', departmentId: t.departmentId } : none;
    }
  }
}
