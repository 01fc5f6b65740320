/**
 * db/fast-select.ts reads whole tables for loadDocument without drizzle's result mapping; it must return exactly
 * what drizzle's own select returns, JSON columns decoded and nulls kept, for every table of a real plan file.
 */
import path from 'node:path';
import { asc, getTableColumns, is, type Column } from 'drizzle-orm';
import { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { describe, expect, it } from 'vitest';
import { selectAll } from '../../db/fast-select.ts';
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
