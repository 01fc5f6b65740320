/** The cascade’s outline: its filters, rows and level moves, and the KPI reading. English, the source. */
export const outline = {
  'kpi.reading': '{direction, select, decrease {decrease {name}} other {increase {name}}}',
  'kpi.readingFrom':
    '{direction, select, decrease {decrease {name} from {baseline}} other {increase {name} from {baseline}}}',
  'kpi.readingTo': '{direction, select, decrease {decrease {name} to {target}} other {increase {name} to {target}}}',
  'kpi.readingFromTo':
    '{direction, select, decrease {decrease {name} from {baseline} to {target}} other {increase {name} from {baseline} to {target}}}',
  'kpi.readingFromByTo':
    '{direction, select, decrease {decrease {name} from {baseline} by {change} to {target}} other {increase {name} from {baseline} by {change} to {target}}}',
  'kpi.readingBy':
    '{direction, select, decrease {decrease {name} by {change} (from a baseline not set yet)} other {increase {name} by {change} (from a baseline not set yet)}}',
  'outline.filters': 'Filter the cascade',
  'outline.search': 'Search the cascade by text or code',
  'outline.department': 'Department',
  'outline.owner': 'Owner',
  'outline.status': 'Status',
  'outline.tag': 'Tag',
  'outline.all': 'All',
  'outline.clear': 'Clear filters',
  'outline.titleOf':
    '{kind, select, objective {Title of the objective} goal {Title of the goal} tactic {Title of the tactic} other {Title of the section}}',
  'outline.titleOfNew':
    '{kind, select, objective {Title of the new objective} goal {Title of the new goal} tactic {Title of the new tactic} other {Title of the new section}}',
  'outline.newPlaceholder':
    '{kind, select, objective {New objective: type its title} goal {New goal: type its title} tactic {New tactic: type its title} other {New section: type its title}}',
  'outline.new': 'New',
  'outline.noKpi': 'No KPI',
  'outline.goals': '{count, plural, one {# goal} other {# goals}}',
  'outline.kpiTitle': 'KPI: {reading}',
  'outline.kpiTarget': 'KPI target ',
  'outline.noTarget': 'No target',
  'outline.tactics': '{count, plural, =0 {No tactics} one {# tactic} other {# tactics}}',
  'outline.unaligned': 'Unaligned',
  'outline.unalignedNote':
    '{count, plural, one {# item supports nothing above it} other {# items support nothing above them}}',
  'outline.noIndent': 'Nothing to indent here.',
  'outline.tacticLowest': 'A tactic is the lowest level of the cascade.',
  'outline.noneAbove':
    '{kind, select, objective {There is no objective above this one to put it under.} other {There is no goal above this one to put it under.}}',
  'outline.noOutdent': 'Nothing to outdent here.',
  'outline.objectiveTop': 'An objective is already the top level.',
  'outline.tacticNoObjective':
    'This tactic has no objective above it to become a goal under: link it to a goal that supports one first.',
} satisfies Record<string, string>;
