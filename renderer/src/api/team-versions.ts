/**
 * A team plan page's record of the version of each item it last saw (getPlan and change answers carry them),
 * so an update says which version it was made against and the server can refuse it when someone else changed
 * the same field since. A refused update can be sent again, knowingly over theirs (`reapply`).
 */
import type { OperationName } from '../../../contract/api.ts';

const VERSIONED = new Set<OperationName>(['updateDepartment', 'updateObjective', 'updateGoal', 'updateTactic']);
const seen = new Map<string, number>();

type Versioned = { id?: unknown; version?: unknown };

function note(item: unknown): void {
  const { id, version } = (item ?? {}) as Versioned;
  if (typeof id === 'string' && typeof version === 'number') seen.set(id, version);
}

/** Remembers the versions an answer carries (a whole plan, or one changed item). */
export function rememberVersions(operation: OperationName, value: unknown): void {
  if (value === null || typeof value !== 'object') return;
  if (operation === 'getPlan') {
    const doc = value as Record<string, unknown[] | undefined>;
    for (const key of ['departments', 'objectives', 'goals', 'tactics']) for (const item of doc[key] ?? []) note(item);
    return;
  }
  note(value);
}

/** The input with the version the page last saw of the item it updates (unchanged for any other operation). */
export function withSeenVersion(operation: OperationName, input: unknown): unknown {
  if (!VERSIONED.has(operation) || input === null || typeof input !== 'object') return input;
  const id = (input as Versioned).id;
  const version = typeof id === 'string' ? seen.get(id) : undefined;
  return version === undefined ? input : { ...input, version };
}
