/** Issuing a department draft: a copy of the plan that remembers where it came from and what it was. */
import { randomUUID } from 'node:crypto';
import { HoshinError } from '../contract/errors.ts';
import { writePlanFile, type PlanSession } from './plan-files.ts';

/** Writes a department draft of the open plan to `outFile` and records it in the plan. */
export function issueDraft(
  session: PlanSession,
  departmentId: string,
  outFile: string,
  options: { overwrite?: boolean; now?: () => Date } = {},
): { draftId: string; issuedAt: string } {
  const doc = session.dispatch('getPlan', {});
  if (doc.draft) {
    throw new HoshinError('read_only', 'this file is itself a department draft: issue drafts from the master plan');
  }
  const department = doc.departments.find((d) => d.id === departmentId);
  if (!department) {
    throw new HoshinError('invalid_input', `departmentId: no department has id "${departmentId}"`, [
      { path: 'departmentId', message: `no department has id "${departmentId}"` },
    ]);
  }
  const draftId = randomUUID();
  const issuedAt = (options.now?.() ?? new Date()).toISOString();
  const { draft: _none, ...base } = doc;
  writePlanFile(
    outFile,
    { ...doc, draft: { id: draftId, planId: doc.plan.id, departmentId, issuedAt, base } },
    options.overwrite,
  );
  session.store.transaction(() => session.store.recordDraftIssued(draftId, departmentId, issuedAt));
  return { draftId, issuedAt };
}
