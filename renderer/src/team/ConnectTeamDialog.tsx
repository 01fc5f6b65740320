import { useId, useState } from 'react';
import { parseTeamAddress, type TeamAddress } from '../../../contract/team-connection.ts';
import { useModalDialog } from '../components/use-modal-dialog.ts';
import { t } from '../i18n/intl.ts';
import { usePlatform } from '../platform/platform.ts';

/** The last server connected to, offered again next time (this computer only). */
const LAST_ADDRESS_KEY = 'hoshin.team.lastAddress';

interface ConnectTeamDialogProps {
  open: boolean;
  onClose: () => void;
}

/**
 * File > Connect to a Team Plan…: the team server's address (or a plan's, pasted from the browser), checked as
 * it is typed. The desktop opens the server's sign-in page in a window of its own (main checks the address
 * again); a browser tab opens it in a new tab.
 */
export function ConnectTeamDialog({ open, onClose }: ConnectTeamDialogProps) {
  const { ref } = useModalDialog(open);
  const id = useId();
  const [address, setAddress] = useState(readLastAddress);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { shell } = usePlatform();

  const connect = async () => {
    const parsed = parseTeamAddress(address);
    if (!parsed.ok) {
      setError(refusal(parsed));
      return;
    }
    setBusy(true);
    try {
      if (shell) {
        // Main checks the address again and says why in plain words if it still refuses.
        const refused = await shell.connectTeam(address);
        if (refused) {
          setError(refused);
          return;
        }
      } else {
        window.open(parsed.startUrl, '_blank', 'noopener,noreferrer');
      }
      writeLastAddress(address.trim());
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <dialog
      ref={ref}
      className="dialog dialog--connect-team"
      aria-labelledby={`${id}-title`}
      data-connect-team
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={`${id}-title`} className="dialog__title">
        {t('teamConnect.title')}
      </h2>
      <form
        className="dialog__body"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void connect();
        }}
      >
        <p className="muted">{t('teamConnect.intro')}</p>
        <div className={error ? 'field has-error' : 'field'}>
          <label className="field__label" htmlFor={`${id}-address`}>
            {t('teamConnect.address')}
          </label>
          <input
            id={`${id}-address`}
            className="input"
            type="url"
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder={t('teamConnect.placeholder')}
            value={address}
            onChange={(e) => {
              setAddress(e.target.value);
              setError(null);
            }}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : `${id}-hint`}
          />
          {error ? (
            <p className="field__error" id={`${id}-error`} role="alert">
              {error}
            </p>
          ) : (
            <p className="field__hint" id={`${id}-hint`}>
              {shell ? t('teamConnect.openDesktop') : t('teamConnect.openWeb')}
            </p>
          )}
        </div>
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t('teamConnect.connect')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function refusal(parsed: Extract<TeamAddress, { ok: false }>): string {
  return t(`teamConnect.refused.${parsed.reason}`, { typed: parsed.typed, host: parsed.host });
}

function readLastAddress(): string {
  try {
    return window.localStorage.getItem(LAST_ADDRESS_KEY) ?? '';
  } catch {
    return '';
  }
}

function writeLastAddress(address: string): void {
  try {
    window.localStorage.setItem(LAST_ADDRESS_KEY, address);
  } catch {
    // Private windows may refuse storage: the address is simply not offered next time.
  }
}
