import type { ApiError } from '../api/index.ts';
import { AlertIcon, CloseIcon } from './icons.tsx';

interface ErrorBannerProps {
  error: ApiError | null;
  onDismiss: () => void;
}

export function ErrorBanner({ error, onDismiss }: ErrorBannerProps) {
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <AlertIcon />
      <p className="error-banner__message">
        {error.message}
        {error.code !== 'internal' && error.code !== 'transport' ? (
          <span className="error-banner__code"> ({error.code})</span>
        ) : null}
      </p>
      <button type="button" className="icon-button" onClick={onDismiss} aria-label="Dismiss error">
        <CloseIcon />
      </button>
    </div>
  );
}
