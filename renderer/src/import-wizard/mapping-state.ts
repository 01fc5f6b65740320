/**
 * The import wizard's corrections, as a pure reducer: what the importer recognised (the preview's `sheets`) and
 * what the user changed with the selects. The corrections alone become the mapping `hoshin import --mapping`
 * takes (README "Import from Excel and CSV"): `{"sheets":[{"name","level"?,"columns"?:{header: field}}]}`, so a
 * sheet or column the user left alone is recognised afresh each time, as without a mapping.
 *
 * Invariants: a correction is kept until the user changes it again or starts over, whatever the next preview
 * recognises (the preview is asked with the corrections, so it agrees); sheet names and headers are kept as the
 * file spells them (the importer compares them without regard to case).
 */
import type { ImportFileReport } from '../../../contract/api.ts';

export type RecognisedSheet = ImportFileReport['sheets'][number];

export interface SheetCorrection {
  level?: string;
  columns: Record<string, string>;
}

export interface MappingState {
  /** The sheets as the latest preview recognised them (with the corrections then in force applied). */
  recognised: RecognisedSheet[];
  /** Sheet name -> what the user set. */
  corrections: Record<string, SheetCorrection>;
}

export type MappingAction =
  | { type: 'recognised'; sheets: RecognisedSheet[] }
  | { type: 'set-level'; sheet: string; level: string }
  | { type: 'set-field'; sheet: string; header: string; field: string }
  | { type: 'reset' };

export const initialMapping: MappingState = { recognised: [], corrections: {} };

export function mappingReducer(state: MappingState, action: MappingAction): MappingState {
  switch (action.type) {
    case 'recognised':
      return { ...state, recognised: action.sheets };
    case 'set-level': {
      const current = state.corrections[action.sheet] ?? { columns: {} };
      return {
        ...state,
        corrections: { ...state.corrections, [action.sheet]: { ...current, level: action.level } },
      };
    }
    case 'set-field': {
      const current = state.corrections[action.sheet] ?? { columns: {} };
      return {
        ...state,
        corrections: {
          ...state.corrections,
          [action.sheet]: { ...current, columns: { ...current.columns, [action.header]: action.field } },
        },
      };
    }
    case 'reset':
      return { ...state, corrections: {} };
  }
}

/** The sheets as the wizard shows them: what was recognised, with each correction in place. */
export function shownSheets(state: MappingState): RecognisedSheet[] {
  return state.recognised.map((sheet) => {
    const c = state.corrections[sheet.name];
    if (!c) return sheet;
    return { name: sheet.name, level: c.level ?? sheet.level, columns: { ...sheet.columns, ...c.columns } };
  });
}

/** How many selects the user changed. */
export function correctionCount(state: MappingState): number {
  return Object.values(state.corrections).reduce(
    (n, c) => n + (c.level === undefined ? 0 : 1) + Object.keys(c.columns).length,
    0,
  );
}

/** The corrections as the `--mapping` object (undefined when there are none), in the order of the sheets. */
export function mappingOf(
  state: MappingState,
): { sheets: { name: string; level?: string; columns?: Record<string, string> }[] } | undefined {
  const order = state.recognised.map((s) => s.name);
  const names = Object.keys(state.corrections).sort((a, b) => rank(order, a) - rank(order, b));
  const sheets = names.flatMap((name) => {
    const c = state.corrections[name]!;
    const hasColumns = Object.keys(c.columns).length > 0;
    if (c.level === undefined && !hasColumns) return [];
    return [
      { name, ...(c.level === undefined ? {} : { level: c.level }), ...(hasColumns ? { columns: c.columns } : {}) },
    ];
  });
  return sheets.length > 0 ? { sheets } : undefined;
}

const rank = (order: readonly string[], name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
