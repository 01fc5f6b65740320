import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { planJsonSchema } from '../../core/plan-json-schema.ts';

describe('the shipped JSON Schema', () => {
  it('is exactly what the zod schema generates (run `npm run schema` after changing the format)', () => {
    const shipped = fs.readFileSync(
      fileURLToPath(new URL('../../schema/hoshin-plan.v1.schema.json', import.meta.url)),
      'utf8',
    );
    expect(shipped).toBe(planJsonSchema());
  });

  it('closes every object to unknown keys and names the required fields', () => {
    const schema = JSON.parse(planJsonSchema());
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['format', 'version', 'plan', 'departments', 'objectives', 'goals', 'tactics']);
    expect(schema.properties.tactics.items.additionalProperties).toBe(false);
    expect(schema.properties.tactics.items.required).toEqual(['id', 'code', 'departmentId', 'title']);
    expect(schema.properties.goals.items.properties.supports.anyOf[0].items.properties.strength.enum).toEqual([
      'strong',
      'medium',
      'weak',
    ]);
  });
});
