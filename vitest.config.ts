/**
 * Test layers: unit (pure functions), integration (real .hoshin files in temp folders), e2e (web mode driven
 * in Debian's Chromium through playwright-core), electron (skips with a printed reason where the Electron
 * binary is absent). `npm test` runs them all.
 */
import { defineConfig } from 'vitest/config';

// expect.poll's default (1 s) is too short on a loaded 2-core machine: polls wait on a condition for up to 20 s,
// checking every 50 ms, so a fast machine is no slower and a slow one does not fail.
const poll = { timeout: 20_000, interval: 50 };

export default defineConfig({
  test: {
    reporters: ['default', './tests/plain-summary-reporter.ts'],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'integration',
          expect: { poll },
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          // CLI tests spawn several processes each; on a loaded 2-core machine one start takes seconds.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          expect: { poll },
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        test: { name: 'electron', include: ['tests/electron/**/*.test.ts'], environment: 'node', testTimeout: 120_000 },
      },
    ],
  },
});
