/**
 * The whole-plan read of the two largest tables, tactics and their goal links (20,000 rows and more in a real
 * plan), made straight from raw rows into the contract's shape: one array per row from SQLite and one object
 * per item, where the generic path (fast-select.ts, then the row mapper) built three. Kept equal to
 * `toTactic` in plan-store.ts by tests/integration/load-document.test.ts.
 *
 * Rows are read in table order, which is nearly always sort order (rows are mostly appended), and sorted
 * here: V8's TimSort finishes a nearly sorted array in about one pass, where SQLite's ORDER BY sorts every row.
 */
import type Database from 'better-sqlite3';
import type { Strength, Tactic } from '../contract/plan-format.ts';

type Prepare = (source: string) => Database.Statement;

/** Every column of `tactic`, in the order TacticRow reads them (a test checks none is missing). */
export const TACTIC_COLUMNS = [
  'id',
  'code',
  'department_id',
  'title',
  'description',
  'owner',
  'due',
  'status',
  'tags',
  'carried_from',
  'sort_key',
] as const;
const TACTICS = `select ${TACTIC_COLUMNS.join(', ')} from tactic`;
const TACTIC_LINKS = 'select tactic_id, goal_id, strength, position from tactic_goal_link';

type TacticRow = [
  string,
  string,
  string,
  string,
  string | null,
  string | null,
  string | null,
  Tactic['status'],
  string,
  string | null,
  string,
];
type LinkRow = [string, string, Strength, number];

export function readTactics(prepare: Prepare): Tactic[] {
  const links = readTacticLinks(prepare);
  const rows = prepare(TACTICS).raw(true).all() as TacticRow[];
  // sort_key is ASCII, so `<` is the bytewise order SQLite compares it in.
  rows.sort((a, b) => (a[10] < b[10] ? -1 : a[10] > b[10] ? 1 : 0));
  const out = new Array<Tactic>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i]!;
    const t: Tactic = {
      id: r[0],
      code: r[1],
      departmentId: r[2],
      title: r[3],
      description: r[4],
      owner: r[5],
      due: r[6],
      status: r[7],
      tags: JSON.parse(r[8]) as string[],
      supports: links.get(r[0]) ?? [],
    };
    if (r[9] !== null) t.carriedFrom = r[9];
    out[i] = t;
  }
  return out;
}

/** Each tactic's goal links, in `position` order. */
function readTacticLinks(prepare: Prepare): Map<string, Tactic['supports']> {
  const groups = new Map<string, LinkRow[]>();
  for (const row of prepare(TACTIC_LINKS).raw(true).all() as LinkRow[]) {
    const group = groups.get(row[0]);
    if (group) group.push(row);
    else groups.set(row[0], [row]);
  }
  const out = new Map<string, Tactic['supports']>();
  for (const [id, rows] of groups) {
    if (rows.length > 1) rows.sort((a, b) => a[3] - b[3]);
    out.set(
      id,
      rows.map((r) => ({ goalId: r[1], strength: r[2] })),
    );
  }
  return out;
}
