import { useEffect, useId, useState } from 'react';
import { useModalDialog } from './use-modal-dialog.ts';
import { isTextTarget } from '../state/text-target.ts';

/** Every key of the app, grouped as the README's Keyboard section lists them. Keep the two in step. */
export const SHORTCUT_GROUPS: readonly { title: string; keys: readonly [string, string][] }[] = [
  {
    title: 'On a row of the outline',
    keys: [
      ['↑ ↓, Home, End', 'Move the focus'],
      ['→ ←', 'Expand or collapse; go to the first child or the parent'],
      ['Enter', 'Add an item of the same kind after it and type its title'],
      ['F2', 'Rename'],
      ['Tab, Shift+Tab', 'One level down (under the item above) or up'],
      ['1, 2, 3', 'Set its link to the row above it: strong, medium, weak'],
      ['O', 'Type its owner (everyone named so far is suggested)'],
      ['D', 'Type the department of a goal or tactic (a new name creates it)'],
      ['Alt+↑, Alt+↓', 'Move it among its siblings'],
      ['Delete, Backspace', 'Delete it (undoable)'],
      ['Esc', 'Go to the inspector of the item'],
    ],
  },
  {
    title: 'While typing a title',
    keys: [
      ['Enter', 'Save it'],
      ['Esc', 'Cancel (a new item is not created)'],
      ['Tab, Shift+Tab', 'Move the item a level down or up and keep typing'],
    ],
  },
  {
    title: 'In the inspector',
    keys: [
      ['Enter', 'Save the field (Ctrl/Cmd+Enter in a text area)'],
      ['Esc', 'Put the saved value back; again: back to the outline row or the tree node'],
    ],
  },
  {
    title: 'In the tree',
    keys: [
      ['Arrow keys, Home', 'Move between nodes (each is selected)'],
      ['Enter, Space', 'Expand or collapse the node'],
      ['+, −, 0', 'Zoom in, out; the whole tree'],
      ['Ctrl/Cmd+F, then Enter', 'Find a node: it is centred and selected (Shift+Enter: the previous match)'],
      ['Esc', 'From the search field: back to the tree, on the node found'],
      ['E', 'Export picture… (the whole tree as SVG or PNG; also in the X-matrix)'],
    ],
  },
  {
    title: 'In a find field (gaps, departments, review)',
    keys: [
      ['Enter', 'Go to the first match'],
      ['Esc', 'Clear the search and go back where you were'],
    ],
  },
  {
    title: 'Anywhere',
    keys: [
      ['Ctrl/Cmd+Z', 'Undo the last change'],
      ['Ctrl/Cmd+Shift+Z, Ctrl+Y', 'Redo'],
      ['Ctrl/Cmd+K', 'Command palette'],
      [
        'Ctrl/Cmd+F',
        'Find in this view: the cascade, the tree, gaps, departments, the review (elsewhere: the cascade)',
      ],
      ['F5, P', 'Presentation mode: the view on the whole screen (Esc leaves)'],
      ['?', 'This list'],
    ],
  },
];

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
        Keyboard shortcuts
      </h2>
      <div className="dialog__body shortcuts">
        {SHORTCUT_GROUPS.map((group) => (
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
          Close
        </button>
      </div>
    </dialog>
  );
}
