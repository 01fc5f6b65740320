/**
 * The JSON Schema of plan JSON v1, generated from the zod schema so the two cannot drift
 * (schema/hoshin-plan.v1.schema.json is this output, checked by a unit test; `npm run schema` rewrites it).
 * Cross-references (ids unique, links resolve) are beyond JSON Schema: the description says so.
 */
import { z } from 'zod';
import { planDocumentSchema } from '../contract/plan-format.ts';

export function planJsonSchema(): string {
  const schema = z.toJSONSchema(planDocumentSchema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
  const documented = {
    $schema: schema.$schema,
    $id: 'https://hoshin-planner.invalid/schema/hoshin-plan.v1.schema.json',
    title: 'Hoshin Planner plan, JSON format version 1',
    description:
      'Objectives, department goals and tactics of a Hoshin Kanri plan. Also required, beyond this schema: ids unique across the document; every departmentId, objectiveId and goalId refers to an item in the document; a link is listed once; periodStart <= periodEnd. Array order is sort order.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return `${JSON.stringify(documented, null, 2)}\n`;
}
