import { useCallback, useEffect, useRef } from 'react';

/**
 * Where the keyboard goes back to after working in a side panel or finishing an action: the focused row of the
 * cascade outline (the one with tabindex 0, the roving focus), else the alignment tree's stage. The focus is never left on the page itself, which would make the next key do nothing.
 */
export function focusWorkArea(): boolean {
  const target =
    document.querySelector<HTMLElement>('[role="tree"] [role="treeitem"][tabindex="0"]') ??
    document.querySelector<HTMLElement>('.tree__stage');
  if (!target || target.offsetParent === null) return false;
  target.focus();
  return document.activeElement === target;
}

/** After an action removed or re-rendered the focused control: put the focus back in the work area. */
export function keepFocus(): void {
  requestAnimationFrame(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) focusWorkArea();
  });
}

/**
 * For a view whose action removes the control that had the focus (a fix applied: its form closes, then its
 * finding goes when the gaps reload): `arm(target)` and, on every render until the user points somewhere, a
 * focus dropped to the page goes to `target()` instead.
 */
export function useFocusRestore(): (target: () => HTMLElement | null) => void {
  const armed = useRef<(() => HTMLElement | null) | null>(null);
  useEffect(() => {
    const target = armed.current;
    if (!target) return;
    const active = document.activeElement;
    if (active && active !== document.body && active.isConnected) return;
    target()?.focus();
  });
  useEffect(() => {
    const disarm = () => (armed.current = null);
    window.addEventListener('pointerdown', disarm, true);
    return () => window.removeEventListener('pointerdown', disarm, true);
  }, []);
  return useCallback((target) => {
    armed.current = target;
  }, []);
}
