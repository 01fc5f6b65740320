/**
 * Vite config of the renderer, shared by electron-vite (the desktop build) and web mode
 * (`hoshin serve` builds with it when out/renderer is missing or older than the sources).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import { RENDERER_CSP } from './csp.ts';

export const rendererRoot = fileURLToPath(new URL('.', import.meta.url));
export const rendererOutDir = fileURLToPath(new URL('../out/renderer', import.meta.url));
/** The app, and the plan report alone for printing (`hoshin report`, File > Export PDF…, web mode's Print). */
export const rendererInputs = {
  index: fileURLToPath(new URL('./index.html', import.meta.url)),
  report: fileURLToPath(new URL('./report.html', import.meta.url)),
};

function cspMeta(): Plugin {
  return {
    name: 'hoshin-csp-meta',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<head>', `<head>\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`),
  };
}

export const rendererConfig: UserConfig = {
  root: rendererRoot,
  // Relative asset URLs: the same build is loaded from the app's own protocol in Electron and over HTTP in web mode.
  base: './',
  plugins: [react(), cspMeta()],
  build: {
    outDir: rendererOutDir,
    emptyOutDir: true,
    target: 'es2023',
    sourcemap: true,
    // Inline nothing as data: URLs so the CSP stays simple.
    assetsInlineLimit: 0,
    rolldownOptions: { input: rendererInputs },
  },
  server: { host: '127.0.0.1' },
  logLevel: 'warn',
};

export default defineConfig(rendererConfig);
