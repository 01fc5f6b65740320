#!/usr/bin/env node
// `npm start`. Plain JavaScript so an old Node gets one plain line, not a stack trace; the launcher itself is
// TypeScript (scripts/launch.ts) run through Node's type stripping.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Hoshin Planner needs Node 22.12 or newer (Node 24 LTS recommended); this is Node ${process.versions.node}.`,
  );
  process.exit(2);
}

if (!process.features.typescript) {
  // Node 22.12-22.17 has type stripping behind a flag: re-run this script with it.
  const result = spawnSync(
    process.execPath,
    ['--experimental-strip-types', '--no-warnings', ...process.argv.slice(1)],
    { stdio: 'inherit' },
  );
  process.exit(result.status ?? 2);
}

const { launch } = await import('./launch.ts');
process.exitCode = await launch(process.argv.slice(2));
