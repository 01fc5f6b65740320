/** The plan's calendar settings (Plan view). English, the source. */
export const planSettings = {
  'planSettings.weekStart': 'Weeks start on',
  'planSettings.weekStartHint': 'The first day of a week for this plan; it travels with the plan file and its exports.',
  'planSettings.fiscalYearStart': 'Fiscal year starts in',
  'planSettings.fiscalYearStartHint':
    'A plan without a period runs over the fiscal year; next year’s plan starts in this month.',
} satisfies Record<string, string>;
