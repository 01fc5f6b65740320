import { useId, useMemo, useState, type KeyboardEvent } from 'react';
import { matchCommands, type Command } from '../domain/commands.ts';
import { useModalDialog } from './use-modal-dialog.ts';
import { t } from '../i18n/intl.ts';

interface CommandPaletteProps {
  open: boolean;
  commands: readonly Command[];
  onClose: () => void;
}

/**
 * Ctrl/Cmd+K: every action by name. A modal dialog with a combobox over a list box; Enter runs the highlighted
 * command, Esc closes, and focus returns to where it was.
 */
export function CommandPalette({ open, commands, onClose }: CommandPaletteProps) {
  // The palette puts the focus back itself (close(true)), or leaves it where the command put it.
  const { ref, returnFocus } = useModalDialog(open, { restoreFocus: false });
  const id = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useMemo(() => matchCommands(commands, query), [commands, query]);

  const close = (restoreFocus: boolean) => {
    setQuery('');
    setActive(0);
    // Closed here, not only by the effect: nothing outside a modal dialog can take focus while it is open.
    if (ref.current?.open) ref.current.close();
    onClose();
    if (restoreFocus) returnFocus.current?.focus();
  };
  const runCommand = (command: Command | undefined) => {
    if (!command || command.disabled) return;
    // Focus goes back first, so a command that moves focus (a new item's title) keeps it.
    close(true);
    command.run();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      runCommand(results[active]);
    }
  };

  const listId = `${id}-list`;
  const activeCommand = results[active];
  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label={t('palette.label')}
      onCancel={(e) => {
        e.preventDefault();
        close(true);
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) close(true);
      }}
    >
      {open ? (
        <>
          <input
            className="palette__input"
            type="text"
            role="combobox"
            aria-label={t('palette.command')}
            aria-expanded="true"
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={activeCommand ? `${listId}-${activeCommand.id}` : undefined}
            placeholder={t('palette.placeholder')}
            autoFocus
            autoComplete="off"
            value={query}
            onChange={(e) => {
              setQuery(e.target.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
          <ul id={listId} role="listbox" aria-label={t('palette.commands')} className="palette__list">
            {results.length === 0 ? (
              <li className="palette__empty" role="option" aria-selected="false" aria-disabled="true">
                {t('palette.noMatch', { query })}
              </li>
            ) : null}
            {results.map((c, i) => (
              <li
                key={c.id}
                id={`${listId}-${c.id}`}
                role="option"
                aria-selected={i === active}
                aria-disabled={c.disabled ? true : undefined}
                className={['palette__option', i === active ? 'is-active' : '', c.disabled ? 'is-disabled' : '']
                  .filter(Boolean)
                  .join(' ')}
                onMouseMove={() => setActive(i)}
                onClick={() => runCommand(c)}
              >
                <span className="palette__group">{c.group}</span>
                <span className="palette__label">
                  {c.label}
                  {c.disabled ? <span className="palette__note">{c.disabled}</span> : null}
                </span>
                {c.shortcut ? <kbd className="palette__kbd">{c.shortcut}</kbd> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </dialog>
  );
}
