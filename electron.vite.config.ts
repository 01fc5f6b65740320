/**
 * Desktop build: main process (main/index.ts -> out/main/index.js, ESM like the package), preload
 * (main/preload.ts -> out/preload/preload.cjs: sandboxed preloads must be CommonJS), renderer (renderer/'s own
 * Vite config -> out/renderer).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'electron-vite';
import { RENDERER_CSP } from './renderer/csp.ts';
import { rendererConfig, rendererInputs } from './renderer/vite.config.ts';

const fromRoot = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

export default defineConfig({
  main: {
    // The CSP main sends as a header on app://hoshin/ responses: the same policy the built index.html carries.
    define: { __HOSHIN_CSP__: JSON.stringify(RENDERER_CSP) },
    build: {
      outDir: fromRoot('./out/main'),
      sourcemap: true,
      // package.json's dependencies stay external (loaded from node_modules at run time); better-sqlite3 must,
      // being a native module that electron-builder rebuilds for Electron and unpacks from the asar.
      externalizeDeps: { include: ['better-sqlite3'] },
      rolldownOptions: {
        // The worker threads: the one that holds the open plan (services/plan-worker-client.ts looks for it beside
        // index.js) and the one that answers whole-plan reads (services/heavy-reads.ts, beside its caller).
        input: {
          index: fromRoot('./main/index.ts'),
          'plan-worker': fromRoot('./services/plan-worker.ts'),
          'analysis-worker': fromRoot('./services/analysis-worker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: fromRoot('./out/preload'),
      sourcemap: true,
      rolldownOptions: {
        input: { preload: fromRoot('./main/preload.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rolldownOptions: { input: rendererInputs },
    },
  },
});
