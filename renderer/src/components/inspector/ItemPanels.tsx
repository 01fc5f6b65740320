import { useId, useMemo, useState } from 'react';
import { ApiError } from '../../api/index.ts';
import { useFieldLock, withLock } from '../../forms/field-lock.ts';
import type { OperationInput } from '../../../../contract/api.ts';
import type { Goal, Objective, PlanDocument, Tactic } from '../../../../contract/plan-format.ts';
import { HORIZON_LABEL, HORIZONS, STATUS_LABEL, TACTIC_STATUSES } from '../../domain/constants.ts';
import { lockReason } from '../../domain/draft-lock.ts';
import { goalsOf, indexPlan, tacticsOf } from '../../domain/plan-index.ts';
import { SelectField, TextField, orNull } from '../../forms/fields.tsx';
import { PEOPLE_LIST_ID } from '../../forms/PeopleList.tsx';
import { RenamePerson } from '../../forms/RenamePerson.tsx';
import { movedNotice, useRenumber } from '../renumber.ts';
import { useAppActions } from '../../state/app-context.ts';
import { useDraft } from '../../state/draft-context.ts';
import { KpiFields } from './KpiFields.tsx';
import { LinkSection } from './LinkSection.tsx';
import type { LinkCandidate } from './LinkSearch.tsx';

const HORIZON_OPTIONS = HORIZONS.map((h) => ({ value: h, label: HORIZON_LABEL[h] }));
const STATUS_OPTIONS = TACTIC_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }));

/** Link targets for the search, built only for the kinds a panel links to (a plan can hold 20,000 tactics). */
function useCandidates(plan: PlanDocument, kinds: { objectives?: boolean; goals?: boolean; tactics?: boolean }) {
  const names = useMemo(() => new Map(plan.departments.map((d) => [d.id, d.name])), [plan.departments]);
  const objectives = useMemo<LinkCandidate[]>(
    () => (kinds.objectives ? plan.objectives.map((o) => ({ id: o.id, code: o.code, title: o.title })) : []),
    [plan.objectives, kinds.objectives],
  );
  const goals = useMemo<LinkCandidate[]>(
    () =>
      kinds.goals
        ? plan.goals.map((g) => ({ id: g.id, code: g.code, title: g.title, detail: names.get(g.departmentId) }))
        : [],
    [plan.goals, names, kinds.goals],
  );
  const tactics = useMemo<LinkCandidate[]>(
    () =>
      kinds.tactics
        ? plan.tactics.map((t) => ({ id: t.id, code: t.code, title: t.title, detail: names.get(t.departmentId) }))
        : [],
    [plan.tactics, names, kinds.tactics],
  );
  return { objectives, goals, tactics };
}

function departmentOptions(plan: PlanDocument) {
  return plan.departments.map((d) => ({ value: d.id, label: d.name }));
}

/** A weight typed as a percent: blank clears it; anything else must be a number from 0 to 100. */
function parseWeight(text: string): number | null {
  const cleaned = text.trim().replace(/\s*%$/, '');
  if (cleaned === '') return null;
  const n = Number(cleaned);
  if (!Number.isFinite(n) || n < 0 || n > 100) {
    const message = 'must be a percent from 0 to 100';
    throw new ApiError('invalid_input', message, [{ path: 'weight', message }]);
  }
  return n;
}

/** The item's weight within its level (the objectives of its horizon, or its department's goals). */
function WeightField({
  weight,
  level,
  onSave,
}: {
  weight: number | null | undefined;
  level: string;
  onSave: (weight: number | null) => Promise<unknown>;
}) {
  return (
    <TextField
      label="Weight (%)"
      value={weight === null || weight === undefined ? '' : String(weight)}
      path="weight"
      hint={`Its share of ${level}; a level's weights add up to 100 %.`}
      onSave={async (v) => onSave(parseWeight(v))}
    />
  );
}

/** A goal's supporting departments: every department but its own, ticked when it supports the goal. */
function SupportingDepartments({
  goal: g,
  plan,
  onSave,
}: {
  goal: Goal;
  plan: PlanDocument;
  onSave: (ids: string[]) => Promise<unknown>;
}) {
  const { reportError } = useAppActions();
  const lock = useFieldLock();
  const id = useId();
  // The ticks as just changed, until the saved plan shows them (so a tick never flickers back meanwhile).
  const [pending, setPending] = useState<string[] | null>(null);
  const chosen = new Set(pending ?? g.supportingDepartmentIds ?? []);
  const others = plan.departments.filter((d) => d.id !== g.departmentId);
  if (others.length === 0) return null;
  return (
    <fieldset className="field supporting-departments" aria-describedby={withLock(`${id}-hint`, lock)}>
      <legend className="field__label">Supporting departments</legend>
      {others.map((d) => (
        <label key={d.id} className="supporting-departments__choice">
          <input
            type="checkbox"
            checked={chosen.has(d.id)}
            disabled={lock !== null}
            data-supporting-department={d.id}
            onChange={(e) => {
              // In the order of the plan's departments, whatever order they were ticked in.
              const next = plan.departments
                .filter((x) => (x.id === d.id ? e.target.checked : chosen.has(x.id)))
                .map((x) => x.id);
              setPending(next);
              onSave(next)
                .catch(reportError)
                .finally(() => setPending(null));
            }}
          />{' '}
          {d.name}
        </label>
      ))}
      <p className="field__hint" id={`${id}-hint`}>
        Departments that help carry this goal besides its own.
      </p>
    </fieldset>
  );
}

/** In a draft, the department's own items stay in it: the service refuses a move to another department. */
function useDepartmentLock(kind: 'goal' | 'tactic'): string | undefined {
  const draft = useDraft();
  return draft ? `A draft’s ${kind}s stay in ${draft.departmentName}.` : undefined;
}

/** `uncovered`: the gap analysis's verdict, so that the empty goal list says what the analysis says. */
export function ObjectivePanel({
  objective: o,
  plan,
  uncovered,
}: {
  objective: Objective;
  plan: PlanDocument;
  uncovered: boolean;
}) {
  const { run } = useAppActions();
  const { goals, objectives } = useCandidates(plan, { goals: true, objectives: true });
  const index = indexPlan(plan);
  const horizonOf = (id: string) => index.objectives.get(id)?.horizon;
  // The X-matrix's south-west corner: annual objectives serve breakthrough objectives.
  const serves = o.supports.flatMap((s) => {
    const b = index.objectives.get(s.objectiveId);
    return b ? [{ id: b.id, code: b.code, title: b.title, strength: s.strength }] : [];
  });
  const servedBy = plan.objectives.flatMap((a) =>
    a.supports
      .filter((s) => s.objectiveId === o.id)
      .map((s) => ({ id: a.id, code: a.code, title: a.title, strength: s.strength })),
  );
  const save = (patch: Omit<OperationInput<'updateObjective'>, 'id'>) => run('updateObjective', { id: o.id, ...patch });
  const supporters = goalsOf(index, o.id).flatMap((l) => {
    const g = index.goals.get(l.id);
    return g ? [{ id: g.id, code: g.code, title: g.title, strength: l.strength }] : [];
  });
  return (
    <>
      <div className="inspector__fields">
        <TextField label="Title" value={o.title} path="title" onSave={(title) => save({ title })} />
        <div className="inspector__pair">
          <TextField label="Code" value={o.code} path="code" onSave={(code) => save({ code })} />
          <SelectField
            label="Horizon"
            value={o.horizon}
            path="horizon"
            options={HORIZON_OPTIONS}
            onSave={(horizon) => save({ horizon })}
          />
        </div>
        <TextField
          label="Owner"
          value={o.owner ?? ''}
          path="owner"
          list={PEOPLE_LIST_ID}
          onSave={(v) => save({ owner: orNull(v) })}
        />
        <RenamePerson plan={plan} name={o.owner} />
        <div className="inspector__pair inspector__pair--even">
          <SelectField
            label="Responsible department"
            value={o.departmentId ?? ''}
            path="departmentId"
            options={[{ value: '', label: 'None' }, ...departmentOptions(plan)]}
            hint="Its KPI’s owner department."
            onSave={(departmentId) => save({ departmentId: departmentId === '' ? null : departmentId })}
          />
          <WeightField
            weight={o.weight}
            level={o.horizon === 'breakthrough' ? 'the breakthrough objectives' : 'the annual objectives'}
            onSave={(weight) => save({ weight })}
          />
        </div>
        <TextField
          label="Description"
          multiline
          value={o.description ?? ''}
          path="description"
          hint="Ctrl+Enter or leaving the field saves."
          onSave={(v) => save({ description: orNull(v) })}
        />
      </div>
      <KpiFields kpi={o.kpi} onSave={(kpi) => save({ kpi })} />
      {o.horizon === 'annual' ? (
        <LinkSection
          heading="Serves breakthrough objectives"
          otherKind="objective"
          links={serves}
          empty="Serves no breakthrough objective yet."
          linkKind="annual-breakthrough"
          inspectedIs="from"
          inspectedId={o.id}
          candidates={objectives.filter((c) => horizonOf(c.id) === 'breakthrough')}
          searchLabel="Link to a breakthrough objective"
        />
      ) : (
        <LinkSection
          heading="Served by annual objectives"
          otherKind="objective"
          links={servedBy}
          empty="No annual objective serves this breakthrough yet."
          linkKind="annual-breakthrough"
          inspectedIs="to"
          inspectedId={o.id}
          candidates={objectives.filter((c) => horizonOf(c.id) === 'annual')}
          searchLabel="Add an annual objective"
        />
      )}
      <LinkSection
        heading="Supported by goals"
        otherKind="goal"
        links={supporters}
        empty={
          uncovered || o.horizon !== 'breakthrough'
            ? 'No goal supports this objective: it is uncovered.'
            : 'No goal supports this breakthrough directly: it is judged through the annual objectives serving it.'
        }
        linkKind="goal-objective"
        inspectedIs="to"
        inspectedId={o.id}
        candidates={goals}
        searchLabel="Add a supporting goal"
      />
    </>
  );
}

export function GoalPanel({ goal: g, plan }: { goal: Goal; plan: PlanDocument }) {
  const { run, rememberDepartment, notify } = useAppActions();
  const renumber = useRenumber();
  const departmentLock = useDepartmentLock('goal');
  const { objectives, tactics } = useCandidates(plan, { objectives: true, tactics: true });
  const index = indexPlan(plan);
  const draft = useDraft();
  // A draft links only its own tactics (the link is guarded by the tactic's department).
  const tacticLock = (tacticId: string) => {
    const t = index.tactics.get(tacticId);
    if (!t) return null;
    const departmentName = index.departments.get(t.departmentId)?.name;
    return lockReason(draft, { kind: 'tactic', departmentId: t.departmentId, departmentName });
  };
  const ownTactics = draft ? tactics.filter((c) => tacticLock(c.id) === null) : tactics;
  const save = (patch: Omit<OperationInput<'updateGoal'>, 'id'>) => run('updateGoal', { id: g.id, ...patch });
  const supports = g.supports.flatMap((s) => {
    const o = index.objectives.get(s.objectiveId);
    return o ? [{ id: o.id, code: o.code, title: o.title, strength: s.strength }] : [];
  });
  const carriedBy = tacticsOf(index, g.id).flatMap((l) => {
    const t = index.tactics.get(l.id);
    return t ? [{ id: t.id, code: t.code, title: t.title, strength: l.strength }] : [];
  });
  return (
    <>
      <div className="inspector__fields">
        <TextField label="Title" value={g.title} path="title" onSave={(title) => save({ title })} />
        {/* The owner right after the title: one Tab from Esc on the row, the field a live session fills most. */}
        <TextField
          label="Owner"
          value={g.owner ?? ''}
          path="owner"
          list={PEOPLE_LIST_ID}
          onSave={(v) => save({ owner: orNull(v) })}
        />
        <RenamePerson plan={plan} name={g.owner} />
        <div className="inspector__pair">
          <TextField label="Code" value={g.code} path="code" onSave={(code) => save({ code })} />
          <SelectField
            label="Department"
            value={g.departmentId}
            path="departmentId"
            options={departmentOptions(plan)}
            disabled={departmentLock !== undefined}
            hint={departmentLock}
            onSave={async (departmentId) => {
              rememberDepartment(departmentId);
              const moved = departmentId !== g.departmentId;
              const result = await save({ departmentId });
              const name = plan.departments.find((d) => d.id === departmentId)?.name;
              if (moved && name) notify(movedNotice(g, 'goal', name, renumber));
              return result;
            }}
          />
        </div>
        <WeightField
          weight={g.weight}
          level={`${index.departments.get(g.departmentId)?.name ?? 'its department'}’s goals`}
          onSave={(weight) => save({ weight })}
        />
        <SupportingDepartments
          goal={g}
          plan={plan}
          onSave={(supportingDepartmentIds) => save({ supportingDepartmentIds })}
        />
        <TextField
          label="Description"
          multiline
          value={g.description ?? ''}
          path="description"
          hint="Ctrl+Enter or leaving the field saves."
          onSave={(v) => save({ description: orNull(v) })}
        />
      </div>
      <KpiFields kpi={g.kpi} onSave={(kpi) => save({ kpi })} />
      <LinkSection
        heading="Supports objectives"
        otherKind="objective"
        links={supports}
        empty="Supports no objective: this goal is orphaned."
        linkKind="goal-objective"
        inspectedIs="from"
        inspectedId={g.id}
        candidates={objectives}
        searchLabel="Link to an objective"
      />
      <LinkSection
        heading="Carried out by tactics"
        otherKind="tactic"
        links={carriedBy}
        empty="No tactic carries this goal out yet."
        linkKind="tactic-goal"
        inspectedIs="to"
        inspectedId={g.id}
        candidates={ownTactics}
        lockOf={tacticLock}
        searchLabel="Add a tactic"
      />
    </>
  );
}

export function TacticPanel({ tactic: t, plan }: { tactic: Tactic; plan: PlanDocument }) {
  const { run, rememberDepartment, notify } = useAppActions();
  const renumber = useRenumber();
  const departmentLock = useDepartmentLock('tactic');
  const { goals } = useCandidates(plan, { goals: true });
  const index = indexPlan(plan);
  const save = (patch: Omit<OperationInput<'updateTactic'>, 'id'>) => run('updateTactic', { id: t.id, ...patch });
  const supports = t.supports.flatMap((s) => {
    const g = index.goals.get(s.goalId);
    return g ? [{ id: g.id, code: g.code, title: g.title, strength: s.strength }] : [];
  });
  return (
    <>
      <div className="inspector__fields">
        <TextField label="Title" value={t.title} path="title" onSave={(title) => save({ title })} />
        <div className="inspector__pair">
          <TextField label="Code" value={t.code} path="code" onSave={(code) => save({ code })} />
          <SelectField
            label="Department"
            value={t.departmentId}
            path="departmentId"
            options={departmentOptions(plan)}
            disabled={departmentLock !== undefined}
            hint={departmentLock}
            onSave={async (departmentId) => {
              rememberDepartment(departmentId);
              const moved = departmentId !== t.departmentId;
              const result = await save({ departmentId });
              const name = plan.departments.find((d) => d.id === departmentId)?.name;
              if (moved && name) notify(movedNotice(t, 'tactic', name, renumber));
              return result;
            }}
          />
        </div>
        <TextField
          label="Owner"
          value={t.owner ?? ''}
          path="owner"
          list={PEOPLE_LIST_ID}
          onSave={(v) => save({ owner: orNull(v) })}
        />
        <RenamePerson plan={plan} name={t.owner} />
        <div className="inspector__pair inspector__pair--even">
          <TextField
            label="Due"
            type="date"
            value={t.due ?? ''}
            path="due"
            onSave={(v) => save({ due: v === '' ? null : v })}
          />
          <SelectField
            label="Status"
            value={t.status}
            path="status"
            options={STATUS_OPTIONS}
            onSave={(status) => save({ status })}
          />
        </div>
        <TextField
          label="Tags"
          value={t.tags.join(', ')}
          path="tags"
          hint="Separate tags with commas."
          onSave={(v) =>
            save({
              tags: v
                .split(',')
                .map((x) => x.trim())
                .filter(Boolean),
            })
          }
        />
        <TextField
          label="Description"
          multiline
          value={t.description ?? ''}
          path="description"
          hint="Ctrl+Enter or leaving the field saves."
          onSave={(v) => save({ description: orNull(v) })}
        />
      </div>
      <LinkSection
        heading="Supports goals"
        otherKind="goal"
        links={supports}
        empty="Supports no goal: this tactic is orphaned."
        linkKind="tactic-goal"
        inspectedIs="from"
        inspectedId={t.id}
        candidates={goals}
        searchLabel="Link to a goal"
      />
    </>
  );
}
