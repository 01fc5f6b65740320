import type { MonthStatus } from '../../../contract/api.ts';
import type { CountermeasureStatus, TacticStatus } from '../../../contract/plan-format.ts';
import { STATUS_LABEL } from '../domain/constants.ts';
import { appIntl, t } from '../i18n/intl.ts';
import type { MessageKey } from '../i18n/messages/index.ts';

/** Re-declared: the renderer may not import runtime values from contract/. */
export const TACTIC_STATUSES: readonly TacticStatus[] = ['not_started', 'on_track', 'at_risk', 'off_track', 'done'];
export const COUNTERMEASURE_STATUSES: readonly CountermeasureStatus[] = ['open', 'in_progress', 'done'];

const MEASURE_STATUS: Record<CountermeasureStatus, MessageKey> = {
  open: 'review.cm.status.open',
  in_progress: 'review.cm.status.in_progress',
  done: 'review.cm.status.done',
};
/** A countermeasure's status in words. */
export const measureStatusText = (status: CountermeasureStatus): string => t(MEASURE_STATUS[status]);
/** A tactic's status in words. */
export const tacticStatusText = (status: TacticStatus): string => STATUS_LABEL[status];

/** The mark beside a month's actual: it survives greyscale and colour blindness. */
export const MARK: Record<MonthStatus, string> = { green: '✓', amber: '!', red: '✗' };
const MONTH_WORDS: Record<MonthStatus, MessageKey> = {
  green: 'review.month.green',
  amber: 'review.month.amber',
  red: 'review.month.red',
};
/** A month's colour in words, for the tooltip and screen readers (never the code "amber"). */
export const monthWords = (status: MonthStatus): string => t(MONTH_WORDS[status]);

/** The month a countermeasure is for. */
export interface CellTarget {
  itemId: string;
  code: string;
  month: string;
}

/** '2027-03' as the app's language writes it with its year ("Mar 2027", "März 2027", "2027年3月"). */
export function monthName(month: string): string {
  const date = new Date(`${month}-01T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return month;
  return appIntl().formatDate(date, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}

/** A contract date (YYYY-MM-DD) in the app's language, read as UTC so it never shifts a day. */
export function dayName(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return appIntl().formatDate(date, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
