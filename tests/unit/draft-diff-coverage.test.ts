/**
 * A merge compares every field of every item it can change, or says why not: the lists in core/draft-diff.ts
 * against the plan format's own schema, so a field added to the format cannot be dropped by a merge unnoticed.
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { basePlanSchema, noteSchema } from '../../contract/plan-format.ts';
import { FIELD_COVERAGE } from '../../core/draft-diff.ts';

const keysOf = (schema: z.ZodType): string[] => {
  if (schema instanceof z.ZodObject) return Object.keys(schema.shape).sort();
  if (schema instanceof z.ZodArray) return keysOf(schema.element as z.ZodType);
  if (schema instanceof z.ZodPipe) return keysOf(schema.in as z.ZodType);
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable) return keysOf(schema.unwrap() as z.ZodType);
  throw new Error(`no object shape in ${schema.constructor.name}`);
};

const shape = basePlanSchema.shape;
const SCHEMAS: Record<keyof typeof FIELD_COVERAGE, z.ZodType> = {
  plan: shape.plan,
  department: shape.departments,
  objective: shape.objectives,
  goal: shape.goals,
  tactic: shape.tactics,
  note: noteSchema,
};

describe('draft diff field coverage', () => {
  for (const [kind, coverage] of Object.entries(FIELD_COVERAGE)) {
    it(`${kind}: every field of the format is compared or named with a reason, each once`, () => {
      const listed = [...coverage.compared, ...Object.keys(coverage.elsewhere)];
      expect(new Set(listed).size).toBe(listed.length);
      expect(listed.sort()).toEqual(keysOf(SCHEMAS[kind as keyof typeof FIELD_COVERAGE]));
      for (const reason of Object.values(coverage.elsewhere)) expect(reason.length).toBeGreaterThan(5);
    });
  }

  it('the notes array of a plan holds the same note shape', () => {
    expect(keysOf(shape.notes)).toEqual(keysOf(noteSchema));
  });
});
