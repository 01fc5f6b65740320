/** Undo/redo of every kind of change, over a real plan file. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PlanDocument } from '../../contract/plan-format.ts';
import { openPlan, samplePlanDocument, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { SAMPLE_CHANGES } from '../helpers/change-kinds.ts';
import { tempDir } from '../helpers/temp.ts';

function sample(): PlanSession {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return openPlan(file, { today: () => '2027-01-15' });
}

const plan = (s: PlanSession): PlanDocument => s.dispatch('getPlan', {});

describe('undo and redo', () => {
  it.each(SAMPLE_CHANGES)('undoes and redoes %s exactly', (_name, operation, input) => {
    const s = sample();
    const before = plan(s);
    s.dispatch(operation, input);
    const after = plan(s);
    expect(after).not.toEqual(before);
    const undone = s.dispatch('undo', {});
    expect(undone.label).toBeTruthy();
    expect(plan(s)).toEqual(before);
    expect(undone.history).toMatchObject({ canUndo: false, canRedo: true, redoLabel: undone.label });
    expect(s.dispatch('redo', {}).label).toBe(undone.label);
    expect(plan(s)).toEqual(after);
    expect(s.dispatch('getHistory', {})).toMatchObject({ canUndo: true, canRedo: false, undoDepth: 1 });
    s.close();
  });

  it('walks back several steps in order and forward again; a new change clears redo', () => {
    const s = sample();
    const states = [plan(s)];
    const o = s.dispatch('createObjective', { title: 'Lift CSAT' });
    states.push(plan(s));
    s.dispatch('createGoal', {
      id: 'g-new',
      departmentId: 'd-cs',
      title: 'Survey',
      supports: [{ objectiveId: o.id, strength: 'strong' }],
    });
    states.push(plan(s));
    s.dispatch('updateObjective', { id: o.id, title: 'Lift CSAT to 90%' });
    states.push(plan(s));
    expect(s.dispatch('getHistory', {}).undoLabel).toBe("Edit objective O6 'Lift CSAT to 90%'");
    for (let i = states.length - 2; i >= 0; i--) {
      s.dispatch('undo', {});
      expect(plan(s)).toEqual(states[i]);
    }
    expect(s.dispatch('undo', {})).toMatchObject({ label: null, history: { canUndo: false, redoDepth: 3 } });
    s.dispatch('redo', {});
    expect(plan(s)).toEqual(states[1]);
    s.dispatch('createDepartment', { name: 'Legal' });
    expect(s.dispatch('getHistory', {})).toMatchObject({ canRedo: false, undoDepth: 2 });
    s.close();
  });

  it('does not record reads or refused changes', () => {
    const s = sample();
    s.dispatch('getPlan', {});
    s.dispatch('analyzeGaps', {});
    s.dispatch('previewDelete', { kind: 'department', id: 'd-cs' });
    expect(() => s.dispatch('createGoal', { departmentId: 'nope', title: 'x' })).toThrow();
    expect(() => s.dispatch('deleteTactic', { id: 'nope' })).toThrow();
    expect(s.dispatch('getHistory', {})).toEqual({
      canUndo: false,
      canRedo: false,
      undoLabel: null,
      redoLabel: null,
      undoMessage: null,
      redoMessage: null,
      undoDepth: 0,
      redoDepth: 0,
    });
    s.close();
  });

  it('keeps the history for the open session only, never in the file', () => {
    const dir = tempDir();
    const file = path.join(dir, 'plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const first = openPlan(file);
    first.dispatch('deleteDepartment', { id: 'd-it' });
    first.close();
    const second = openPlan(file);
    expect(second.dispatch('getHistory', {}).canUndo).toBe(false);
    expect(
      second.store.sqlite.prepare("select count(*) as n from sqlite_master where name like 'undo%'").get(),
    ).toEqual({ n: 0 });
    second.close();
  });
});
