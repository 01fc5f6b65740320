import type { Horizon, Strength, TacticStatus } from '../../../contract/plan-format.ts';
import { t } from '../i18n/intl.ts';

// Re-declared from contract/plan-format.ts (the renderer may import only its types); the annotations keep them
// in step: a value the contract does not know fails to compile.
export const STRENGTHS: readonly Strength[] = ['strong', 'medium', 'weak'];
export const HORIZONS: readonly Horizon[] = ['breakthrough', 'annual'];
export const TACTIC_STATUSES: readonly TacticStatus[] = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'];

/** The X-matrix correlation symbols every Hoshin practitioner reads. */
export const STRENGTH_SYMBOL: Record<Strength, string> = { strong: '●', medium: '○', weak: '△' };
// The labels are read when shown, in the app's language (getters, so every caller keeps indexing a record).
export const STRENGTH_LABEL: Readonly<Record<Strength, string>> = {
  get strong() {
    return t('strength.strong');
  },
  get medium() {
    return t('strength.medium');
  },
  get weak() {
    return t('strength.weak');
  },
};
export const HORIZON_LABEL: Readonly<Record<Horizon, string>> = {
  get breakthrough() {
    return t('horizon.breakthrough');
  },
  get annual() {
    return t('horizon.annual');
  },
};
export const STATUS_LABEL: Readonly<Record<TacticStatus, string>> = {
  get not_started() {
    return t('status.not_started');
  },
  get on_track() {
    return t('status.on_track');
  },
  get at_risk() {
    return t('status.at_risk');
  },
  get off_track() {
    return t('status.off_track');
  },
  get done() {
    return t('status.done');
  },
};
