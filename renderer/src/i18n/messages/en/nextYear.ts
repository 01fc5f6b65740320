/** File > Start Next Year's Plan…, the rollover dialog. English, the source. */
export const nextYear = {
  'nextYear.carry.unfinished': 'Unfinished items',
  'nextYear.carry.unfinishedHint':
    'Objectives and goals whose KPI target is not met, tactics not done, and what they serve.',
  'nextYear.carry.all': 'Everything',
  'nextYear.carry.allHint': 'Every objective, goal and tactic, as a starting point.',
  'nextYear.carry.none': 'Breakthrough objectives only',
  'nextYear.carry.noneHint': 'Start the annual plan from a blank page.',
  'nextYear.of.breakthrough':
    '{carried} of {total, plural, one {# breakthrough objective} other {# breakthrough objectives}}',
  'nextYear.of.annual': '{carried} of {total, plural, one {# annual objective} other {# annual objectives}}',
  'nextYear.of.goal': '{carried} of {total, plural, one {# goal} other {# goals}}',
  'nextYear.of.tactic': '{carried} of {total, plural, one {# tactic} other {# tactics}}',
  'nextYear.downloaded':
    'Downloaded {file}, next year’s plan. This plan is unchanged; open the new one with hoshin serve.',
  'nextYear.saved': 'Next year’s plan is saved as {file}.',
  'nextYear.title': 'Start next year’s plan',
  'nextYear.intro':
    'Writes a new plan file for the next period. This plan is not changed. Breakthrough objectives and departments are always carried; actuals, countermeasures and notes start empty.',
  'nextYear.year': 'Year of the new plan',
  'nextYear.carry': 'Carry over',
  'nextYear.carries': '<b>{title}</b> ({start} to {end}) carries {carried}.',
  'nextYear.reset':
    '{baselines, plural, one {# KPI baseline} other {# KPI baselines}} set from the last actuals; {dues, plural, one {# due date} other {# due dates}} before the new period cleared.',
  'nextYear.details': 'What is left and what changes',
  'nextYear.left': 'Left: {code} {title} ({reason})',
  'nextYear.download': 'Download next year’s plan',
  'nextYear.create': 'Create next year’s plan…',
} satisfies Record<string, string>;
