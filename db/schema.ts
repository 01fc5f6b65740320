/**
 * The drizzle schema of a `.hoshin` file. Changing it means `npm run db:generate` and a checked-in migration,
 * plus a test in tests/integration/migrations.test.ts that opens a file made at the previous version.
 *
 * Invariants kept by CHECK constraints and foreign keys (foreign_keys is ON for every connection):
 * - exactly one plan row;
 * - goals and tactics belong to an existing department; links point at existing items;
 * - enumerations (horizon, direction, status, strength) hold only the contract's values.
 */
import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const plan = sqliteTable(
  'plan',
  {
    singleton: integer('singleton').primaryKey().default(1),
    id: text('id').notNull(),
    title: text('title').notNull(),
    organisation: text('organisation'),
    periodStart: text('period_start'),
    periodEnd: text('period_end'),
    vision: text('vision'),
    /** Owner-load finding threshold: more items than this on one owner is flagged. Added in 0001. */
    ownerLoadLimit: integer('owner_load_limit').notNull().default(8),
    /** Percent of a month's plan value within which a miss is amber, not red. Added in 0003. */
    reviewTolerance: real('review_tolerance').notNull().default(5),
    /** The first day of the week, ISO 8601 (1 Monday … 7 Sunday). Added in 0009. */
    weekStart: integer('week_start').notNull().default(1),
    /** The month the fiscal year starts in (1 January … 12 December). Added in 0009. */
    fiscalYearStart: integer('fiscal_year_start').notNull().default(1),
  },
  (t) => [check('plan_singleton', sql`${t.singleton} = 1`)],
);

/**
 * The row's place among its siblings (added in 0007, replacing the integer sort_order): a fractional-indexing
 * key (the `fractional-indexing` package's default alphabet), compared bytewise. A new row gets a key between
 * its neighbours', so an insert or a move writes that one row and never renumbers the others.
 */
const sortKeyColumn = () => text('sort_key').notNull();

export const department = sqliteTable('department', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  head: text('head'),
  sortKey: sortKeyColumn(),
});

const kpiColumns = {
  kpiName: text('kpi_name'),
  kpiUnit: text('kpi_unit'),
  kpiBaseline: real('kpi_baseline'),
  kpiTarget: real('kpi_target'),
  kpiDirection: text('kpi_direction', { enum: ['increase', 'decrease'] }),
  /**
   * 'relative' when `kpi_target` is a percent change from the baseline ("reduce by 40 %" is -40); null or
   * 'absolute' when it is the value itself (added in 0007; the plan JSON's `kpi.targetKind`).
   */
  kpiTargetKind: text('kpi_target_kind', { enum: ['absolute', 'relative'] }),
};

/**
 * The item's weight within its level, in percent (added in 0007): objectives of one horizon, or the goals of one
 * department, are meant to sum to 100 when set. Null when not given; 0-100 is checked at the boundary (zod).
 */
const weightColumn = () => real('weight');

/**
 * The id, in the previous period's plan file, of the item this one was carried over from by `hoshin rollover`
 * (added in 0006). Null for an item made in this plan. It names a row of another file, so it is no reference
 * here: nothing checks or cascades it, and it is written when the item is created and never changed after.
 */
const carriedFromColumn = () => text('carried_from');

export const objective = sqliteTable(
  'objective',
  {
    id: text('id').primaryKey(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    horizon: text('horizon', { enum: ['breakthrough', 'annual'] }).notNull(),
    owner: text('owner'),
    ...kpiColumns,
    sortKey: sortKeyColumn(),
    carriedFrom: carriedFromColumn(),
    weight: weightColumn(),
    /**
     * The department responsible for the objective (its KPI's owner department; added in 0007). Deleting the
     * department leaves the objective without one.
     */
    departmentId: text('department_id').references(() => department.id, { onDelete: 'set null' }),
  },
  (t) => [
    check('objective_horizon', sql`${t.horizon} in ('breakthrough', 'annual')`),
    check('objective_kpi_direction', sql`${t.kpiDirection} is null or ${t.kpiDirection} in ('increase', 'decrease')`),
  ],
);

export const goal = sqliteTable(
  'goal',
  {
    id: text('id').primaryKey(),
    departmentId: text('department_id')
      .notNull()
      .references(() => department.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    owner: text('owner'),
    ...kpiColumns,
    sortKey: sortKeyColumn(),
    carriedFrom: carriedFromColumn(),
    weight: weightColumn(),
  },
  (t) => [
    index('goal_department').on(t.departmentId),
    check('goal_kpi_direction', sql`${t.kpiDirection} is null or ${t.kpiDirection} in ('increase', 'decrease')`),
  ],
);

export const tactic = sqliteTable(
  'tactic',
  {
    id: text('id').primaryKey(),
    departmentId: text('department_id')
      .notNull()
      .references(() => department.id, { onDelete: 'cascade' }),
    code: text('code').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    owner: text('owner'),
    due: text('due'),
    status: text('status', { enum: ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] })
      .notNull()
      .default('not_started'),
    /** JSON array of strings, in the order the user gave them. */
    tags: text('tags', { mode: 'json' })
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'`),
    sortKey: sortKeyColumn(),
    carriedFrom: carriedFromColumn(),
  },
  (t) => [
    index('tactic_department').on(t.departmentId),
    check('tactic_status', sql`${t.status} in ('not_started', 'on_track', 'at_risk', 'off_track', 'done')`),
    check('tactic_tags', sql`json_valid(${t.tags}) and json_type(${t.tags}) = 'array'`),
  ],
);

export const goalObjectiveLink = sqliteTable(
  'goal_objective_link',
  {
    goalId: text('goal_id')
      .notNull()
      .references(() => goal.id, { onDelete: 'cascade' }),
    objectiveId: text('objective_id')
      .notNull()
      .references(() => objective.id, { onDelete: 'cascade' }),
    strength: text('strength', { enum: ['strong', 'medium', 'weak'] }).notNull(),
    /** Order of this link within the goal's `supports` list. */
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.objectiveId] }),
    index('goal_objective_link_objective').on(t.objectiveId),
    check('goal_objective_link_strength', sql`${t.strength} in ('strong', 'medium', 'weak')`),
  ],
);

export const tacticGoalLink = sqliteTable(
  'tactic_goal_link',
  {
    tacticId: text('tactic_id')
      .notNull()
      .references(() => tactic.id, { onDelete: 'cascade' }),
    goalId: text('goal_id')
      .notNull()
      .references(() => goal.id, { onDelete: 'cascade' }),
    strength: text('strength', { enum: ['strong', 'medium', 'weak'] }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.tacticId, t.goalId] }),
    index('tactic_goal_link_goal').on(t.goalId),
    check('tactic_goal_link_strength', sql`${t.strength} in ('strong', 'medium', 'weak')`),
  ],
);

/**
 * Departments supporting a goal besides its own (added in 0007), in the order given (`goals[].supportingDepartmentIds`).
 * Deleting the goal or the department deletes the row.
 */
export const goalSupportingDepartment = sqliteTable(
  'goal_supporting_department',
  {
    goalId: text('goal_id')
      .notNull()
      .references(() => goal.id, { onDelete: 'cascade' }),
    departmentId: text('department_id')
      .notNull()
      .references(() => department.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.goalId, t.departmentId] }),
    index('goal_supporting_department_department').on(t.departmentId),
  ],
);

/** Catchball notes (added in 0002). `item_id` names an objective, goal or tactic; deleting the item deletes them. */
export const note = sqliteTable(
  'note',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id').notNull(),
    kind: text('kind', { enum: ['question', 'proposal'] }).notNull(),
    text: text('text').notNull(),
    author: text('author'),
    createdAt: text('created_at').notNull(),
    answer: text('answer'),
    answeredBy: text('answered_by'),
    answeredAt: text('answered_at'),
    sortOrder: integer('sort_order').notNull(),
    /**
     * The department that raised the note (added in 0005): a draft's department, set by the app when the note is
     * written in the draft and again from the master's issue record when it is merged (never from the draft's
     * claim); null for a note leadership writes in the master. Deleting the department keeps the note.
     */
    departmentId: text('department_id').references(() => department.id, { onDelete: 'set null' }),
  },
  (t) => [index('note_item').on(t.itemId), check('note_kind', sql`${t.kind} in ('question', 'proposal')`)],
);

/** Present (one row) only in a department draft file: where it came from and the plan as it was then. */
export const draftInfo = sqliteTable(
  'draft_info',
  {
    singleton: integer('singleton').primaryKey().default(1),
    draftId: text('draft_id').notNull(),
    planId: text('plan_id').notNull(),
    departmentId: text('department_id').notNull(),
    issuedAt: text('issued_at').notNull(),
    /** The base plan as canonical plan JSON. */
    baseJson: text('base_json').notNull(),
  },
  (t) => [check('draft_info_singleton', sql`${t.singleton} = 1`)],
);

/**
 * In a master plan: every draft issued from it, and what became of it. This record, not the draft's own claims,
 * is what a merge trusts for the department, the base and the issue time (0004 added `plan_id` and `base_hash`,
 * the sha256 of the canonical base plan JSON; both are null for drafts issued before 0004).
 */
export const draftIssue = sqliteTable('draft_issue', {
  draftId: text('draft_id').primaryKey(),
  departmentId: text('department_id').notNull(),
  issuedAt: text('issued_at').notNull(),
  planId: text('plan_id'),
  baseHash: text('base_hash'),
  /** When the draft first came back for review. */
  returnedAt: text('returned_at'),
  mergedAt: text('merged_at'),
  mergedChanges: integer('merged_changes'),
});

/** An annual objective supporting a breakthrough objective (added in 0003: the X-matrix's south-west corner). */
export const objectiveLink = sqliteTable(
  'objective_link',
  {
    annualId: text('annual_id')
      .notNull()
      .references(() => objective.id, { onDelete: 'cascade' }),
    breakthroughId: text('breakthrough_id')
      .notNull()
      .references(() => objective.id, { onDelete: 'cascade' }),
    strength: text('strength', { enum: ['strong', 'medium', 'weak'] }).notNull(),
    position: integer('position').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.annualId, t.breakthroughId] }),
    index('objective_link_breakthrough').on(t.breakthroughId),
    check('objective_link_strength', sql`${t.strength} in ('strong', 'medium', 'weak')`),
  ],
);

/** A KPI's month in the monthly review: the plan value where set by hand (else interpolated) and the actual. */
export const kpiMonth = sqliteTable(
  'kpi_month',
  {
    itemId: text('item_id').notNull(),
    month: text('month').notNull(),
    plan: real('plan'),
    actual: real('actual'),
  },
  (t) => [primaryKey({ columns: [t.itemId, t.month] })],
);

export const countermeasure = sqliteTable(
  'countermeasure',
  {
    id: text('id').primaryKey(),
    itemId: text('item_id').notNull(),
    month: text('month').notNull(),
    rootCause: text('root_cause').notNull(),
    action: text('action').notNull(),
    owner: text('owner'),
    due: text('due'),
    status: text('status', { enum: ['open', 'in_progress', 'done'] }).notNull(),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [
    index('countermeasure_item').on(t.itemId),
    check('countermeasure_status', sql`${t.status} in ('open', 'in_progress', 'done')`),
  ],
);

/** A tactic's status as reported in a review meeting. */
export const tacticUpdate = sqliteTable(
  'tactic_update',
  {
    id: text('id').primaryKey(),
    tacticId: text('tactic_id')
      .notNull()
      .references(() => tactic.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    status: text('status', { enum: ['not_started', 'on_track', 'at_risk', 'off_track', 'done'] }).notNull(),
    note: text('note'),
    sortOrder: integer('sort_order').notNull(),
  },
  (t) => [index('tactic_update_tactic').on(t.tacticId)],
);
