/**
 * ~100 damaged copies of a real plan (random byte flips and truncations) through every read command: each is
 * either read (a flip inside text can leave a sound database) or refused with a plain sentence naming the file,
 * and in both cases the file and its folder are byte-identical afterwards (no -journal, -wal, -shm, .bak, lock).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../../cli/main.ts';
import { HoshinError } from '../../../contract/errors.ts';
import { readDraftDocument } from '../../../services/read-draft.ts';
import { samplePlanDocument, writePlanFile } from '../../../services/plan-files.ts';
import { tempDir } from '../../helpers/temp.ts';
import { folderState, isPlainMessage } from './harness.ts';

const FLIPS = 70;
const TRUNCATIONS = 30;

/** A small deterministic generator, so a failing case can be replayed from its seed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function damaged(original: Buffer, index: number): Buffer {
  const rnd = random(1000 + index);
  if (index >= FLIPS) {
    // Truncations anywhere past the first page, where the header check alone cannot see them all.
    return original.subarray(0, 100 + Math.floor(rnd() * (original.length - 100)));
  }
  const bytes = Buffer.from(original);
  const flips = 1 + Math.floor(rnd() * 8);
  for (let i = 0; i < flips; i++) {
    const at = 100 + Math.floor(rnd() * (bytes.length - 100));
    bytes[at] = bytes[at]! ^ (1 + Math.floor(rnd() * 255));
  }
  return bytes;
}

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const code = await main(args, { stdout: () => {}, stderr: (t) => (stderr += t), readStdin: () => '' });
  return { code, stderr };
}

describe('corrupt plan files', () => {
  it(`are read or refused plainly by check, export, report and merge, and never modified (${FLIPS + TRUNCATIONS} files)`, async () => {
    const dir = tempDir();
    const source = path.join(dir, 'source.hoshin');
    writePlanFile(source, samplePlanDocument());
    const original = fs.readFileSync(source);
    fs.rmSync(source);
    const work = path.join(dir, 'work');
    fs.mkdirSync(work);
    const out = path.join(dir, 'out');
    fs.mkdirSync(out);
    const figures = { tried: 0, refused: 0, read: 0, crashed: [] as string[], unclear: [] as string[], modified: 0 };
    for (let i = 0; i < FLIPS + TRUNCATIONS; i++) {
      const file = path.join(work, `Damaged plan ${i}.hoshin`);
      const name = path.basename(file);
      fs.writeFileSync(file, damaged(original, i));
      const before = folderState(work);
      figures.tried++;
      const results = [
        await run(['check', file]),
        await run(['export', file]),
        await run(['export', file, '--format', 'csv', '--out', path.join(out, 'plan.csv')]),
      ];
      try {
        readDraftDocument(file);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        // A readable plan is refused as "a plan, not a department draft", which is as plain as a refusal.
        results.push({ code: err instanceof HoshinError ? 2 : 99, stderr: `hoshin: ${message}\n` });
      }
      if (results[0]!.code === 2) {
        // A file `check` refuses is refused by `report` too, before any browser starts.
        results.push(await run(['report', file, '--out', path.join(out, 'plan.pdf')]));
        figures.refused++;
      } else figures.read++;
      for (const r of results) {
        if (r.code === 2) {
          if (!isPlainMessage(r.stderr, name)) figures.unclear.push(`#${i}: ${r.stderr.trim()}`);
        } else if (r.code !== 0 && r.code !== 1) figures.crashed.push(`#${i}: ${r.stderr.trim()}`);
      }
      if (JSON.stringify(folderState(work)) !== JSON.stringify(before)) figures.modified++;
      fs.rmSync(file);
    }
    console.log(
      `corrupt files: ${JSON.stringify({ ...figures, crashed: figures.crashed.length, unclear: figures.unclear.length })}`,
    );
    expect(figures.crashed).toEqual([]);
    expect(figures.unclear).toEqual([]);
    expect(figures).toMatchObject({ tried: FLIPS + TRUNCATIONS, modified: 0 });
    // Most damage is caught: every truncation, and flips that hit the b-tree structure.
    expect(figures.refused).toBeGreaterThanOrEqual(TRUNCATIONS);
  }, 60_000);
});
