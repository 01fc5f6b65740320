/**
 * Text the service layer makes, said in the reader's language: gap findings and their fixes (the `text` beside a
 * finding's English `message`), the rules, and undo labels (`undoMessage`). Keys are the service layer's message
 * keys (contract/text.ts), so renaming one here means renaming it there. English, the source.
 */
export const serviceText = {
  'finding.breakthrough_annuals_not_carried.noGoal':
    "Breakthrough objective {code} ''{title}'' is served by {count, plural, one {# annual objective} other {# annual objectives}} ({codes}), but none of them has a department goal yet, so nobody carries it this year.",
  'finding.breakthrough_annuals_not_carried.noTactic':
    "Breakthrough objective {code} ''{title}'' is served by {count, plural, one {# annual objective} other {# annual objectives}} ({codes}), but none of their goals has a tactic yet, so nothing is being done about it this year.",
  'finding.uncovered_objective':
    "Objective {code} ''{title}'' has no department goal supporting it, so nobody carries it.",
  'finding.unexecuted_objective':
    "Objective {code} ''{title}'' is supported by {count, plural, one {# goal} other {# goals}}, but none of them has a tactic, so nothing is being done about it.",
  'finding.orphaned_goal': "Goal {code} ''{title}'' ({department}) supports no objective.",
  'finding.orphaned_tactic.noGoal':
    "Tactic {code} ''{title}'' ({department}) supports no goal, so it traces to no objective.",
  'finding.orphaned_tactic.orphanedGoals':
    "Tactic {code} ''{title}'' ({department}) supports only goals that support no objective, so it traces to no objective.",
  'finding.goal_without_tactics': "Goal {code} ''{title}'' has no tactic carrying it out.",
  'finding.weakly_supported_objective':
    "Objective {code} ''{title}'' is carried only by weak links ({count, plural, one {# goal} other {# goals}}).",
  'finding.missing_kpi_target.noTarget': "Objective {code} ''{title}'' has a KPI ({kpi}) but no target.",
  'finding.missing_kpi_target.noKpi': "Objective {code} ''{title}'' has no KPI, so nobody can tell whether it is met.",
  'finding.kpi_without_baseline.relative':
    "{kind, select, goal {Goal} other {Objective}} {code} ''{title}'' has a KPI ({kpi}) with a target of {target} from its baseline but no baseline, so neither the target nor the progress can be known.",
  'finding.kpi_without_baseline.absolute':
    "{kind, select, goal {Goal} other {Objective}} {code} ''{title}'' has a KPI ({kpi}) with a target of {target} but no baseline, so its progress cannot be measured.",
  'finding.missing_owner':
    "{kind, select, goal {Goal} tactic {Tactic} other {Objective}} {code} ''{title}'' has no owner.",
  'finding.overdue_tactic': "Tactic {code} ''{title}'' was due on {due} and is not done.",
  'finding.tactic_without_due_date':
    "Tactic {code} ''{title}'' has no due date, so nobody can tell whether it is late.",
  'finding.owner_overloaded': "{owner} owns {count} items, more than the plan''s limit of {limit}.",
  'finding.too_many_objectives':
    'The plan has {count} {horizon, select, breakthrough {breakthrough objectives} other {annual objectives}}; a focused plan holds at most {limit}.',
  'finding.annual_serves_no_breakthrough': "Annual objective {code} ''{title}'' serves no breakthrough objective.",
  'finding.breakthrough_without_annual':
    "Breakthrough objective {code} ''{title}'' has no annual objective moving it this year.",
  'finding.red_month_without_countermeasure':
    '{kpi} ({code}) was red in {month}: {actual} against a plan of {plan}, and has no countermeasure.',
  'finding.weights_not_100':
    'The weights of the {level, select, breakthrough {breakthrough objectives} annual {annual objectives} other {{department} goals}} add up to {sum} %, not 100 %{missing, plural, =0 {} one { ({codes} has no weight)} other { (# items have no weight: {codes})}}.',
  'finding.department_kpi_without_goal.kpi':
    "{department} is responsible for objective {code} ''{title}'' and its KPI ({kpi}), but none of {department}''s goals supports it, so the department answers for a result it does not work on.",
  'finding.department_kpi_without_goal.noKpi':
    "{department} is responsible for objective {code} ''{title}'', but none of {department}''s goals supports it, so the department answers for a result it does not work on.",

  'findingFix.createGoalAnnual': 'Create a goal for one of its annual objectives…',
  'findingFix.addTacticTheirGoals': 'Add a tactic to one of their goals',
  'findingFix.createGoalIn': 'Create a goal for this objective in…',
  'findingFix.addTacticItsGoals': 'Add a tactic to one of its goals',
  'findingFix.linkToObjective': 'Link to an objective…',
  'findingFix.linkToGoal': 'Link to a goal…',
  'findingFix.addTacticThisGoal': 'Add a tactic to this goal',
  'findingFix.strengthenLinks': 'Strengthen a link or add a strongly supporting goal',
  'findingFix.setKpiTarget': 'Set a KPI target',
  'findingFix.setKpiBaseline': 'Set the KPI’s baseline',
  'findingFix.assignOwner': 'Assign an owner',
  'findingFix.markDoneOrReplan': 'Mark done or set a new due date',
  'findingFix.setDueDate': 'Set a due date',
  'findingFix.rebalanceOwner': 'Hand some items to another owner',
  'findingFix.mergeObjectives': 'Merge or drop objectives',
  'findingFix.linkToBreakthrough': 'Link to a breakthrough objective…',
  'findingFix.linkAnnualToIt': 'Link an annual objective to it…',
  'findingFix.addCountermeasure': 'Add a countermeasure',
  'findingFix.createGoalInDepartment': 'Create a goal for this objective in {department}…',
  'findingFix.setWeights':
    'Change the weights so they add up to 100 % ({change, select, add {add} other {take away}} {amount} %)',

  'findingFix.lockNoOwnGoal': 'None of {department}’s goals supports it: add one first, or a note',

  'gapsRule.orphaned_goal': 'Every department goal must support at least one objective.',
  'gapsRule.orphaned_tactic': 'Every tactic must support a goal that supports an objective.',
  'gapsRule.uncovered_objective': 'Every objective must be supported by at least one department goal.',
  'gapsRule.unexecuted_objective': 'An objective needs at least one supporting goal that has a tactic.',
  'gapsRule.goal_without_tactics': 'Every goal needs at least one tactic that carries it out.',
  'gapsRule.missing_owner': 'Every objective, goal and tactic needs an owner.',
  'gapsRule.missing_kpi_target': 'Every objective needs a KPI with a target.',
  'gapsRule.kpi_without_baseline':
    'A KPI with a target needs a baseline, the value it starts from, to measure progress.',
  'gapsRule.overdue_tactic': 'A tactic past its due date must be done, or re-planned.',
  'gapsRule.tactic_without_due_date': 'Every tactic that is not done needs a due date.',
  'gapsRule.owner_overloaded': 'No owner should carry more items than the plan’s owner-load limit.',
  'gapsRule.too_many_objectives': 'A focused plan holds at most 5 breakthrough and 8 annual objectives.',
  'gapsRule.weakly_supported_objective': 'An objective carried only by weak links is not really carried.',
  'gapsRule.annual_serves_no_breakthrough': 'Every annual objective should serve a breakthrough objective.',
  'gapsRule.breakthrough_without_annual':
    'Every breakthrough objective needs an annual objective that moves it this year.',
  'gapsRule.breakthrough_annuals_not_carried':
    'A breakthrough objective is carried through its annual objectives: at least one of them needs a department goal with a tactic.',
  'gapsRule.red_month_without_countermeasure': 'Every red month of a KPI needs a countermeasure.',
  'gapsRule.weights_not_100':
    'Where weights are given, the weights of a level (the objectives of one horizon, the goals of one department) add up to 100 %.',
  'gapsRule.department_kpi_without_goal':
    'A department responsible for an objective (its KPI’s owner) needs a goal of its own that supports the objective.',

  'rollover.change.baseline': '{code}: KPI baseline {from, number} → {to, number} (the actual of {month})',
  'rollover.change.baselineSet': '{code}: KPI baseline unset → {to, number} (the actual of {month})',
  'rollover.change.due': '{code}: due date {due} cleared (before the new period starts on {startDate}); set a new one',
  'rollover.change.title': "Title: ''{from}'' → ''{to}''",
  'rollover.change.period':
    'Period: {was, select, both {{fromStartDate} to {fromEndDate}} start {from {fromStartDate}} end {to {fromEndDate}} other {unset}} → {startDate} to {endDate}',
  'rollover.left.tacticsDone': 'its tactics are all done',
  'rollover.left.goalsFinished': 'its goals are all finished',
  'rollover.left.finished': 'finished',
  'rollover.left.done': 'done',
  'rollover.left.onlyBreakthroughs': 'not carried: only breakthrough objectives are',
  'rollover.left.kpiMet': 'KPI target met ({actual} in {month}, target {target})',
  'undo.codeTitle': "{verb} {code} ''{title}''",
  'undo.named': "{verb} ''{name}''",
  'undo.verb': '{verb}',
  'undo.link.changed': 'Changed link {from} → {to} to {strength, select, strong {strong} medium {medium} other {weak}}',
  'undo.link.added': 'Linked {from} → {to} ({strength, select, strong {strong} medium {medium} other {weak}})',
  'undo.link.removed': 'Unlinked {from} → {to}',
  'undo.setWeights': '{count, plural, one {Set # weight} other {Set # weights}}',
  'undo.createInNewDepartment':
    "Add {kind, select, goal {goal} other {tactic}} {code} ''{title}'' in the new department {department}",
  'undo.convertItem': "Make {code} ''{title}'' {kind, select, objective {an objective} goal {a goal} other {a tactic}}",
  'undo.renumberItem':
    'Renumbered {from} as {to}{more, plural, =0 {} one { and its tactic} other { and its # tactics}}',
  'undo.renamePerson': 'Renamed {from} to {to} ({count, plural, one {# place} other {# places}})',
  'undo.importFile': 'Imported {count, plural, one {# row} other {# rows}} from {source}',
  'undo.importActuals': 'Load actuals from {source}',
  'undo.mergeDraft':
    "{applied, plural, =0 {Nothing merged from {department}''s draft{empty, select, yes {: every change in it is already in the plan} other {}}} one {Merged # change from {department}''s draft{kept, plural, =0 {} one {; # kept as the plan had it} other {; # kept as the plan had them}}} other {Merged # changes from {department}''s draft{kept, plural, =0 {} one {; # kept as the plan had it} other {; # kept as the plan had them}}}}",
  'undo.issueDraft': "Issue draft for ''{department}''",
  'undo.verb.updatePlan': 'Edit plan settings',
  'undo.verb.createDepartment': 'Add department',
  'undo.verb.updateDepartment': 'Edit department',
  'undo.verb.deleteDepartment': 'Delete department',
  'undo.verb.reorderDepartments': 'Reorder departments',
  'undo.verb.renamePerson': 'Rename person',
  'undo.verb.createObjective': 'Add objective',
  'undo.verb.updateObjective': 'Edit objective',
  'undo.verb.deleteObjective': 'Delete objective',
  'undo.verb.reorderObjectives': 'Reorder objectives',
  'undo.verb.createGoal': 'Add goal',
  'undo.verb.updateGoal': 'Edit goal',
  'undo.verb.setWeights': 'Set weights',
  'undo.verb.deleteGoal': 'Delete goal',
  'undo.verb.reorderGoals': 'Reorder goals',
  'undo.verb.createTactic': 'Add tactic',
  'undo.verb.createInNewDepartment': 'Add',
  'undo.verb.updateTactic': 'Edit tactic',
  'undo.verb.deleteTactic': 'Delete tactic',
  'undo.verb.reorderTactics': 'Reorder tactics',
  'undo.verb.convertItem': 'Move',
  'undo.verb.renumberItem': 'Renumber',
  'undo.verb.setLink': 'Link',
  'undo.verb.removeLink': 'Unlink',
  'undo.verb.mergeDraft': 'Merge draft',
  'undo.verb.issueDraft': 'Issue draft',
  'undo.verb.addNote': 'Add note',
  'undo.verb.answerNote': 'Answer note',
  'undo.verb.deleteNote': 'Delete note',
  'undo.verb.setKpiMonth': 'Enter KPI value',
  'undo.verb.setKpiMonths': 'Paste KPI values',
  'undo.verb.importActuals': 'Load actuals',
  'undo.verb.addCountermeasure': 'Add countermeasure',
  'undo.verb.updateCountermeasure': 'Edit countermeasure',
  'undo.verb.deleteCountermeasure': 'Delete countermeasure',
  'undo.verb.addTacticUpdate': 'Update tactic status',
  'undo.verb.importFile': 'Import',
} satisfies Record<string, string>;
