import { useEffect, useState } from 'react';
import type { DocumentInfo } from '../../../contract/api.ts';
import type { PlanDocument } from '../../../contract/plan-format.ts';
import { useAppActions } from '../state/app-context.ts';
import { formatInstant } from './change-format.ts';
import '../styles/catchball.css';

/** `#/merge/choose` opens the merge screen with the file chooser already asked for. */
export const CHOOSE_DRAFT_HASH = '#/merge/choose';

/**
 * Says when the open file is a department's draft (leadership's parts refuse edits there), and carries the
 * desktop menu's Send Draft / Merge Draft to the screens that do them.
 */
export function CatchballBanner({ plan }: { plan: PlanDocument | null }) {
  const { notify, run } = useAppActions();
  const [draft, setDraft] = useState<DocumentInfo['draft']>(null);

  useEffect(() => {
    run('getDocumentInfo', {}).then(
      (info) => setDraft(info.draft),
      () => {},
    );
  }, [run]);

  useEffect(() => {
    const shell = window.hoshinShell;
    if (!shell) return;
    return shell.onMenuCommand((command) => {
      if (command === 'merge-draft') window.location.hash = CHOOSE_DRAFT_HASH;
      if (command === 'send-draft') {
        window.location.hash = '#/departments';
        notify({ message: 'Choose the department to send a draft to: Send draft… in its Catchball row.' });
      }
    });
  }, [notify]);

  if (!draft) return null;
  const department = plan?.departments.find((d) => d.id === draft.departmentId)?.name ?? draft.departmentId;
  return (
    <div className="draft-banner" role="status">
      Draft of <strong>{draft.planTitle}</strong> for <strong>{department}</strong>, issued{' '}
      {formatInstant(draft.issuedAt)} — leadership’s parts are read only
    </div>
  );
}
