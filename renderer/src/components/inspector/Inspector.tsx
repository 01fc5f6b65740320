import { useEffect, type ReactNode } from 'react';
import type { Finding, GapReport } from '../../../../contract/gaps.ts';
import type { Department, PlanDocument } from '../../../../contract/plan-format.ts';
import { lockReason } from '../../domain/draft-lock.ts';
import { gapFlags } from '../../domain/gap-flags.ts';
import { openNoteCounts } from '../../domain/notes.ts';
import { indexPlan } from '../../domain/plan-index.ts';
import { TextField, orNull } from '../../forms/fields.tsx';
import { useAppActions, type Selection } from '../../state/app-context.ts';
import { useDraft } from '../../state/draft-context.ts';
import { useDeleteItem } from '../../state/useDeleteItem.ts';
import { useDeleteDepartment } from '../DeleteDepartmentDialog.tsx';
import { GapBadge, NoteBadge, SharedBadge } from '../marks.tsx';
import { ItemHistory } from './ItemHistory.tsx';
import { ItemNotes } from './ItemNotes.tsx';
import { GoalPanel, ObjectivePanel, TacticPanel } from './ItemPanels.tsx';
import { LockedFields } from '../LockedFields.tsx';
import { focusWorkArea } from '../focus-return.ts';
import { PEOPLE_LIST_ID, PeopleList } from '../../forms/PeopleList.tsx';
import { RenamePerson } from '../../forms/RenamePerson.tsx';
import { t } from '../../i18n/intl.ts';
import { findingText, ruleText } from '../../i18n/service-text.ts';
import type { MessageKey } from '../../i18n/messages/index.ts';

interface InspectorProps {
  plan: PlanDocument | null;
  gaps: GapReport | null;
  selection: Selection | null;
}

const KIND_LABEL: Record<Selection['kind'], MessageKey> = {
  department: 'inspector.kind.department',
  objective: 'inspector.kind.objective',
  goal: 'inspector.kind.goal',
  tactic: 'inspector.kind.tactic',
};

/** Every field of the selected item, edited in place, with its links and the gap findings about it. */
export function Inspector({ plan, gaps, selection }: InspectorProps) {
  const { request, clearRequest } = useAppActions();

  // "Link…" from the palette: the inspector's first link search takes focus.
  useEffect(() => {
    if (request?.type !== 'link') return;
    const search = document.querySelector<HTMLInputElement>('.inspector [role="combobox"]');
    if (search) {
      clearRequest();
      search.focus();
    }
  });

  const body = plan && selection ? <InspectorBody plan={plan} gaps={gaps} selection={selection} /> : null;
  return (
    <aside
      className="inspector"
      aria-labelledby="inspector-heading"
      onKeyDown={(event) => {
        // Esc that no field used (a field with unsaved text takes the first Esc to put its value back) returns to
        // the focused row of the outline, or the tree: the way back from the inspector, as Esc on a row came here.
        if (event.key !== 'Escape' || event.defaultPrevented || event.nativeEvent.isComposing) return;
        if (focusWorkArea()) event.preventDefault();
      }}
    >
      <h2 id="inspector-heading" className="inspector__heading">
        {t('inspector.heading')}
      </h2>
      <PeopleList plan={plan} />
      {body ?? <p className="inspector__empty">{t('inspector.empty')}</p>}
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
  const index = indexPlan(plan);
  const draft = useDraft();
  const deleteItem = useDeleteItem();
  const findings = gaps?.findings.filter((f) => f.id === selection.id && f.itemKind === selection.kind) ?? [];
  const flag = gapFlags(gaps).get(selection.id);
  let panel: ReactNode;
  let code = '';
  let title = '';
  let parents = 0;
  /** Whether `hoshin rollover` carried the item over from the previous period's plan. */
  let carried = false;
  let remove: (() => void) | null = null;
  let lock: string | null = null;
  const departmentName = (id: string) => index.departments.get(id)?.name;
  switch (selection.kind) {
    case 'objective': {
      const o = index.objectives.get(selection.id);
      if (!o) return <Gone />;
      code = o.code;
      title = o.title;
      carried = Boolean(o.carriedFrom);
      lock = lockReason(draft, { kind: 'objective' });
      panel = <ObjectivePanel objective={o} plan={plan} uncovered={flag === 'uncovered'} />;
      remove = () => void deleteItem('objective', o.id, o.code);
      break;
    }
    case 'goal': {
      const g = index.goals.get(selection.id);
      if (!g) return <Gone />;
      code = g.code;
      title = g.title;
      carried = Boolean(g.carriedFrom);
      parents = g.supports.length;
      lock = lockReason(draft, {
        kind: 'goal',
        departmentId: g.departmentId,
        departmentName: departmentName(g.departmentId),
      });
      panel = <GoalPanel goal={g} plan={plan} />;
      remove = () => void deleteItem('goal', g.id, g.code);
      break;
    }
    case 'tactic': {
      const tactic = index.tactics.get(selection.id);
      if (!tactic) return <Gone />;
      code = tactic.code;
      title = tactic.title;
      carried = Boolean(tactic.carriedFrom);
      parents = tactic.supports.length;
      lock = lockReason(draft, {
        kind: 'tactic',
        departmentId: tactic.departmentId,
        departmentName: departmentName(tactic.departmentId),
      });
      panel = <TacticPanel tactic={tactic} plan={plan} />;
      remove = () => void deleteItem('tactic', tactic.id, tactic.code);
      break;
    }
    case 'department': {
      const d = index.departments.get(selection.id);
      if (!d) return <Gone />;
      title = d.name;
      lock = lockReason(draft, { kind: 'department' });
      panel = <DepartmentPanel department={d} plan={plan} lock={lock} />;
      break;
    }
  }
  const isItem = selection.kind !== 'department';
  return (
    // Keyed by item so a field's unsaved text never carries over to the next item.
    <div className="inspector__body" data-inspected-id={selection.id} key={`${selection.kind}:${selection.id}`}>
      <div className="inspector__kind">
        <span>{t(KIND_LABEL[selection.kind])}</span>
        {code ? <span className="code">{code}</span> : null}
        <GapBadge flag={flag} />
        <SharedBadge parents={parents} kind={selection.kind} />
        {isItem ? <NoteBadge count={openNoteCounts(plan.notes).get(selection.id) ?? 0} /> : null}
        {remove ? (
          <button
            type="button"
            className="button button--small button--quiet inspector__delete"
            onClick={remove}
            disabled={lock !== null}
            title={lock ?? undefined}
          >
            {t('inspector.delete', { kind: selection.kind })}
          </button>
        ) : null}
      </div>
      {/* The whole title, which the one-line field below may cut off. */}
      <h3 className="inspector__title" dir="auto">
        {title}
      </h3>
      {carried ? (
        <p className="field__hint" data-carried>
          {t('inspector.carried')}
        </p>
      ) : null}
      <LockedFields reason={lock} itemId={isItem ? selection.id : null}>
        {panel}
      </LockedFields>
      {isItem ? <ItemNotes itemId={selection.id} about={[code, title].join(' ')} notes={plan.notes} /> : null}
      {isItem || selection.kind === 'department' ? <ItemHistory itemId={selection.id} version={plan} /> : null}
      {findings.length > 0 ? <FindingList findings={findings} /> : null}
    </div>
  );
}

function Gone() {
  return <p className="inspector__empty">{t('inspector.gone')}</p>;
}

function DepartmentPanel({
  department: d,
  plan,
  lock,
}: {
  department: Department;
  plan: PlanDocument;
  lock: string | null;
}) {
  const { run } = useAppActions();
  const { ask, dialog } = useDeleteDepartment();
  let goals = 0;
  let tactics = 0;
  for (const g of plan.goals) if (g.departmentId === d.id) goals++;
  for (const tactic of plan.tactics) if (tactic.departmentId === d.id) tactics++;
  return (
    <>
      <div className="inspector__fields">
        <TextField
          label={t('inspector.field.name')}
          value={d.name}
          path="name"
          onSave={(name) => run('updateDepartment', { id: d.id, name })}
        />
        <TextField
          label={t('inspector.field.head')}
          value={d.head ?? ''}
          path="head"
          list={PEOPLE_LIST_ID}
          onSave={(v) => run('updateDepartment', { id: d.id, head: orNull(v) })}
        />
        <RenamePerson plan={plan} name={d.head} />
      </div>
      <p className="inspector__facts">{t('inspector.departmentFacts', { goals, tactics })}</p>
      <button
        type="button"
        className="button button--small button--danger-quiet"
        onClick={() => ask(d)}
        disabled={lock !== null}
      >
        {t('inspector.deleteDepartment')}
      </button>
      {dialog}
    </>
  );
}

function FindingList({ findings }: { findings: Finding[] }) {
  return (
    <section className="inspector__section" aria-label={t('inspector.findings')}>
      <h4 className="inspector__subheading">{t('inspector.findings')}</h4>
      <ul className="finding-list finding-list--compact">
        {findings.map((f) => (
          <li key={`${f.kind}:${f.id}`} className={`finding finding--${f.severity}`}>
            <p className="finding__message" dir="auto">
              {findingText(f)}
            </p>
            <p className="finding__rule">{ruleText(f.kind, f.rule)}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
