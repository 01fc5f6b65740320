/** The X-matrix's new link and the monthly review, over real plan files. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HoshinError } from '../../contract/errors.ts';
import { parsePlanJson, stringifyPlan } from '../../core/plan-json.ts';
import { openPlan, samplePlanDocument, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

function sample(): PlanSession {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return openPlan(file, { today: () => '2027-04-10' });
}

function refusal(fn: () => unknown): HoshinError {
  try {
    fn();
  } catch (err) {
    return err as HoshinError;
  }
  throw new Error('expected a refusal');
}

describe('annual -> breakthrough links', () => {
  it('cycle like any link, only from an annual to a breakthrough objective, undoably', () => {
    const s = sample();
    s.dispatch('removeLink', { kind: 'annual-breakthrough', fromId: 'o5', toId: 'o1' });
    expect(
      s
        .dispatch('analyzeGaps', {})
        .findings.filter((f) => f.kind === 'annual_serves_no_breakthrough')
        .map((f) => f.id),
    ).toEqual(['o5']);
    for (const strength of ['weak', 'medium', 'strong'] as const) {
      s.dispatch('setLink', { kind: 'annual-breakthrough', fromId: 'o5', toId: 'o2', strength });
    }
    expect(s.dispatch('getPlan', {}).objectives.find((o) => o.id === 'o5')!.supports).toEqual([
      { objectiveId: 'o2', strength: 'strong' },
    ]);
    s.dispatch('undo', {});
    expect(s.dispatch('getPlan', {}).objectives.find((o) => o.id === 'o5')!.supports).toEqual([
      { objectiveId: 'o2', strength: 'medium' },
    ]);
    expect(
      refusal(() => s.dispatch('setLink', { kind: 'annual-breakthrough', fromId: 'o1', toId: 'o2', strength: 'weak' }))
        .issues,
    ).toEqual([{ path: 'fromId', message: 'no annual objective has id "o1"' }]);
    expect(
      refusal(() => s.dispatch('setLink', { kind: 'annual-breakthrough', fromId: 'o3', toId: 'o4', strength: 'weak' }))
        .issues,
    ).toEqual([{ path: 'toId', message: 'no breakthrough objective has id "o4"' }]);
    // A horizon change drops the links that no longer fit.
    s.dispatch('updateObjective', { id: 'o3', horizon: 'breakthrough' });
    expect(s.dispatch('getPlan', {}).objectives.find((o) => o.id === 'o3')!.supports).toEqual([]);
    expect(
      s.dispatch('previewDelete', { kind: 'objective', id: 'o1' }).links.filter((l) => l.kind === 'annual-breakthrough')
        .length,
    ).toBe(1);
    s.close();
  });
});

describe('the monthly review', () => {
  it('computes plan, actual and status per KPI month, and records actuals, pastes and plan overrides', () => {
    const s = sample();
    const review = s.dispatch('getReview', {});
    expect(review.months).toHaveLength(12);
    expect(review.tolerance).toBe(5);
    const churn = review.kpis.find((k) => k.itemId === 'o1')!;
    expect(churn.months.slice(0, 4).map((m) => m.status)).toEqual(['green', 'amber', 'red', null]);
    expect(churn.months[2]!.countermeasures).toEqual(['cm-churn-2027-03']);

    s.dispatch('setKpiMonth', { itemId: 'o1', month: '2027-04', actual: 12.1 });
    s.dispatch('setKpiMonths', {
      values: [
        { itemId: 'o4', month: '2027-03', actual: 60 },
        { itemId: 'o4', month: '2027-04', actual: 70 },
      ],
    });
    s.dispatch('setKpiMonth', { itemId: 'o4', month: '2027-05', plan: 80 });
    const after = s.dispatch('getReview', {});
    expect(after.kpis.find((k) => k.itemId === 'o1')!.months[3]).toMatchObject({ actual: 12.1, status: 'green' });
    const fcr = after.kpis.find((k) => k.itemId === 'o4')!;
    expect(fcr.months.slice(2, 5).map((m) => [m.actual, m.status, m.planSource])).toEqual([
      [60, 'red', 'interpolated'],
      [70, 'green', 'interpolated'],
      [null, null, 'set'],
    ]);
    // The paste is one undo step.
    s.dispatch('undo', {});
    s.dispatch('undo', {});
    expect(s.dispatch('getReview', {}).kpis.find((k) => k.itemId === 'o4')!.months[2]!.actual).toBeNull();
    expect(
      refusal(() => s.dispatch('setKpiMonth', { itemId: 'g-it-1', month: '2027-01', actual: 1 })).issues?.[0]?.message,
    ).toMatch(/has no KPI/);
    expect(refusal(() => s.dispatch('setKpiMonth', { itemId: 'o1', month: '2027-13', actual: 1 })).issues?.[0]).toEqual(
      {
        path: 'month',
        message: 'must be a month written YYYY-MM',
      },
    );
    s.close();
  });

  it('asks for a countermeasure on a red month, and stops asking once one exists', () => {
    const s = sample();
    const red = () =>
      s.dispatch('analyzeGaps', {}).findings.filter((f) => f.kind === 'red_month_without_countermeasure');
    expect(red().map((f) => f.id)).toEqual(['o3']);
    const c = s.dispatch('addCountermeasure', {
      itemId: 'o3',
      month: '2027-02',
      rootCause: 'New billing portal confused customers',
      action: 'Guided tour on first login',
      owner: 'Mei Lin Chen',
      due: '2027-03-31',
    });
    expect(c.status).toBe('open');
    expect(red()).toEqual([]);
    expect(s.dispatch('updateCountermeasure', { id: c.id, status: 'done' }).status).toBe('done');
    expect(s.dispatch('deleteCountermeasure', { id: c.id })).toEqual({ removed: true });
    expect(red().map((f) => f.id)).toEqual(['o3']);
    s.close();
  });

  it('records a tactic status update and sets the tactic status', () => {
    const s = sample();
    const u = s.dispatch('addTacticUpdate', {
      tacticId: 't-cs-1-2',
      status: 'off_track',
      note: 'Save desk understaffed',
    });
    expect(u).toMatchObject({ date: '2027-04-10', status: 'off_track' });
    expect(s.dispatch('getPlan', {}).tactics.find((t) => t.id === 't-cs-1-2')!.status).toBe('off_track');
    s.close();
  });

  it('travels in the plan JSON: export, import, export again gives identical JSON', () => {
    const s = sample();
    s.dispatch('setKpiMonth', { itemId: 'o2', month: '2027-01', plan: 19, actual: 21.5 });
    const json = stringifyPlan(s.dispatch('getPlan', {}));
    const parsed = JSON.parse(json);
    expect(parsed.review.months).toContainEqual({ itemId: 'o2', month: '2027-01', plan: 19, actual: 21.5 });
    expect(parsed.review.countermeasures[0].id).toBe('cm-churn-2027-03');
    expect(parsed.objectives.find((o: { id: string }) => o.id === 'o4').supports).toEqual([
      { objectiveId: 'o1', strength: 'strong' },
      { objectiveId: 'o2', strength: 'strong' },
    ]);
    const file = path.join(tempDir(), 'copy.hoshin');
    writePlanFile(file, parsePlanJson(json));
    const copy = openPlan(file);
    expect(stringifyPlan(copy.dispatch('getPlan', {}))).toBe(json);
    copy.close();
    s.close();
  });
});

describe('hoshin actual', () => {
  it('records an actual from the command line', async () => {
    const { main } = await import('../../cli/main.ts');
    const file = path.join(tempDir(), 'p.hoshin');
    writePlanFile(file, samplePlanDocument());
    const err: string[] = [];
    const io = { stdout: () => {}, stderr: (t: string) => err.push(t), readStdin: () => '' };
    expect(await main(['actual', file, '--kpi', 'o1', '--month', '2027-04', '--value', '11.9'], io)).toBe(0);
    const s = openPlan(file);
    expect(s.dispatch('getPlan', {}).review.months).toContainEqual({
      itemId: 'o1',
      month: '2027-04',
      plan: null,
      actual: 11.9,
    });
    s.close();
    expect(await main(['actual', file, '--kpi', 'o1', '--month', '2027-04', '--value', 'lots'], io)).toBe(2);
    expect(err.join('')).toMatch(/--value must be a number, not "lots"/);
    expect(await main(['actual', file, '--kpi', 'nope', '--month', '2027-04', '--value', '1'], io)).toBe(2);
    expect(err.join('')).toMatch(/itemId: no objective or goal has id "nope"/);
  });
});
