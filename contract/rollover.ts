/**
 * Next year's plan (`hoshin rollover`, a public contract: see README "Next year's plan"): the carry choices and
 * the rollover report, as the CLI prints it with `--json` and the service returns it.
 */
import type { TextMessage } from './text.ts';

export const CARRY_MODES = ['unfinished', 'all', 'none'] as const;
export type CarryMode = (typeof CARRY_MODES)[number];

/** The level of an item in the report (an objective's horizon, or the item's kind). */
export type RolloverLevel = 'breakthrough' | 'annual' | 'goal' | 'tactic';

export interface RolloverItem {
  level: RolloverLevel;
  /** The item's id in the old plan. */
  id: string;
  code: string;
  title: string;
  /** The new item's id (carried items only); the new item records `id` as its `carriedFrom`. */
  newId?: string;
  /** Why it was carried or left, in plain words ("unfinished", "its tactics are all done", …). */
  reason: string;
  /** Why it was left, as a catalogue key and its arguments (contract/text.ts); left items only. */
  reasonText?: TextMessage;
}

export interface RolloverChange {
  level: RolloverLevel | 'plan';
  /** The new item's id (`plan` for the plan itself). */
  id: string;
  code: string | null;
  field: 'baseline' | 'due' | 'title' | 'period';
  from: string | number | null;
  to: string | number | null;
  message: string;
  /** The message as a catalogue key and its arguments (contract/text.ts). */
  text?: TextMessage;
}

export interface RolloverPlanSide {
  file: string;
  planId: string;
  title: string;
  periodStart: string | null;
  periodEnd: string | null;
}

type LevelCounts = Record<RolloverLevel, number>;

export interface RolloverReport {
  from: RolloverPlanSide;
  to: RolloverPlanSide;
  carry: CarryMode;
  carried: RolloverItem[];
  left: RolloverItem[];
  changed: RolloverChange[];
  /** What a new period starts without: counted in the old plan, never copied. */
  notCarried: { actuals: number; planValues: number; countermeasures: number; tacticUpdates: number; notes: number };
  summary: {
    carried: LevelCounts & { departments: number; links: number };
    left: LevelCounts;
    changed: number;
    written: boolean;
  };
}
