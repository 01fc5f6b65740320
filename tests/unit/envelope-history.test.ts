/** The renderer hears the history head that every change's envelope carries, whichever call made the change. */
import { describe, expect, it } from 'vitest';
import type { HistoryState } from '../../contract/api.ts';
import { onHistoryHead } from '../../renderer/src/api/index.ts';
import { unwrapEnvelope } from '../../renderer/src/api/envelope.ts';

const head: HistoryState = {
  canUndo: true,
  canRedo: false,
  undoLabel: "Enter KPI value 'NPS'",
  redoLabel: null,
  undoDepth: 3,
  redoDepth: 0,
};

describe('history heads in envelopes', () => {
  it('passes a change’s new history head to every listener, and a read’s envelope to none', () => {
    const heard: HistoryState[] = [];
    const stop = onHistoryHead((h) => heard.push(h));
    expect(unwrapEnvelope({ ok: true, value: { set: 1 }, touched: ['review', 'history'], history: head }, 'x')).toEqual(
      { set: 1 },
    );
    expect(unwrapEnvelope({ ok: true, value: 42 }, 'getPlan')).toBe(42);
    expect(heard).toEqual([head]);
    stop();
    unwrapEnvelope({ ok: true, value: null, history: head }, 'x');
    expect(heard).toHaveLength(1);
  });

  it('ignores a history field that is not a history state, and never on a failure', () => {
    const heard: HistoryState[] = [];
    const stop = onHistoryHead((h) => heard.push(h));
    unwrapEnvelope({ ok: true, value: 1, history: { canUndo: 'yes' } }, 'x');
    expect(() =>
      unwrapEnvelope({ ok: false, error: { code: 'not_found', message: 'gone' }, history: head }, 'x'),
    ).toThrow('gone');
    stop();
    expect(heard).toEqual([]);
  });
});
