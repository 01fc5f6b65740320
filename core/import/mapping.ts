/**
 * The mapping a user may give (`hoshin import --mapping <mapping.json>`): the `sheets` part of the dry-run
 * report, edited. A sheet it names gets the level it gives; a header it names gets the field it gives; anything
 * it leaves out is recognised as without a mapping. Other keys (a whole dry-run report's `rows`, `summary`) are
 * allowed, so a saved dry run can be corrected and given back as it is.
 *
 *   {"sheets":[{"name":"Sheet1","level":"annual","columns":{"Ref":"code","Weight":"ignored"}}]}
 */
import { z } from 'zod';
import { HoshinError } from '../../contract/errors.ts';
import { invalidInput, zodIssues } from '../plan-json.ts';
import { FIELDS, SHEET_LEVELS, type Field, type SheetLevel } from './types.ts';

const mappingSchema = z.looseObject({
  sheets: z.array(
    z.strictObject({
      name: z.string({ error: 'must be the name of a sheet' }).min(1, 'must not be empty'),
      level: z.enum(SHEET_LEVELS, { error: `must be one of ${SHEET_LEVELS.join(', ')}` }).optional(),
      columns: z.record(z.string(), z.enum(FIELDS, { error: `must be one of ${FIELDS.join(', ')}` })).optional(),
    }),
    { error: 'must be a list of sheets' },
  ),
});

export interface SheetMapping {
  level?: SheetLevel;
  columns: Map<string, Field>;
}

/** Sheet name (compared without regard to case) -> what the user set for it. */
export type ImportMapping = Map<string, SheetMapping>;

export function parseMapping(text: string, source = 'the mapping'): ImportMapping {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    throw new HoshinError('invalid_input', `${source} is not valid JSON`);
  }
  const parsed = mappingSchema.safeParse(value);
  if (!parsed.success) throw invalidInput(`${source} is not a valid import mapping`, zodIssues(parsed.error));
  const mapping: ImportMapping = new Map();
  for (const sheet of parsed.data.sheets) {
    mapping.set(sheet.name.trim().toLowerCase(), {
      ...(sheet.level ? { level: sheet.level } : {}),
      columns: new Map(Object.entries(sheet.columns ?? {}).map(([h, f]) => [h.trim().toLowerCase(), f])),
    });
  }
  return mapping;
}
