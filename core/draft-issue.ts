/**
 * The master's side of catchball trust. A draft file is the department's to edit, so everything it says about
 * itself (department, base, issue time) is a claim; the master keeps its own record of each draft it issued
 * (department, plan, sha256 of the canonical base JSON, issue time) and a merge believes only that record.
 */
import { createHash } from 'node:crypto';
import { HoshinError } from '../contract/errors.ts';
import type { BasePlan, Department, DraftBlock, PlanDocument } from '../contract/plan-format.ts';

/** What a master plan recorded when it issued a draft (db table draft_issue). */
export interface IssueRecord {
  draftId: string;
  departmentId: string;
  issuedAt: string;
  /** Null for drafts issued before the record kept them (schema version 4): those are checked by department only. */
  planId: string | null;
  baseHash: string | null;
}

/**
 * JSON with object keys sorted at every level (undefined members left out): the same data, the same text.
 * JSON.stringify given a list of property names writes every object's members in the order of that list, so the
 * sorted list of every key in the value gives canonical JSON at native speed: a base plan of 20,000 tactics is
 * hashed on every review and merge, and a replacer that rebuilds each object sorted costs twice as much.
 */
export function canonicalJson(value: unknown): string {
  const keys = new Set<string>();
  collectKeys(value, keys);
  return JSON.stringify(value, [...keys].sort(byKeyOrder));
}

/**
 * The order the hash has always used: an object rebuilt from sorted entries lists array-index keys ("9", "10")
 * first in numeric order (JavaScript's own property order), then the other keys by UTF-16 code units.
 */
function byKeyOrder(a: string, b: string): number {
  const ia = arrayIndex(a);
  const ib = arrayIndex(b);
  if (ia !== null || ib !== null) return ia === null ? 1 : ib === null ? -1 : ia - ib;
  return a < b ? -1 : a > b ? 1 : 0;
}

function arrayIndex(key: string): number | null {
  if (!/^(0|[1-9]\d*)$/.test(key)) return null;
  const n = Number(key);
  return n < 2 ** 32 - 1 ? n : null;
}

function collectKeys(value: unknown, keys: Set<string>): void {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectKeys(item, keys);
    return;
  }
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    keys.add(key);
    collectKeys((value as Record<string, unknown>)[key], keys);
  }
}

/**
 * sha256 of the base plan as canonical JSON. Both sides see schema-shaped data (the plan as loaded when issuing,
 * the validated draft when merging), so the base read back from a `.hoshin` draft or from its JSON export
 * hashes the same as the plan the master issued (tests/integration/draft-trust.test.ts checks both).
 */
export function baseHash(base: BasePlan): string {
  return createHash('sha256').update(canonicalJson(base)).digest('hex');
}

/**
 * The department named by id, else by name (case-insensitive). An unknown one is refused with the list of
 * departments and their ids, so the user can pick the right one.
 */
export function resolveDepartment(doc: PlanDocument, idOrName: string, fileName: string): Department {
  const wanted = idOrName.trim();
  const found =
    doc.departments.find((d) => d.id === wanted) ??
    doc.departments.find((d) => d.name.toLowerCase() === wanted.toLowerCase());
  if (found) return found;
  const known = doc.departments.map((d) => `${d.name} (${d.id})`).join(', ');
  const message =
    doc.departments.length === 0
      ? `${fileName} has no departments yet: add one before issuing a draft`
      : `${fileName} has no department "${wanted}"; its departments are: ${known}`;
  throw new HoshinError('invalid_input', message, [{ path: 'departmentId', message }]);
}

/**
 * The draft block to diff with: the draft's own block checked against the master's record, with the department
 * and issue time taken from the record. Refuses (nothing merged) a draft this master did not issue, or whose
 * department, plan or base differ from what was issued.
 */
export function trustedDraftBlock(
  master: PlanDocument,
  block: DraftBlock,
  record: IssueRecord | undefined,
  fileName: string,
): DraftBlock {
  const refuse = (why: string, advice = '') =>
    new HoshinError('conflict', `${why}, so nothing was merged.${advice ? ` ${advice}` : ''}`);
  if (block.planId !== master.plan.id) {
    throw refuse(
      `This draft was issued from another plan ("${block.base.plan.title}"), not from "${master.plan.title}" (${fileName})`,
    );
  }
  if (!record) {
    throw refuse(
      `${fileName} has no record of issuing this draft (it was not issued from this plan, or its issue was undone)`,
      'Issue a new draft from this plan.',
    );
  }
  const issuedTo = master.departments.find((d) => d.id === record.departmentId);
  const issuedOn = record.issuedAt.slice(0, 10);
  const to = issuedTo ? issuedTo.name : 'a department that no longer exists';
  if (record.departmentId !== block.departmentId) {
    const claimed = master.departments.find((d) => d.id === block.departmentId)?.name ?? 'another department';
    throw refuse(
      `This draft says it belongs to ${claimed}, but ${fileName} issued it to ${to} on ${issuedOn}: the draft file has been altered`,
    );
  }
  if (record.planId !== null && record.planId !== master.plan.id) {
    throw refuse(`${fileName} issued this draft from another plan`);
  }
  if (record.baseHash !== null && baseHash(block.base) !== record.baseHash) {
    throw refuse(
      `The plan this draft says it started from is not the one ${fileName} issued to ${to} on ${issuedOn}: the draft file has been altered`,
    );
  }
  if (!issuedTo) {
    throw refuse(`${fileName} issued this draft to a department that has since been deleted`);
  }
  return { ...block, departmentId: record.departmentId, issuedAt: record.issuedAt };
}
