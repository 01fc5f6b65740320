import type { HoshinBridge } from '../../contract/api.ts';
import type { HoshinShell } from '../../contract/shell.ts';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in web mode (a plain browser tab). */
    hoshin?: HoshinBridge;
    /** Native menu commands forwarded by Electron's preload; absent in web mode. */
    hoshinShell?: HoshinShell;
  }
}

export {};
