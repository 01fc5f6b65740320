import { useEffect } from 'react';
import type { Notice } from '../state/app-context.ts';
import { CloseIcon } from './icons.tsx';
import { t } from '../i18n/intl.ts';

interface NoticeBarProps {
  notice: (Notice & { id: number }) | null;
  onUndo: () => void;
  onDismiss: () => void;
}

const SHOW_MS = 8000;

/**
 * What just happened ("Deleted goal CS-1 with 3 links."), with Undo when it was a change. The live region is
 * always in the DOM so screen readers announce each new message.
 */
export function NoticeBar({ notice, onUndo, onDismiss }: NoticeBarProps) {
  useEffect(() => {
    if (!notice) return;
    const timer = window.setTimeout(onDismiss, SHOW_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);

  return (
    <div className="notice-region" role="status" aria-live="polite">
      {notice ? (
        <div className="notice" key={notice.id}>
          <p className="notice__message">{notice.message}</p>
          {notice.action ? (
            <button
              type="button"
              className="button button--small notice__undo"
              onClick={() => {
                notice.action?.run();
                onDismiss();
              }}
            >
              {notice.action.label}
            </button>
          ) : null}
          {notice.undoable ? (
            <button type="button" className="button button--small notice__undo" onClick={onUndo}>
              {t('common.undo')}
            </button>
          ) : null}
          <button type="button" className="icon-button" aria-label={t('common.dismissMessage')} onClick={onDismiss}>
            <CloseIcon />
          </button>
        </div>
      ) : null}
    </div>
  );
}
