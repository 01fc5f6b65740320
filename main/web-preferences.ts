/**
 * The one set of webPreferences every BrowserWindow uses (the main window and the hidden report window), so no
 * window can be created with a weaker sandbox by accident. Electron-free at run time (a type import only), so a
 * unit test reads it directly.
 *
 * - contextIsolation + sandbox, no Node in the page, its workers or its frames: a compromised page gets nothing
 *   beyond what the preload's contract API offers.
 * - webSecurity on, no insecure content, no <webview>, no navigation by dropping a file, no experimental
 *   features or extra Blink features.
 * - disableBlinkFeatures 'Auxclick': a middle click cannot open links in a way setWindowOpenHandler does not see.
 */
import type { WebPreferences } from 'electron';

export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  disableBlinkFeatures: 'Auxclick',
  safeDialogs: true,
} satisfies WebPreferences);

export interface WindowSpecifics {
  /** The preload script; omitted for a window that must not reach the plan API. */
  preload?: string;
  devTools: boolean;
  spellcheck: boolean;
  /** A session of its own (a team window's, whose cookies and requests stay apart from the app's page). */
  partition?: string;
}

/** The secure preferences plus what legitimately differs between windows; nothing here can weaken them. */
export function secureWebPreferences(specifics: WindowSpecifics): WebPreferences {
  return {
    ...(specifics.preload ? { preload: specifics.preload } : {}),
    ...(specifics.partition ? { partition: specifics.partition } : {}),
    devTools: specifics.devTools,
    spellcheck: specifics.spellcheck,
    ...SECURE_WEB_PREFERENCES,
  };
}
