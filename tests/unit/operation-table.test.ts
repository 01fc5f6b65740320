/**
 * The operation is declared once: the contract (names, inputs), OPERATION_META (kind, undo verb, touches) and
 * the domain modules' declarations (draft rule, handler) name the same operations, and every list the app uses
 * (dispatch's allow-list, the renderer's client, read-only and patchable sets) is derived from them.
 */
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, operations, READ_ONLY_OPERATIONS } from '../../contract/api.ts';
import { META_OPERATION_NAMES, OPERATION_META, RESOURCES } from '../../contract/operation-meta.ts';
import { isPatchable } from '../../renderer/src/domain/plan-patch.ts';
import { buildApi, OPERATION_NAMES as CLIENT_NAMES } from '../../renderer/src/api/operations.ts';
import { isOperationName } from '../../services/dispatch.ts';
import { DECLARATIONS, DOMAINS } from '../../services/ops/index.ts';

const sorted = (names: Iterable<string>) => [...names].sort();

describe('the operation table', () => {
  it('names the same operations in the contract, the metadata and the declarations', () => {
    expect(sorted(META_OPERATION_NAMES)).toEqual(sorted(OPERATION_NAMES));
    expect(sorted(Object.keys(DECLARATIONS))).toEqual(sorted(OPERATION_NAMES));
    expect(sorted(Object.keys(operations))).toEqual(sorted(OPERATION_NAMES));
  });

  it('declares each operation in exactly one domain module', () => {
    const owners = new Map<string, string[]>();
    for (const [domain, table] of Object.entries(DOMAINS)) {
      for (const name of Object.keys(table)) owners.set(name, [...(owners.get(name) ?? []), domain]);
    }
    const twice = [...owners].filter(([, domains]) => domains.length > 1);
    expect(twice).toEqual([]);
    expect(sorted(owners.keys())).toEqual(sorted(OPERATION_NAMES));
  });

  it('allows exactly the declared names through dispatch, IPC and HTTP', () => {
    for (const name of OPERATION_NAMES) expect(isOperationName(name), name).toBe(true);
    // Names an object answers to without declaring them must not reach a handler.
    for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'getplan', '', 'nope']) {
      expect(isOperationName(name), name).toBe(false);
    }
  });

  it('gives the renderer one client method per operation, each calling its own name', async () => {
    expect(sorted(CLIENT_NAMES)).toEqual(sorted(OPERATION_NAMES));
    const calls: [string, unknown][] = [];
    const api = buildApi(async (operation, input) => {
      calls.push([operation, input]);
      return operation;
    });
    for (const name of OPERATION_NAMES) {
      const method = api[name] as (input: unknown) => Promise<unknown>;
      await expect(method({ probe: name })).resolves.toBe(name);
    }
    expect(calls).toEqual(OPERATION_NAMES.map((name) => [name, { probe: name }]));
  });

  it('derives the read-only list from the metadata, and only reads and undo/redo record no undo step', () => {
    const reads = META_OPERATION_NAMES.filter((n) => OPERATION_META[n].kind === 'read');
    expect(sorted(READ_ONLY_OPERATIONS)).toEqual(sorted(reads));
    expect(reads).toEqual(expect.arrayContaining(['getPlan', 'getHistory', 'getReview', 'previewDelete']));
    const steps = META_OPERATION_NAMES.filter((n) => OPERATION_META[n].kind === 'step');
    expect(sorted(steps)).toEqual(['redo', 'undo']);
  });

  it('labels every change and says what it touches; reads carry no label and touch no history', () => {
    for (const name of META_OPERATION_NAMES) {
      const meta = OPERATION_META[name];
      expect(meta.touches.length, name).toBeGreaterThan(0);
      for (const r of meta.touches) expect(RESOURCES, `${name} touches ${r}`).toContain(r);
      if (meta.kind === 'change') {
        expect(meta.label, name).toMatch(/^[A-Z][a-z]/);
        expect(meta.touches, name).toContain('history');
      } else {
        expect(meta.label, name).toBeNull();
      }
      if (meta.kind === 'read')
        expect(meta.touches.length === 1 && meta.touches[0] === 'history').toBe(name === 'getHistory');
    }
  });

  it('patches only changes the metadata marks patchable', () => {
    for (const name of OPERATION_NAMES) {
      const meta = OPERATION_META[name];
      expect(isPatchable(name), name).toBe(meta.patchable);
      if (meta.patchable) expect(meta.kind, name).toBe('change');
    }
    expect(isPatchable('convertItem')).toBe(false);
    expect(isPatchable('setLink')).toBe(true);
  });
});
