import { useEffect } from 'react';
import type { DraftScope } from '../domain/draft-lock.ts';
import { usePlatform } from '../platform/platform.ts';
import { useAppActions } from '../state/app-context.ts';
import { formatInstant } from './change-format.ts';
import '../styles/catchball.css';
import { t, tRich } from '../i18n/intl.ts';

/** `#/merge/choose` opens the merge screen with the file chooser already asked for. */
export const CHOOSE_DRAFT_HASH = '#/merge/choose';

/**
 * Says when the open file is a department's draft: what it may change, and how to hand it back to leadership.
 * Also carries the desktop menu's Send Draft / Merge Draft to the screens that do them.
 */
export function CatchballBanner({ draft }: { draft: DraftScope | null }) {
  const { notify } = useAppActions();
  const { shell, files } = usePlatform();

  useEffect(() => {
    if (!shell) return;
    return shell.onMenuCommand((command) => {
      if (command === 'merge-draft') window.location.hash = CHOOSE_DRAFT_HASH;
      if (command === 'send-draft') {
        window.location.hash = '#/departments';
        notify({ message: t('banner.sendDraftHint') });
      }
    });
  }, [notify, shell]);

  if (!draft) return null;
  return (
    <section className="draft-banner" aria-label={t('banner.label')} data-draft-department={draft.departmentId}>
      <p className="draft-banner__what">
        {tRich('banner.what', {
          department: draft.departmentName,
          plan: draft.planTitle,
          issued: formatInstant(draft.issuedAt),
          b: (chunks) => <strong>{chunks}</strong>,
          notes: (chunks) => <a href="#/notes">{chunks}</a>,
        })}
      </p>
      <p className="draft-banner__return">
        {files.planDownloadUrl
          ? tRich('banner.returnWeb', {
              download: (chunks) => (
                <a className="button button--small" href={files.planDownloadUrl ?? undefined} download>
                  {chunks}
                </a>
              ),
            })
          : tRich('banner.returnDesktop', { b: (chunks) => <strong>{chunks}</strong> })}
      </p>
    </section>
  );
}
