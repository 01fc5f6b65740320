import type { Horizon, Strength, TacticStatus } from '../../../contract/plan-format.ts';

// Re-declared from contract/plan-format.ts (the renderer may import only its types); the annotations keep them
// in step: a value the contract does not know fails to compile.
export const STRENGTHS: readonly Strength[] = ['strong', 'medium', 'weak'];
export const HORIZONS: readonly Horizon[] = ['breakthrough', 'annual'];
export const TACTIC_STATUSES: readonly TacticStatus[] = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'];

/** The X-matrix correlation symbols every Hoshin practitioner reads. */
export const STRENGTH_SYMBOL: Record<Strength, string> = { strong: '●', medium: '○', weak: '△' };
export const STRENGTH_LABEL: Record<Strength, string> = { strong: 'Strong', medium: 'Medium', weak: 'Weak' };
export const HORIZON_LABEL: Record<Horizon, string> = { breakthrough: 'Breakthrough', annual: 'Annual' };
export const STATUS_LABEL: Record<TacticStatus, string> = {
  not_started: 'Not started',
  on_track: 'On track',
  at_risk: 'At risk',
  off_track: 'Off track',
  done: 'Done',
};
