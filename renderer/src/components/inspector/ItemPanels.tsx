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
import { t } from '../../i18n/intl.ts';

// Built when shown, so the labels follow the app's language.
const horizonOptions = () => HORIZONS.map((h) => ({ value: h, label: HORIZON_LABEL[h] }));
const statusOptions = () => TACTIC_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] }));

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
        ? plan.tactics.map((x) => ({ id: x.id, code: x.code, title: x.title, detail: names.get(x.departmentId) }))
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
      label={t('model.weight')}
      value={weight === null || weight === undefined ? '' : String(weight)}
      path="weight"
      hint={t('model.weight.hint', { level })}
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
      <legend className="field__label">{t('model.supporting')}</legend>
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
          />
          {d.name}
        </label>
      ))}
      <p className="field__hint" id={`${id}-hint`}>
        {t('model.supporting.hint')}
      </p>
    </fieldset>
  );
}

/** In a draft, the department's own items stay in it: the service refuses a move to another department. */
function useDepartmentLock(kind: 'goal' | 'tactic'): string | undefined {
  const draft = useDraft();
  return draft ? t('inspector.departmentLock', { kind, department: draft.departmentName }) : undefined;
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
        <TextField
          label={t('inspector.field.title')}
          value={o.title}
          path="title"
          onSave={(title) => save({ title })}
        />
        <div className="inspector__pair">
          <TextField label={t('inspector.field.code')} value={o.code} path="code" onSave={(code) => save({ code })} />
          <SelectField
            label={t('inspector.field.horizon')}
            value={o.horizon}
            path="horizon"
            options={horizonOptions()}
            onSave={(horizon) => save({ horizon })}
          />
        </div>
        <TextField
          label={t('inspector.field.owner')}
          value={o.owner ?? ''}
          path="owner"
          list={PEOPLE_LIST_ID}
          onSave={(v) => save({ owner: orNull(v) })}
        />
        <RenamePerson plan={plan} name={o.owner} />
        <div className="inspector__pair inspector__pair--even">
          <SelectField
            label={t('model.responsible')}
            value={o.departmentId ?? ''}
            path="departmentId"
            options={[{ value: '', label: t('model.responsible.none') }, ...departmentOptions(plan)]}
            hint={t('model.responsible.hint')}
            onSave={(departmentId) => save({ departmentId: departmentId === '' ? null : departmentId })}
          />
          <WeightField
            weight={o.weight}
            level={o.horizon === 'breakthrough' ? t('model.weight.level.breakthrough') : t('model.weight.level.annual')}
            onSave={(weight) => save({ weight })}
          />
        </div>
        <TextField
          label={t('inspector.field.description')}
          multiline
          value={o.description ?? ''}
          path="description"
          hint={t('inspector.field.descriptionHint')}
          onSave={(v) => save({ description: orNull(v) })}
        />
      </div>
      <KpiFields kpi={o.kpi} onSave={(kpi) => save({ kpi })} />
      {o.horizon === 'annual' ? (
        <LinkSection
          heading={t('inspector.links.serves')}
          otherKind="objective"
          links={serves}
          empty={t('inspector.links.servesEmpty')}
          linkKind="annual-breakthrough"
          inspectedIs="from"
          inspectedId={o.id}
          candidates={objectives.filter((c) => horizonOf(c.id) === 'breakthrough')}
          searchLabel={t('inspector.links.servesSearch')}
        />
      ) : (
        <LinkSection
          heading={t('inspector.links.servedBy')}
          otherKind="objective"
          links={servedBy}
          empty={t('inspector.links.servedByEmpty')}
          linkKind="annual-breakthrough"
          inspectedIs="to"
          inspectedId={o.id}
          candidates={objectives.filter((c) => horizonOf(c.id) === 'annual')}
          searchLabel={t('inspector.links.servedBySearch')}
        />
      )}
      <LinkSection
        heading={t('inspector.links.supportedBy')}
        otherKind="goal"
        links={supporters}
        empty={
          uncovered || o.horizon !== 'breakthrough'
            ? t('inspector.links.supportedByUncovered')
            : t('inspector.links.supportedByBreakthrough')
        }
        linkKind="goal-objective"
        inspectedIs="to"
        inspectedId={o.id}
        candidates={goals}
        searchLabel={t('inspector.links.supportedBySearch')}
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
    const tactic = index.tactics.get(tacticId);
    if (!tactic) return null;
    const departmentName = index.departments.get(tactic.departmentId)?.name;
    return lockReason(draft, { kind: 'tactic', departmentId: tactic.departmentId, departmentName });
  };
  const ownTactics = draft ? tactics.filter((c) => tacticLock(c.id) === null) : tactics;
  const save = (patch: Omit<OperationInput<'updateGoal'>, 'id'>) => run('updateGoal', { id: g.id, ...patch });
  const supports = g.supports.flatMap((s) => {
    const o = index.objectives.get(s.objectiveId);
    return o ? [{ id: o.id, code: o.code, title: o.title, strength: s.strength }] : [];
  });
  const carriedBy = tacticsOf(index, g.id).flatMap((l) => {
    const tactic = index.tactics.get(l.id);
    return tactic ? [{ id: tactic.id, code: tactic.code, title: tactic.title, strength: l.strength }] : [];
  });
  return (
    <>
      <div className="inspector__fields">
        <TextField
          label={t('inspector.field.title')}
          value={g.title}
          path="title"
          onSave={(title) => save({ title })}
        />
        {/* The owner right after the title: one Tab from Esc on the row, the field a live session fills most. */}
        <TextField
          label={t('inspector.field.owner')}
          value={g.owner ?? ''}
          path="owner"
          list={PEOPLE_LIST_ID}
          onSave={(v) => save({ owner: orNull(v) })}
        />
        <RenamePerson plan={plan} name={g.owner} />
        <div className="inspector__pair">
          <TextField label={t('inspector.field.code')} value={g.code} path="code" onSave={(code) => save({ code })} />
          <SelectField
            label={t('inspector.field.department')}
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
          level={t('model.weight.level.goals', {
            department: index.departments.get(g.departmentId)?.name ?? t('model.weight.level.itsDepartment'),
          })}
          onSave={(weight) => save({ weight })}
        />
        <SupportingDepartments
          goal={g}
          plan={plan}
          onSave={(supportingDepartmentIds) => save({ supportingDepartmentIds })}
        />
        <TextField
          label={t('inspector.field.description')}
          multiline
          value={g.description ?? ''}
          path="description"
          hint={t('inspector.field.descriptionHint')}
          onSave={(v) => save({ description: orNull(v) })}
        />
      </div>
      <KpiFields kpi={g.kpi} onSave={(kpi) => save({ kpi })} />
      <LinkSection
        heading={t('inspector.links.goalSupports')}
        otherKind="objective"
        links={supports}
        empty={t('inspector.links.goalSupportsEmpty')}
        linkKind="goal-objective"
        inspectedIs="from"
        inspectedId={g.id}
        candidates={objectives}
        searchLabel={t('inspector.links.goalSupportsSearch')}
      />
      <LinkSection
        heading={t('inspector.links.carriedBy')}
        otherKind="tactic"
        links={carriedBy}
        empty={t('inspector.links.carriedByEmpty')}
        linkKind="tactic-goal"
        inspectedIs="to"
        inspectedId={g.id}
        candidates={ownTactics}
        lockOf={tacticLock}
        searchLabel={t('inspector.links.carriedBySearch')}
      />
    </>
  );
}

export function TacticPanel({ tactic, plan }: { tactic: Tactic; plan: PlanDocument }) {
  const { run, rememberDepartment, notify } = useAppActions();
  const renumber = useRenumber();
  const departmentLock = useDepartmentLock('tactic');
  const { goals } = useCandidates(plan, { goals: true });
  const index = indexPlan(plan);
  const save = (patch: Omit<OperationInput<'updateTactic'>, 'id'>) => run('updateTactic', { id: tactic.id, ...patch });
  const supports = tactic.supports.flatMap((s) => {
    const g = index.goals.get(s.goalId);
    return g ? [{ id: g.id, code: g.code, title: g.title, strength: s.strength }] : [];
  });
  return (
    <>
      <div className="inspector__fields">
        <TextField
          label={t('inspector.field.title')}
          value={tactic.title}
          path="title"
          onSave={(title) => save({ title })}
        />
        <div className="inspector__pair">
          <TextField
            label={t('inspector.field.code')}
            value={tactic.code}
            path="code"
            onSave={(code) => save({ code })}
          />
          <SelectField
            label={t('inspector.field.department')}
            value={tactic.departmentId}
            path="departmentId"
            options={departmentOptions(plan)}
            disabled={departmentLock !== undefined}
            hint={departmentLock}
            onSave={async (departmentId) => {
              rememberDepartment(departmentId);
              const moved = departmentId !== tactic.departmentId;
              const result = await save({ departmentId });
              const name = plan.departments.find((d) => d.id === departmentId)?.name;
              if (moved && name) notify(movedNotice(tactic, 'tactic', name, renumber));
              return result;
            }}
          />
        </div>
        <TextField
          label={t('inspector.field.owner')}
          value={tactic.owner ?? ''}
          path="owner"
          list={PEOPLE_LIST_ID}
          onSave={(v) => save({ owner: orNull(v) })}
        />
        <RenamePerson plan={plan} name={tactic.owner} />
        <div className="inspector__pair inspector__pair--even">
          <TextField
            label={t('inspector.field.due')}
            type="date"
            value={tactic.due ?? ''}
            path="due"
            onSave={(v) => save({ due: v === '' ? null : v })}
          />
          <SelectField
            label={t('inspector.field.status')}
            value={tactic.status}
            path="status"
            options={statusOptions()}
            onSave={(status) => save({ status })}
          />
        </div>
        <TextField
          label={t('inspector.field.tags')}
          value={tactic.tags.join(', ')}
          path="tags"
          hint={t('inspector.field.tagsHint')}
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
          label={t('inspector.field.description')}
          multiline
          value={tactic.description ?? ''}
          path="description"
          hint={t('inspector.field.descriptionHint')}
          onSave={(v) => save({ description: orNull(v) })}
        />
      </div>
      <LinkSection
        heading={t('inspector.links.tacticSupports')}
        otherKind="goal"
        links={supports}
        empty={t('inspector.links.tacticSupportsEmpty')}
        linkKind="tactic-goal"
        inspectedIs="from"
        inspectedId={tactic.id}
        candidates={goals}
        searchLabel={t('inspector.links.tacticSupportsSearch')}
      />
    </>
  );
}
