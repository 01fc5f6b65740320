/**
 * canonicalJson is what a draft's base is hashed as (core/draft-issue.ts): master and merge must agree on it
 * byte for byte, so it is checked against the plain definition (JSON.stringify with every object rebuilt sorted).
 */
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../core/draft-issue.ts';
import { samplePlanDocument } from '../../services/plan-files.ts';

function reference(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}

describe('canonicalJson', () => {
  it('sorts object keys at every level and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[3,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('writes what the plain definition writes, edge cases included', () => {
    const cases: unknown[] = [
      samplePlanDocument(),
      { b: [1, undefined, () => 1, 'x\u2028"'], a: { z: undefined, y: null, x: -0, w: 1e21, v: 'é' } },
      { '10': 1, '9': 2, '': 3, 'a"b': 4 },
      { when: new Date(0), nested: { when: new Date(86_400_000) } },
      'text',
      42,
      null,
      [],
      {},
    ];
    for (const value of cases) expect(canonicalJson(value)).toBe(reference(value));
  });

  it('is the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ x: 1, y: { a: 1, b: 2 } })).toBe(canonicalJson({ y: { b: 2, a: 1 }, x: 1 }));
  });
});
