/**
 * Store-level tests run on both stores: the same operations on a `.hoshin` file and on a team plan in
 * PostgreSQL give the same plan, the same gaps, the same refusals and the same undo and redo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { samplePlanDocument } from '../../services/plan-files.ts';
import { fileStore, teamStore, type OpenStore, type StoreKind } from '../helpers/both-stores.ts';
import { SAMPLE_CHANGES } from '../helpers/change-kinds.ts';
import { alignedPlan } from '../helpers/plans.ts';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

const STORES: StoreKind[] = [fileStore, teamStore(() => cluster)];

async function using<T>(kind: StoreKind, doc: Parameters<StoreKind['open']>[0], fn: (s: OpenStore) => Promise<T>) {
  const store = await kind.open(doc);
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

describe.each(STORES)('on $name', (kind) => {
  it.each(SAMPLE_CHANGES)('undoes and redoes %s exactly', async (_name, operation, input) =>
    using(kind, samplePlanDocument(), async (s) => {
      const before = await s.plan();
      await s.value(operation, input as never);
      const after = await s.plan();
      expect(after).not.toEqual(before);
      const undone = await s.value('undo', {});
      expect(undone.label).toBeTruthy();
      expect(await s.plan()).toEqual(before);
      expect(undone.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: undone.label });
      expect((await s.value('redo', {})).label).toBe(undone.label);
      expect(await s.plan()).toEqual(after);
      expect(await s.value('getHistory', {})).toMatchObject({ canUndo: true, canRedo: false, undoDepth: 1 });
    }),
  );

  it('creates each kind with codes, at the end or after a sibling', async () =>
    using(kind, alignedPlan(), async (s) => {
      const o = await s.value('createObjective', { title: 'Raise NPS', horizon: 'breakthrough' });
      expect(o).toMatchObject({ code: 'O2', horizon: 'breakthrough', owner: null, kpi: null });
      const d = await s.value('createDepartment', { name: 'Customer Success', head: 'Amara' });
      const g = await s.value('createGoal', {
        departmentId: d.id,
        title: 'Health scores',
        supports: [{ objectiveId: o.id, strength: 'medium' }],
      });
      expect(g.code).toBe('CS-1');
      const t = await s.value('createTactic', {
        departmentId: d.id,
        title: 'Score model',
        supports: [{ goalId: g.id, strength: 'strong' }],
      });
      expect(t.code).toBe('CS-1.1');
      expect((await s.value('createTactic', { departmentId: d.id, title: 'Loose end' })).code).toBe('CS-T1');
      const first = await s.value('createObjective', { title: 'First', afterId: null });
      const middle = await s.value('createObjective', { title: 'After O1', afterId: 'o1' });
      expect((await s.plan()).objectives.map((x) => x.id)).toEqual([first.id, 'o1', middle.id, o.id]);
    }));

  it('refuses invalid input naming the field, and writes nothing', async () =>
    using(kind, samplePlanDocument(), async (s) => {
      const before = await s.plan();
      const refused = await s.call('createGoal', { departmentId: 'd-cs', title: '' });
      expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      expect(!refused.ok && refused.error.issues?.map((i) => i.path)).toContain('title');
      expect(await s.call('deleteTactic', { id: 'nope' })).toMatchObject({ ok: false, error: { code: 'not_found' } });
      expect(await s.plan()).toEqual(before);
      expect(await s.value('getHistory', {})).toMatchObject({ canUndo: false, undoDepth: 0 });
    }));

  it('deletes a department with its goals, tactics and links, as its preview said', async () =>
    using(kind, samplePlanDocument(), async (s) => {
      const before = await s.plan();
      const preview = await s.value('previewDelete', { kind: 'department', id: 'd-cs' });
      const deleted = await s.value('deleteDepartment', { id: 'd-cs' });
      expect(deleted).toEqual(preview);
      const ofCs = (items: { departmentId: string; id: string }[]) =>
        items.filter((i) => i.departmentId === 'd-cs').map((i) => i.id);
      expect([...preview.goals].sort()).toEqual(ofCs(before.goals).sort());
      expect([...preview.tactics].sort()).toEqual(ofCs(before.tactics).sort());
      const plan = await s.plan();
      expect(plan.departments.some((d) => d.id === 'd-cs')).toBe(false);
      expect(ofCs(plan.goals)).toEqual([]);
      expect(ofCs(plan.tactics)).toEqual([]);
    }));

  it('walks back several steps in order and forward again; a new change ends redo', async () =>
    using(kind, samplePlanDocument(), async (s) => {
      const states = [await s.plan()];
      const o = await s.value('createObjective', { title: 'Lift CSAT' });
      states.push(await s.plan());
      await s.value('createGoal', {
        departmentId: 'd-cs',
        title: 'Survey',
        supports: [{ objectiveId: o.id, strength: 'strong' }],
      });
      states.push(await s.plan());
      await s.value('updateObjective', { id: o.id, title: 'Lift CSAT to 90%' });
      states.push(await s.plan());
      expect((await s.value('getHistory', {})).undoLabel).toBe("Edit objective O6 'Lift CSAT to 90%'");
      for (let i = states.length - 2; i >= 0; i--) {
        await s.value('undo', {});
        expect(await s.plan()).toEqual(states[i]);
      }
      expect(await s.value('getHistory', {})).toMatchObject({ canUndo: false, redoDepth: 3 });
      await s.value('redo', {});
      expect(await s.plan()).toEqual(states[1]);
      await s.value('createDepartment', { name: 'Legal' });
      expect(await s.value('getHistory', {})).toMatchObject({ canRedo: false, undoDepth: 2 });
    }));
});

describe('both stores agree', () => {
  it('the same calls give the same plan and the same gaps', async () => {
    const results = [];
    for (const kind of STORES) {
      results.push(
        await using(kind, samplePlanDocument(), async (s) => {
          await s.value('deleteDepartment', { id: 'd-it' });
          await s.value('createTactic', { id: 't-new', departmentId: 'd-cs', title: 'Callback within a day' });
          await s.value('setLink', { kind: 'tactic-goal', fromId: 't-new', toId: 'g-cs-1', strength: 'medium' });
          await s.value('reorderTactics', { ids: ['t-new', 't-cs-1-1'] });
          await s.value('undo', {});
          return { plan: await s.plan(), gaps: await s.value('analyzeGaps', {}) };
        }),
      );
    }
    expect(results[1]).toEqual(results[0]);
  });
});
