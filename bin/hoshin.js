#!/usr/bin/env node
// The `hoshin` command. Plain JavaScript so it can refuse an old Node with a clear message before any
// TypeScript is loaded; the CLI itself is TypeScript run through Node's built-in type stripping.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `hoshin: Node ${process.versions.node} is too old. Hoshin Planner needs Node 22.12 or newer (Node 24 LTS recommended).`,
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

const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
