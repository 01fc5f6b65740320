import { useEffect, useRef } from 'react';

/**
 * A native `<dialog>` shown modal while `open`: the element that had the focus is remembered when it opens and
 * (unless `restoreFocus` is false, for a dialog that decides where the focus goes itself) focused again when it
 * closes, so closing a dialog never drops the focus to the page.
 */
export function useModalDialog(open: boolean, { restoreFocus = true }: { restoreFocus?: boolean } = {}) {
  const ref = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      dialog.showModal();
    } else if (!open && dialog.open) {
      dialog.close();
      if (restoreFocus) returnFocus.current?.focus();
    }
  }, [open, restoreFocus]);
  return { ref, returnFocus };
}
