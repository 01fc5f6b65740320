// Shared by bin/hoshin.js and scripts/start.js, in plain JavaScript so an old Node gets one plain line instead
// of a stack trace: refuses Node older than 22.12, and on 22.12-22.17 (type stripping behind a flag) re-runs the
// calling script with the flag. Returns only when TypeScript can be imported.
import { spawnSync } from 'node:child_process';
import process from 'node:process';

export function requireTypeScriptNode(tooOld) {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(tooOld(process.versions.node));
    process.exit(2);
  }
  if (!process.features.typescript) {
    const result = spawnSync(
      process.execPath,
      ['--experimental-strip-types', '--no-warnings', ...process.argv.slice(1)],
      { stdio: 'inherit' },
    );
    process.exit(result.status ?? 2);
  }
}
