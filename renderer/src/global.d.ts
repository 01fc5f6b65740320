import type { HoshinBridge } from '../../contract/api.ts';

declare global {
  interface Window {
    /** Exposed by Electron's preload; absent in web mode (a plain browser tab). */
    hoshin?: HoshinBridge;
  }
}

export {};
