/**
 * A few hundred mutated plan JSON files (fixed seed) through `hoshin import`: each either imports exactly what it
 * says or is refused with one plain line naming the file and the JSON path; none crashes, and a refused import
 * leaves no target file and no litter behind.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main } from '../../cli/main.ts';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { parsePlanJson, stringifyPlan } from '../../core/plan-json.ts';
import { openPlan, samplePlanDocument } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

const MUTATIONS = 300;
const SEED = 0x16_2027;
const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/hoshin.js');

/** mulberry32: a small deterministic generator, so a failure names a case that can be replayed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { int, pick };
}

/** The sample plan with catchball notes on an objective, a goal and a tactic, as plan JSON. */
function basePlan(): Record<string, unknown> {
  const doc = samplePlanDocument();
  const notes: PlanDocument['notes'] = [doc.objectives[0]!, doc.goals[1]!, doc.tactics[2]!].map((item, i) => ({
    id: `n-${i + 1}`,
    itemId: item.id,
    kind: i % 2 === 0 ? 'question' : 'proposal',
    text: `Note ${i + 1} about ${item.title} 🙂`,
    author: 'Rahul',
    createdAt: '2027-01-31T09:30:00Z',
    answer: null,
    answeredBy: null,
    answeredAt: null,
    departmentId: i === 0 ? 'd-support' : null,
  }));
  return JSON.parse(stringifyPlan({ ...doc, notes })) as Record<string, unknown>;
}

type Json = unknown;
type Path = (string | number)[];

/** Every path in the document that holds a value, and every id found, for mutations to aim at. */
function survey(doc: Json): { paths: Path[]; strings: Path[]; ids: string[] } {
  const paths: Path[] = [];
  const strings: Path[] = [];
  const ids: string[] = [];
  const walk = (v: Json, p: Path) => {
    paths.push(p);
    if (typeof v === 'string') {
      strings.push(p);
      if (p.at(-1) === 'id') ids.push(v);
    } else if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...p, i]));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, [...p, k]);
  };
  walk(doc, []);
  return { paths: paths.slice(1), strings, ids };
}

function parentOf(doc: Json, p: Path): { parent: Record<string | number, Json>; key: string | number } {
  let parent = doc as Record<string | number, Json>;
  for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
  return { parent, key: p.at(-1)! };
}

const dotted = (p: Path) => p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? k : `.${k}`)).join('');

interface Mutant {
  text: string;
  /** The file's bytes when they are not simply `text` in UTF-8. */
  bytes?: Buffer;
  kind: string;
  /** Set when the mutation must be refused at exactly this path with this message. */
  refusedAt?: { path: string; message: string };
}

function mutate(rng: ReturnType<typeof generator>): Mutant {
  const doc = basePlan();
  const { paths, strings, ids } = survey(doc);
  const noteIndex = rng.int(3);
  const notes = doc.notes as Record<string, Json>[];
  const textual = (text: string, kind: string): Mutant => ({ text, kind });
  const structural = (kind: string, refusedAt?: Mutant['refusedAt']): Mutant => ({
    text: JSON.stringify(doc, null, rng.int(3)),
    kind,
    ...(refusedAt ? { refusedAt } : {}),
  });
  const op = rng.int(17);
  switch (op) {
    case 0: {
      const p = rng.pick(paths);
      const { parent, key } = parentOf(doc, p);
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return structural('delete a value');
    }
    case 1: {
      const p = rng.pick(paths);
      const { parent, key } = parentOf(doc, p);
      parent[key] = rng.pick([null, 0, -1, 1e308, '', 'x', [], {}, true, '2027-02-30']);
      return structural('replace a value with another type');
    }
    case 2: {
      const p = rng.pick(strings);
      const { parent, key } = parentOf(doc, p);
      const s = parent[key] as string;
      const at = rng.int(s.length + 1);
      parent[key] = s.slice(0, at) + rng.pick(['\ud800', '\udfff', '\udbff']) + s.slice(at);
      return structural('insert a lone surrogate', {
        path: dotted(p),
        message: 'contains an invalid character (a lone surrogate)',
      });
    }
    case 3: {
      const p = rng.pick(strings);
      const { parent, key } = parentOf(doc, p);
      const s = parent[key] as string;
      // The high half of 🙂 alone, by cutting a valid pair.
      parent[key] = `${s}\ud83d`;
      return structural('cut a surrogate pair', {
        path: dotted(p),
        message: 'contains an invalid character (a lone surrogate)',
      });
    }
    case 4: {
      notes[noteIndex]!.id = rng.pick(ids.filter((id) => id !== notes[noteIndex]!.id));
      return structural('give a note an id already used');
    }
    case 5: {
      const departments = doc.departments as { id: string }[];
      const target = rng.pick([rng.pick(departments).id, 'missing-item', (doc.plan as { id: string }).id, 'n-1']);
      notes[noteIndex]!.itemId = target;
      return structural('point a note at something that cannot carry one', {
        path: `notes[${noteIndex}].itemId`,
        message: `no objective, goal or tactic has id "${target}"`,
      });
    }
    case 6: {
      const p = rng.pick(paths.filter((x) => typeof x.at(-1) === 'string'));
      const { parent } = parentOf(doc, p);
      (parent as Record<string, Json>)[rng.pick(['extra', '__proto__', 'constructor', 'Id'])] = 1;
      return structural('add an unknown key');
    }
    case 7: {
      const p = rng.pick(strings);
      const { parent, key } = parentOf(doc, p);
      parent[key] = 'x'.repeat(rng.pick([201, 301, 5001, 20_001, 100_000]));
      return structural('make a text too long');
    }
    case 8: {
      const p = rng.pick(strings);
      const { parent, key } = parentOf(doc, p);
      parent[key] = rng.pick(['😀 valid pair', 'tab\there', 'nul\u0000byte', 'ü ñ 漢字', '  padded  ', '\u202e']);
      return structural('replace a text with unusual but valid characters');
    }
    case 9: {
      const valueAt = (p: Path) => parentOf(doc, p).parent[parentOf(doc, p).key];
      const list = valueAt(rng.pick(paths.filter((p) => Array.isArray(valueAt(p))))) as Json[];
      if (list.length > 0) list.push(structuredClone(list[rng.int(list.length)]));
      return structural('duplicate an array entry');
    }
    default: {
      const text = JSON.stringify(doc, null, 2);
      const at = rng.int(text.length);
      switch (op) {
        case 10:
          return textual(text.slice(0, at), 'truncate the text');
        case 11:
          return textual(text.slice(0, at) + text.slice(at + 1 + rng.int(8)), 'delete a few characters');
        case 12:
          return textual(
            text.slice(0, at) + rng.pick(['{', '}', '[', ']', ',', ':', '"', '\\']) + text.slice(at),
            'insert a JSON token',
          );
        case 13:
          return textual(
            text.replace(/"([^"\\]{3,})"/, (_m, s: string) => `"${s}\\ud800"`),
            'escape a lone surrogate',
          );
        case 14:
          return textual(`\ufeff${text}`, 'start with a byte-order mark');
        case 15: {
          const bytes = Buffer.from(text, 'utf8');
          const bad = rng.pick([[0xff], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0x80]]);
          const cut = Buffer.concat([bytes.subarray(0, at), Buffer.from(bad), bytes.subarray(at)]);
          return { text, bytes: cut, kind: 'insert bytes that are not UTF-8' };
        }
        default:
          return textual(text.replace(/: (\d+)/, ': 1e999'), 'an out-of-range number');
      }
    }
  }
}

/** `hoshin import` in this process (the same `main` bin/hoshin.js runs), capturing what it prints. */
async function importCli(source: string, target: string) {
  let stdout = '';
  let stderr = '';
  let crashed: unknown = null;
  let code: number | null = null;
  try {
    code = await main(['import', source, target], {
      stdout: (t) => void (stdout += t),
      stderr: (t) => void (stderr += t),
      readStdin: () => '',
    });
  } catch (err) {
    crashed = err;
  }
  return { code, stdout, stderr, crashed };
}

describe('hoshin import of mutated plan JSON', () => {
  it(`imports or plainly refuses each of ${MUTATIONS} mutated files, never half-writing the target`, async () => {
    const rng = generator(SEED);
    const dir = tempDir();
    const figures = { tried: 0, imported: 0, refused: 0, crashed: 0, unclear: 0, halfWritten: 0 };
    const problems: string[] = [];
    for (let i = 0; i < MUTATIONS; i++) {
      const mutant = mutate(rng);
      const name = `case-${i}.json`;
      const source = path.join(dir, name);
      const target = path.join(dir, `case-${i}.hoshin`);
      fs.writeFileSync(source, mutant.bytes ?? mutant.text);
      figures.tried++;
      const r = await importCli(source, target);
      const label = `case ${i} (${mutant.kind})`;
      if (r.crashed !== null || (r.code !== 0 && r.code !== 2)) {
        figures.crashed++;
        problems.push(`${label}: crashed: ${String(r.crashed ?? r.code)}`);
        continue;
      }
      if (r.code === 0) {
        figures.imported++;
        if (mutant.bytes) problems.push(`${label}: imported bytes that are not UTF-8`);
        const expected = stringifyPlan(parsePlanJson(mutant.text, name));
        const session = openPlan(target);
        const stored = stringifyPlan(session.dispatch('getPlan', {}));
        session.close();
        if (stored !== expected) problems.push(`${label}: imported something other than the file said`);
        if (mutant.refusedAt) problems.push(`${label}: imported, but must be refused at ${mutant.refusedAt.path}`);
        continue;
      }
      figures.refused++;
      const line = r.stderr;
      const plain =
        new RegExp(`^hoshin: ${name.replace('.', '\\.')} is not (valid JSON|a valid Hoshin plan): `).test(line) &&
        line.endsWith('\n') &&
        line.split('\n').length === 2 &&
        !/unexpected error|internal|SQLITE|\*\*\*/i.test(line);
      const namesPath =
        /is not valid JSON: /.test(line) || /: [a-z$](?:[\w.$]|\[\d+\]|\["(?:[^"\\]|\\.)*"\])*: /i.test(line);
      if (!plain || !namesPath) {
        figures.unclear++;
        problems.push(`${label}: unclear message: ${line}`);
      }
      if (mutant.refusedAt && !line.includes(`${mutant.refusedAt.path}: ${mutant.refusedAt.message}`)) {
        figures.unclear++;
        problems.push(`${label}: expected "${mutant.refusedAt.path}: ${mutant.refusedAt.message}" in: ${line}`);
      }
      if (fs.existsSync(target) || fs.existsSync(`${target}-wal`) || fs.existsSync(`${target}-journal`)) {
        figures.halfWritten++;
        problems.push(`${label}: refused, yet ${path.basename(target)} or its journal is on disk`);
      }
    }
    // No litter: only the inputs and the imported plans remain.
    const litter = fs.readdirSync(dir).filter((f) => !/^case-\d+\.(json|hoshin)$/.test(f));
    console.info(`plan JSON mutations: ${JSON.stringify(figures)}`);
    expect(problems).toEqual([]);
    expect(litter).toEqual([]);
    expect(figures.tried).toBe(MUTATIONS);
    expect(figures.crashed + figures.unclear + figures.halfWritten).toBe(0);
    // The harness must exercise both outcomes to mean anything.
    expect(figures.imported).toBeGreaterThan(20);
    expect(figures.refused).toBeGreaterThan(150);
  }, 240_000);

  it('refuses a lone surrogate through the real command with the path in one line, and writes nothing', () => {
    const dir = tempDir();
    const doc = basePlan();
    (doc.objectives as { title: string }[])[2]!.title = 'Lift \ud800 CSAT';
    const source = path.join(dir, 'plan.json');
    fs.writeFileSync(source, JSON.stringify(doc));
    expect(fs.readFileSync(source, 'utf8')).toContain('\\ud800');
    const target = path.join(dir, 'plan.hoshin');
    const r = spawnSync(process.execPath, [bin, 'import', source, target], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      'hoshin: plan.json is not a valid Hoshin plan: objectives[2].title: contains an invalid character (a lone surrogate)\n',
    );
    expect(fs.readdirSync(dir)).toEqual(['plan.json']);
  });
});
