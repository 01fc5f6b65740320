/**
 * Every operation's server-side declaration, gathered from the domain modules. `satisfies Declarations` fails the
 * build when an operation of the contract is declared nowhere; each module's own `satisfies` refuses a name that
 * is not an operation. Two modules declaring the same name is caught by the unit test on this table.
 */
import { actualsOps } from './actuals.ts';
import { catchballOps } from './catchball.ts';
import type { Declarations } from './declaration.ts';
import { departmentOps } from './departments.ts';
import { historyOps } from './history.ts';
import { importFileOps } from './import-file.ts';
import { itemOps } from './items.ts';
import { linkOps } from './links.ts';
import { noteOps } from './notes.ts';
import { peopleOps } from './people.ts';
import { planOps } from './plan.ts';
import { reviewOps } from './review.ts';
import { rolloverOps } from './rollover.ts';

/** The domain modules by name, so a test can see that no operation is declared twice. */
export const DOMAINS = {
  plan: planOps,
  departments: departmentOps,
  people: peopleOps,
  items: itemOps,
  links: linkOps,
  catchball: catchballOps,
  notes: noteOps,
  review: reviewOps,
  actuals: actualsOps,
  importFile: importFileOps,
  rollover: rolloverOps,
  history: historyOps,
} as const;

export const DECLARATIONS = {
  ...planOps,
  ...departmentOps,
  ...peopleOps,
  ...itemOps,
  ...linkOps,
  ...catchballOps,
  ...noteOps,
  ...reviewOps,
  ...actualsOps,
  ...importFileOps,
  ...rolloverOps,
  ...historyOps,
} satisfies Declarations;
