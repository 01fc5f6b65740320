/**
 * The declarations at work over a real plan file: every declared operation is reachable (it reaches its own
 * schema through dispatch and through `POST /api/<operation>`), and every read changes nothing in the file and
 * records no undo step.
 */
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import {
  OPERATION_NAMES,
  READ_ONLY_OPERATIONS,
  type OperationInput,
  type ReadOnlyOperation,
} from '../../contract/api.ts';
import { HoshinError } from '../../contract/errors.ts';
import { openPlan, samplePlanDocument, writePlanFile } from '../../services/plan-files.ts';
import { startTestWebServer } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/temp.ts';

function openSample() {
  const dir = tempDir();
  const file = path.join(dir, 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  const session = openPlan(file);
  onTestFinished(() => session.close());
  return { dir, session };
}

const totalChanges = (session: ReturnType<typeof openSample>['session']) =>
  (session.store.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

describe('declared operations', () => {
  it('run every read without writing a row or recording an undo step', () => {
    const { session } = openSample();
    const plan = session.dispatch('getPlan', {});
    const department = plan.departments[0]!;
    const { document: draft } = session.dispatch('issueDraft', { department: department.id });
    const inputs: { [K in ReadOnlyOperation]: OperationInput<K> } = {
      getPlan: {},
      previewDelete: { kind: 'department', id: department.id },
      analyzeGaps: {},
      getHistory: {},
      getDocumentInfo: {},
      reviewDraft: { draft },
      getDraftStatus: {},
      getReview: {},
      previewActuals: {
        source: 'actuals.csv',
        tables: [
          {
            name: 'actuals.csv',
            rows: [
              ['KPI', 'Month', 'Value'],
              [plan.objectives[0]!.code, '2027-03', 1],
            ],
          },
        ],
      },
      previewRollover: { period: '2028' },
      previewImport: {
        source: 'plan.csv',
        data: Buffer.from(`Level,Code,Title\ngoal,${plan.goals[0]!.code},Renamed by the preview\n`).toString('base64'),
      },
    };
    expect(Object.keys(inputs).sort()).toEqual([...READ_ONLY_OPERATIONS].sort());
    const before = { changes: totalChanges(session), history: session.dispatch('getHistory', {}) };
    for (const name of READ_ONLY_OPERATIONS) {
      expect(() => session.dispatch(name, inputs[name]), name).not.toThrow();
      expect(totalChanges(session), `${name} wrote to the file`).toBe(before.changes);
    }
    expect(session.dispatch('getHistory', {})).toEqual(before.history);
  });

  it('reach their own schema through dispatch, refusing an unknown field without changing anything', () => {
    const { session } = openSample();
    const before = totalChanges(session);
    for (const name of OPERATION_NAMES) {
      let error: unknown;
      try {
        session.dispatch(name, { notAField: 1 });
      } catch (err) {
        error = err;
      }
      expect(error, name).toBeInstanceOf(HoshinError);
      expect((error as HoshinError).code, name).toBe('invalid_input');
      expect((error as HoshinError).message, name).toContain(`invalid input for ${name}`);
    }
    expect(totalChanges(session)).toBe(before);
    expect(() => session.dispatch('constructor' as never, {})).toThrow(/unknown operation "constructor"/);
  });

  it('answer POST /api/<operation> for exactly the declared operations', async () => {
    const { dir, session } = openSample();
    const { call: post } = await startTestWebServer({
      dispatch: session.dispatch,
      rendererDir: path.join(dir, 'renderer'),
      token: 'operation-table-token',
    });
    for (const name of OPERATION_NAMES) {
      const r = await post(name, { notAField: 1 });
      expect(r.body, name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    // A read answers its value alone; a change also says what it touched and where the history now stands.
    const read = await post('getHistory', {});
    expect(read).toMatchObject({ status: 200, body: { ok: true } });
    expect(Object.keys(read.body).sort()).toEqual(['ok', 'value']);
    const department = session.dispatch('getPlan', {}).departments[0]!;
    const changed = await post('updateDepartment', { id: department.id, name: 'Renamed' });
    expect(changed).toMatchObject({
      status: 200,
      body: {
        ok: true,
        value: { id: department.id, name: 'Renamed' },
        touched: ['plan', 'gaps', 'history'],
        history: { canUndo: true, undoDepth: 1, undoLabel: "Edit department 'Renamed'" },
      },
    });
    const undone = await post('undo', {});
    expect(undone.body).toMatchObject({ ok: true, history: { canUndo: false, canRedo: true, redoDepth: 1 } });
    for (const name of ['nope', 'constructor', 'toString']) {
      expect(await post(name, {}), name).toMatchObject({
        status: 404,
        body: { ok: false, error: { code: 'not_found' } },
      });
    }
  });
});
