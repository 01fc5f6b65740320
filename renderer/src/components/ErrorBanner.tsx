import type { ApiError } from '../api/index.ts';
import { AlertIcon, CloseIcon } from './icons.tsx';
import { t } from '../i18n/intl.ts';
import { errorText } from '../i18n/service-text.ts';

interface ErrorBannerProps {
  error: ApiError | null;
  /** The words shown (the error's message unless the app has plainer ones). */
  message?: string;
  onDismiss: () => void;
  /** Offered with a read-only refusal in a draft: opens the note form on the item instead. */
  onAddNote?: (() => void) | null;
  /** Offered with a team plan's refused stale change: sends it again, over the other person's. */
  onReapply?: (() => void) | null;
}

/** The app's error, in plain words: the error's code is for programs (the CLI's JSON), never shown here. */
export function ErrorBanner({ error, message, onDismiss, onAddNote, onReapply }: ErrorBannerProps) {
  if (!error) return null;
  // The app's plainer words when it has them; else the service's, led in the app's language.
  const said =
    message && message !== error.message ? { lead: message, detail: null } : errorText(error.code, error.message);
  return (
    <div className="error-banner" role="alert">
      <AlertIcon />
      <p className="error-banner__message">
        {said.lead}
        {said.detail ? (
          <span className="error-banner__detail" dir="auto">
            {said.detail}
          </span>
        ) : null}
      </p>
      {onReapply ? (
        <button type="button" className="button button--small" data-reapply onClick={onReapply}>
          {t('common.reapply')}
        </button>
      ) : null}
      {onAddNote ? (
        <button type="button" className="button button--small" onClick={onAddNote}>
          {t('common.addNote')}
        </button>
      ) : null}
      <button type="button" className="icon-button" onClick={onDismiss} aria-label={t('common.dismissError')}>
        <CloseIcon />
      </button>
    </div>
  );
}
