/**
 * db/fast-select.ts reads whole tables for loadDocument without drizzle's result mapping; it must return exactly
 * what drizzle's own select returns, JSON columns decoded and nulls kept, for every table of a real plan file.
 */
import path from 'node:path';
import { asc, getTableColumns, is, type Column } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { selectAll } from '../../db/fast-select.ts';
import { TACTIC_COLUMNS } from '../../db/tactic-rows.ts';
import * as schema from '../../db/schema.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

const tables = (Object.values(schema) as unknown[]).filter((t): t is SQLiteTable => is(t, SQLiteTable));

describe('whole-table reads without drizzle mapping', () => {
  it('return what drizzle select returns, for every table of a plan with notes, review and tags', () => {
    const file = path.join(tempDir(), 'plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const session = openPlan(file);
    try {
      const t = session.store.loadDocument().tactics[0]!;
      session.dispatch('updateTactic', { id: t.id, tags: ['a', 'b"c', 'ü'], description: null });
      expect(tables.length).toBeGreaterThan(10);
      for (const table of tables) {
        const columns = Object.values(getTableColumns(table) as Record<string, Column>);
        const order = columns.slice(0, 1);
        const expected = session.store.db
          .select()
          .from(table)
          .orderBy(...order.map((c) => asc(c)))
          .all();
        expect(selectAll(session.store.sqlite, table, order)).toEqual(expected);
      }
      const tags = selectAll(session.store.sqlite, schema.tactic, [schema.tactic.sortKey]).find((r) => r.id === t.id);
      expect(tags?.tags).toEqual(['a', 'b"c', 'ü']);
      expect(tags?.description).toBeNull();
    } finally {
      session.close();
    }
  });
});

describe('the whole-plan read of tactics (db/tactic-rows.ts)', () => {
  it('reads every column of the table', () => {
    const names = Object.values(getTableColumns(schema.tactic) as Record<string, Column>).map((c) => c.name);
    expect([...TACTIC_COLUMNS].sort()).toEqual(names.sort());
  });

  it('returns each tactic as the one-row read does, in sort order, links in their order', () => {
    const file = path.join(tempDir(), 'plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const session = openPlan(file);
    try {
      const [first, second] = session.store.loadDocument().tactics;
      // Table order unlike sort order, a tag list with quotes, a carried item, and links whose positions are
      // not in table order (the first link removed and added again goes last).
      session.dispatch('reorderTactics', { ids: [second!.id, first!.id] });
      session.dispatch('createTactic', { title: 'Up front', departmentId: first!.departmentId, afterId: null });
      session.dispatch('updateTactic', { id: first!.id, tags: ['a', 'b"c', 'ü'], description: null });
      session.store.sqlite.prepare(`update tactic set carried_from = 'last-year' where id = ?`).run(second!.id);
      const goals = session.store.loadDocument().goals.slice(0, 3);
      for (const g of goals)
        session.dispatch('setLink', { kind: 'tactic-goal', fromId: first!.id, toId: g.id, strength: 'weak' });
      const [link] = session.store.getTactic(first!.id)!.supports;
      session.dispatch('removeLink', { kind: 'tactic-goal', fromId: first!.id, toId: link!.goalId });
      session.dispatch('setLink', { kind: 'tactic-goal', fromId: first!.id, toId: link!.goalId, strength: 'strong' });

      const tactics = session.store.loadDocument().tactics;
      expect(tactics.map((t) => t.id)).toEqual(session.store.orderedIds('tactic'));
      expect(tactics[0]!.title).toBe('Up front');
      for (const t of tactics) expect(t).toEqual(session.store.getTactic(t.id));
      expect(tactics.find((t) => t.id === first!.id)!.supports.at(-1)).toEqual({
        goalId: link!.goalId,
        strength: 'strong',
      });
      expect(tactics.find((t) => t.id === second!.id)!.carriedFrom).toBe('last-year');
    } finally {
      session.close();
    }
  });
});
