/** The import wizard's corrections (renderer/src/import-wizard/mapping-state.ts) and its paged row list. */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_UPLOAD_CHARS } from '../../contract/api.ts';
import {
  correctionCount,
  initialMapping,
  mappingOf,
  mappingReducer,
  shownSheets,
  type MappingAction,
  type MappingState,
} from '../../renderer/src/import-wizard/mapping-state.ts';
import { MAX_UPLOAD_BYTES } from '../../renderer/src/import-wizard/read-upload.ts';
import { PAGE_SIZE, rowPage, type PreviewRow } from '../../renderer/src/import-wizard/row-list.ts';

const recognised: MappingState = mappingReducer(initialMapping, {
  type: 'recognised',
  sheets: [
    { name: 'Annual objectives', level: 'annual', columns: { 'No.': 'code', Headline: 'unmapped' } },
    { name: 'Links', level: 'ignored', columns: {} },
  ],
});
const apply = (state: MappingState, ...actions: MappingAction[]) => actions.reduce(mappingReducer, state);

describe('the import wizard’s mapping corrections', () => {
  it('has no mapping until the user corrects something', () => {
    expect(mappingOf(recognised)).toBeUndefined();
    expect(correctionCount(recognised)).toBe(0);
    expect(shownSheets(recognised)).toEqual(recognised.recognised);
  });

  it('turns level and field corrections into the --mapping object, in the order of the sheets', () => {
    const state = apply(
      recognised,
      { type: 'set-level', sheet: 'Links', level: 'correlation' },
      { type: 'set-field', sheet: 'Annual objectives', header: 'Headline', field: 'title' },
      { type: 'set-field', sheet: 'Annual objectives', header: 'No.', field: 'ignored' },
    );
    expect(mappingOf(state)).toEqual({
      sheets: [
        { name: 'Annual objectives', columns: { Headline: 'title', 'No.': 'ignored' } },
        { name: 'Links', level: 'correlation' },
      ],
    });
    expect(correctionCount(state)).toBe(3);
    expect(shownSheets(state)[0]).toEqual({
      name: 'Annual objectives',
      level: 'annual',
      columns: { 'No.': 'ignored', Headline: 'title' },
    });
  });

  it('keeps the corrections when a new preview is recognised, and drops them on reset', () => {
    const corrected = apply(recognised, {
      type: 'set-field',
      sheet: 'Annual objectives',
      header: 'Headline',
      field: 'title',
    });
    const again = mappingReducer(corrected, {
      type: 'recognised',
      sheets: [{ name: 'Annual objectives', level: 'annual', columns: { 'No.': 'code', Headline: 'title' } }],
    });
    expect(mappingOf(again)).toEqual(mappingOf(corrected));
    expect(mappingOf(mappingReducer(again, { type: 'reset' }))).toBeUndefined();
  });

  it('sets the same upload limit as the contract', () => {
    expect(MAX_UPLOAD_BYTES).toBe((MAX_IMPORT_UPLOAD_CHARS / 4) * 3);
  });
});

describe('the preview’s row list', () => {
  const row = (n: number, action: PreviewRow['action']): PreviewRow => ({
    sheet: 'Tactics',
    row: n,
    action,
    kind: 'tactic',
    code: `T${n}`,
    message: `Tactics, row ${n}: …`,
  });
  const rows = Array.from({ length: 250 }, (_, i) => row(i + 2, i === 200 ? 'error' : 'create'));

  it('lists errors first and pages the rest', () => {
    const first = rowPage(rows, 'all', 0);
    expect(first.rows).toHaveLength(PAGE_SIZE);
    expect(first.rows[0]).toMatchObject({ row: 202, action: 'error' });
    expect(first).toMatchObject({ pages: 3, matching: 250, from: 1, to: 100 });
    expect(rowPage(rows, 'all', 9)).toMatchObject({ page: 2, from: 201, to: 250 });
  });

  it('filters by action', () => {
    expect(rowPage(rows, 'error', 0)).toMatchObject({ matching: 1, pages: 1, rows: [{ row: 202 }] });
    expect(rowPage(rows, 'unchanged', 0)).toMatchObject({ matching: 0, from: 0, to: 0 });
  });
});
