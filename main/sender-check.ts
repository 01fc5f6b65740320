/**
 * Whether an IPC call comes from our own window's top frame showing our own page. Free of Electron at run time
 * (type imports only), so it is unit-tested without the binary.
 */
import type { IpcMainInvokeEvent, WebContents } from 'electron';

export interface SenderContext {
  /** The main window's contents, when there is a window. */
  mainContents(): WebContents | null;
  /** Whether a URL is the app's own page (app://hoshin/, or the dev server in development). */
  isAppUrl(url: string): boolean;
}

export function isTrustedSender(
  context: SenderContext,
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
): boolean {
  const contents = context.mainContents();
  const frame = event.senderFrame;
  if (!contents || contents.isDestroyed() || event.sender !== contents || !frame) return false;
  // The top frame of our window (not an iframe, which the CSP forbids anyway), showing our own page.
  const top = contents.mainFrame;
  const isTop = frame === top || (frame.processId === top.processId && frame.routingId === top.routingId);
  return isTop && frame.parent === null && context.isAppUrl(frame.url);
}
