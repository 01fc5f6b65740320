/**
 * Redo in a team plan: one's own undone changes come back, newest undo first, until one makes a new change;
 * a redo is an ordinary change again (Undo takes it back); it is refused, changing nothing, when someone else
 * changed those rows since the undo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startPostgres, type PostgresCluster } from '../helpers/postgres.ts';
import { memberWith, published, value } from '../helpers/team-members.ts';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgres();
}, 120_000);
afterAll(() => cluster?.stop());

interface History {
  canUndo: boolean;
  canRedo: boolean;
  undoLabel: string | null;
  redoLabel: string | null;
  redoDepth: number;
}

describe('redo in a team plan', () => {
  it('brings back one’s own undone changes in order, and a new change ends what can be redone', async () => {
    const { team, planId } = await published(cluster);
    try {
      const amara = await memberWith(team, planId, 'amara@example.com', 'leader');
      const yuki = await memberWith(team, planId, 'yuki@example.com', 'leader');
      const title = async () =>
        (
          value(await team.call(amara, planId, 'getPlan', {})) as { tactics: { id: string; title: string }[] }
        ).tactics.find((t) => t.id === 't-cs-1-1')!.title;
      const history = async (who = amara) => value(await team.call(who, planId, 'getHistory', {})) as History;
      const original = await title();

      value(await team.call(amara, planId, 'updateTactic', { id: 't-cs-1-1', title: 'First' }));
      value(await team.call(amara, planId, 'updateTactic', { id: 't-cs-1-1', title: 'Second' }));
      expect(await history()).toMatchObject({ canRedo: false, redoLabel: null });
      value(await team.call(amara, planId, 'undo', {}));
      value(await team.call(amara, planId, 'undo', {}));
      expect(await title()).toBe(original);
      const undone = await history();
      expect(undone).toMatchObject({ canUndo: false, canRedo: true, redoDepth: 2 });
      expect(undone.redoLabel).toMatch(/tactic/i);
      // Yuki has nothing to redo: redo is one's own.
      expect(await history(yuki)).toMatchObject({ canRedo: false });
      expect(await team.call(yuki, planId, 'redo', {})).toMatchObject({
        ok: false,
        error: { code: 'invalid_input', message: 'You have no undone change of your own in this plan to redo.' },
      });

      // The newest undo comes back first: "First", then "Second".
      const redone = await team.call(amara, planId, 'redo', {});
      expect(redone).toMatchObject({ ok: true, history: { canRedo: true, redoDepth: 1, canUndo: true } });
      expect(await title()).toBe('First');
      value(await team.call(amara, planId, 'redo', {}));
      expect(await title()).toBe('Second');
      expect(await history()).toMatchObject({ canRedo: false, canUndo: true });
      // A redo is a change like any other: Undo takes it back, and Redo again brings it.
      value(await team.call(amara, planId, 'undo', {}));
      expect(await title()).toBe('First');
      value(await team.call(amara, planId, 'redo', {}));
      expect(await title()).toBe('Second');

      // A new change of one's own ends what can be redone.
      value(await team.call(amara, planId, 'undo', {}));
      expect(await history()).toMatchObject({ canRedo: true });
      value(await team.call(amara, planId, 'updateTactic', { id: 't-cs-1-2', title: 'Elsewhere' }));
      expect(await history()).toMatchObject({ canRedo: false, redoLabel: null });

      const log = await team.log(planId);
      expect(log.filter((c) => c.operation === 'redo').length).toBeGreaterThanOrEqual(3);
    } finally {
      await team.close();
    }
  });

  it('refuses a redo over someone else’s later change, changing nothing', async () => {
    const { team, planId } = await published(cluster);
    try {
      const amara = await memberWith(team, planId, 'amara@example.com', 'leader');
      const yuki = await memberWith(team, planId, 'yuki@example.com', 'leader');
      value(await team.call(amara, planId, 'updateTactic', { id: 't-cs-1-1', title: 'Amara’s' }));
      value(await team.call(amara, planId, 'undo', {}));
      value(await team.call(yuki, planId, 'updateTactic', { id: 't-cs-1-1', title: 'Yuki’s' }));
      const before = (await team.log(planId)).length;
      const refused = await team.call(amara, planId, 'redo', {});
      expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
      expect(!refused.ok && refused.error.message).toMatch(/^yuki changed “Yuki’s” \d+ s ago, so .* cannot be redone/);
      expect((await team.log(planId)).length).toBe(before);
      const plan = value(await team.call(amara, planId, 'getPlan', {})) as { tactics: { id: string; title: string }[] };
      expect(plan.tactics.find((t) => t.id === 't-cs-1-1')!.title).toBe('Yuki’s');
    } finally {
      await team.close();
    }
  });
});
