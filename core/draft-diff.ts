/**
 * The change set of a department draft against the master plan: a pure three-way comparison of the base (the
 * plan when the draft was issued), the draft, and the master now. See contract/catchball.ts for the meaning.
 */
import type { Change, ChangeKind, ChangeOp, ChangeSet, Conflict, Rejected } from '../contract/catchball.ts';
import { HoshinError } from '../contract/errors.ts';
import type {
  Department,
  DraftBlock,
  Goal,
  Note,
  Objective,
  PlanDocument,
  PlanHeader,
  Tactic,
} from '../contract/plan-format.ts';

/**
 * The fields a merge compares, checked against the item's type: every field is either compared or named in
 * `elsewhere` with the reason, so a field added to the plan format fails to compile here until the merge knows
 * what to do with it (a field a merge silently dropped would lose a department's edit).
 */
const fieldsOf =
  <T>() =>
  <const C extends readonly (keyof T & string)[]>(
    compared: C,
    elsewhere: { [K in Exclude<keyof T & string, C[number]>]: string },
  ) => ({ compared, elsewhere });

/** What each kind's merge compares and why the rest is not compared field by field (tests read this). */
const CARRIED_FROM = 'set by a rollover when the item is created, never changed after (a draft cannot change it)';

export const FIELD_COVERAGE = {
  plan: fieldsOf<PlanHeader>()(['title', 'organisation', 'periodStart', 'periodEnd', 'vision', 'settings'], {
    id: 'the identity of the plan, checked before any diff',
  }),
  department: fieldsOf<Department>()(['name', 'head'], { id: 'the identity' }),
  objective: fieldsOf<Objective>()(
    ['code', 'title', 'description', 'horizon', 'owner', 'kpi', 'supports', 'weight', 'departmentId'],
    { id: 'the identity', carriedFrom: CARRIED_FROM },
  ),
  goal: fieldsOf<Goal>()(
    ['code', 'departmentId', 'title', 'description', 'owner', 'kpi', 'weight', 'supportingDepartmentIds'],
    {
      id: 'the identity',
      supports: 'links are compared one by one as link and unlink changes',
      carriedFrom: CARRIED_FROM,
    },
  ),
  tactic: fieldsOf<Tactic>()(['code', 'departmentId', 'title', 'description', 'owner', 'due', 'status', 'tags'], {
    id: 'the identity',
    supports: 'links are compared one by one as link and unlink changes',
    carriedFrom: CARRIED_FROM,
  }),
  note: fieldsOf<Note>()(['itemId', 'kind', 'text', 'author', 'createdAt', 'answer', 'answeredBy', 'answeredAt'], {
    id: 'the identity',
    departmentId: "set by the master on merge (the department the draft was issued to), never the draft's claim",
  }),
};

export const GOAL_FIELDS = FIELD_COVERAGE.goal.compared;
export const TACTIC_FIELDS = FIELD_COVERAGE.tactic.compared;
const NOTE_FIELDS = FIELD_COVERAGE.note.compared;
const PLAN_FIELDS = FIELD_COVERAGE.plan.compared;
const DEPARTMENT_FIELDS = FIELD_COVERAGE.department.compared;
const OBJECTIVE_FIELDS = FIELD_COVERAGE.objective.compared;

/**
 * Field values compare as JSON (a KPI object or a tag list by content). Most fields are strings or null and most
 * items are unchanged, so equal primitives answer at once: a draft diff compares every field of every item.
 */
const same = (a: unknown, b: unknown): boolean => {
  const x = a ?? null;
  const y = b ?? null;
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object') return false;
  return JSON.stringify(x) === JSON.stringify(y);
};

export const changeKey = (op: ChangeOp, kind: ChangeKind, id: string, toId?: string) =>
  toId === undefined ? `${op}:${kind}:${id}` : `${op}:${kind}:${id}>${toId}`;

export function draftOf(draft: PlanDocument): DraftBlock {
  if (!draft.draft) {
    throw new HoshinError('invalid_input', 'this is a plan, not a department draft (it has no draft block)');
  }
  return draft.draft;
}

/** Throws unless the draft was issued from this master plan. */
export function checkDraftBelongs(master: PlanDocument, draft: PlanDocument): DraftBlock {
  const block = draftOf(draft);
  if (block.planId !== master.plan.id) {
    throw new HoshinError(
      'conflict',
      `This draft was issued from another plan ("${block.base.plan.title}"), not from "${master.plan.title}", so nothing was merged.`,
    );
  }
  if (!master.departments.some((d) => d.id === block.departmentId)) {
    throw new HoshinError(
      'conflict',
      'The department this draft was issued to no longer exists in this plan, so nothing was merged.',
    );
  }
  return block;
}

function pick<T extends object>(item: T | undefined, fields: readonly (keyof T)[]): Record<string, unknown> | null {
  if (!item) return null;
  return Object.fromEntries(fields.map((f) => [f, item[f] ?? null]));
}

export function diffDraft(master: PlanDocument, draft: PlanDocument): ChangeSet {
  const block = checkDraftBelongs(master, draft);
  const base = block.base;
  const dept = block.departmentId;
  const departmentName = master.departments.find((d) => d.id === dept)?.name ?? dept;
  const changes: Change[] = [];
  const conflicts: Conflict[] = [];
  const rejected: Rejected[] = [];

  const index = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));
  const bGoals = index(base.goals);
  const dGoals = index(draft.goals);
  const mGoals = index(master.goals);
  const bTactics = index(base.tactics);
  const dTactics = index(draft.tactics);
  const mTactics = index(master.tactics);
  const masterObjectives = new Set(master.objectives.map((o) => o.id));
  /** An item as a person knows it: "goal SUP-4 'Publish fixes'", never its id. */
  const describeItem = (kind: 'objective' | 'goal' | 'tactic', id: string): string => {
    const pool =
      kind === 'objective'
        ? [...master.objectives, ...draft.objectives, ...base.objectives]
        : kind === 'goal'
          ? [...draft.goals, ...master.goals, ...base.goals]
          : [...draft.tactics, ...master.tactics, ...base.tactics];
    const x = pool.find((i) => i.id === id);
    return x ? `${kind} ${x.code} '${x.title}'` : `the ${kind} it pointed at`;
  };

  // ---- read-only parts: listed as rejected, never applied ----
  const readOnly = <T extends { id: string }>(
    kind: ChangeKind,
    b: readonly T[],
    d: readonly T[],
    fields: readonly (keyof T)[],
    reason: string,
    include: (item: T) => boolean = () => true,
  ) => {
    const bi = index(b.filter(include));
    const di = index(d.filter(include));
    for (const [id, item] of di) {
      if (!bi.has(id)) rejected.push({ op: 'add', kind, id, fields: pick(item, fields)!, reason });
    }
    for (const [id, item] of bi) {
      const now = di.get(id);
      if (!now) {
        rejected.push({ op: 'remove', kind, id, fields: pick(item, fields)!, reason });
        continue;
      }
      const changed = fieldChanges(pick(item, fields)!, pick(now, fields)!);
      if (Object.keys(changed).length > 0) rejected.push({ op: 'update', kind, id, fields: changed, reason });
    }
  };
  const planChanged = fieldChanges(pick(base.plan, PLAN_FIELDS)!, pick(draft.plan, PLAN_FIELDS)!);
  if (Object.keys(planChanged).length > 0) {
    rejected.push({
      op: 'update',
      kind: 'plan',
      id: base.plan.id,
      fields: planChanged,
      reason: 'the plan’s settings are leadership’s; a department draft cannot change them',
    });
  }
  readOnly('department', base.departments, draft.departments, DEPARTMENT_FIELDS, 'departments are set by leadership');
  readOnly(
    'objective',
    base.objectives,
    draft.objectives,
    OBJECTIVE_FIELDS,
    'objectives are leadership’s; propose a change with a note instead',
  );
  const otherDept = (x: { departmentId: string }) => x.departmentId !== dept;
  const othersReason = `only ${departmentName}’s own goals and tactics can change in its draft`;
  // Another department's items: those it had at issue (wherever the draft put them), and new ones filed under it.
  const others = <T extends Goal | Tactic>(b: Map<string, T>, d: readonly T[]) =>
    d.filter((x) => (b.has(x.id) ? otherDept(b.get(x.id)!) : otherDept(x)));
  readOnly('goal', base.goals.filter(otherDept), others(bGoals, draft.goals), GOAL_FIELDS, othersReason);
  readOnly('tactic', base.tactics.filter(otherDept), others(bTactics, draft.tactics), TACTIC_FIELDS, othersReason);
  for (const g of base.goals.filter(otherDept)) {
    const d = dGoals.get(g.id);
    if (d) linkReadOnly('goal-objective', g.id, supportsOf(g), supportsOf(d));
  }
  for (const t of base.tactics.filter(otherDept)) {
    const d = dTactics.get(t.id);
    if (d) linkReadOnly('tactic-goal', t.id, supportsOf(t), supportsOf(d));
  }
  function linkReadOnly(kind: ChangeKind, id: string, b: Map<string, string>, d: Map<string, string>) {
    for (const [toId, strength] of d) {
      if (b.get(toId) !== strength)
        rejected.push({ op: 'link', kind, id, fields: { toId, strength }, reason: othersReason });
    }
    for (const [toId] of b)
      if (!d.has(toId)) rejected.push({ op: 'unlink', kind, id, fields: { toId }, reason: othersReason });
  }

  // ---- the department's own items: changes, or conflicts with the master ----
  const items = <T extends Goal | Tactic>(
    kind: 'goal' | 'tactic',
    b: Map<string, T>,
    d: Map<string, T>,
    m: Map<string, T>,
    fields: readonly (keyof T)[],
    draftOrder: readonly T[],
    baseOrder: readonly T[],
  ) => {
    const ids = [
      ...new Set(
        [...draftOrder.filter((x) => x.departmentId === dept), ...baseOrder.filter((x) => x.departmentId === dept)].map(
          (x) => x.id,
        ),
      ),
    ];
    for (const id of ids) {
      const bi = b.get(id);
      const di = d.get(id);
      const mi = m.get(id);
      if (di && di.departmentId !== dept) {
        rejected.push({
          op: 'update',
          kind,
          id,
          fields: { departmentId: { before: bi?.departmentId ?? null, after: di.departmentId } },
          reason: `a draft cannot hand ${departmentName}’s items to another department`,
        });
        continue;
      }
      if (bi && bi.departmentId !== dept) continue; // another department's item, handled as read-only above
      const bf = pick(bi, fields);
      const df = pick(di, fields);
      const mf = pick(mi, fields);
      if (!bi && di) {
        if (mf && same(mf, df)) continue;
        if (mf) {
          conflicts.push(conflict('add', kind, id, bf, df, mf, 'an item with this id was added to the master too'));
        } else changes.push({ key: changeKey('add', kind, id), op: 'add', kind, id, fields: df!, requires: [] });
      } else if (bi && !di) {
        if (!mf) continue;
        if (same(mf, bf))
          changes.push({ key: changeKey('remove', kind, id), op: 'remove', kind, id, fields: bf!, requires: [] });
        else
          conflicts.push(
            conflict('remove', kind, id, bf, null, mf, 'the draft deletes it, but the master changed it since'),
          );
      } else if (bi && di) {
        const changed = fieldChanges(bf!, df!);
        const names = Object.keys(changed);
        if (names.length === 0) continue;
        if (!mf) {
          conflicts.push(
            conflict('update', kind, id, bf, df, null, 'the draft changes it, but the master deleted it since'),
          );
          continue;
        }
        const pending = names.filter((f) => !same(mf[f], df![f]));
        if (pending.length === 0) continue;
        // Per field: changed only in the draft merges; changed on both sides (differently) is a conflict.
        const clean = pending.filter((f) => same(mf[f], bf![f]));
        const clash = pending.filter((f) => !same(mf[f], bf![f]));
        if (clean.length > 0) {
          changes.push({
            key: changeKey('update', kind, id),
            op: 'update',
            kind,
            id,
            fields: Object.fromEntries(clean.map((f) => [f, changed[f]])),
            requires: [],
          });
        }
        if (clash.length > 0) {
          conflicts.push({
            key: changeKey('update', kind, id),
            op: 'update',
            kind,
            id,
            fields: Object.fromEntries(clash.map((f) => [f, { base: bf![f], draft: df![f], master: mf[f] }])),
            reason: 'changed both in the draft and in the master since the draft was issued',
          });
        }
      }
    }
  };
  items('goal', bGoals, dGoals, mGoals, GOAL_FIELDS, draft.goals, base.goals);
  items('tactic', bTactics, dTactics, mTactics, TACTIC_FIELDS, draft.tactics, base.tactics);

  const addedGoals = new Set(changes.filter((c) => c.op === 'add' && c.kind === 'goal').map((c) => c.id));
  const addedTactics = new Set(changes.filter((c) => c.op === 'add' && c.kind === 'tactic').map((c) => c.id));
  const added = (kind: 'goal' | 'tactic', id: string) =>
    (kind === 'goal' ? addedGoals : addedTactics).has(id) ? [changeKey('add', kind, id)] : [];
  const links = (
    kind: 'goal-objective' | 'tactic-goal',
    b: Goal | Tactic | undefined,
    d: Goal | Tactic,
    m: Goal | Tactic | undefined,
  ) => {
    const bl = b ? supportsOf(b) : new Map<string, string>();
    const dl = supportsOf(d);
    const ml = m ? supportsOf(m) : null;
    const targetExists = (toId: string) =>
      kind === 'goal-objective' ? masterObjectives.has(toId) : mGoals.has(toId) || addedGoals.has(toId);
    for (const toId of new Set([...bl.keys(), ...dl.keys()])) {
      const bs = bl.get(toId) ?? null;
      const ds = dl.get(toId) ?? null;
      const ms = ml?.get(toId) ?? null;
      if (bs === ds || ms === ds) continue;
      const op: ChangeOp = ds === null ? 'unlink' : 'link';
      const key = changeKey(op, kind, d.id, toId);
      if (ds !== null && !targetExists(toId)) {
        const target = kind === 'goal-objective' ? 'objective' : 'goal';
        const proposed = kind === 'tactic-goal' && dGoals.has(toId) && !bGoals.has(toId);
        rejected.push({
          op,
          kind,
          id: d.id,
          fields: { toId, strength: ds },
          reason: proposed
            ? `it needs ${describeItem(target, toId)}, which this draft cannot add`
            : `the master plan no longer has ${describeItem(target, toId)}`,
        });
        continue;
      }
      if (ms !== bs) {
        conflicts.push({
          key,
          op,
          kind,
          id: d.id,
          fields: { toId: { base: toId, draft: toId, master: toId }, strength: { base: bs, draft: ds, master: ms } },
          reason: 'the master changed this link since the draft was issued',
        });
        continue;
      }
      const strength = bs !== null && ds !== null ? { before: bs, after: ds } : ds;
      // A link to or from an item the draft adds travels with that addition: it cannot be merged without it.
      const requires =
        ds === null
          ? []
          : kind === 'goal-objective'
            ? added('goal', d.id)
            : [...added('tactic', d.id), ...added('goal', toId)];
      changes.push({ key, op, kind, id: d.id, fields: ds === null ? { toId } : { toId, strength }, requires });
    }
  };
  const own = (x: Goal | Tactic, b: Goal | Tactic | undefined) =>
    x.departmentId === dept && (b?.departmentId ?? dept) === dept;
  for (const g of draft.goals)
    if (own(g, bGoals.get(g.id))) links('goal-objective', bGoals.get(g.id), g, mGoals.get(g.id));
  for (const t of draft.tactics)
    if (own(t, bTactics.get(t.id))) links('tactic-goal', bTactics.get(t.id), t, mTactics.get(t.id));

  // ---- notes travel with the draft: new ones are added, edited ones updated (a master's answer is kept) ----
  const bNotes = index(base.notes);
  const mNotes = index(master.notes);
  for (const n of draft.notes) {
    const bn = bNotes.get(n.id);
    const mn = mNotes.get(n.id);
    const nf = pick<Note>(n, NOTE_FIELDS)!;
    if (mn && same(pick<Note>(mn, NOTE_FIELDS), nf)) continue;
    if (!bn) {
      if (mn) continue; // already merged once and answered in the master since: the master's copy stands
      // A note on an item the draft adds needs that item.
      const requires = [...added('goal', n.itemId), ...added('tactic', n.itemId)];
      changes.push({ key: changeKey('add', 'note', n.id), op: 'add', kind: 'note', id: n.id, fields: nf, requires });
    } else {
      const changed = fieldChanges(pick<Note>(bn, NOTE_FIELDS)!, nf);
      if (Object.keys(changed).length === 0 || !mn) continue;
      changes.push({
        key: changeKey('update', 'note', n.id),
        op: 'update',
        kind: 'note',
        id: n.id,
        fields: changed,
        requires: [],
      });
    }
  }

  return {
    draftId: block.id,
    planId: block.planId,
    departmentId: dept,
    issuedAt: block.issuedAt,
    changes,
    conflicts,
    rejected,
  };
}

function supportsOf(x: Goal | Tactic): Map<string, string> {
  return new Map(
    'status' in x ? x.supports.map((s) => [s.goalId, s.strength]) : x.supports.map((s) => [s.objectiveId, s.strength]),
  );
}

function fieldChanges(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { before: unknown; after: unknown }> {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const key of Object.keys(after)) {
    if (!same(before[key], after[key])) out[key] = { before: before[key] ?? null, after: after[key] ?? null };
  }
  return out;
}

function conflict(
  op: ChangeOp,
  kind: ChangeKind,
  id: string,
  base: Record<string, unknown> | null,
  draft: Record<string, unknown> | null,
  master: Record<string, unknown> | null,
  reason: string,
): Conflict {
  const names = new Set([...Object.keys(base ?? {}), ...Object.keys(draft ?? {}), ...Object.keys(master ?? {})]);
  const fields: Conflict['fields'] = {};
  for (const f of names) {
    const b = base?.[f] ?? null;
    const d = draft?.[f] ?? null;
    const m = master?.[f] ?? null;
    if (!same(b, d) || !same(b, m) || !same(d, m)) fields[f] = { base: b, draft: d, master: m };
  }
  return { key: changeKey(op, kind, id), op, kind, id, fields, reason };
}
