import type { serviceText as english } from '../en/serviceText.ts';

export const serviceText: Record<keyof typeof english, string> = {
  'finding.breakthrough_annuals_not_carried.noGoal':
    'L’objectif de rupture {code} « {title} » est servi par {count, plural, one {# objectif annuel} other {# objectifs annuels}} ({codes}), mais aucun n’a encore de but de service : personne ne le porte cette année.',
  'finding.breakthrough_annuals_not_carried.noTactic':
    'L’objectif de rupture {code} « {title} » est servi par {count, plural, one {# objectif annuel} other {# objectifs annuels}} ({codes}), mais aucun de leurs buts n’a encore d’action : rien n’est fait pour lui cette année.',
  'finding.uncovered_objective':
    'L’objectif {code} « {title} » n’est soutenu par aucun but de service : personne ne le porte.',
  'finding.unexecuted_objective':
    'L’objectif {code} « {title} » est soutenu par {count, plural, one {# but} other {# buts}}, mais aucun n’a d’action : rien n’est fait pour lui.',
  'finding.orphaned_goal': 'Le but {code} « {title} » ({department}) ne soutient aucun objectif.',
  'finding.orphaned_tactic.noGoal':
    'L’action {code} « {title} » ({department}) ne soutient aucun but : elle ne mène à aucun objectif.',
  'finding.orphaned_tactic.orphanedGoals':
    'L’action {code} « {title} » ({department}) ne soutient que des buts qui ne soutiennent aucun objectif : elle ne mène à aucun objectif.',
  'finding.goal_without_tactics': 'Le but {code} « {title} » n’a aucune action qui le met en œuvre.',
  'finding.weakly_supported_objective':
    'L’objectif {code} « {title} » n’est porté que par des liens faibles ({count, plural, one {# but} other {# buts}}).',
  'finding.missing_kpi_target.noTarget': 'L’objectif {code} « {title} » a un indicateur ({kpi}) mais pas de cible.',
  'finding.missing_kpi_target.noKpi':
    'L’objectif {code} « {title} » n’a pas d’indicateur : personne ne peut dire s’il est atteint.',
  'finding.kpi_without_baseline.relative':
    '{kind, select, goal {Le but} other {L’objectif}} {code} « {title} » a un indicateur ({kpi}) avec une cible de {target} par rapport à sa valeur de départ, mais pas de valeur de départ : ni la cible ni les progrès ne peuvent être connus.',
  'finding.kpi_without_baseline.absolute':
    '{kind, select, goal {Le but} other {L’objectif}} {code} « {title} » a un indicateur ({kpi}) avec une cible de {target}, mais pas de valeur de départ : ses progrès ne peuvent pas être mesurés.',
  'finding.missing_owner':
    '{kind, select, goal {Le but} tactic {L’action} other {L’objectif}} {code} « {title} » n’a pas de responsable.',
  'finding.overdue_tactic': 'L’action {code} « {title} » était due le {due} et n’est pas terminée.',
  'finding.tactic_without_due_date':
    'L’action {code} « {title} » n’a pas d’échéance : personne ne peut dire si elle est en retard.',
  'finding.owner_overloaded': '{owner} est responsable de {count} éléments, plus que la limite du plan ({limit}).',
  'finding.too_many_objectives':
    'Le plan compte {count} {horizon, select, breakthrough {objectifs de rupture} other {objectifs annuels}} ; un plan ciblé en compte au plus {limit}.',
  'finding.annual_serves_no_breakthrough': 'L’objectif annuel {code} « {title} » ne sert aucun objectif de rupture.',
  'finding.breakthrough_without_annual':
    'L’objectif de rupture {code} « {title} » n’a aucun objectif annuel qui le fait avancer cette année.',
  'finding.red_month_without_countermeasure':
    '{kpi} ({code}) était rouge en {month} : {actual} pour un plan de {plan}, sans contre-mesure.',
  'finding.weights_not_100':
    'Les poids des {level, select, breakthrough {objectifs de rupture} annual {objectifs annuels} other {buts de {department}}} totalisent {sum} %, et non 100 %{missing, plural, =0 {} one { ({codes} n’a pas de poids)} other { (# éléments n’ont pas de poids : {codes})}}.',
  'finding.department_kpi_without_goal.kpi':
    '{department} est responsable de l’objectif {code} « {title} » et de son indicateur ({kpi}), mais aucun but de {department} ne le soutient : le service répond d’un résultat sur lequel il ne travaille pas.',
  'finding.department_kpi_without_goal.noKpi':
    '{department} est responsable de l’objectif {code} « {title} », mais aucun but de {department} ne le soutient : le service répond d’un résultat sur lequel il ne travaille pas.',

  'findingFix.createGoalAnnual': 'Créer un but pour l’un de ses objectifs annuels…',
  'findingFix.addTacticTheirGoals': 'Ajouter une action à l’un de leurs buts',
  'findingFix.createGoalIn': 'Créer un but pour cet objectif dans…',
  'findingFix.addTacticItsGoals': 'Ajouter une action à l’un de ses buts',
  'findingFix.linkToObjective': 'Lier à un objectif…',
  'findingFix.linkToGoal': 'Lier à un but…',
  'findingFix.addTacticThisGoal': 'Ajouter une action à ce but',
  'findingFix.strengthenLinks': 'Renforcer un lien ou ajouter un but qui le soutient fortement',
  'findingFix.setKpiTarget': 'Fixer une cible d’indicateur',
  'findingFix.setKpiBaseline': 'Fixer la valeur de départ de l’indicateur',
  'findingFix.assignOwner': 'Désigner un responsable',
  'findingFix.markDoneOrReplan': 'Marquer comme terminée ou fixer une nouvelle échéance',
  'findingFix.setDueDate': 'Fixer une échéance',
  'findingFix.rebalanceOwner': 'Confier certains éléments à un autre responsable',
  'findingFix.mergeObjectives': 'Fusionner ou abandonner des objectifs',
  'findingFix.linkToBreakthrough': 'Lier à un objectif de rupture…',
  'findingFix.linkAnnualToIt': 'Y lier un objectif annuel…',
  'findingFix.addCountermeasure': 'Ajouter une contre-mesure',
  'findingFix.createGoalInDepartment': 'Créer un but pour cet objectif dans {department}…',
  'findingFix.setWeights':
    'Modifier les poids pour qu’ils totalisent 100 % ({change, select, add {ajouter} other {retirer}} {amount} %)',

  'findingFix.lockNoOwnGoal': 'Aucun but de {department} ne le soutient : ajoutez-en un d’abord, ou une note',

  'gapsRule.orphaned_goal': 'Chaque but de service doit soutenir au moins un objectif.',
  'gapsRule.orphaned_tactic': 'Chaque action doit soutenir un but qui soutient un objectif.',
  'gapsRule.uncovered_objective': 'Chaque objectif doit être soutenu par au moins un but de service.',
  'gapsRule.unexecuted_objective': 'Un objectif a besoin d’au moins un but qui le soutient et qui a une action.',
  'gapsRule.goal_without_tactics': 'Chaque but a besoin d’au moins une action qui le met en œuvre.',
  'gapsRule.missing_owner': 'Chaque objectif, but et action a besoin d’un responsable.',
  'gapsRule.missing_kpi_target': 'Chaque objectif a besoin d’un indicateur avec une cible.',
  'gapsRule.kpi_without_baseline':
    'Un indicateur avec une cible a besoin d’une valeur de départ pour mesurer les progrès.',
  'gapsRule.overdue_tactic': 'Une action dont l’échéance est passée doit être terminée ou replanifiée.',
  'gapsRule.tactic_without_due_date': 'Chaque action non terminée a besoin d’une échéance.',
  'gapsRule.owner_overloaded': 'Aucun responsable ne devrait porter plus d’éléments que la limite de charge du plan.',
  'gapsRule.too_many_objectives': 'Un plan ciblé compte au plus 5 objectifs de rupture et 8 objectifs annuels.',
  'gapsRule.weakly_supported_objective': 'Un objectif porté uniquement par des liens faibles n’est pas vraiment porté.',
  'gapsRule.annual_serves_no_breakthrough': 'Chaque objectif annuel devrait servir un objectif de rupture.',
  'gapsRule.breakthrough_without_annual':
    'Chaque objectif de rupture a besoin d’un objectif annuel qui le fait avancer cette année.',
  'gapsRule.breakthrough_annuals_not_carried':
    'Un objectif de rupture est porté par ses objectifs annuels : au moins l’un d’eux a besoin d’un but de service avec une action.',
  'gapsRule.red_month_without_countermeasure': 'Chaque mois rouge d’un indicateur a besoin d’une contre-mesure.',
  'gapsRule.weights_not_100':
    'Là où des poids sont donnés, les poids d’un niveau (les objectifs d’un horizon, les buts d’un service) totalisent 100 %.',
  'gapsRule.department_kpi_without_goal':
    'Un service responsable d’un objectif (propriétaire de son indicateur) a besoin d’un but à lui qui soutient cet objectif.',

  'rollover.change.baseline':
    '{code} : valeur de départ de l’indicateur {from, number} → {to, number} (le réel de {month})',
  'rollover.change.baselineSet':
    '{code} : valeur de départ de l’indicateur non fixée → {to, number} (le réel de {month})',
  'rollover.change.due':
    '{code} : échéance du {due} effacée (avant le début de la nouvelle période le {startDate}) ; fixez-en une nouvelle',
  'rollover.change.title': 'Titre : « {from} » → « {to} »',
  'rollover.change.period':
    'Période : {was, select, both {du {fromStartDate} au {fromEndDate}} start {à partir du {fromStartDate}} end {jusqu’au {fromEndDate}} other {non fixée}} → du {startDate} au {endDate}',
  'rollover.left.tacticsDone': 'ses actions sont toutes terminées',
  'rollover.left.goalsFinished': 'ses buts sont tous achevés',
  'rollover.left.finished': 'achevé',
  'rollover.left.done': 'terminée',
  'rollover.left.onlyBreakthroughs': 'non reporté : seuls les objectifs de rupture le sont',
  'rollover.left.kpiMet': 'cible de l’indicateur atteinte ({actual} en {month}, cible {target})',
  'undo.codeTitle': '{verb} {code} « {title} »',
  'undo.named': '{verb} « {name} »',
  'undo.verb': '{verb}',
  'undo.link.changed': 'Lien {from} → {to} passé à {strength, select, strong {fort} medium {moyen} other {faible}}',
  'undo.link.added': '{from} → {to} lié ({strength, select, strong {fort} medium {moyen} other {faible}})',
  'undo.link.removed': 'Lien {from} → {to} supprimé',
  'undo.setWeights': '{count, plural, one {# poids fixé} other {# poids fixés}}',
  'undo.createInNewDepartment':
    'Ajouter {kind, select, goal {le but} other {l’action}} {code} « {title} » dans le nouveau service {department}',
  'undo.convertItem':
    'Faire de {code} « {title} » {kind, select, objective {un objectif} goal {un but} other {une action}}',
  'undo.renumberItem':
    '{from} renuméroté en {to}{more, plural, =0 {} one { avec son action} other { avec ses # actions}}',
  'undo.renamePerson': '{from} renommé en {to} ({count, plural, one {# endroit} other {# endroits}})',
  'undo.importFile': '{count, plural, one {# ligne importée} other {# lignes importées}} de {source}',
  'undo.importActuals': 'Charger les réels de {source}',
  'undo.mergeDraft':
    '{applied, plural, =0 {Rien de fusionné depuis le brouillon de {department}{empty, select, yes { : chaque modification y figure déjà dans le plan} other {}}} one {# modification fusionnée depuis le brouillon de {department}{kept, plural, =0 {} one { ; # gardée comme dans le plan} other { ; # gardées comme dans le plan}}} other {# modifications fusionnées depuis le brouillon de {department}{kept, plural, =0 {} one { ; # gardée comme dans le plan} other { ; # gardées comme dans le plan}}}}',
  'undo.issueDraft': 'Émettre le brouillon pour « {department} »',
  'undo.verb.updatePlan': 'Modifier les réglages du plan',
  'undo.verb.createDepartment': 'Ajouter le service',
  'undo.verb.updateDepartment': 'Modifier le service',
  'undo.verb.deleteDepartment': 'Supprimer le service',
  'undo.verb.reorderDepartments': 'Réordonner les services',
  'undo.verb.renamePerson': 'Renommer la personne',
  'undo.verb.createObjective': 'Ajouter l’objectif',
  'undo.verb.updateObjective': 'Modifier l’objectif',
  'undo.verb.deleteObjective': 'Supprimer l’objectif',
  'undo.verb.reorderObjectives': 'Réordonner les objectifs',
  'undo.verb.createGoal': 'Ajouter le but',
  'undo.verb.updateGoal': 'Modifier le but',
  'undo.verb.setWeights': 'Fixer les poids',
  'undo.verb.deleteGoal': 'Supprimer le but',
  'undo.verb.reorderGoals': 'Réordonner les buts',
  'undo.verb.createTactic': 'Ajouter l’action',
  'undo.verb.createInNewDepartment': 'Ajouter',
  'undo.verb.updateTactic': 'Modifier l’action',
  'undo.verb.deleteTactic': 'Supprimer l’action',
  'undo.verb.reorderTactics': 'Réordonner les actions',
  'undo.verb.convertItem': 'Déplacer',
  'undo.verb.renumberItem': 'Renuméroter',
  'undo.verb.setLink': 'Lier',
  'undo.verb.removeLink': 'Délier',
  'undo.verb.mergeDraft': 'Fusionner le brouillon',
  'undo.verb.issueDraft': 'Émettre le brouillon',
  'undo.verb.addNote': 'Ajouter la note',
  'undo.verb.answerNote': 'Répondre à la note',
  'undo.verb.deleteNote': 'Supprimer la note',
  'undo.verb.setKpiMonth': 'Saisir la valeur de l’indicateur',
  'undo.verb.setKpiMonths': 'Coller les valeurs de l’indicateur',
  'undo.verb.importActuals': 'Charger les réels',
  'undo.verb.addCountermeasure': 'Ajouter la contre-mesure',
  'undo.verb.updateCountermeasure': 'Modifier la contre-mesure',
  'undo.verb.deleteCountermeasure': 'Supprimer la contre-mesure',
  'undo.verb.addTacticUpdate': 'Mettre à jour le statut de l’action',
  'undo.verb.importFile': 'Importer',
};
