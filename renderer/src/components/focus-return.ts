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
