/** Undo labels of link changes name the change: its two ends by code, and the strength it was given. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

function sample() {
  const file = path.join(tempDir(), 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  return openPlan(file);
}

describe('link undo labels', () => {
  it('says "Changed link … to medium" when an existing link is re-weighted', () => {
    const s = sample();
    try {
      s.dispatch('setLink', { kind: 'tactic-goal', fromId: 't-cs-1-1', toId: 'g-cs-1', strength: 'medium' });
      expect(s.dispatch('getHistory', {})).toMatchObject({ undoLabel: 'Changed link CS-1.1 → CS-1 to medium' });
      s.dispatch('setLink', { kind: 'goal-objective', fromId: 'g-cs-1', toId: 'o1', strength: 'weak' });
      expect(s.dispatch('undo', {}).label).toBe('Changed link CS-1 → O1 to weak');
    } finally {
      s.close();
    }
  });

  it('says "Linked …" for a new link and "Unlinked …" for a removed one', () => {
    const s = sample();
    try {
      s.dispatch('setLink', { kind: 'tactic-goal', fromId: 't-it-ai-1', toId: 'g-it-1', strength: 'weak' });
      expect(s.dispatch('undo', {}).label).toBe('Linked IT-AI.1 → IT-1 (weak)');
      s.dispatch('removeLink', { kind: 'goal-objective', fromId: 'g-cs-1', toId: 'o2' });
      expect(s.dispatch('undo', {}).label).toBe('Unlinked CS-1 → O2');
    } finally {
      s.close();
    }
  });

  it('sends each label as a message too (its key and arguments), kept through undo and redo', () => {
    const s = sample();
    try {
      s.dispatch('setLink', { kind: 'tactic-goal', fromId: 't-cs-1-1', toId: 'g-cs-1', strength: 'medium' });
      const changed = { key: 'undo.link.changed', params: { from: 'CS-1.1', to: 'CS-1', strength: 'medium' } };
      expect(s.dispatch('getHistory', {}).undoMessage).toEqual(changed);
      const undone = s.dispatch('undo', {});
      expect(undone.message).toEqual(changed);
      expect(undone.history).toMatchObject({ undoMessage: null, redoMessage: changed });
      expect(s.dispatch('redo', {}).message).toEqual(changed);
      s.dispatch('createGoal', { departmentId: 'd-cs', title: 'Faster answers' });
      expect(s.dispatch('getHistory', {}).undoMessage).toEqual({
        key: 'undo.codeTitle',
        params: { op: 'createGoal', code: expect.any(String), title: 'Faster answers' },
      });
    } finally {
      s.close();
    }
  });
});
