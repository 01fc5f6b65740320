/**
 * The renderer's Content-Security-Policy: everything from the app itself, nothing remote, no inline script.
 * Injected as a <meta> into the built index.html (the dev server's HMR needs inline script, so not in dev)
 * and sent as a header by web mode.
 */
export const RENDERER_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ');
