/** The Cascade view's own text (the outline, the inspector and the dialogs inside it have their own areas). English, the source. */
export const cascade = {
  'cascade.heading': 'Cascade',
  'cascade.subtitle':
    '{objectives, plural, one {# objective} other {# objectives}} · {goals, plural, one {# goal} other {# goals}} · {tactics, plural, one {# tactic} other {# tactics}}',
  'cascade.filtered': ' · {matched, number} of {total, number} match',
  'cascade.add': '{kind, select, objective {Add objective} goal {Add goal} other {Add tactic}}',
  'cascade.addLock': 'Objectives are set by leadership: add a note to propose a change.',
  'cascade.keys':
    'Enter: new item · Tab / Shift+Tab: level down / up · F2: rename · 1 2 3: link strength · O: owner · D: department · Alt+↑↓: move · Delete · Esc: to the inspector · ?: every shortcut',
  'cascade.noMatch': 'Nothing matches these filters.',
  'cascade.empty':
    'No objectives yet. Press Enter and type the first one: the cascade grows from the objectives down (Enter for the next, Tab to put it a level down; ? lists every key).',
  'cascade.addFirst': 'Add the first objective',
  'cascade.outline': 'Cascade outline',
  'cascade.addNote': 'Add a note',
  'cascade.converted':
    '{code} is now {kind, select, objective {an objective} goal {a goal} other {a tactic}}{relinked, plural, =0 {} one {; # item moved with it} other {; # items moved with it}}{orphaned, plural, =0 {} one {; # item now supports nothing} other {; # items now support nothing}}.',
  'cascade.linkAlready': 'The link {ends} is already {strength, select, strong {strong} medium {medium} other {weak}}.',
  'cascade.linkNow': 'The link {ends} is now {strength, select, strong {strong} medium {medium} other {weak}}.',
  'cascade.needDepartment':
    '{kind, select, goal {Type the name of the goal’s department, e.g. Customer Success.} other {Type the name of the tactic’s department, e.g. Customer Success.}}',
  'cascade.needTitle': '{kind, select, goal {Type the goal’s title first.} other {Type the tactic’s title first.}}',
  'cascade.needDepartmentName': 'Type the name of a department, or press Esc.',
  'cascade.newDepartmentName': '{name} (a new department)',
  'cascade.alreadyIn': '{code} is already in {name}.',
  'cascade.ask.department': 'Department',
  'cascade.ask.departmentPrompt':
    'Type a department (a new name creates it) and press Enter; Esc keeps the current one.',
  'cascade.ask.owner': 'Owner',
  'cascade.ask.noOwner': 'No owner yet',
  'cascade.ask.ownerPrompt':
    'Type the owner (suggestions: everyone named so far) and press Enter; Esc keeps the current one.',
  'cascade.ask.newDepartment': '{kind, select, goal {Department of the new goal} other {Department of the new tactic}}',
  'cascade.ask.newDepartmentPlaceholder': 'Department name, e.g. Customer Success',
  'cascade.ask.newDepartmentPrompt':
    '{kind, select, goal {No department yet: type the name of this goal’s department and press Enter to create it (Esc: back to the title).} other {No department yet: type the name of this tactic’s department and press Enter to create it (Esc: back to the title).}}',
} satisfies Record<string, string>;
