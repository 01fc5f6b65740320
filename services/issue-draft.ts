/** Issuing a department draft: a copy of the plan that remembers where it came from and what it was. */
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { Department, PlanDocument } from '../contract/plan-format.ts';
import { writePlanFile, type PlanSession } from './plan-files.ts';

export interface IssuedDraft {
  draftId: string;
  issuedAt: string;
  departmentId: string;
  departmentName: string;
}

/** Writes a department draft of the open plan to `outFile` and records it in the plan. */
export function issueDraft(
  session: PlanSession,
  departmentId: string,
  outFile: string,
  options: { overwrite?: boolean; now?: () => Date } = {},
): IssuedDraft {
  const doc = session.dispatch('getPlan', {});
  if (doc.draft) {
    throw new HoshinError('read_only', 'this file is itself a department draft: issue drafts from the master plan');
  }
  const department = resolveDepartment(doc, departmentId, path.basename(session.file));
  const draftId = randomUUID();
  const issuedAt = (options.now?.() ?? new Date()).toISOString();
  const { draft: _none, ...base } = doc;
  writePlanFile(
    outFile,
    { ...doc, draft: { id: draftId, planId: doc.plan.id, departmentId: department.id, issuedAt, base } },
    options.overwrite,
  );
  session.store.transaction(() => session.store.recordDraftIssued(draftId, department.id, issuedAt));
  return { draftId, issuedAt, departmentId: department.id, departmentName: department.name };
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
