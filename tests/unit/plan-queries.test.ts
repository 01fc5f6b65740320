/** The page's query cache follows every change's envelope: what it touched is fetched again, unless claimed. */
import { describe, expect, it } from 'vitest';
import { unwrapEnvelope } from '../../renderer/src/api/envelope.ts';
import { claim, connectEffects, createPlanQueryClient, queryKeys } from '../../renderer/src/state/plan-queries.ts';

function cached() {
  const client = createPlanQueryClient();
  client.setQueryData(queryKeys.plan, { title: 'plan' });
  client.setQueryData(queryKeys.gaps, { findings: [] });
  client.setQueryData(queryKeys.review, { kpis: [] });
  const disconnect = connectEffects(client);
  const stale = () =>
    [queryKeys.plan, queryKeys.gaps, queryKeys.review].filter((key) => client.getQueryState(key)?.isInvalidated);
  return { client, disconnect, stale };
}

describe('the query cache after a change', () => {
  it('marks what the envelope says the change touched, whichever transport brought it', () => {
    const { disconnect, stale } = cached();
    expect(unwrapEnvelope({ ok: true, value: 1, touched: ['review', 'history'] }, 'setKpiMonth')).toBe(1);
    expect(stale()).toEqual([queryKeys.review]);
    unwrapEnvelope({ ok: true, value: 2, touched: ['plan', 'gaps'] }, 'updateTactic');
    expect(stale()).toEqual([queryKeys.plan, queryKeys.gaps, queryKeys.review]);
    disconnect();
  });

  it('leaves a claimed resource to its claimant, for that one change only', () => {
    const { disconnect, stale } = cached();
    const release = claim('updateTactic', ['plan']);
    unwrapEnvelope({ ok: true, value: 1, touched: ['plan', 'gaps'] }, 'updateTactic');
    release();
    expect(stale()).toEqual([queryKeys.gaps]);
    unwrapEnvelope({ ok: true, value: 1, touched: ['plan', 'gaps'] }, 'updateTactic');
    expect(stale()).toEqual([queryKeys.plan, queryKeys.gaps]);
    disconnect();
  });

  it('ignores reads, refusals and unknown resources, and stops when disconnected', () => {
    const { disconnect, stale } = cached();
    unwrapEnvelope({ ok: true, value: 1 }, 'getPlan');
    unwrapEnvelope({ ok: true, value: 1, touched: ['nonsense'] }, 'updateTactic');
    expect(() => unwrapEnvelope({ ok: false, error: { code: 'not_found', message: 'no' } }, 'updateTactic')).toThrow(
      'no',
    );
    expect(stale()).toEqual([]);
    disconnect();
    unwrapEnvelope({ ok: true, value: 1, touched: ['plan'] }, 'updateTactic');
    expect(stale()).toEqual([]);
  });
});
