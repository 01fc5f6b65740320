/**
 * Replaced at build time by electron.vite.config.ts with renderer/csp.ts's RENDERER_CSP (main/ may not import
 * renderer/ at run time, and the packaged app has no sources to import it from).
 */
declare const __HOSHIN_CSP__: string;
