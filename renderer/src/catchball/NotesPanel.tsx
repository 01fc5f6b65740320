import { useEffect, useId, useMemo, useState } from 'react';
import type { DraftStatus } from '../../../contract/catchball.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { noteSubjects, openNotesLabel, sortNotes, type NoteSubject } from '../domain/notes.ts';
import { useAppActions } from '../state/app-context.ts';
import { useDraft } from '../state/draft-context.ts';
import { NoteEntry } from './NoteEntry.tsx';
import { NoteForm } from './NoteForm.tsx';
import { t } from '../i18n/intl.ts';

interface NotesPanelProps {
  plan: PlanDocument;
  /** The review screen lists only what waits for an answer, and writes none. */
  openOnly?: boolean;
}

/** Between the departments' counts. */
const SEPARATOR = ' · ';

const about = (s: NoteSubject | undefined) => (s ? `${s.code} ${s.title}` : t('notes.goneItem'));

/**
 * The file's catchball notes: item (code and title), kind, text, author, date and answer. In a draft, a note can
 * be written here on any item; in the master, leadership answers here or in the inspector.
 */
export function NotesPanel({ plan, openOnly = false }: NotesPanelProps) {
  const draft = useDraft();
  const subjects = useMemo(() => noteSubjects(plan), [plan]);
  const notes = sortNotes(openOnly ? plan.notes.filter((n) => n.answer === null) : plan.notes);
  const open = plan.notes.filter((n) => n.answer === null).length;
  const heading = openOnly ? t('notes.open') : t('notes.all');
  const count = openOnly ? open : notes.length;
  return (
    <section className="merge-section notes-panel" aria-labelledby="notes-panel-heading">
      <h3 id="notes-panel-heading" className="section-heading">
        {heading} <span className="section-heading__count">{count}</span>
      </h3>
      {draft ? null : <DepartmentNoteCounts plan={plan} />}
      {openOnly || !draft ? null : <NewNote plan={plan} />}
      {notes.length === 0 ? (
        <p className="muted">{openOnly ? t('notes.noneOpen') : t('notes.none')}</p>
      ) : (
        <ul className="note-list note-list--panel" aria-label={openOnly ? t('notes.open') : t('notes.all')}>
          {notes.map((n) => (
            <NoteEntry key={n.id} note={n} about={about(subjects.get(n.itemId))} canAnswer={draft === null} />
          ))}
        </ul>
      )}
      {/* A department writes first; leadership answers first and writes below. */}
      {openOnly || draft ? null : <NewNote plan={plan} />}
    </section>
  );
}

/**
 * Open notes per department, from getDraftStatus: the very numbers the Departments view's Catchball table shows,
 * so the two screens cannot disagree.
 */
function DepartmentNoteCounts({ plan }: { plan: PlanDocument }) {
  const { run } = useAppActions();
  const [statuses, setStatuses] = useState<readonly DraftStatus[] | null>(null);
  useEffect(() => {
    let live = true;
    run('getDraftStatus', {}).then(
      (list) => live && setStatuses(list),
      () => live && setStatuses(null),
    );
    return () => {
      live = false;
    };
  }, [run, plan.notes]);
  const withNotes = (statuses ?? []).filter((s) => s.openNotes > 0);
  // A department's count (getDraftStatus) holds the notes it raised, on any item, objectives included. A note on
  // an objective that no department raised (leadership's own, or one merged before notes recorded it) is in no
  // department's count: listed on its own, so the figures here add up to the open notes of the plan.
  const objectives = new Set(plan.objectives.map((o) => o.id));
  const onObjectives = plan.notes.filter(
    (n) => n.answer === null && n.departmentId === null && objectives.has(n.itemId),
  ).length;
  if (withNotes.length === 0 && onObjectives === 0) return null;
  const name = (id: string) => plan.departments.find((d) => d.id === id)?.name ?? t('notes.aDepartment');
  return (
    <p className="notes-panel__departments" data-department-notes="">
      {withNotes.map((s, i) => (
        <span key={s.departmentId} data-department-id={s.departmentId} data-open-notes={s.openNotes}>
          {i > 0 ? SEPARATOR : null}
          {t('notes.department', { department: name(s.departmentId), count: openNotesLabel(s.openNotes) })}
        </span>
      ))}
      {onObjectives > 0 ? (
        <span data-objective-notes={onObjectives}>
          {withNotes.length > 0 ? SEPARATOR : null}
          {t('notes.onObjectives', { count: openNotesLabel(onObjectives) })}
        </span>
      ) : null}
    </p>
  );
}

/** Writing a note from the panel: first the item it is about (any item, read-only ones included). */
function NewNote({ plan }: { plan: PlanDocument }) {
  const id = useId();
  const [itemId, setItemId] = useState('');
  const subjects = useMemo(() => noteSubjects(plan), [plan]);
  const chosen = itemId && subjects.has(itemId) ? itemId : '';
  return (
    <div className="card notes-panel__new">
      <h4 className="inspector__subheading">{t('notes.add')}</h4>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-item`}>
          {t('notes.about')}
        </label>
        <select id={`${id}-item`} className="select" value={chosen} onChange={(e) => setItemId(e.target.value)}>
          <option value="">{t('notes.choose')}</option>
          <optgroup label={t('notes.objectives')}>
            {plan.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.code} {o.title}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('notes.goals')}>
            {plan.goals.map((g) => (
              <option key={g.id} value={g.id}>
                {g.code} {g.title}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('notes.tactics')}>
            {plan.tactics.map((x) => (
              <option key={x.id} value={x.id}>
                {x.code} {x.title}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <NoteForm itemId={chosen || null} about={chosen ? about(subjects.get(chosen)) : t('notes.theItem')} />
    </div>
  );
}
