/**
 * The source catalogue: every UI string of the converted views, in ICU message syntax. Keys name the place the
 * text stands ("nav.plan"), not the words, so a reworded English text keeps its translations' key.
 */
export const en = {
  'app.name': 'Hoshin Planner',

  'nav.label': 'Views',
  'nav.plan': 'Plan',
  'nav.cascade': 'Cascade',
  'nav.departments': 'Departments',
  'nav.tree': 'Tree',
  'nav.gaps': 'Gaps',
  'nav.report': 'Report',
  'nav.xmatrix': 'X-matrix',
  'nav.review': 'Review',
  'nav.notes': 'Notes',
  'nav.gapCount': '{count, plural, one {# structural gap} other {# structural gaps}}',
  'nav.theme': 'Switch theme',
  'nav.theme.toLight': 'Switch to the light theme',
  'nav.theme.toDark': 'Switch to the dark theme',

  'header.saved': '{file} · saved',
  'header.savedHint': 'Every change is saved to this file as you make it',
  'header.toolbar': 'Plan',
  'header.undo': 'Undo',
  'header.undoTitle': 'Undo {change} (Ctrl+Z)',
  'header.nothingToUndo': 'Nothing to undo',
  'header.redo': 'Redo',
  'header.redoTitle': 'Redo {change} (Ctrl+Shift+Z)',
  'header.nothingToRedo': 'Nothing to redo',
  'header.palette': 'Command palette',
  'header.paletteTitle': 'Command palette (Ctrl+K)',
  'header.presentation': 'Presentation mode',
  'header.presentationTitle': 'Presentation mode (F5)',
  'header.download': 'Download a copy of the plan file',
  'header.gapPill': '{count, plural, =0 {No structural gaps} one {# structural gap} other {# structural gaps}}',

  'period.range': '{start} – {end}',
  'period.from': 'from {start}',
  'period.until': 'until {end}',

  'plan.heading': 'Plan',
  'plan.subtitle': 'The header every report and export starts from. Changes are saved as soon as you leave a field.',
  'plan.title': 'Title',
  'plan.organisation': 'Organisation',
  'plan.periodStart': 'Period start',
  'plan.periodEnd': 'Period end',
  'plan.ownerLoadLimit': 'Owner load limit',
  'plan.ownerLoadLimitHint': 'Items one person may own before the gap analysis flags them.',
  'plan.vision': 'Vision: the customer insight this plan answers (the “why”)',
  'plan.visionPlaceholder': 'What have we learned about our customers that every objective must answer to?',
  'plan.visionHint': 'Ctrl+Enter or leaving the field saves.',
  'plan.size': 'Plan size',
  'plan.stat.departments': '{count, plural, one {Department} other {Departments}}',
  'plan.stat.objectives': '{count, plural, one {Objective} other {Objectives}}',
  'plan.stat.goals': '{count, plural, one {Goal} other {Goals}}',
  'plan.stat.tactics': '{count, plural, one {Tactic} other {Tactics}}',

  'prefs.heading': 'This computer',
  'prefs.subtitle': 'Settings kept on this computer for you, not in the plan file.',
  'prefs.language': 'Language',
  'prefs.languageHint': 'The app, the report and every date and number follow it.',
  'prefs.languageSystem': 'As the system ({language})',

  'notes.heading': 'Notes',
  'notes.subtitleDraft':
    'Questions and proposals from {department} to leadership, about any item of the plan. They go back with the draft.',
  'notes.subtitle':
    'Questions and proposals from the departments, about any item of the plan, and leadership’s answers.',

  'comingSoon.badge': 'Coming soon',
} satisfies Record<string, string>;

export type MessageKey = keyof typeof en;
