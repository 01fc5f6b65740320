import { usePlatform } from '../platform/platform.ts';
import { useEffect, useRef } from 'react';
import type { MenuCommand } from '../../../contract/shell.ts';
import { EXPORT_PICTURE_EVENT } from '../picture/usePictureShortcut.ts';
import { isTextTarget } from './text-target.ts';

export interface ShortcutHandlers {
  undo: () => void;
  redo: () => void;
  find: () => void;
  palette: () => void;
  presentation: () => void;
  /** Esc that nothing else used (no dialog, field or row took it). */
  escape: () => void;
}

/**
 * The app-wide keys. In Electron the native menu owns Ctrl/Cmd+Z, Shift+Z, F, K and F5 and forwards them through
 * `window.hoshinShell`; in a browser tab the page handles the same keys itself. P (presentation mode, like F5)
 * is the page's own everywhere. Inside a text field, undo and
 * redo stay the field's own.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const { shell } = usePlatform();
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    const onCommand = (command: MenuCommand) => {
      const h = latest.current;
      switch (command) {
        case 'undo':
        case 'redo':
          if (isTextTarget(document.activeElement)) document.execCommand(command);
          else h[command]();
          break;
        case 'find':
          h.find();
          break;
        case 'command-palette':
          h.palette();
          break;
        case 'toggle-presentation':
          h.presentation();
          break;
        case 'export-picture':
          // The tree and the X-matrix listen for it (usePictureShortcut); elsewhere it does nothing.
          window.dispatchEvent(new Event(EXPORT_PICTURE_EVENT));
          break;
      }
    };
    const stop = shell?.onMenuCommand(onCommand);

    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const h = latest.current;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      const menuOwns = shell !== null;
      const inText = isTextTarget(event.target);
      if (mod && !event.altKey && key === 'y' && !event.shiftKey) {
        if (inText) return;
        event.preventDefault();
        h.redo();
        return;
      }
      if (event.key === 'Escape' && !mod && !inText) {
        h.escape();
        return;
      }
      // P (as F5): presentation mode, outside text fields and lists that take typed letters, with no dialog open.
      if ((event.key === 'p' || event.key === 'P') && !mod && !event.altKey && !inText) {
        if (event.target instanceof HTMLSelectElement || document.querySelector('dialog[open]')) return;
        event.preventDefault();
        h.presentation();
        return;
      }
      if (menuOwns) return;
      if (event.key === 'F5' && !mod) {
        event.preventDefault();
        h.presentation();
      } else if (mod && !event.altKey && key === 'k') {
        event.preventDefault();
        h.palette();
      } else if (mod && !event.altKey && key === 'f') {
        event.preventDefault();
        h.find();
      } else if (mod && !event.altKey && key === 'z') {
        if (inText) return;
        event.preventDefault();
        if (event.shiftKey) h.redo();
        else h.undo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => {
      stop?.();
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [shell]);
}
