import { useEffect, useId, useState } from 'react';
import { useModalDialog } from './use-modal-dialog.ts';
import { isTextTarget } from '../state/text-target.ts';
import { t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

/** Every key of the app, grouped as the README's Keyboard section lists them. Keep the two in step. */
const GROUPS: readonly { title: MessageKey; keys: readonly (readonly [string, MessageKey])[] }[] = [
  {
    title: 'shortcuts.row',
    keys: [
      ['↑ ↓, Home, End', 'shortcuts.row.move'],
      ['→ ←', 'shortcuts.row.expand'],
      ['Enter', 'shortcuts.row.enter'],
      ['F2', 'shortcuts.row.rename'],
      ['Tab, Shift+Tab', 'shortcuts.row.indent'],
      ['1, 2, 3', 'shortcuts.row.strength'],
      ['O', 'shortcuts.row.owner'],
      ['D', 'shortcuts.row.department'],
      ['Alt+↑, Alt+↓', 'shortcuts.row.reorder'],
      ['Delete, Backspace', 'shortcuts.row.delete'],
      ['Esc', 'shortcuts.row.inspector'],
    ],
  },
  {
    title: 'shortcuts.typing',
    keys: [
      ['Enter', 'shortcuts.typing.save'],
      ['Esc', 'shortcuts.typing.cancel'],
      ['Tab, Shift+Tab', 'shortcuts.typing.indent'],
    ],
  },
  {
    title: 'shortcuts.inspector',
    keys: [
      ['Enter', 'shortcuts.inspector.save'],
      ['Esc', 'shortcuts.inspector.esc'],
    ],
  },
  {
    title: 'shortcuts.tree',
    keys: [
      ['↑ ↓ ← →, Home', 'shortcuts.tree.move'],
      ['Enter, Space', 'shortcuts.tree.toggle'],
      ['+, −, 0', 'shortcuts.tree.zoom'],
      ['Ctrl/Cmd+F, Enter', 'shortcuts.tree.find'],
      ['Esc', 'shortcuts.tree.esc'],
      ['E', 'shortcuts.tree.export'],
    ],
  },
  {
    title: 'shortcuts.find',
    keys: [
      ['Enter', 'shortcuts.find.enter'],
      ['Esc', 'shortcuts.find.esc'],
    ],
  },
  {
    title: 'shortcuts.anywhere',
    keys: [
      ['Ctrl/Cmd+Z', 'shortcuts.any.undo'],
      ['Ctrl/Cmd+Shift+Z, Ctrl+Y', 'shortcuts.any.redo'],
      ['Ctrl/Cmd+K', 'shortcuts.any.palette'],
      ['Ctrl/Cmd+F', 'shortcuts.any.find'],
      ['F5, P', 'shortcuts.any.presentation'],
      ['?', 'shortcuts.any.help'],
    ],
  },
];

/** The groups in the app's language (the keys are named as printed on the keyboard, in every language). */
export function shortcutGroups(): { title: string; keys: [string, string][] }[] {
  return GROUPS.map((g) => ({ title: t(g.title), keys: g.keys.map(([keys, what]) => [keys, t(what)]) }));
}

/**
 * `?` (outside a text field) shows every shortcut in a modal dialog (the native <dialog>: focus trapped, Esc
 * closes it); the focus then goes back where it was.
 */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const { ref } = useModalDialog(open);
  const titleId = useId();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextTarget(event.target)) return;
      event.preventDefault();
      setOpen(true);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog dialog--shortcuts"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        setOpen(false);
      }}
    >
      <h2 id={titleId} className="dialog__title">
        {t('shortcuts.title')}
      </h2>
      <div className="dialog__body shortcuts">
        {shortcutGroups().map((group) => (
          <table key={group.title} className="shortcuts__table">
            <caption>{group.title}</caption>
            <tbody>
              {group.keys.map(([keys, what]) => (
                <tr key={keys}>
                  <th scope="row">
                    <kbd>{keys}</kbd>
                  </th>
                  <td>{what}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--primary" onClick={() => setOpen(false)}>
          {t('shortcuts.close')}
        </button>
      </div>
    </dialog>
  );
}
