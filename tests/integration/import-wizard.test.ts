/**
 * The in-app import (File > Import from Excel/CSV…): previewImport and importFile over a real plan file, with
 * workbooks written by exceljs in the test, through the transports' path (prepareInput, then dispatch) and
 * through web mode's `POST /api/<operation>`: the wizard's mapping applied, one undo step that undoes the whole
 * import, and a file with an error written only when the valid rows are asked for.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it, onTestFinished } from 'vitest';
import type { ImportFileReport, OperationInput } from '../../contract/api.ts';
import { HoshinError } from '../../contract/errors.ts';
import { prepareInput } from '../../services/dispatch.ts';
import { openPlan, samplePlanDocument, writePlanFile, type PlanSession } from '../../services/plan-files.ts';
import { startTestWebServer } from '../helpers/web-server.ts';
import { tempDir } from '../helpers/temp.ts';

type Rows = (string | number | null)[][];

async function workbook(sheets: Record<string, Rows>): Promise<string> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) book.addWorksheet(name).addRows(rows);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

function openSample(): { dir: string; session: PlanSession } {
  const dir = tempDir();
  const file = path.join(dir, 'plan.hoshin');
  writePlanFile(file, samplePlanDocument());
  const session = openPlan(file);
  onTestFinished(() => session.close());
  return { dir, session };
}

/** As IPC and HTTP call it: the upload read first, then the operation in its transaction. */
async function call<K extends 'previewImport' | 'importFile'>(
  session: PlanSession,
  name: K,
  input: OperationInput<K>,
): Promise<ImportFileReport> {
  return session.dispatch(name, input, await prepareInput(name, input));
}

const totalChanges = (session: PlanSession) =>
  (session.store.sqlite.prepare('select total_changes() as n').get() as { n: number }).n;

/** Two new annual objectives under a header the importer does not know ("Headline"). */
const ANNUALS: Rows = [
  ['No.', 'Headline', 'Owner', 'Target'],
  ['A7', 'Open two new markets', 'Rui Costa', 2],
  ['A8', 'Halve the returns', 'Mia Lund', 50],
];
const HEADLINE_IS_TITLE = {
  sheets: [{ name: 'Annual objectives', columns: { Headline: 'title' } }],
};

describe('import from a file into the open plan', () => {
  it('previews with the mapping applied and writes nothing', async () => {
    const { session } = openSample();
    const data = await workbook({ 'Annual objectives': ANNUALS });
    const before = totalChanges(session);

    const plain = await call(session, 'previewImport', { source: 'plan.xlsx', data });
    expect(plain.sheets[0]).toMatchObject({ name: 'Annual objectives', level: 'annual' });
    expect(plain.sheets[0]!.columns.Headline).toBe('unmapped');
    expect(plain.choices.levels).toContain('ignored');
    expect(plain.choices.fields).toContain('title');

    const mapped = await call(session, 'previewImport', { source: 'plan.xlsx', data, mapping: HEADLINE_IS_TITLE });
    expect(mapped.sheets[0]!.columns.Headline).toBe('title');
    expect(mapped.rows.filter((r) => r.kind === 'objective')).toMatchObject([
      { sheet: 'Annual objectives', row: 2, action: 'create', code: 'A7' },
      { sheet: 'Annual objectives', row: 3, action: 'create', code: 'A8' },
    ]);
    expect(mapped.summary).toMatchObject({ error: 0, written: false });
    expect(totalChanges(session)).toBe(before);
    expect(session.dispatch('getHistory', {}).canUndo).toBe(false);
  });

  it('imports as one undo step named for the rows and the file, which undo takes back whole', async () => {
    const { session } = openSample();
    const data = await workbook({
      'Annual objectives': ANNUALS,
      'Improvement priorities': [
        ['Code', 'Title', 'Department', 'Supports'],
        ['NM-1', 'Hire two country leads', 'New Markets', 'A7'],
      ],
    });
    const before = session.dispatch('getPlan', {});

    const report = await call(session, 'importFile', { source: 'plan.xlsx', data, mapping: HEADLINE_IS_TITLE });
    expect(report.rows.filter((r) => r.action === 'error')).toEqual([]);
    expect(report.summary).toMatchObject({ error: 0, written: true, departmentsCreated: ['New Markets'] });
    const after = session.dispatch('getPlan', {});
    expect(after.objectives.find((o) => o.code === 'A7')).toMatchObject({ title: 'Open two new markets' });
    expect(after.goals.find((g) => g.code === 'NM-1')?.supports).toHaveLength(1);
    const changed = report.summary.create + report.summary.update;
    expect(session.dispatch('getHistory', {})).toMatchObject({
      canUndo: true,
      undoDepth: 1,
      undoLabel: `Imported ${changed} rows from plan.xlsx`,
    });

    session.dispatch('undo', {});
    expect(session.dispatch('getPlan', {})).toEqual(before);

    // The same file again after a redo changes nothing and records no step.
    session.dispatch('redo', {});
    const again = await call(session, 'importFile', { source: 'plan.xlsx', data, mapping: HEADLINE_IS_TITLE });
    expect(again.summary).toMatchObject({ create: 0, update: 0, error: 0, written: false });
    expect(session.dispatch('getHistory', {}).undoDepth).toBe(1);
  });

  it('writes nothing while a row is in error, and only the valid rows when asked', async () => {
    const { session } = openSample();
    const data = await workbook({
      'Annual objectives': [...ANNUALS, ['A9', 'Lift the margin', 'Rui Costa', 'ninety']],
    });
    const before = session.dispatch('getPlan', {});

    const refused = await call(session, 'importFile', { source: 'plan.xlsx', data, mapping: HEADLINE_IS_TITLE });
    expect(refused.summary).toMatchObject({ error: 1, written: false });
    expect(refused.rows.find((r) => r.action === 'error')?.message).toMatch(
      /^Annual objectives, row 4: target 'ninety' is not a number/,
    );
    expect(session.dispatch('getPlan', {})).toEqual(before);
    expect(session.dispatch('getHistory', {}).canUndo).toBe(false);

    const valid = await call(session, 'importFile', {
      source: 'plan.xlsx',
      data,
      mapping: HEADLINE_IS_TITLE,
      validOnly: true,
    });
    expect(valid.summary).toMatchObject({ create: 2, error: 1, written: true });
    expect(valid.leftOut).toEqual([expect.objectContaining({ sheet: 'Annual objectives', row: 4 })]);
    const codes = session.dispatch('getPlan', {}).objectives.map((o) => o.code);
    expect(codes).toEqual(expect.arrayContaining(['A7', 'A8']));
    expect(codes).not.toContain('A9');
    expect(session.dispatch('getHistory', {}).undoLabel).toBe('Imported 2 rows from plan.xlsx');
  });

  it('answers web mode with the upload read, and refuses a damaged workbook in words', async () => {
    const { dir, session } = openSample();
    const { call: post } = await startTestWebServer({
      dispatch: session.dispatch,
      rendererDir: path.join(dir, 'renderer'),
      token: 'import-wizard-token',
    });
    const data = await workbook({ 'Annual objectives': ANNUALS });
    const ok = await post('importFile', { source: 'plan.xlsx', data, mapping: HEADLINE_IS_TITLE });
    expect(ok).toMatchObject({
      status: 200,
      body: {
        ok: true,
        value: { summary: { written: true } },
        history: { undoLabel: 'Imported 2 rows from plan.xlsx' },
      },
    });

    const bytes = Buffer.from(data, 'base64');
    const damaged = Buffer.concat([bytes.subarray(0, 30), Buffer.alloc(200, 7), bytes.subarray(230)]);
    const refused = await post('previewImport', { source: 'broken.xlsx', data: damaged.toString('base64') });
    expect(refused.body).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/^broken\.xlsx could not be read as an Excel workbook/) },
    });
    const picture = await post('previewImport', {
      source: 'logo.png',
      data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]).toString('base64'),
    });
    expect(picture.body).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('reads a CSV file on the spot when called without the transports', () => {
    const { session } = openSample();
    const csv = 'Level,Code,Title\nannual,A7,Open two new markets\n';
    const report = session.dispatch('previewImport', {
      source: 'plan.csv',
      data: Buffer.from(csv).toString('base64'),
    });
    expect(report.sheets[0]).toMatchObject({ name: 'plan', level: 'mixed' });
    expect(report.rows).toMatchObject([{ row: 2, action: 'create', code: 'A7' }]);
    expect(() =>
      session.dispatch('previewImport', { source: 'plan.xlsx', data: Buffer.from('PK\x03\x04').toString('base64') }),
    ).toThrow(HoshinError);
  });
});
