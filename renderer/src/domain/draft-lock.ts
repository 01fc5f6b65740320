import { getLocale, t } from '../i18n/intl.ts';

/**
 * What a department draft may change, as the screen shows it before anything is typed. Mirrors the service's
 * DraftRules (services/catchball.ts): a draft changes its own department's goals and tactics, their links and
 * notes; leadership's parts (the plan's settings, departments, objectives) and other departments' items are read
 * only. The service still refuses whatever slips past; this only says so up front.
 */

/** The open file is this department's draft. */
export interface DraftScope {
  departmentId: string;
  departmentName: string;
  planTitle: string;
  issuedAt: string;
}

/** The reason shown beside every control of leadership's parts in a draft (English; leadershipReason() is the shown one). */
export const LEADERSHIP_REASON = 'Set by leadership: add a note to propose a change';

/** The reason shown beside every control of leadership's parts in a draft, in the app's language. */
export const leadershipReason = (): string => t('lock.leadership');

export type LockTarget =
  | { kind: 'plan' | 'department' | 'objective' }
  | { kind: 'goal' | 'tactic'; departmentId: string; departmentName?: string };

/** Why the target is read only in this draft, or null when it can be edited (always null outside a draft). */
export function lockReason(draft: DraftScope | null, target: LockTarget): string | null {
  if (!draft) return null;
  if (target.kind === 'goal' || target.kind === 'tactic') {
    if (target.departmentId === draft.departmentId) return null;
    return target.departmentName
      ? t('lock.department', { department: target.departmentName })
      : t('lock.anotherDepartment');
  }
  return leadershipReason();
}

/** A link as the service guards it: by the item at its lower end (the goal of goal→objective, the tactic of tactic→goal). */
export interface LinkEnds {
  kind: 'goal-objective' | 'tactic-goal' | 'annual-breakthrough';
  fromId: string;
}

/**
 * Why the link cannot be set or removed in this draft, or null. `departmentOf` gives a goal's or tactic's
 * department id and name (undefined when the item is unknown, which leaves the refusal to the service).
 */
export function linkLock(
  draft: DraftScope | null,
  link: LinkEnds,
  departmentOf: (id: string) => { id: string; name?: string } | undefined,
): string | null {
  if (!draft) return null;
  if (link.kind === 'annual-breakthrough') return leadershipReason();
  const from = departmentOf(link.fromId);
  if (!from) return null;
  return lockReason(draft, {
    kind: link.kind === 'goal-objective' ? 'goal' : 'tactic',
    departmentId: from.id,
    departmentName: from.name,
  });
}

/** Why a new item of this kind cannot be added in the draft, or null when it can (goals and tactics can). */
export function addReason(draft: DraftScope | null, kind: 'objective' | 'goal' | 'tactic'): string | null {
  return draft && kind === 'objective' ? leadershipReason() : null;
}

/**
 * The words shown for a refusal: a read-only refusal in a draft says what to do instead, in the screen's own words
 * (the service's text names its internal rule; the code itself is never shown).
 */
export function plainRefusal(code: string, message: string, draft: DraftScope | null): string {
  if (code !== 'read_only') return message;
  return draft ? t('lock.readOnlyDraft', { department: draft.departmentName }) : t('lock.readOnly');
}

/** The reason as a sentence of its own (for notices and tooltips). */
export const asSentence = (reason: string): string =>
  /[.。]$/.test(reason) ? reason : `${reason}${getLocale() === 'ja' ? '。' : '.'}`;
