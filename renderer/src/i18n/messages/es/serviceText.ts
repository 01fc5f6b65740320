import type { serviceText as english } from '../en/serviceText.ts';

export const serviceText: Record<keyof typeof english, string> = {
  'finding.breakthrough_annuals_not_carried.noGoal':
    'El objetivo de ruptura {code} «{title}» lo sirven {count, plural, one {# objetivo anual} other {# objetivos anuales}} ({codes}), pero ninguno tiene aún una meta de departamento, así que nadie lo impulsa este año.',
  'finding.breakthrough_annuals_not_carried.noTactic':
    'El objetivo de ruptura {code} «{title}» lo sirven {count, plural, one {# objetivo anual} other {# objetivos anuales}} ({codes}), pero ninguna de sus metas tiene aún una táctica, así que no se hace nada por él este año.',
  'finding.uncovered_objective':
    'El objetivo {code} «{title}» no tiene ninguna meta de departamento que lo apoye, así que nadie lo impulsa.',
  'finding.unexecuted_objective':
    'El objetivo {code} «{title}» lo apoyan {count, plural, one {# meta} other {# metas}}, pero ninguna tiene una táctica, así que no se hace nada por él.',
  'finding.orphaned_goal': 'La meta {code} «{title}» ({department}) no apoya ningún objetivo.',
  'finding.orphaned_tactic.noGoal':
    'La táctica {code} «{title}» ({department}) no apoya ninguna meta, así que no remite a ningún objetivo.',
  'finding.orphaned_tactic.orphanedGoals':
    'La táctica {code} «{title}» ({department}) solo apoya metas que no apoyan ningún objetivo, así que no remite a ningún objetivo.',
  'finding.goal_without_tactics': 'La meta {code} «{title}» no tiene ninguna táctica que la lleve a cabo.',
  'finding.weakly_supported_objective':
    'El objetivo {code} «{title}» solo se sostiene con vínculos débiles ({count, plural, one {# meta} other {# metas}}).',
  'finding.missing_kpi_target.noTarget':
    'El objetivo {code} «{title}» tiene un KPI ({kpi}) pero ningún valor objetivo.',
  'finding.missing_kpi_target.noKpi':
    'El objetivo {code} «{title}» no tiene KPI, así que nadie puede saber si se cumple.',
  'finding.kpi_without_baseline.relative':
    '{kind, select, goal {La meta} other {El objetivo}} {code} «{title}» tiene un KPI ({kpi}) con un valor objetivo de {target} respecto a su valor inicial, pero sin valor inicial, así que no se puede conocer ni el objetivo ni el avance.',
  'finding.kpi_without_baseline.absolute':
    '{kind, select, goal {La meta} other {El objetivo}} {code} «{title}» tiene un KPI ({kpi}) con un valor objetivo de {target}, pero sin valor inicial, así que su avance no se puede medir.',
  'finding.missing_owner':
    '{kind, select, goal {La meta} tactic {La táctica} other {El objetivo}} {code} «{title}» no tiene responsable.',
  'finding.overdue_tactic': 'La táctica {code} «{title}» vencía el {due} y no está terminada.',
  'finding.tactic_without_due_date':
    'La táctica {code} «{title}» no tiene fecha de vencimiento, así que nadie puede saber si va con retraso.',
  'finding.owner_overloaded': '{owner} es responsable de {count} elementos, más que el límite del plan ({limit}).',
  'finding.too_many_objectives':
    'El plan tiene {count} {horizon, select, breakthrough {objetivos de ruptura} other {objetivos anuales}}; un plan centrado tiene como máximo {limit}.',
  'finding.annual_serves_no_breakthrough': 'El objetivo anual {code} «{title}» no sirve a ningún objetivo de ruptura.',
  'finding.breakthrough_without_annual':
    'El objetivo de ruptura {code} «{title}» no tiene ningún objetivo anual que lo haga avanzar este año.',
  'finding.red_month_without_countermeasure':
    '{kpi} ({code}) estuvo en rojo en {month}: {actual} frente a un plan de {plan}, y no tiene contramedida.',
  'finding.weights_not_100':
    'Los pesos de {level, select, breakthrough {los objetivos de ruptura} annual {los objetivos anuales} other {las metas de {department}}} suman {sum} %, no 100 %{missing, plural, =0 {} one { ({codes} no tiene peso)} other { (# elementos no tienen peso: {codes})}}.',
  'finding.department_kpi_without_goal.kpi':
    '{department} es responsable del objetivo {code} «{title}» y de su KPI ({kpi}), pero ninguna meta de {department} lo apoya, así que el departamento responde de un resultado en el que no trabaja.',
  'finding.department_kpi_without_goal.noKpi':
    '{department} es responsable del objetivo {code} «{title}», pero ninguna meta de {department} lo apoya, así que el departamento responde de un resultado en el que no trabaja.',

  'findingFix.createGoalAnnual': 'Crear una meta para uno de sus objetivos anuales…',
  'findingFix.addTacticTheirGoals': 'Añadir una táctica a una de sus metas',
  'findingFix.createGoalIn': 'Crear una meta para este objetivo en…',
  'findingFix.addTacticItsGoals': 'Añadir una táctica a una de sus metas',
  'findingFix.linkToObjective': 'Vincular a un objetivo…',
  'findingFix.linkToGoal': 'Vincular a una meta…',
  'findingFix.addTacticThisGoal': 'Añadir una táctica a esta meta',
  'findingFix.strengthenLinks': 'Reforzar un vínculo o añadir una meta que lo apoye con fuerza',
  'findingFix.setKpiTarget': 'Fijar un objetivo de KPI',
  'findingFix.setKpiBaseline': 'Fijar el valor inicial del KPI',
  'findingFix.assignOwner': 'Asignar un responsable',
  'findingFix.markDoneOrReplan': 'Marcar como terminada o fijar una nueva fecha',
  'findingFix.setDueDate': 'Fijar una fecha de vencimiento',
  'findingFix.rebalanceOwner': 'Pasar algunos elementos a otro responsable',
  'findingFix.mergeObjectives': 'Fusionar o descartar objetivos',
  'findingFix.linkToBreakthrough': 'Vincular a un objetivo de ruptura…',
  'findingFix.linkAnnualToIt': 'Vincularle un objetivo anual…',
  'findingFix.addCountermeasure': 'Añadir una contramedida',
  'findingFix.createGoalInDepartment': 'Crear una meta para este objetivo en {department}…',
  'findingFix.setWeights':
    'Cambiar los pesos para que sumen 100 % ({change, select, add {añadir} other {quitar}} {amount} %)',

  'findingFix.lockNoOwnGoal': 'Ninguna meta de {department} lo apoya: añada una primero, o una nota',

  'gapsRule.orphaned_goal': 'Toda meta de departamento debe apoyar al menos un objetivo.',
  'gapsRule.orphaned_tactic': 'Toda táctica debe apoyar una meta que apoye un objetivo.',
  'gapsRule.uncovered_objective': 'Todo objetivo debe estar apoyado por al menos una meta de departamento.',
  'gapsRule.unexecuted_objective': 'Un objetivo necesita al menos una meta que lo apoye y que tenga una táctica.',
  'gapsRule.goal_without_tactics': 'Toda meta necesita al menos una táctica que la lleve a cabo.',
  'gapsRule.missing_owner': 'Todo objetivo, meta y táctica necesita un responsable.',
  'gapsRule.missing_kpi_target': 'Todo objetivo necesita un KPI con un valor objetivo.',
  'gapsRule.kpi_without_baseline':
    'Un KPI con valor objetivo necesita un valor inicial, del que parte, para medir el avance.',
  'gapsRule.overdue_tactic': 'Una táctica vencida debe terminarse o replanificarse.',
  'gapsRule.tactic_without_due_date': 'Toda táctica no terminada necesita una fecha de vencimiento.',
  'gapsRule.owner_overloaded': 'Ningún responsable debería llevar más elementos que el límite de carga del plan.',
  'gapsRule.too_many_objectives': 'Un plan centrado tiene como máximo 5 objetivos de ruptura y 8 anuales.',
  'gapsRule.weakly_supported_objective': 'Un objetivo sostenido solo por vínculos débiles no está realmente sostenido.',
  'gapsRule.annual_serves_no_breakthrough': 'Todo objetivo anual debería servir a un objetivo de ruptura.',
  'gapsRule.breakthrough_without_annual':
    'Todo objetivo de ruptura necesita un objetivo anual que lo haga avanzar este año.',
  'gapsRule.breakthrough_annuals_not_carried':
    'Un objetivo de ruptura se sostiene a través de sus objetivos anuales: al menos uno necesita una meta de departamento con una táctica.',
  'gapsRule.red_month_without_countermeasure': 'Todo mes en rojo de un KPI necesita una contramedida.',
  'gapsRule.weights_not_100':
    'Donde hay pesos, los pesos de un nivel (los objetivos de un horizonte, las metas de un departamento) suman 100 %.',
  'gapsRule.department_kpi_without_goal':
    'Un departamento responsable de un objetivo (dueño de su KPI) necesita una meta propia que apoye el objetivo.',

  'rollover.change.baseline': '{code}: valor inicial del KPI {from, number} → {to, number} (el real de {month})',
  'rollover.change.baselineSet': '{code}: valor inicial del KPI sin fijar → {to, number} (el real de {month})',
  'rollover.change.due':
    '{code}: fecha de vencimiento {due} borrada (antes de que empiece el nuevo periodo el {startDate}); fije una nueva',
  'rollover.change.title': 'Título: «{from}» → «{to}»',
  'rollover.change.period':
    'Periodo: {was, select, both {del {fromStartDate} al {fromEndDate}} start {desde el {fromStartDate}} end {hasta el {fromEndDate}} other {sin fijar}} → del {startDate} al {endDate}',
  'rollover.left.tacticsDone': 'todas sus tácticas están terminadas',
  'rollover.left.goalsFinished': 'todas sus metas están cumplidas',
  'rollover.left.finished': 'cumplido',
  'rollover.left.done': 'terminada',
  'rollover.left.onlyBreakthroughs': 'no se traslada: solo se trasladan los objetivos de ruptura',
  'rollover.left.kpiMet': 'objetivo del KPI alcanzado ({actual} en {month}, objetivo {target})',
  'undo.codeTitle': '{verb} {code} «{title}»',
  'undo.named': '{verb} «{name}»',
  'undo.verb': '{verb}',
  'undo.link.changed':
    'Vínculo {from} → {to} cambiado a {strength, select, strong {fuerte} medium {medio} other {débil}}',
  'undo.link.added': '{from} → {to} vinculado ({strength, select, strong {fuerte} medium {medio} other {débil}})',
  'undo.link.removed': 'Vínculo {from} → {to} quitado',
  'undo.setWeights': '{count, plural, one {# peso fijado} other {# pesos fijados}}',
  'undo.createInNewDepartment':
    'Añadir {kind, select, goal {la meta} other {la táctica}} {code} «{title}» en el nuevo departamento {department}',
  'undo.convertItem':
    'Convertir {code} «{title}» en {kind, select, objective {un objetivo} goal {una meta} other {una táctica}}',
  'undo.renumberItem':
    '{from} renumerado como {to}{more, plural, =0 {} one { con su táctica} other { con sus # tácticas}}',
  'undo.renamePerson': '{from} renombrado como {to} ({count, plural, one {# lugar} other {# lugares}})',
  'undo.importFile': '{count, plural, one {# fila importada} other {# filas importadas}} de {source}',
  'undo.importActuals': 'Cargar los reales de {source}',
  'undo.mergeDraft':
    '{applied, plural, =0 {Nada fusionado del borrador de {department}{empty, select, yes {: cada cambio ya está en el plan} other {}}} one {# cambio fusionado del borrador de {department}{kept, plural, =0 {} one {; # se mantuvo como estaba en el plan} other {; # se mantuvieron como estaban en el plan}}} other {# cambios fusionados del borrador de {department}{kept, plural, =0 {} one {; # se mantuvo como estaba en el plan} other {; # se mantuvieron como estaban en el plan}}}}',
  'undo.issueDraft': 'Emitir el borrador para «{department}»',
  'undo.verb.updatePlan': 'Editar los ajustes del plan',
  'undo.verb.createDepartment': 'Añadir departamento',
  'undo.verb.updateDepartment': 'Editar departamento',
  'undo.verb.deleteDepartment': 'Eliminar departamento',
  'undo.verb.reorderDepartments': 'Reordenar departamentos',
  'undo.verb.renamePerson': 'Renombrar persona',
  'undo.verb.createObjective': 'Añadir objetivo',
  'undo.verb.updateObjective': 'Editar objetivo',
  'undo.verb.deleteObjective': 'Eliminar objetivo',
  'undo.verb.reorderObjectives': 'Reordenar objetivos',
  'undo.verb.createGoal': 'Añadir meta',
  'undo.verb.updateGoal': 'Editar meta',
  'undo.verb.setWeights': 'Fijar pesos',
  'undo.verb.deleteGoal': 'Eliminar meta',
  'undo.verb.reorderGoals': 'Reordenar metas',
  'undo.verb.createTactic': 'Añadir táctica',
  'undo.verb.createInNewDepartment': 'Añadir',
  'undo.verb.updateTactic': 'Editar táctica',
  'undo.verb.deleteTactic': 'Eliminar táctica',
  'undo.verb.reorderTactics': 'Reordenar tácticas',
  'undo.verb.convertItem': 'Mover',
  'undo.verb.renumberItem': 'Renumerar',
  'undo.verb.setLink': 'Vincular',
  'undo.verb.removeLink': 'Desvincular',
  'undo.verb.mergeDraft': 'Fusionar borrador',
  'undo.verb.issueDraft': 'Emitir borrador',
  'undo.verb.addNote': 'Añadir nota',
  'undo.verb.answerNote': 'Responder nota',
  'undo.verb.deleteNote': 'Eliminar nota',
  'undo.verb.setKpiMonth': 'Introducir valor de KPI',
  'undo.verb.setKpiMonths': 'Pegar valores de KPI',
  'undo.verb.importActuals': 'Cargar reales',
  'undo.verb.addCountermeasure': 'Añadir contramedida',
  'undo.verb.updateCountermeasure': 'Editar contramedida',
  'undo.verb.deleteCountermeasure': 'Eliminar contramedida',
  'undo.verb.addTacticUpdate': 'Actualizar estado de la táctica',
  'undo.verb.importFile': 'Importar',
};
