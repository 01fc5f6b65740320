/**
 * The three link tables (an annual objective to a breakthrough, a goal to an objective, a tactic to a goal) are
 * one shape: (from, to, strength, position), keyed by (from, to), `position` the order of a `from`'s links. One
 * helper reads and writes any of them with plain statements prepared once per connection.
 */
import type Database from 'better-sqlite3';
import type { Strength } from '../contract/plan-format.ts';

export interface LinkTableSpec {
  table: 'objective_link' | 'goal_objective_link' | 'tactic_goal_link';
  from: 'annual_id' | 'goal_id' | 'tactic_id';
  to: 'breakthrough_id' | 'objective_id' | 'goal_id';
}

export const LINK_TABLES = {
  objective: { table: 'objective_link', from: 'annual_id', to: 'breakthrough_id' },
  goal: { table: 'goal_objective_link', from: 'goal_id', to: 'objective_id' },
  tactic: { table: 'tactic_goal_link', from: 'tactic_id', to: 'goal_id' },
} as const satisfies Record<string, LinkTableSpec>;

export interface Link {
  to: string;
  strength: Strength;
}

export class LinkTable {
  private readonly spec: LinkTableSpec;
  private readonly statement: (source: string) => Database.Statement;

  constructor(spec: LinkTableSpec, statement: (source: string) => Database.Statement) {
    this.spec = spec;
    this.statement = statement;
  }

  /** The links from `from`, in their order. */
  of(from: string): Link[] {
    const { table, from: f, to } = this.spec;
    return this.statement(`select ${to} as "to", strength from ${table} where ${f} = ? order by position`).all(
      from,
    ) as Link[];
  }

  /** Sets the link's strength, adding it after `from`'s other links when it is new. */
  set(from: string, to: string, strength: Strength): void {
    const { table, from: f, to: t } = this.spec;
    const updated = this.statement(`update ${table} set strength = ? where ${f} = ? and ${t} = ?`).run(
      strength,
      from,
      to,
    );
    if (updated.changes > 0) return;
    this.statement(
      `insert into ${table} (${f}, ${t}, strength, position)
       values (?, ?, ?, (select coalesce(max(position), -1) + 1 from ${table} where ${f} = ?))`,
    ).run(from, to, strength, from);
  }

  /** Removes the link; whether there was one. */
  remove(from: string, to: string): boolean {
    const { table, from: f, to: t } = this.spec;
    return this.statement(`delete from ${table} where ${f} = ? and ${t} = ?`).run(from, to).changes > 0;
  }

  /** Replaces every link from `from` with `links`, in that order. */
  replace(from: string, links: readonly Link[]): void {
    const { table, from: f, to: t } = this.spec;
    this.statement(`delete from ${table} where ${f} = ?`).run(from);
    const insert = this.statement(`insert into ${table} (${f}, ${t}, strength, position) values (?, ?, ?, ?)`);
    links.forEach((link, position) => insert.run(from, link.to, link.strength, position));
  }
}
