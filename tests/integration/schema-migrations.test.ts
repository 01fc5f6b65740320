/**
 * db/schema.ts and the checked-in migrations agree: drizzle-kit, run on a copy of both, finds nothing to generate.
 * A schema edit without its migration (or a migration edited by hand away from the schema) fails here, in CI.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it, onTestFinished } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

it('has no schema change that lacks a migration', () => {
  // Inside the checkout (tmp/ is git-ignored) so the schema's imports resolve to the project's node_modules.
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'tmp', 'drizzle-check-'));
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.cpSync(path.join(root, 'db', 'migrations'), path.join(dir, 'migrations'), { recursive: true });
  fs.copyFileSync(path.join(root, 'db', 'schema.ts'), path.join(dir, 'schema.ts'));
  fs.writeFileSync(
    path.join(dir, 'drizzle.config.ts'),
    "export default { dialect: 'sqlite', schema: './schema.ts', out: './migrations' };\n",
  );
  const before = fs.readdirSync(path.join(dir, 'migrations')).sort();
  const run = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules', 'drizzle-kit', 'bin.cjs'), 'generate', '--config', 'drizzle.config.ts'],
    { cwd: dir, encoding: 'utf8', timeout: 60_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  expect(run.stdout).toContain('No schema changes, nothing to migrate');
  expect(fs.readdirSync(path.join(dir, 'migrations')).sort()).toEqual(before);
});
