/**
 * Every undo label is sent twice: in English (`undoLabel`, the CLI's and the contract's) and as a message the
 * renderer says in the app's language. In English the message must read exactly as the label does.
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OperationName } from '../../contract/api.ts';
import { setLocale } from '../../renderer/src/i18n/intl.ts';
import { historyText } from '../../renderer/src/i18n/service-text.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { tempDir } from '../helpers/temp.ts';

afterAll(() => setLocale(null));

describe('undo labels as messages', () => {
  it('read in English exactly as the English label, and in German otherwise, for every kind of change', () => {
    const file = path.join(tempDir(), 'plan.hoshin');
    writePlanFile(file, samplePlanDocument());
    const s = openPlan(file);
    const changes: [OperationName, unknown][] = [
      ['createGoal', { departmentId: 'd-cs', title: 'Answer within the hour' }],
      ['updateGoal', { id: 'g-cs-1', owner: 'Ana Ruiz' }],
      ['setLink', { kind: 'tactic-goal', fromId: 't-cs-1-1', toId: 'g-cs-1', strength: 'medium' }],
      ['setLink', { kind: 'tactic-goal', fromId: 't-it-ai-1', toId: 'g-it-1', strength: 'weak' }],
      ['removeLink', { kind: 'goal-objective', fromId: 'g-cs-1', toId: 'o2' }],
      ['setWeights', { weights: [{ kind: 'objective', id: 'o1', weight: 40 }] }],
      ['renamePerson', { from: 'Ana Ruiz', to: 'Ana Ruíz' }],
      ['createDepartment', { name: 'Legal' }],
      ['createObjective', { title: 'Be trusted', horizon: 'annual' }],
      ['updatePlan', { settings: { weekStart: 7 } }],
      ['convertItem', { id: 't-it-ai-1', to: 'goal', parentId: 'o1' }],
    ];
    setLocale('en');
    const seen: string[] = [];
    try {
      for (const [operation, input] of changes) {
        s.dispatch(operation, input);
        const history = s.dispatch('getHistory', {});
        expect(history.undoMessage, operation).toBeTruthy();
        expect(historyText(history.undoMessage, ''), operation).toBe(history.undoLabel);
        seen.push(history.undoLabel!);
      }
      setLocale('de');
      const history = s.dispatch('getHistory', {});
      expect(historyText(history.undoMessage, '')).not.toBe(history.undoLabel);
    } finally {
      s.close();
    }
    expect(new Set(seen).size).toBe(changes.length);
  });
});
