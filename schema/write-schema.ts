/** `npm run schema`: rewrites schema/hoshin-plan.v1.schema.json from the zod schema. */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../core/plan-json-schema.ts';

const target = fileURLToPath(new URL('./hoshin-plan.v1.schema.json', import.meta.url));
fs.writeFileSync(target, planJsonSchema());
console.log(`wrote ${target}`);
