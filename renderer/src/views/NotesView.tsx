import { NotesPanel } from '../catchball/NotesPanel.tsx';
import { useDraft } from '../state/draft-context.ts';
import type { ViewProps } from './view-props.ts';
import '../styles/catchball.css';

/** Catchball notes: every question and proposal in the file, with its answer; written here or in the inspector. */
export function NotesView({ plan }: ViewProps) {
  const draft = useDraft();
  return (
    <section className="view notes-view" aria-labelledby="notes-heading">
      <div className="view__toolbar">
        <div className="view__titles">
          <h2 id="notes-heading" className="view__heading">
            Notes
          </h2>
          <p className="view__subtitle">
            {draft
              ? `Questions and proposals from ${draft.departmentName} to leadership, about any item of the plan. They go back with the draft.`
              : 'Questions and proposals from the departments, about any item of the plan, and leadership’s answers.'}
          </p>
        </div>
      </div>
      <NotesPanel plan={plan} />
    </section>
  );
}
