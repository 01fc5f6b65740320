/**
 * `db/schema.ts` and `db/migrations` must agree: drizzle-kit, run against a copy of the migrations, must find no
 * pending change. Otherwise a field added to the schema but never migrated would exist in the code and in no file.
 * drizzle-kit only accepts an output folder relative to the working directory, so the copies live under the
 * repository's (git-ignored) `tmp/`.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const drizzleKit = path.join(root, 'node_modules/drizzle-kit/bin.cjs');
const made: string[] = [];

afterEach(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** Runs `drizzle-kit generate` for `schema` over a copy of the real migrations; returns the files it added. */
async function pendingMigrations(schema: string): Promise<string[]> {
  fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const dir = fs.mkdtempSync(path.join(root, 'tmp', 'schema-drift-'));
  made.push(dir);
  const out = path.join(dir, 'migrations');
  fs.cpSync(path.join(root, 'db/migrations'), out, { recursive: true });
  const rel = (p: string) => './' + path.relative(root, p).split(path.sep).join('/');
  const config = path.join(dir, 'drizzle.config.ts');
  fs.writeFileSync(
    config,
    `export default ${JSON.stringify({ dialect: 'sqlite', schema: rel(schema), out: rel(out) })};\n`,
  );
  const before = new Set(fs.readdirSync(out));
  await run(process.execPath, [drizzleKit, 'generate', '--config', config], { cwd: root, env: process.env });
  return fs.readdirSync(out).filter((f) => !before.has(f));
}

describe('schema and migrations', () => {
  it('drizzle-kit finds no pending change between db/schema.ts and db/migrations', async () => {
    expect(await pendingMigrations(path.join(root, 'db/schema.ts'))).toEqual([]);
  });

  it('the check notices a schema change that has no migration', async () => {
    fs.mkdirSync(path.join(root, 'tmp'), { recursive: true });
    const dir = fs.mkdtempSync(path.join(root, 'tmp', 'schema-drifted-'));
    made.push(dir);
    const drifted = path.join(dir, 'schema.ts');
    fs.writeFileSync(
      drifted,
      fs.readFileSync(path.join(root, 'db/schema.ts'), 'utf8') +
        "\nexport const unmigrated = sqliteTable('unmigrated_table', { id: text('id').primaryKey() });\n",
    );
    const added = await pendingMigrations(drifted);
    expect(added.filter((f) => f.endsWith('.sql'))).toHaveLength(1);
  });
});
