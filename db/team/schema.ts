/**
 * The team server's PostgreSQL schema (drizzle, migrations in db/team-migrations via drizzle.team.config.ts).
 *
 * A team plan is stored as the rows of its plan tables (the same tables and columns as a .hoshin file, one
 * `team_row` per row, its columns as JSON), so every operation runs unchanged on a working copy and what it
 * wrote is stored here; `team_change` is the append-only record of every row it wrote (who, when, which
 * operation, before and after), which is also how other server processes catch up.
 *
 * Invariants:
 * - `team_plan.seq` is the `seq` of the plan's newest change; a working copy at that seq is current.
 * - `team_row.version` grows by one with each change of that row; items carry it to clients for conflict checks.
 * - Nothing updates or deletes `team_change` rows.
 */
import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
} from 'drizzle-orm/pg-core';

export const teamUser = pgTable('team_user', {
  id: text('id').primaryKey(),
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  /** scrypt$N$r$p$salt$hash (services/team/passwords.ts). */
  passwordHash: text('password_hash').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const TEAM_ROLES = ['admin', 'leader', 'department_head', 'viewer'] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

/** A user's role on one plan, or on every plan when `plan_id` is '*'. */
export const teamRole = pgTable(
  'team_role',
  {
    userId: text('user_id')
      .notNull()
      .references(() => teamUser.id, { onDelete: 'cascade' }),
    planId: text('plan_id').notNull(),
    role: text('role', { enum: TEAM_ROLES }).notNull(),
    /** For a department head: the ids of the departments they head (JSON array of strings). */
    departmentIds: jsonb('department_ids')
      .$type<string[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
  },
  (t) => [
    primaryKey({ columns: [t.userId, t.planId] }),
    check('team_role_role', sql`${t.role} in ('admin', 'leader', 'department_head', 'viewer')`),
  ],
);

/** A signed-in browser: the cookie holds the token, this table only its SHA-256. */
export const teamSession = pgTable(
  'team_session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => teamUser.id, { onDelete: 'cascade' }),
    csrf: text('csrf').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('team_session_user').on(t.userId)],
);

export const teamPlan = pgTable('team_plan', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  /** The .hoshin schema version its rows follow (they are migrated with the file's migrations). */
  schemaVersion: integer('schema_version').notNull(),
  seq: bigint('seq', { mode: 'number' }).notNull().default(0),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const teamRow = pgTable(
  'team_row',
  {
    planId: text('plan_id')
      .notNull()
      .references(() => teamPlan.id, { onDelete: 'cascade' }),
    /** The plan table the row belongs to (department, goal, tactic_goal_link, …). */
    tbl: text('tbl').notNull(),
    /** Its primary key values as a JSON array, e.g. ["t-42"] or ["t-42","g-7"]. */
    pk: text('pk').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    version: integer('version').notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.planId, t.tbl, t.pk] })],
);

export const teamChange = pgTable(
  'team_change',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    planId: text('plan_id')
      .notNull()
      .references(() => teamPlan.id, { onDelete: 'cascade' }),
    /** One operation writes several rows: they share the `op` number (the seq of its first row). */
    op: bigint('op', { mode: 'number' }).notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** The user's name as shown ("Amara Okafor"); `by_user` their id. */
    by: text('by').notNull(),
    byUser: text('by_user'),
    operation: text('operation').notNull(),
    tbl: text('tbl').notNull(),
    pk: text('pk').notNull(),
    /** The item the row belongs to (its id; for a link or a KPI month, its item's). */
    itemId: text('item_id'),
    before: jsonb('before').$type<Record<string, unknown> | null>(),
    after: jsonb('after').$type<Record<string, unknown> | null>(),
    /** The row's version after this change (0 when deleted). */
    version: integer('version').notNull(),
    /** What Undo would call the change ("Rename tactic …"), on its first row (added in team migration 0001). */
    label: text('label'),
    /** For an undo: the `op` it undid (added in 0001). */
    undoes: bigint('undoes', { mode: 'number' }),
    /** For a redo: the `op` of the undo it took back (added in 0002). A redo is otherwise an ordinary change. */
    redoes: bigint('redoes', { mode: 'number' }),
  },
  (t) => [
    index('team_change_plan').on(t.planId, t.seq),
    index('team_change_item').on(t.planId, t.itemId),
    // Undo's questions: a user's own changes, and whether an undo has undone one (added in 0001).
    index('team_change_user').on(t.planId, t.byUser, t.op),
    index('team_change_undoes').on(t.planId, t.undoes),
    index('team_change_redoes').on(t.planId, t.redoes),
  ],
);

/** Sign-in failures per email, for rate limiting across server processes. */
export const teamLoginFailure = pgTable(
  'team_login_failure',
  {
    email: text('email').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('team_login_failure_email').on(t.email, t.at)],
);

/** The schema version of the team database (the number of team migrations applied). */
export const teamMeta = pgTable('team_meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});
