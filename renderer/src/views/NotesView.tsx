import { NotesPanel } from '../catchball/NotesPanel.tsx';
import { t } from '../i18n/intl.ts';
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
            {t('notes.heading')}
          </h2>
          <p className="view__subtitle">
            {draft ? t('notes.subtitleDraft', { department: draft.departmentName }) : t('notes.subtitle')}
          </p>
        </div>
      </div>
      <NotesPanel plan={plan} />
    </section>
  );
}
