import type { ReactNode } from 'react';
import type { Finding, GapReport } from '../../../contract/gaps.ts';
import type { Department, Goal, Objective, PlanDocument, Strength, Tactic } from '../../../contract/plan-format.ts';
import { HORIZON_LABEL } from '../domain/constants.ts';
import { gapFlags } from '../domain/cascade.ts';
import { formatDate, formatKpi } from '../domain/format.ts';
import { useAppActions, type Selection } from '../state/app-context.ts';
import { GapBadge, Owner, StatusBadge, StrengthMark } from './marks.tsx';

interface InspectorProps {
  plan: PlanDocument | null;
  gaps: GapReport | null;
  selection: Selection | null;
}

const KIND_LABEL: Record<Selection['kind'], string> = {
  department: 'Department',
  objective: 'Objective',
  goal: 'Goal',
  tactic: 'Tactic',
};

/** Read-only details of the selected item; editing arrives with the full editor. */
export function Inspector({ plan, gaps, selection }: InspectorProps) {
  const body = plan && selection ? <InspectorBody plan={plan} gaps={gaps} selection={selection} /> : null;
  return (
    <aside className="inspector" aria-labelledby="inspector-heading">
      <h2 id="inspector-heading" className="inspector__heading">
        Inspector
      </h2>
      {body ?? <p className="inspector__empty">Select an objective, goal, tactic or department to see its details.</p>}
    </aside>
  );
}

function InspectorBody({
  plan,
  gaps,
  selection,
}: {
  plan: PlanDocument;
  gaps: GapReport | null;
  selection: Selection;
}) {
  const findings = gaps?.findings.filter((f) => f.id === selection.id && f.itemKind === selection.kind) ?? [];
  const flag = gapFlags(gaps).get(selection.id);
  const departments = new Map(plan.departments.map((d) => [d.id, d]));
  let fields: ReactNode;
  let code = '';
  let title = '';
  switch (selection.kind) {
    case 'objective': {
      const o = plan.objectives.find((x) => x.id === selection.id);
      if (!o) return null;
      code = o.code;
      title = o.title;
      fields = <ObjectiveFields objective={o} plan={plan} />;
      break;
    }
    case 'goal': {
      const g = plan.goals.find((x) => x.id === selection.id);
      if (!g) return null;
      code = g.code;
      title = g.title;
      fields = <GoalFields goal={g} plan={plan} department={departments.get(g.departmentId)} />;
      break;
    }
    case 'tactic': {
      const t = plan.tactics.find((x) => x.id === selection.id);
      if (!t) return null;
      code = t.code;
      title = t.title;
      fields = <TacticFields tactic={t} plan={plan} department={departments.get(t.departmentId)} />;
      break;
    }
    case 'department': {
      const d = departments.get(selection.id);
      if (!d) return null;
      title = d.name;
      fields = <DepartmentFields department={d} plan={plan} />;
      break;
    }
  }
  return (
    <div className="inspector__body" data-inspected-id={selection.id}>
      <p className="inspector__kind">
        {KIND_LABEL[selection.kind]}
        {code ? <span className="code">{code}</span> : null}
        <GapBadge flag={flag} />
      </p>
      <h3 className="inspector__title">{title}</h3>
      {fields}
      {findings.length > 0 ? <FindingList findings={findings} /> : null}
    </div>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="inspector__field">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

const none = <span className="muted">—</span>;

function Description({ text }: { text: string | null }) {
  return text ? <p className="inspector__description">{text}</p> : null;
}

function ObjectiveFields({ objective: o, plan }: { objective: Objective; plan: PlanDocument }) {
  const supporters = plan.goals.flatMap((g) =>
    g.supports
      .filter((s) => s.objectiveId === o.id)
      .map((s) => ({ id: g.id, code: g.code, title: g.title, strength: s.strength })),
  );
  return (
    <>
      <Description text={o.description} />
      <dl className="inspector__fields">
        <Field label="Horizon">{HORIZON_LABEL[o.horizon]}</Field>
        <Field label="Owner">
          <Owner name={o.owner} />
        </Field>
        <Field label="KPI">{o.kpi ? formatKpi(o.kpi) : none}</Field>
      </dl>
      <LinkList heading="Supported by goals" kind="goal" links={supporters} empty="No goal supports this objective." />
    </>
  );
}

function GoalFields({
  goal: g,
  plan,
  department,
}: {
  goal: Goal;
  plan: PlanDocument;
  department: Department | undefined;
}) {
  const objectives = new Map(plan.objectives.map((o) => [o.id, o]));
  const supports = g.supports.flatMap((s) => {
    const o = objectives.get(s.objectiveId);
    return o ? [{ id: o.id, code: o.code, title: o.title, strength: s.strength }] : [];
  });
  const tactics = plan.tactics.flatMap((t) =>
    t.supports
      .filter((s) => s.goalId === g.id)
      .map((s) => ({ id: t.id, code: t.code, title: t.title, strength: s.strength })),
  );
  return (
    <>
      <Description text={g.description} />
      <dl className="inspector__fields">
        <Field label="Department">{department?.name ?? none}</Field>
        <Field label="Owner">
          <Owner name={g.owner} />
        </Field>
        <Field label="KPI">{g.kpi ? formatKpi(g.kpi) : none}</Field>
      </dl>
      <LinkList heading="Supports objectives" kind="objective" links={supports} empty="Supports no objective." />
      <LinkList heading="Carried out by tactics" kind="tactic" links={tactics} empty="No tactic carries it out." />
    </>
  );
}

function TacticFields({
  tactic: t,
  plan,
  department,
}: {
  tactic: Tactic;
  plan: PlanDocument;
  department: Department | undefined;
}) {
  const goals = new Map(plan.goals.map((g) => [g.id, g]));
  const supports = t.supports.flatMap((s) => {
    const g = goals.get(s.goalId);
    return g ? [{ id: g.id, code: g.code, title: g.title, strength: s.strength }] : [];
  });
  return (
    <>
      <Description text={t.description} />
      <dl className="inspector__fields">
        <Field label="Department">{department?.name ?? none}</Field>
        <Field label="Owner">
          <Owner name={t.owner} />
        </Field>
        <Field label="Due">{t.due ? formatDate(t.due) : none}</Field>
        <Field label="Status">
          <StatusBadge status={t.status} />
        </Field>
        <Field label="Tags">
          {t.tags.length > 0 ? (
            <span className="tags">
              {t.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </span>
          ) : (
            none
          )}
        </Field>
      </dl>
      <LinkList heading="Supports goals" kind="goal" links={supports} empty="Supports no goal." />
    </>
  );
}

function DepartmentFields({ department: d, plan }: { department: Department; plan: PlanDocument }) {
  const goals = plan.goals.filter((g) => g.departmentId === d.id);
  const tactics = plan.tactics.filter((t) => t.departmentId === d.id);
  return (
    <>
      <dl className="inspector__fields">
        <Field label="Head">
          <Owner name={d.head} />
        </Field>
        <Field label="Goals">{goals.length}</Field>
        <Field label="Tactics">{tactics.length}</Field>
      </dl>
      <LinkList
        heading="Goals"
        kind="goal"
        links={goals.map((g) => ({ id: g.id, code: g.code, title: g.title, strength: null }))}
        empty="No goals yet."
      />
    </>
  );
}

interface LinkEntry {
  id: string;
  code: string;
  title: string;
  strength: Strength | null;
}

function LinkList({
  heading,
  kind,
  links,
  empty,
}: {
  heading: string;
  kind: Selection['kind'];
  links: LinkEntry[];
  empty: string;
}) {
  const { select } = useAppActions();
  return (
    <section className="inspector__section">
      <h4 className="inspector__subheading">{heading}</h4>
      {links.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ul className="inspector__links">
          {links.map((link) => (
            <li key={link.id}>
              <button type="button" className="link-button" onClick={() => select({ kind, id: link.id })}>
                <StrengthMark strength={link.strength} />
                <span className="code">{link.code}</span>
                <span className="link-button__title">{link.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <section className="inspector__section">
      <h4 className="inspector__subheading">Findings</h4>
      <ul className="finding-list finding-list--compact">
        {findings.map((f) => (
          <li key={`${f.kind}:${f.id}`} className={`finding finding--${f.severity}`}>
            <p className="finding__message">{f.message}</p>
            <p className="finding__rule">{f.rule}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
