import { useEffect } from 'react';
import { WEB_MODE } from '../api/index.ts';
import type { DraftScope } from '../domain/draft-lock.ts';
import { useAppActions } from '../state/app-context.ts';
import { formatInstant } from './change-format.ts';
import '../styles/catchball.css';

/** `#/merge/choose` opens the merge screen with the file chooser already asked for. */
export const CHOOSE_DRAFT_HASH = '#/merge/choose';
/** Same origin, authenticated by the session cookie `hoshin serve` set when the page first opened. */
const DOWNLOAD_URL = '/api/download';

/**
 * Says when the open file is a department's draft: what it may change, and how to hand it back to leadership.
 * Also carries the desktop menu's Send Draft / Merge Draft to the screens that do them.
 */
export function CatchballBanner({ draft }: { draft: DraftScope | null }) {
  const { notify } = useAppActions();

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
  return (
    <section className="draft-banner" aria-label="Department draft" data-draft-department={draft.departmentId}>
      <p className="draft-banner__what">
        <strong>{draft.departmentName}’s draft</strong> of {draft.planTitle}, issued {formatInstant(draft.issuedAt)}.
        Change {draft.departmentName}’s goals and tactics; leadership’s parts are read only: add a note to propose a
        change (<a href="#/notes">Notes</a>).
      </p>
      <p className="draft-banner__return">
        {WEB_MODE ? (
          <>
            To hand it back:{' '}
            <a className="button button--small" href={DOWNLOAD_URL} download>
              Download the draft
            </a>{' '}
            and send the file to leadership.
          </>
        ) : (
          <>
            To hand it back: <strong>File &gt; Return draft…</strong> saves a copy to send to leadership.
          </>
        )}
      </p>
    </section>
  );
}
