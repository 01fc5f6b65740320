/**
 * `hoshin import` of a workbook or CSV: a new plan file, or (`merge`) the rows applied to an existing plan,
 * matched by code, in one transaction and one undo step. Nothing is written when any row has an error or in a
 * dry run; a new file is written beside its target and renamed into place (db/plan-file.ts), so a failed import
 * leaves no file, and a failed merge rolls back, leaving the plan as it was.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { HoshinError } from '../contract/errors.ts';
import type { PlanDocument } from '../contract/plan-format.ts';
import { importTables, type ImportMapping, type ImportReport, type SourceTable } from '../core/import/index.ts';
import { PLAN_TABLES, type PlanStore } from '../db/plan-store.ts';
import { UndoLog } from '../db/undo-log.ts';
import { openPlan, openPlanForReading, writePlanFile } from './plan-files.ts';

export interface ImportPlanOptions {
  /** The sheets or CSV file, already read. */
  tables: SourceTable[];
  /** Where the rows came from ("plan.xlsx"), for the undo label and a new plan's title. */
  sourceName: string;
  /** The workbook's own title, if it has one: a new plan's title. */
  title?: string | null;
  target: string;
  merge: boolean;
  force: boolean;
  dryRun: boolean;
  mapping?: ImportMapping;
  newId?: () => string;
}

export interface ImportPlanResult {
  report: ImportReport;
  /** The plan as imported (null when a row has an error). */
  document: PlanDocument | null;
}

export function importPlan(options: ImportPlanOptions): ImportPlanResult {
  const newId = options.newId ?? (() => randomUUID());
  const title = options.title?.trim() || path.basename(options.sourceName).replace(/\.[^.]+$/, '');
  if (!options.merge) {
    if (!options.force && fs.existsSync(options.target)) {
      throw new HoshinError(
        'exists',
        `${options.target} already exists (use --force to overwrite it, or --merge to import into it)`,
      );
    }
    const built = importTables(options.tables, { base: null, title, newId, mapping: options.mapping });
    if (built.document && !options.dryRun) {
      writePlanFile(options.target, built.document, options.force);
      built.report.summary.written = true;
    }
    return built;
  }
  if (!fs.existsSync(options.target)) {
    throw new HoshinError('not_found', `${options.target}: no such file (--merge imports into an existing plan)`);
  }
  const session = options.dryRun ? openPlanForReading(options.target) : openPlan(options.target);
  try {
    if (session.store.draftBlock()) {
      throw new HoshinError(
        'read_only',
        `${path.basename(options.target)} is a department draft: import into the master plan instead`,
      );
    }
    const base = session.store.loadDocument();
    const built = importTables(options.tables, { base, title, newId, mapping: options.mapping });
    if (built.document && !options.dryRun) {
      const document = built.document;
      const history = new UndoLog(session.store.sqlite, PLAN_TABLES);
      const store = session.store;
      store.transaction(() =>
        history.record(
          () => applyDocument(store, base, document),
          () => `Import from ${path.basename(options.sourceName)}`,
        ),
      );
      built.report.summary.written = true;
    }
    return built;
  } finally {
    session.close();
  }
}

/**
 * Writes the difference between `before` and `after` (a merge only adds items and links and changes fields):
 * new (or re-headed) departments and objectives first, then every objective's links, then goals and tactics with theirs.
 */
export function applyDocument(store: PlanStore, before: PlanDocument, after: PlanDocument): void {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const departments = new Map(before.departments.map((d) => [d.id, d]));
  const objectives = new Map(before.objectives.map((o) => [o.id, o]));
  const goals = new Map(before.goals.map((g) => [g.id, g]));
  const tactics = new Map(before.tactics.map((t) => [t.id, t]));
  // Sort keys for new rows, appended after the table's last row: the last key is read once per table.
  const keys = new Map<'department' | 'objective' | 'goal' | 'tactic', () => string>();
  const next = (table: 'department' | 'objective' | 'goal' | 'tactic') => {
    let key = keys.get(table);
    if (!key) keys.set(table, (key = store.appendSortKeys(table)));
    return key();
  };
  for (const d of after.departments) {
    const old = departments.get(d.id);
    if (!old) store.insertDepartment(d, next('department'));
    else if (!same(old, d)) store.updateDepartment(d); // a head given in a Departments sheet
  }
  for (const o of after.objectives) {
    const old = objectives.get(o.id);
    if (!old) store.insertObjective({ ...o, supports: [] }, next('objective'));
    else if (!same({ ...old, supports: [] }, { ...o, supports: [] })) store.updateObjective(o);
  }
  for (const o of after.objectives) {
    const old = objectives.get(o.id);
    if (old && same(old.supports, o.supports)) continue;
    for (const s of o.supports) store.setObjectiveLink(o.id, s.objectiveId, s.strength);
  }
  for (const g of after.goals) {
    const old = goals.get(g.id);
    if (!old) store.insertGoal(g, next('goal'));
    else {
      if (!same({ ...old, supports: [] }, { ...g, supports: [] })) store.updateGoal(g);
      if (!same(old.supports, g.supports)) store.replaceGoalSupports(g.id, g.supports);
    }
  }
  for (const t of after.tactics) {
    const old = tactics.get(t.id);
    if (!old) store.insertTactic(t, next('tactic'));
    else {
      if (!same({ ...old, supports: [] }, { ...t, supports: [] })) store.updateTactic(t);
      if (!same(old.supports, t.supports)) store.replaceTacticSupports(t.id, t.supports);
    }
  }
}
