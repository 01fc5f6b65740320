import { useEffect, useRef } from 'react';
import { isTextTarget } from '../state/text-target.ts';

/** The desktop menu's View > Export picture… reaches the view on screen as this window event (see App). */
export const EXPORT_PICTURE_EVENT = 'hoshin:export-picture';

/**
 * `E` (no modifier, outside a text field, no dialog open) and the menu's Export picture… call `open` while the
 * view that asks for it is on screen.
 */
export function usePictureShortcut(open: () => void): void {
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'e' && event.key !== 'E') return;
      if (event.defaultPrevented || event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextTarget(event.target) || document.querySelector('dialog[open]')) return;
      event.preventDefault();
      latest.current();
    };
    const onCommand = () => latest.current();
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener(EXPORT_PICTURE_EVENT, onCommand);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener(EXPORT_PICTURE_EVENT, onCommand);
    };
  }, []);
}
