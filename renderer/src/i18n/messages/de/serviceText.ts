import type { serviceText as english } from '../en/serviceText.ts';

export const serviceText: Record<keyof typeof english, string> = {
  'finding.breakthrough_annuals_not_carried.noGoal':
    'Das Durchbruchsziel {code} „{title}“ wird von {count, plural, one {# Jahresziel} other {# Jahreszielen}} ({codes}) getragen, aber keines davon hat bisher ein Bereichsziel, also verfolgt es in diesem Jahr niemand.',
  'finding.breakthrough_annuals_not_carried.noTactic':
    'Das Durchbruchsziel {code} „{title}“ wird von {count, plural, one {# Jahresziel} other {# Jahreszielen}} ({codes}) getragen, aber keines ihrer Bereichsziele hat bisher eine Maßnahme, also geschieht in diesem Jahr nichts dafür.',
  'finding.uncovered_objective':
    'Das Ziel {code} „{title}“ wird von keinem Bereichsziel unterstützt, also verfolgt es niemand.',
  'finding.unexecuted_objective':
    'Das Ziel {code} „{title}“ wird von {count, plural, one {# Bereichsziel} other {# Bereichszielen}} unterstützt, aber keines davon hat eine Maßnahme, also geschieht nichts dafür.',
  'finding.orphaned_goal': 'Das Bereichsziel {code} „{title}“ ({department}) unterstützt kein Ziel.',
  'finding.orphaned_tactic.noGoal':
    'Die Maßnahme {code} „{title}“ ({department}) unterstützt kein Bereichsziel und führt daher zu keinem Ziel.',
  'finding.orphaned_tactic.orphanedGoals':
    'Die Maßnahme {code} „{title}“ ({department}) unterstützt nur Bereichsziele, die kein Ziel unterstützen, und führt daher zu keinem Ziel.',
  'finding.goal_without_tactics': 'Das Bereichsziel {code} „{title}“ hat keine Maßnahme, die es umsetzt.',
  'finding.weakly_supported_objective':
    'Das Ziel {code} „{title}“ wird nur über schwache Verknüpfungen getragen ({count, plural, one {# Bereichsziel} other {# Bereichsziele}}).',
  'finding.missing_kpi_target.noTarget': 'Das Ziel {code} „{title}“ hat eine Kennzahl ({kpi}), aber keinen Zielwert.',
  'finding.missing_kpi_target.noKpi':
    'Das Ziel {code} „{title}“ hat keine Kennzahl, also kann niemand sagen, ob es erreicht ist.',
  'finding.kpi_without_baseline.relative':
    '{kind, select, goal {Das Bereichsziel} other {Das Ziel}} {code} „{title}“ hat eine Kennzahl ({kpi}) mit einem Zielwert von {target} gegenüber dem Ausgangswert, aber keinen Ausgangswert, also sind weder der Zielwert noch der Fortschritt bekannt.',
  'finding.kpi_without_baseline.absolute':
    '{kind, select, goal {Das Bereichsziel} other {Das Ziel}} {code} „{title}“ hat eine Kennzahl ({kpi}) mit einem Zielwert von {target}, aber keinen Ausgangswert, also lässt sich der Fortschritt nicht messen.',
  'finding.missing_owner':
    '{kind, select, goal {Das Bereichsziel} tactic {Die Maßnahme} other {Das Ziel}} {code} „{title}“ hat keinen Verantwortlichen.',
  'finding.overdue_tactic': 'Die Maßnahme {code} „{title}“ war am {due} fällig und ist nicht erledigt.',
  'finding.tactic_without_due_date':
    'Die Maßnahme {code} „{title}“ hat kein Fälligkeitsdatum, also kann niemand sagen, ob sie verspätet ist.',
  'finding.owner_overloaded': '{owner} verantwortet {count} Einträge, mehr als die Grenze des Plans von {limit}.',
  'finding.too_many_objectives':
    'Der Plan hat {count} {horizon, select, breakthrough {Durchbruchsziele} other {Jahresziele}}; ein fokussierter Plan hat höchstens {limit}.',
  'finding.annual_serves_no_breakthrough': 'Das Jahresziel {code} „{title}“ dient keinem Durchbruchsziel.',
  'finding.breakthrough_without_annual':
    'Das Durchbruchsziel {code} „{title}“ hat kein Jahresziel, das es in diesem Jahr voranbringt.',
  'finding.red_month_without_countermeasure':
    '{kpi} ({code}) war im {month} rot: {actual} gegenüber einem Plan von {plan}, und es gibt keine Gegenmaßnahme.',
  'finding.weights_not_100':
    'Die Gewichte der {level, select, breakthrough {Durchbruchsziele} annual {Jahresziele} other {Bereichsziele von {department}}} ergeben zusammen {sum} %, nicht 100 %{missing, plural, =0 {} one { ({codes} hat kein Gewicht)} other { (# Einträge haben kein Gewicht: {codes})}}.',
  'finding.department_kpi_without_goal.kpi':
    '{department} ist für das Ziel {code} „{title}“ und seine Kennzahl ({kpi}) verantwortlich, aber keines der Bereichsziele von {department} unterstützt es, also steht die Abteilung für ein Ergebnis ein, an dem sie nicht arbeitet.',
  'finding.department_kpi_without_goal.noKpi':
    '{department} ist für das Ziel {code} „{title}“ verantwortlich, aber keines der Bereichsziele von {department} unterstützt es, also steht die Abteilung für ein Ergebnis ein, an dem sie nicht arbeitet.',

  'findingFix.createGoalAnnual': 'Ein Bereichsziel für eines seiner Jahresziele anlegen…',
  'findingFix.addTacticTheirGoals': 'Einem ihrer Bereichsziele eine Maßnahme hinzufügen',
  'findingFix.createGoalIn': 'Ein Bereichsziel für dieses Ziel anlegen in…',
  'findingFix.addTacticItsGoals': 'Einem seiner Bereichsziele eine Maßnahme hinzufügen',
  'findingFix.linkToObjective': 'Mit einem Ziel verknüpfen…',
  'findingFix.linkToGoal': 'Mit einem Bereichsziel verknüpfen…',
  'findingFix.addTacticThisGoal': 'Diesem Bereichsziel eine Maßnahme hinzufügen',
  'findingFix.strengthenLinks': 'Eine Verknüpfung stärken oder ein stark unterstützendes Bereichsziel hinzufügen',
  'findingFix.setKpiTarget': 'Einen Zielwert für die Kennzahl setzen',
  'findingFix.setKpiBaseline': 'Den Ausgangswert der Kennzahl setzen',
  'findingFix.assignOwner': 'Einen Verantwortlichen zuweisen',
  'findingFix.markDoneOrReplan': 'Als erledigt markieren oder neu terminieren',
  'findingFix.setDueDate': 'Ein Fälligkeitsdatum setzen',
  'findingFix.rebalanceOwner': 'Einige Einträge an einen anderen Verantwortlichen abgeben',
  'findingFix.mergeObjectives': 'Ziele zusammenlegen oder streichen',
  'findingFix.linkToBreakthrough': 'Mit einem Durchbruchsziel verknüpfen…',
  'findingFix.linkAnnualToIt': 'Ein Jahresziel damit verknüpfen…',
  'findingFix.addCountermeasure': 'Eine Gegenmaßnahme hinzufügen',
  'findingFix.createGoalInDepartment': 'Ein Bereichsziel für dieses Ziel in {department} anlegen…',
  'findingFix.setWeights':
    'Die Gewichte so ändern, dass sie 100 % ergeben ({change, select, add {{amount} % hinzufügen} other {{amount} % wegnehmen}})',

  'findingFix.lockNoOwnGoal':
    'Keines der Bereichsziele von {department} unterstützt es: legen Sie zuerst eines an oder schreiben Sie eine Notiz',

  'gapsRule.orphaned_goal': 'Jedes Bereichsziel muss mindestens ein Ziel unterstützen.',
  'gapsRule.orphaned_tactic': 'Jede Maßnahme muss ein Bereichsziel unterstützen, das ein Ziel unterstützt.',
  'gapsRule.uncovered_objective': 'Jedes Ziel muss von mindestens einem Bereichsziel unterstützt werden.',
  'gapsRule.unexecuted_objective':
    'Ein Ziel braucht mindestens ein unterstützendes Bereichsziel, das eine Maßnahme hat.',
  'gapsRule.goal_without_tactics': 'Jedes Bereichsziel braucht mindestens eine Maßnahme, die es umsetzt.',
  'gapsRule.missing_owner': 'Jedes Ziel, Bereichsziel und jede Maßnahme braucht einen Verantwortlichen.',
  'gapsRule.missing_kpi_target': 'Jedes Ziel braucht eine Kennzahl mit Zielwert.',
  'gapsRule.kpi_without_baseline':
    'Eine Kennzahl mit Zielwert braucht einen Ausgangswert, von dem sie startet, um Fortschritt zu messen.',
  'gapsRule.overdue_tactic': 'Eine überfällige Maßnahme muss erledigt oder neu geplant werden.',
  'gapsRule.tactic_without_due_date': 'Jede nicht erledigte Maßnahme braucht ein Fälligkeitsdatum.',
  'gapsRule.owner_overloaded': 'Niemand sollte mehr Einträge verantworten, als die Lastgrenze des Plans erlaubt.',
  'gapsRule.too_many_objectives': 'Ein fokussierter Plan hat höchstens 5 Durchbruchs- und 8 Jahresziele.',
  'gapsRule.weakly_supported_objective':
    'Ein Ziel, das nur über schwache Verknüpfungen getragen wird, ist nicht wirklich getragen.',
  'gapsRule.annual_serves_no_breakthrough': 'Jedes Jahresziel sollte einem Durchbruchsziel dienen.',
  'gapsRule.breakthrough_without_annual':
    'Jedes Durchbruchsziel braucht ein Jahresziel, das es in diesem Jahr voranbringt.',
  'gapsRule.breakthrough_annuals_not_carried':
    'Ein Durchbruchsziel wird über seine Jahresziele getragen: mindestens eines davon braucht ein Bereichsziel mit einer Maßnahme.',
  'gapsRule.red_month_without_countermeasure': 'Jeder rote Monat einer Kennzahl braucht eine Gegenmaßnahme.',
  'gapsRule.weights_not_100':
    'Wo Gewichte angegeben sind, ergeben die Gewichte einer Ebene (die Ziele eines Horizonts, die Bereichsziele einer Abteilung) zusammen 100 %.',
  'gapsRule.department_kpi_without_goal':
    'Eine für ein Ziel verantwortliche Abteilung (Eigentümerin seiner Kennzahl) braucht ein eigenes Bereichsziel, das es unterstützt.',

  'rollover.change.baseline':
    '{code}: Ausgangswert der Kennzahl {from, number} → {to, number} (der Istwert von {month})',
  'rollover.change.baselineSet':
    '{code}: Ausgangswert der Kennzahl nicht gesetzt → {to, number} (der Istwert von {month})',
  'rollover.change.due':
    '{code}: Fälligkeitsdatum {due} entfernt (vor dem Beginn des neuen Zeitraums am {startDate}); setzen Sie ein neues',
  'rollover.change.title': 'Titel: „{from}“ → „{to}“',
  'rollover.change.period':
    'Zeitraum: {was, select, both {{fromStartDate} bis {fromEndDate}} start {ab {fromStartDate}} end {bis {fromEndDate}} other {nicht gesetzt}} → {startDate} bis {endDate}',
  'rollover.left.tacticsDone': 'alle Maßnahmen sind erledigt',
  'rollover.left.goalsFinished': 'alle Bereichsziele sind abgeschlossen',
  'rollover.left.finished': 'abgeschlossen',
  'rollover.left.done': 'erledigt',
  'rollover.left.onlyBreakthroughs': 'nicht übernommen: nur Durchbruchsziele werden übernommen',
  'rollover.left.kpiMet': 'Zielwert der Kennzahl erreicht ({actual} im {month}, Ziel {target})',
  'undo.codeTitle': '{verb}: {code} „{title}“',
  'undo.named': '{verb}: „{name}“',
  'undo.verb': '{verb}',
  'undo.link.changed':
    'Verknüpfung {from} → {to} auf {strength, select, strong {stark} medium {mittel} other {schwach}} geändert',
  'undo.link.added': '{from} → {to} verknüpft ({strength, select, strong {stark} medium {mittel} other {schwach}})',
  'undo.link.removed': 'Verknüpfung {from} → {to} entfernt',
  'undo.setWeights': '{count, plural, one {# Gewicht gesetzt} other {# Gewichte gesetzt}}',
  'undo.createInNewDepartment':
    '{kind, select, goal {Bereichsziel} other {Maßnahme}} {code} „{title}“ in der neuen Abteilung {department} hinzufügen',
  'undo.convertItem':
    '{code} „{title}“ zu {kind, select, objective {einem Ziel} goal {einem Bereichsziel} other {einer Maßnahme}} machen',
  'undo.renumberItem':
    '{from} als {to} neu nummeriert{more, plural, =0 {} one { samt seiner Maßnahme} other { samt seinen # Maßnahmen}}',
  'undo.renamePerson': '{from} in {to} umbenannt ({count, plural, one {# Stelle} other {# Stellen}})',
  'undo.importFile': '{count, plural, one {# Zeile} other {# Zeilen}} aus {source} importiert',
  'undo.importActuals': 'Istwerte aus {source} laden',
  'undo.mergeDraft':
    '{applied, plural, =0 {Nichts aus dem Entwurf von {department} übernommen{empty, select, yes {: jede Änderung darin steht schon im Plan} other {}}} one {# Änderung aus dem Entwurf von {department} übernommen{kept, plural, =0 {} one {; # blieb, wie der Plan sie hatte} other {; # blieben, wie der Plan sie hatte}}} other {# Änderungen aus dem Entwurf von {department} übernommen{kept, plural, =0 {} one {; # blieb, wie der Plan sie hatte} other {; # blieben, wie der Plan sie hatte}}}}',
  'undo.issueDraft': 'Entwurf für „{department}“ ausgeben',
  'undo.verb.updatePlan': 'Planeinstellungen bearbeiten',
  'undo.verb.createDepartment': 'Abteilung hinzufügen',
  'undo.verb.updateDepartment': 'Abteilung bearbeiten',
  'undo.verb.deleteDepartment': 'Abteilung löschen',
  'undo.verb.reorderDepartments': 'Abteilungen umordnen',
  'undo.verb.renamePerson': 'Person umbenennen',
  'undo.verb.createObjective': 'Ziel hinzufügen',
  'undo.verb.updateObjective': 'Ziel bearbeiten',
  'undo.verb.deleteObjective': 'Ziel löschen',
  'undo.verb.reorderObjectives': 'Ziele umordnen',
  'undo.verb.createGoal': 'Bereichsziel hinzufügen',
  'undo.verb.updateGoal': 'Bereichsziel bearbeiten',
  'undo.verb.setWeights': 'Gewichte setzen',
  'undo.verb.deleteGoal': 'Bereichsziel löschen',
  'undo.verb.reorderGoals': 'Bereichsziele umordnen',
  'undo.verb.createTactic': 'Maßnahme hinzufügen',
  'undo.verb.createInNewDepartment': 'Hinzufügen',
  'undo.verb.updateTactic': 'Maßnahme bearbeiten',
  'undo.verb.deleteTactic': 'Maßnahme löschen',
  'undo.verb.reorderTactics': 'Maßnahmen umordnen',
  'undo.verb.convertItem': 'Verschieben',
  'undo.verb.renumberItem': 'Neu nummerieren',
  'undo.verb.setLink': 'Verknüpfen',
  'undo.verb.removeLink': 'Verknüpfung lösen',
  'undo.verb.mergeDraft': 'Entwurf zusammenführen',
  'undo.verb.issueDraft': 'Entwurf ausgeben',
  'undo.verb.addNote': 'Notiz hinzufügen',
  'undo.verb.answerNote': 'Notiz beantworten',
  'undo.verb.deleteNote': 'Notiz löschen',
  'undo.verb.setKpiMonth': 'Kennzahlwert eintragen',
  'undo.verb.setKpiMonths': 'Kennzahlwerte einfügen',
  'undo.verb.importActuals': 'Istwerte laden',
  'undo.verb.addCountermeasure': 'Gegenmaßnahme hinzufügen',
  'undo.verb.updateCountermeasure': 'Gegenmaßnahme bearbeiten',
  'undo.verb.deleteCountermeasure': 'Gegenmaßnahme löschen',
  'undo.verb.addTacticUpdate': 'Maßnahmenstatus aktualisieren',
  'undo.verb.importFile': 'Importieren',
};
