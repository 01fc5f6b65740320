/**
 * Reads and writes plan rows through drizzle. Knows tables, not rules: validation, codes, and what a delete
 * means belong to the service layer. Callers wrap each operation in one transaction (`store.transaction`).
 */
import { LINK_TABLES, LinkTable } from './link-table.ts';
import type Database from 'better-sqlite3';
import { and, asc, eq, max, or, sql, type Column, type SQL } from 'drizzle-orm';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { generateKeyBetween } from 'fractional-indexing';
import { HoshinError } from '../contract/errors.ts';
import type {
  BasePlan,
  Countermeasure,
  KpiMonth,
  Review,
  TacticUpdate,
  DraftBlock,
  Department,
  Note,
  Goal,
  Objective,
  PlanDocument,
  PlanHeader,
  Strength,
  Tactic,
} from '../contract/plan-format.ts';
import { basePlanSchema, PLAN_FORMAT, PLAN_FORMAT_VERSION } from '../contract/plan-format.ts';
import { isFileProblem, planFileError } from './file-errors.ts';
import { selectAll } from './fast-select.ts';
import { readTactics } from './tactic-rows.ts';
import { prepareQueries, type PreparedQueries } from './prepared-queries.ts';
import {
  toNote,
  fromNote,
  toHeader,
  fromHeader,
  toDepartment,
  fromDepartment,
  toObjective,
  fromObjective,
  toGoal,
  fromGoal,
  toTactic,
  fromTactic,
  zipKeys,
} from './row-mappers.ts';
import * as schema from './schema.ts';

type Db = BetterSQLite3Database<typeof schema>;

/** SQLite's limit on bound parameters is 32766; 400 rows of at most 13 columns stays far below it. */
const INSERT_CHUNK = 400;

/** Every table undo/redo records: the plan's content and the catchball bookkeeping a merge changes. */
export const PLAN_TABLES = [
  'plan',
  'department',
  'objective',
  'goal',
  'tactic',
  'goal_objective_link',
  'tactic_goal_link',
  'note',
  'draft_issue',
  'objective_link',
  'kpi_month',
  'countermeasure',
  'tactic_update',
  'goal_supporting_department',
] as const;

export type SortedTable = 'department' | 'objective' | 'goal' | 'tactic';
const sortedTables = {
  department: schema.department,
  objective: schema.objective,
  goal: schema.goal,
  tactic: schema.tactic,
} as const;

/** Where a person is named: each table and its column (a department's head, every other's owner). */
export type PersonTable = 'department' | 'objective' | 'goal' | 'tactic' | 'countermeasure';
const PERSON_COLUMNS: readonly (readonly [PersonTable, 'head' | 'owner'])[] = [
  ['department', 'head'],
  ['objective', 'owner'],
  ['goal', 'owner'],
  ['tactic', 'owner'],
  ['countermeasure', 'owner'],
];

export class PlanStore {
  readonly db: Db;
  readonly sqlite: Database.Database;

  constructor(sqlite: Database.Database) {
    this.sqlite = sqlite;
    this.db = drizzle({ client: sqlite, schema });
  }

  private preparedQueries: PreparedQueries | undefined;
  /** Prepared on first use (a store that only loads documents never needs them). */
  private get q(): PreparedQueries {
    return (this.preparedQueries ??= prepareQueries(this.db));
  }

  private readonly statements = new Map<string, Database.Statement>();
  /** The three link tables, through one helper (db/link-table.ts). */
  private readonly links = {
    objective: new LinkTable(LINK_TABLES.objective, (source) => this.statement(source)),
    goal: new LinkTable(LINK_TABLES.goal, (source) => this.statement(source)),
    tactic: new LinkTable(LINK_TABLES.tactic, (source) => this.statement(source)),
  };
  /**
   * A plain better-sqlite3 statement, prepared once per connection: for the set-based reads of delete previews,
   * whose thousands of rows drizzle would map cell by cell (half of a 200,000-tactic objective preview).
   */
  private statement(source: string): Database.Statement {
    let st = this.statements.get(source);
    if (!st) this.statements.set(source, (st = this.sqlite.prepare(source)));
    return st;
  }

  /**
   * Runs `fn` as one transaction. On a writable connection it starts with BEGIN IMMEDIATE, so the write lock
   * is taken up front and the busy timeout applies (a deferred transaction that upgrades to a writer later
   * fails at once with SQLITE_BUSY). A busy, full, read-only or damaged file becomes a plain HoshinError.
   */
  transaction<T>(fn: () => T): T {
    const tx = this.sqlite.transaction(fn);
    try {
      return this.sqlite.readonly ? tx.deferred() : tx.immediate();
    } catch (err) {
      if (isFileProblem(err)) throw planFileError(err, this.sqlite.name, 'write');
      throw err;
    }
  }

  // ---- whole document ----

  loadDocument(): PlanDocument {
    const d = this.db;
    const all = <T extends Parameters<typeof selectAll>[1]>(table: T, ...orderBy: Column[]) =>
      selectAll(this.sqlite, table, orderBy);
    const planRow = d.select().from(schema.plan).get();
    if (!planRow) throw new Error('plan row missing');
    // Rows are read in table order and sorted here, as tactic-rows.ts explains; tactics, the largest table, are
    // read by it. Links are grouped by item, each group put in `position` order (usually already so).
    const goalLinks = groupLinks(
      all(schema.goalObjectiveLink),
      (l) => l.goalId,
      (l) => ({ objectiveId: l.objectiveId, strength: l.strength }),
    );
    const objectiveLinks = groupLinks(
      all(schema.objectiveLink),
      (l) => l.annualId,
      (l) => ({ objectiveId: l.breakthroughId, strength: l.strength }),
    );
    const supporting = groupLinks(
      all(schema.goalSupportingDepartment),
      (l) => l.goalId,
      (l) => l.departmentId,
    );
    return {
      format: PLAN_FORMAT,
      version: PLAN_FORMAT_VERSION,
      plan: toHeader(planRow),
      departments: bySortKey(all(schema.department)).map(toDepartment),
      objectives: bySortKey(all(schema.objective)).map((row) => toObjective(row, objectiveLinks.get(row.id) ?? [])),
      goals: bySortKey(all(schema.goal)).map((row) =>
        toGoal(row, goalLinks.get(row.id) ?? [], supporting.get(row.id) ?? []),
      ),
      tactics: readTactics((source) => this.statement(source)),
      notes: this.notes(),
      review: this.review(),
      draft: this.draftBlock(),
    };
  }

  notes(): Note[] {
    return this.db.select().from(schema.note).orderBy(asc(schema.note.sortOrder)).all().map(toNote);
  }

  getNote(id: string): Note | undefined {
    const row = this.db.select().from(schema.note).where(eq(schema.note.id, id)).get();
    return row && toNote(row);
  }

  insertNote(n: Note): void {
    const next = this.db
      .select({ m: max(schema.note.sortOrder) })
      .from(schema.note)
      .get();
    this.db
      .insert(schema.note)
      .values(fromNote(n, (next?.m ?? -1) + 1))
      .run();
  }

  updateNote(n: Note): void {
    const { sortOrder: _ignored, ...row } = fromNote(n, 0);
    this.db.update(schema.note).set(row).where(eq(schema.note.id, n.id)).run();
  }

  deleteNotesOf(itemIds: readonly string[]): void {
    if (itemIds.length > 0) this.db.delete(schema.note).where(inIds(schema.note.itemId, itemIds)).run();
  }

  deleteNote(id: string): boolean {
    return this.db.delete(schema.note).where(eq(schema.note.id, id)).run().changes > 0;
  }

  /** The draft block of a department draft file; null in a master plan. */
  draftBlock(): DraftBlock | null {
    const row = this.db.select().from(schema.draftInfo).get();
    if (!row) return null;
    let base: BasePlan;
    try {
      base = basePlanSchema.parse(JSON.parse(row.baseJson));
    } catch {
      throw new HoshinError('corrupt', 'this draft is damaged: the plan it was issued from cannot be read');
    }
    return { id: row.draftId, planId: row.planId, departmentId: row.departmentId, issuedAt: row.issuedAt, base };
  }

  // ---- drafts issued from a master plan ----

  recordDraftIssued(issue: {
    draftId: string;
    departmentId: string;
    issuedAt: string;
    planId: string;
    baseHash: string;
  }): void {
    this.db.insert(schema.draftIssue).values(issue).run();
  }

  /** The master's own record of one issued draft. */
  draftIssue(draftId: string): typeof schema.draftIssue.$inferSelect | undefined {
    return this.db.select().from(schema.draftIssue).where(eq(schema.draftIssue.draftId, draftId)).get();
  }

  draftIssues(): (typeof schema.draftIssue.$inferSelect)[] {
    return this.db.select().from(schema.draftIssue).orderBy(asc(schema.draftIssue.issuedAt)).all();
  }

  markDraftReturned(draftId: string, at: string): void {
    this.db
      .update(schema.draftIssue)
      .set({ returnedAt: at })
      .where(and(eq(schema.draftIssue.draftId, draftId), sql`${schema.draftIssue.returnedAt} is null`))
      .run();
  }

  markDraftMerged(draftId: string, at: string, changes: number): void {
    this.db
      .update(schema.draftIssue)
      .set({ mergedAt: at, mergedChanges: changes })
      .where(eq(schema.draftIssue.draftId, draftId))
      .run();
  }

  /** Inserts a whole validated document into an empty file. */
  insertDocument(doc: PlanDocument): void {
    const d = this.db;
    d.insert(schema.plan).values(fromHeader(doc.plan)).run();
    chunked(
      zipKeys(doc.departments).map(([x, key]) => fromDepartment(x, key)),
      (rows) => d.insert(schema.department).values(rows).run(),
    );
    chunked(
      zipKeys(doc.objectives).map(([x, key]) => fromObjective(x, key)),
      (rows) => d.insert(schema.objective).values(rows).run(),
    );
    chunked(
      zipKeys(doc.goals).map(([x, key]) => fromGoal(x, key)),
      (rows) => d.insert(schema.goal).values(rows).run(),
    );
    chunked(
      zipKeys(doc.tactics).map(([x, key]) => fromTactic(x, key)),
      (rows) => d.insert(schema.tactic).values(rows).run(),
    );
    chunked(
      doc.goals.flatMap((g) =>
        g.supports.map((s, position) => ({ goalId: g.id, objectiveId: s.objectiveId, strength: s.strength, position })),
      ),
      (rows) => d.insert(schema.goalObjectiveLink).values(rows).run(),
    );
    chunked(
      doc.goals.flatMap((g) =>
        (g.supportingDepartmentIds ?? []).map((departmentId, position) => ({ goalId: g.id, departmentId, position })),
      ),
      (rows) => d.insert(schema.goalSupportingDepartment).values(rows).run(),
    );
    chunked(
      doc.tactics.flatMap((t) =>
        t.supports.map((s, position) => ({ tacticId: t.id, goalId: s.goalId, strength: s.strength, position })),
      ),
      (rows) => d.insert(schema.tacticGoalLink).values(rows).run(),
    );
    chunked(
      doc.objectives.flatMap((o) =>
        o.supports.map((s, position) => ({
          annualId: o.id,
          breakthroughId: s.objectiveId,
          strength: s.strength,
          position,
        })),
      ),
      (rows) => d.insert(schema.objectiveLink).values(rows).run(),
    );
    chunked(doc.review.months, (rows) => d.insert(schema.kpiMonth).values(rows).run());
    chunked(
      doc.review.countermeasures.map((c, sortOrder) => ({ ...c, sortOrder })),
      (rows) => d.insert(schema.countermeasure).values(rows).run(),
    );
    chunked(
      doc.review.tacticUpdates.map((u, sortOrder) => ({ ...u, sortOrder })),
      (rows) => d.insert(schema.tacticUpdate).values(rows).run(),
    );
    chunked(
      doc.notes.map((n, i) => fromNote(n, i)),
      (rows) => d.insert(schema.note).values(rows).run(),
    );
    if (doc.draft) {
      const { id, planId, departmentId, issuedAt, base } = doc.draft;
      d.insert(schema.draftInfo)
        .values({ draftId: id, planId, departmentId, issuedAt, baseJson: JSON.stringify(base) })
        .run();
    }
  }

  // ---- plan ----

  getHeader(): PlanHeader {
    const row = this.db.select().from(schema.plan).get();
    if (!row) throw new Error('plan row missing');
    return toHeader(row);
  }

  putHeader(header: PlanHeader): void {
    this.db.update(schema.plan).set(fromHeader(header)).run();
  }

  // ---- items ----

  getDepartment(id: string): Department | undefined {
    const row = this.db.select().from(schema.department).where(eq(schema.department.id, id)).get();
    return row && toDepartment(row);
  }
  getObjective(id: string): Objective | undefined {
    const row = this.db.select().from(schema.objective).where(eq(schema.objective.id, id)).get();
    return row && toObjective(row, this.objectiveSupports(id));
  }
  getGoal(id: string): Goal | undefined {
    const row = this.q.goal.get({ id });
    return row && toGoal(row, this.goalSupports(id), this.supportingDepartments(id));
  }
  getTactic(id: string): Tactic | undefined {
    const row = this.q.tactic.get({ id });
    return row && toTactic(row, this.tacticSupports(id));
  }

  /** True when any department, objective, goal or tactic already has this id (ids are unique plan-wide). */
  idTaken(id: string): boolean {
    const row = this.sqlite
      .prepare(
        `select 1 from department where id = @id union all select 1 from objective where id = @id
         union all select 1 from goal where id = @id union all select 1 from tactic where id = @id limit 1`,
      )
      .get({ id });
    return row !== undefined;
  }

  insertDepartment(x: Department, sortKey: string): void {
    this.db.insert(schema.department).values(fromDepartment(x, sortKey)).run();
  }
  updateDepartment(x: Department): void {
    const { sortKey: _ignored, ...row } = fromDepartment(x, '');
    this.db.update(schema.department).set(row).where(eq(schema.department.id, x.id)).run();
  }
  insertObjective(x: Objective, sortKey: string): void {
    this.db.insert(schema.objective).values(fromObjective(x, sortKey)).run();
    for (const s of x.supports) this.setObjectiveLink(x.id, s.objectiveId, s.strength);
  }
  /** Updates leave `carried_from` alone: it is written when the item is created (by a rollover), never after. */
  updateObjective(x: Objective): void {
    const { sortKey: _ignored, carriedFrom: _kept, ...row } = fromObjective(x, '');
    this.db.update(schema.objective).set(row).where(eq(schema.objective.id, x.id)).run();
  }
  insertGoal(x: Goal, sortKey: string): void {
    this.q.insertGoal.run(fromGoal(x, sortKey));
    this.replaceGoalSupports(x.id, x.supports);
    this.replaceSupportingDepartments(x.id, x.supportingDepartmentIds ?? []);
  }
  /** Also sets the goal's supporting departments to `x.supportingDepartmentIds` (absent: none). */
  updateGoal(x: Goal): void {
    this.q.updateGoal.run(fromGoal(x, ''));
    this.replaceSupportingDepartments(x.id, x.supportingDepartmentIds ?? []);
  }

  /** A goal's supporting departments (besides its own), in order. */
  supportingDepartments(goalId: string): string[] {
    return this.statement('select department_id from goal_supporting_department where goal_id = ? order by position')
      .pluck()
      .all(goalId) as string[];
  }
  /** Rewrites a goal's supporting departments only when they differ (a goal update rarely changes them). */
  replaceSupportingDepartments(goalId: string, departmentIds: readonly string[]): void {
    const current = this.supportingDepartments(goalId);
    if (current.length === departmentIds.length && current.every((d, i) => d === departmentIds[i])) return;
    this.statement('delete from goal_supporting_department where goal_id = ?').run(goalId);
    const insert = this.statement(
      'insert into goal_supporting_department (goal_id, department_id, position) values (?, ?, ?)',
    );
    departmentIds.forEach((d, i) => insert.run(goalId, d, i));
  }
  insertTactic(x: Tactic, sortKey: string): void {
    this.q.insertTactic.run(fromTactic(x, sortKey));
    this.replaceTacticSupports(x.id, x.supports);
  }
  updateTactic(x: Tactic): void {
    this.q.updateTactic.run(fromTactic(x, ''));
  }

  /**
   * Renames one person wherever they are named: departments' heads and the owners of objectives, goals, tactics
   * and countermeasures. A name matches when it equals `from` trimmed and in any case (one person, as the
   * people list counts them); each match is set to `to`. Returns the ids changed, per table.
   */
  renamePerson(from: string, to: string): Record<PersonTable, string[]> {
    const key = from.trim().toLocaleLowerCase();
    const out = {} as Record<PersonTable, string[]>;
    for (const [table, column] of PERSON_COLUMNS) {
      const rows = this.sqlite
        .prepare(`select id, ${column} as name from ${table} where ${column} is not null`)
        .all() as {
        id: string;
        name: string;
      }[];
      const ids = rows.filter((r) => r.name.trim().toLocaleLowerCase() === key && r.name !== to).map((r) => r.id);
      if (ids.length > 0) {
        this.sqlite
          .prepare(`update ${table} set ${column} = ? where id in (select value from json_each(?))`)
          .run(to, JSON.stringify(ids));
      }
      out[table] = ids;
    }
    return out;
  }

  deleteRow(table: SortedTable, id: string): void {
    const t = sortedTables[table];
    this.db.delete(t).where(eq(t.id, id)).run();
  }

  /** Ids in sort order. */
  orderedIds(table: SortedTable): string[] {
    return this.statement(`select id from ${table} order by sort_key`).pluck().all() as string[];
  }

  /** Ids with their sort keys, in sort order. */
  sortKeys(table: SortedTable): { id: string; key: string }[] {
    return this.statement(`select id, sort_key as key from ${table} order by sort_key`).all() as {
      id: string;
      key: string;
    }[];
  }

  /** The last row's sort key (null for an empty table). */
  lastSortKey(table: SortedTable): string | null {
    return (this.statement(`select max(sort_key) from ${table}`).pluck().get() as string | null) ?? null;
  }

  /**
   * A sort key for one new row: after the row `afterId` (and before the row that follows it), before the first
   * row when `afterId` is null, after the last when it is undefined. Only the new row is written: no sibling's
   * key changes. Undefined when `afterId` names no row.
   */
  sortKeyFor(table: SortedTable, afterId: string | null | undefined): string | undefined {
    if (afterId === undefined) return generateKeyBetween(this.lastSortKey(table), null);
    if (afterId === null) {
      const first = this.statement(`select min(sort_key) from ${table}`).pluck().get() as string | null;
      return generateKeyBetween(null, first ?? null);
    }
    const after = this.statement(`select sort_key from ${table} where id = ?`).pluck().get(afterId) as
      string | undefined;
    if (after === undefined) return undefined;
    const next = this.statement(`select min(sort_key) from ${table} where sort_key > ?`).pluck().get(after) as
      string | null;
    return generateKeyBetween(after, next ?? null);
  }

  /** Keys for rows appended one after another at the end of the table (an import, a merge): one read per table. */
  appendSortKeys(table: SortedTable): () => string {
    let last = this.lastSortKey(table);
    return () => (last = generateKeyBetween(last, null));
  }

  /** Gives each listed row its key; rows not listed keep theirs. */
  setSortKeys(table: SortedTable, keys: readonly { id: string; key: string }[]): void {
    const stmt = this.statement(`update ${table} set sort_key = ? where id = ?`);
    for (const { id, key } of keys) stmt.run(key, id);
  }

  codes(table: 'objective' | 'goal' | 'tactic'): string[] {
    const t = sortedTables[table];
    return this.db
      .select({ code: t.code })
      .from(t)
      .all()
      .map((r) => r.code);
  }

  goalIdsOfDepartment(departmentId: string): string[] {
    return this.statement('select id from goal where department_id = ?').pluck().all(departmentId) as string[];
  }
  tacticIdsOfDepartment(departmentId: string): string[] {
    return this.statement('select id from tactic where department_id = ?').pluck().all(departmentId) as string[];
  }

  // ---- links ----

  objectiveSupports(annualId: string): { objectiveId: string; strength: Strength }[] {
    return this.links.objective.of(annualId).map((l) => ({ objectiveId: l.to, strength: l.strength }));
  }

  setObjectiveLink(annualId: string, breakthroughId: string, strength: Strength): void {
    this.links.objective.set(annualId, breakthroughId, strength);
  }

  removeObjectiveLink(annualId: string, breakthroughId: string): boolean {
    return this.links.objective.remove(annualId, breakthroughId);
  }

  /** Links touching these objectives as annual (from) or breakthrough (to). */
  objectiveLinksOf(ids: readonly string[]): { annualId: string; breakthroughId: string; strength: Strength }[] {
    if (ids.length === 0) return [];
    const o = schema.objectiveLink;
    return this.db
      .select()
      .from(o)
      .where(or(inIds(o.annualId, ids), inIds(o.breakthroughId, ids)))
      .all()
      .map((l) => ({ annualId: l.annualId, breakthroughId: l.breakthroughId, strength: l.strength }));
  }

  // ---- monthly review ----

  review(): Review {
    return {
      months: this.db
        .select()
        .from(schema.kpiMonth)
        .orderBy(asc(schema.kpiMonth.itemId), asc(schema.kpiMonth.month))
        .all(),
      countermeasures: this.db
        .select()
        .from(schema.countermeasure)
        .orderBy(asc(schema.countermeasure.sortOrder))
        .all()
        .map(({ sortOrder: _s, ...c }) => c),
      tacticUpdates: this.db
        .select()
        .from(schema.tacticUpdate)
        .orderBy(asc(schema.tacticUpdate.sortOrder))
        .all()
        .map(({ sortOrder: _s, ...u }) => u),
    };
  }

  /** Sets a KPI month's values (undefined: unchanged); a row with neither value is removed. */
  setKpiMonth(
    itemId: string,
    month: string,
    values: { plan?: number | null; actual?: number | null },
  ): KpiMonth | null {
    const k = schema.kpiMonth;
    const where = and(eq(k.itemId, itemId), eq(k.month, month));
    const current = this.db.select().from(k).where(where).get() ?? { itemId, month, plan: null, actual: null };
    const next = { ...current, ...Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) };
    if (next.plan === null && next.actual === null) {
      this.db.delete(k).where(where).run();
      return null;
    }
    this.db
      .insert(k)
      .values(next)
      .onConflictDoUpdate({ target: [k.itemId, k.month], set: { plan: next.plan, actual: next.actual } })
      .run();
    return next;
  }

  /** Sets many KPI months' actuals (numbers, never a clear), keeping their plan values: one prepared statement. */
  setKpiActuals(values: readonly { itemId: string; month: string; actual: number }[]): void {
    for (const v of values) this.q.upsertKpiActual.run(v);
  }

  getCountermeasure(id: string): Countermeasure | undefined {
    const row = this.db.select().from(schema.countermeasure).where(eq(schema.countermeasure.id, id)).get();
    if (!row) return undefined;
    const { sortOrder: _s, ...c } = row;
    return c;
  }

  putCountermeasure(c: Countermeasure): void {
    const existing = this.getCountermeasure(c.id);
    if (existing) {
      this.db.update(schema.countermeasure).set(c).where(eq(schema.countermeasure.id, c.id)).run();
    } else {
      const next = this.db
        .select({ m: max(schema.countermeasure.sortOrder) })
        .from(schema.countermeasure)
        .get();
      this.db
        .insert(schema.countermeasure)
        .values({ ...c, sortOrder: (next?.m ?? -1) + 1 })
        .run();
    }
  }

  deleteCountermeasure(id: string): boolean {
    return this.db.delete(schema.countermeasure).where(eq(schema.countermeasure.id, id)).run().changes > 0;
  }

  insertTacticUpdate(u: TacticUpdate): void {
    const next = this.db
      .select({ m: max(schema.tacticUpdate.sortOrder) })
      .from(schema.tacticUpdate)
      .get();
    this.db
      .insert(schema.tacticUpdate)
      .values({ ...u, sortOrder: (next?.m ?? -1) + 1 })
      .run();
  }

  /** KPI months and countermeasures of deleted objectives or goals go with them. */
  deleteReviewOf(itemIds: readonly string[]): void {
    if (itemIds.length === 0) return;
    this.db.delete(schema.kpiMonth).where(inIds(schema.kpiMonth.itemId, itemIds)).run();
    this.db.delete(schema.countermeasure).where(inIds(schema.countermeasure.itemId, itemIds)).run();
  }

  goalSupports(goalId: string): { objectiveId: string; strength: Strength }[] {
    return this.links.goal.of(goalId).map((l) => ({ objectiveId: l.to, strength: l.strength }));
  }
  tacticSupports(tacticId: string): { goalId: string; strength: Strength }[] {
    return this.links.tactic.of(tacticId).map((l) => ({ goalId: l.to, strength: l.strength }));
  }

  replaceGoalSupports(goalId: string, supports: readonly { objectiveId: string; strength: Strength }[]): void {
    this.links.goal.replace(
      goalId,
      supports.map((x) => ({ to: x.objectiveId, strength: x.strength })),
    );
  }
  replaceTacticSupports(tacticId: string, supports: readonly { goalId: string; strength: Strength }[]): void {
    this.links.tactic.replace(
      tacticId,
      supports.map((x) => ({ to: x.goalId, strength: x.strength })),
    );
  }

  /** Links pointing at these objectives (goal -> objective). */
  linksToObjectives(objectiveIds: readonly string[]): { goalId: string; objectiveId: string; strength: Strength }[] {
    if (objectiveIds.length === 0) return [];
    return this.statement(
      `select goal_id as goalId, objective_id as objectiveId, strength from goal_objective_link
       where objective_id in (select value from json_each(?))`,
    ).all(JSON.stringify(objectiveIds)) as { goalId: string; objectiveId: string; strength: Strength }[];
  }
  /** Links touching these goals, both directions (goal -> objective, tactic -> goal). */
  linksOfGoals(goalIds: readonly string[]): {
    up: { goalId: string; objectiveId: string; strength: Strength }[];
    down: { tacticId: string; goalId: string; strength: Strength }[];
  } {
    if (goalIds.length === 0) return { up: [], down: [] };
    const ids = JSON.stringify(goalIds);
    return {
      up: this.statement(
        `select goal_id as goalId, objective_id as objectiveId, strength from goal_objective_link
         where goal_id in (select value from json_each(?))`,
      ).all(ids) as { goalId: string; objectiveId: string; strength: Strength }[],
      down: this.statement(
        `select tactic_id as tacticId, goal_id as goalId, strength from tactic_goal_link
         where goal_id in (select value from json_each(?))`,
      ).all(ids) as { tacticId: string; goalId: string; strength: Strength }[],
    };
  }
  linksOfTactics(tacticIds: readonly string[]): { tacticId: string; goalId: string; strength: Strength }[] {
    if (tacticIds.length === 0) return [];
    return this.statement(
      `select tactic_id as tacticId, goal_id as goalId, strength from tactic_goal_link
       where tactic_id in (select value from json_each(?))`,
    ).all(JSON.stringify(tacticIds)) as { tacticId: string; goalId: string; strength: Strength }[];
  }

  /**
   * Tactics linked to a goal of `lostGoalIds` that keep no link to any other goal carrying an objective, except
   * those in `exceptTacticIds`: what losing those goals (deleted, or about to support no objective) orphans. One
   * statement (each id list materialised once), no link row brought into JavaScript.
   */
  tacticsOrphanedByLosing(lostGoalIds: readonly string[], exceptTacticIds: readonly string[]): string[] {
    if (lostGoalIds.length === 0) return [];
    const rows = this.statement(
      `with lost(id) as materialized (select value from json_each(@lost)),
            spared(id) as materialized (select value from json_each(@except))
       select distinct l.tactic_id from tactic_goal_link l join lost on l.goal_id = lost.id
       where l.tactic_id not in spared
         and not exists (
           select 1 from tactic_goal_link k join goal_objective_link u on u.goal_id = k.goal_id
           where k.tactic_id = l.tactic_id and k.goal_id not in lost)`,
    )
      .pluck()
      .all({ lost: JSON.stringify(lostGoalIds), except: JSON.stringify(exceptTacticIds) });
    return rows as string[];
  }

  setGoalLink(goalId: string, objectiveId: string, strength: Strength): void {
    this.links.goal.set(goalId, objectiveId, strength);
  }
  setTacticLink(tacticId: string, goalId: string, strength: Strength): void {
    this.links.tactic.set(tacticId, goalId, strength);
  }
  removeGoalLink(goalId: string, objectiveId: string): boolean {
    return this.links.goal.remove(goalId, objectiveId);
  }
  removeTacticLink(tacticId: string, goalId: string): boolean {
    return this.links.tactic.remove(tacticId, goalId);
  }

  /** Number of links from each of these goals / tactics (to tell which become orphans). */
  countUpLinks(kind: 'goal' | 'tactic', ids: readonly string[]): Map<string, number> {
    if (ids.length === 0) return new Map();
    const [table, column] = kind === 'goal' ? ['goal_objective_link', 'goal_id'] : ['tactic_goal_link', 'tactic_id'];
    const rows = this.statement(
      `select ${column}, count(*) from ${table} where ${column} in (select value from json_each(?)) group by ${column}`,
    )
      .raw()
      .all(JSON.stringify(ids)) as [string, number][];
    return new Map(rows);
  }
}

/**
 * `column IN (ids)` as one bound JSON array read by json_each: any number of ids (a department of a 200,000-tactic
 * plan has more than SQLite's limit of bound parameters), one statement shape, and SQLite still looks each id
 * up in the column's index.
 */
function inIds(column: Column, ids: readonly string[]): SQL {
  return sql`${column} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

/** Rows in sort-key order (in place; stable). Keys are ASCII, so `<` is the bytewise order SQLite uses. */
function bySortKey<R extends { sortKey: string }>(rows: R[]): R[] {
  return rows.sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
}

/** Links grouped by the item they belong to, each group in `position` order. */
function groupLinks<L extends { position: number }, V>(
  rows: readonly L[],
  owner: (link: L) => string,
  value: (link: L) => V,
): Map<string, V[]> {
  const groups = new Map<string, L[]>();
  for (const l of rows) push(groups, owner(l), l);
  const out = new Map<string, V[]>();
  for (const [id, links] of groups) {
    if (links.length > 1) links.sort((a, b) => a.position - b.position);
    out.set(id, links.map(value));
  }
  return out;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function chunked<T>(rows: T[], insert: (rows: T[]) => void): void {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) insert(rows.slice(i, i + INSERT_CHUNK));
}
