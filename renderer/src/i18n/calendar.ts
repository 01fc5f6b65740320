import { appIntl } from './intl.ts';

/** ISO weekdays 1 (Monday) … 7 (Sunday), named in the app's language ("Montag"). */
export function weekdayName(day: number): string {
  // 2024-01-01 was a Monday.
  return appIntl().formatDate(new Date(Date.UTC(2024, 0, day)), { weekday: 'long', timeZone: 'UTC' });
}

/** Months 1 (January) … 12, named in the app's language ("avril"). */
export function monthName(month: number): string {
  return appIntl().formatDate(new Date(Date.UTC(2024, month - 1, 1)), { month: 'long', timeZone: 'UTC' });
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;
