/**
 * Sibling order by fractional-indexing keys, over a real plan file: inserts and moves write only the rows that
 * move, the order is exactly the one asked for, and undo gives the previous order back.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlan, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { planDoc } from '../helpers/plans.ts';
import { tempDir } from '../helpers/temp.ts';

const TACTICS = 50;

function session(): PlanSession {
  const file = path.join(tempDir(), 'plan.hoshin');
  const tactics = Array.from({ length: TACTICS }, (_, i) => ({
    id: `t${i}`,
    code: `SUP-T${i}`,
    departmentId: 'd1',
    title: `Tactic ${i}`,
    supports: [],
  }));
  writePlanFile(file, planDoc({ tactics }));
  return openPlan(file, { today: () => '2027-01-15' });
}

const order = (s: PlanSession) => s.dispatch('getPlan', {}).tactics.map((t) => t.id);
/** Undo entries (inverse row changes) of the newest undo step. */
const lastStepRows = (s: PlanSession) =>
  s.store.sqlite
    .prepare(
      "select count(*) from temp.undo_entry where step = (select max(step) from temp.undo_step where stack = 'undo')",
    )
    .pluck()
    .get() as number;
const add = (s: PlanSession, title: string, afterId: string | null) =>
  s.dispatch('createTactic', { title, departmentId: 'd1', supports: [], afterId }).id;

describe('sibling order by sort keys', () => {
  it('puts a new row first, after a given row or last, writing that row only', () => {
    const s = session();
    try {
      const first = add(s, 'First', null);
      expect(lastStepRows(s)).toBe(1);
      const middle = add(s, 'Middle', 't24');
      expect(lastStepRows(s)).toBe(1);
      const last = s.dispatch('createTactic', { title: 'Last', departmentId: 'd1', supports: [] }).id;
      expect(lastStepRows(s)).toBe(1);
      const ids = order(s);
      expect(ids[0]).toBe(first);
      expect(ids[ids.indexOf('t24') + 1]).toBe(middle);
      expect(ids.at(-1)).toBe(last);
      expect(ids.filter((id) => id.startsWith('t'))).toEqual(Array.from({ length: TACTICS }, (_, i) => `t${i}`));
    } finally {
      s.close();
    }
  });

  it('keeps order through many inserts at one place (keys grow longer, never collide)', () => {
    const s = session();
    try {
      // Each new row goes right after t10, so it lands before the one added just before it.
      const added = Array.from({ length: 200 }, (_, i) => add(s, `Again ${i}`, 't10'));
      // And 200 in front of everything.
      const front = Array.from({ length: 200 }, (_, i) => add(s, `Front ${i}`, null));
      const ids = order(s);
      expect(ids.slice(0, 200)).toEqual([...front].reverse());
      const at = ids.indexOf('t10');
      expect(ids.slice(at + 1, at + 201)).toEqual([...added].reverse());
      expect(ids[at + 201]).toBe('t11');
      const keys = s.store.sqlite.prepare('select sort_key from tactic order by sort_key').pluck().all() as string[];
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      s.close();
    }
  });

  it('moves only the listed rows among the places they hold, and undo puts them back', () => {
    const s = session();
    try {
      const before = order(s);
      const keysBefore = s.store.sqlite.prepare('select id, sort_key from tactic order by id').all();
      s.dispatch('reorderTactics', { ids: ['t40', 't3'] });
      // Two rows changed place: two undo entries, not one per sibling.
      expect(lastStepRows(s)).toBe(2);
      const after = order(s);
      expect(after[3]).toBe('t40');
      expect(after[40]).toBe('t3');
      expect(after.filter((id) => id !== 't3' && id !== 't40')).toEqual(
        before.filter((id) => id !== 't3' && id !== 't40'),
      );
      // Listing rows in the order they already have writes no key.
      const keysMoved = s.store.sqlite.prepare('select id, sort_key from tactic order by id').all();
      s.dispatch('reorderTactics', { ids: ['t1', 't2'] });
      expect(s.store.sqlite.prepare('select id, sort_key from tactic order by id').all()).toEqual(keysMoved);
      // One undo step for the move, and at most one (empty) for the no-op.
      for (let i = 0; i < 2 && order(s).indexOf('t40') !== 40; i++) s.dispatch('undo', {});
      expect(order(s)).toEqual(before);
      expect(s.store.sqlite.prepare('select id, sort_key from tactic order by id').all()).toEqual(keysBefore);
    } finally {
      s.close();
    }
  });

  it('refuses an insert after a row that does not exist, writing nothing', () => {
    const s = session();
    try {
      expect(() => add(s, 'Nowhere', 'no-such-tactic')).toThrow(/no tactic has id "no-such-tactic"/);
      expect(order(s)).toHaveLength(TACTICS);
    } finally {
      s.close();
    }
  });
});
