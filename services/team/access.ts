/**
 * What each role may do in a team plan, enforced inside dispatch for every operation (DispatchOptions.guard):
 * - admin and leader: every plan operation (people and roles are the admin's, outside the plan);
 * - department head: what a department draft of each department they head may do (their goals, tactics,
 *   links, KPI actuals and countermeasures; the draft rules in services/catchball.ts), reads, and notes;
 * - viewer: reads and notes.
 * A refusal is `forbidden` and says which role the operation needs.
 */
import type { OperationName } from '../../contract/api.ts';
import { HoshinError } from '../../contract/errors.ts';
import { OPERATION_META } from '../../contract/operation-meta.ts';
import type { TeamRole } from '../../db/team/schema.ts';
import type { AccessGuard } from '../dispatch.ts';

export interface Member {
  userId: string;
  name: string;
  role: TeamRole;
  departmentIds: string[];
}

/** Notes are open to every role: the one thing anyone may add to any item. */
const NOTE_OPERATIONS = new Set<OperationName>(['addNote', 'answerNote']);

export const ROLE_NAMES: Record<TeamRole, string> = {
  admin: 'admin',
  leader: 'leader',
  department_head: 'department head',
  viewer: 'viewer',
};

/** What the guard asks of the plan: a department named by id or name, and the department a draft was issued to. */
export interface PlanLookup {
  departmentName(id: string): string;
  departmentId(idOrName: string): string | null;
  draftDepartment(draftId: string): string | null;
}

export function teamGuard(member: Member, plan: PlanLookup): AccessGuard {
  const departmentName = (id: string) => plan.departmentName(id);
  return (operation, input, asDepartment) => {
    if (member.role === 'admin' || member.role === 'leader') return;
    const meta = OPERATION_META[operation];
    if (meta.kind === 'read' || NOTE_OPERATIONS.has(operation)) return;
    // A department head takes their own department offline as a draft, and merges it back: the merge applies
    // only changes inside the department the plan's own issue record names (never the draft's claim).
    if (member.role === 'department_head' && (operation === 'issueDraft' || operation === 'mergeDraft')) {
      const department =
        operation === 'issueDraft'
          ? plan.departmentId(String((input as { department?: unknown }).department ?? ''))
          : plan.draftDepartment(String((input as { draft?: { draft?: { id?: unknown } } }).draft?.draft?.id ?? ''));
      if (department !== null && member.departmentIds.includes(department)) return;
    }
    const what = meta.label ?? operation;
    if (member.role === 'viewer') {
      throw new HoshinError(
        'forbidden',
        `“${what}” needs the leader role or a department head's; you are a viewer of this plan and may add notes.`,
      );
    }
    let refusal: HoshinError | null = null;
    for (const id of member.departmentIds) {
      try {
        asDepartment(id);
        return;
      } catch (err) {
        if (!(err instanceof HoshinError) || err.code !== 'read_only') throw err;
        refusal = err;
      }
    }
    const heads = member.departmentIds.map(departmentName).join(', ') || 'no department';
    const reason = refusal ? `${refusal.message.replace(/\s*$/, '')} ` : '';
    throw new HoshinError(
      'forbidden',
      `${reason}“${what}” here needs the leader role; you are department head of ${heads}.`,
    );
  };
}
