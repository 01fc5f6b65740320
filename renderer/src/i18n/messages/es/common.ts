import type { common as english } from '../en/common.ts';

export const common: Record<keyof typeof english, string> = {
  'strength.strong': 'Fuerte',
  'strength.medium': 'Media',
  'strength.weak': 'Débil',
  'horizon.breakthrough': 'Ruptura',
  'horizon.annual': 'Anual',
  'status.not_started': 'Sin empezar',
  'status.on_track': 'En buen camino',
  'status.at_risk': 'En riesgo',
  'status.off_track': 'Desviada',
  'status.done': 'Completada',

  'common.cancel': 'Cancelar',
  'common.close': 'Cerrar',
  'common.addNote': 'Añadir una nota',
  'common.noOwner': 'Sin responsable',
  'common.dismissError': 'Descartar el error',
  'common.dismissMessage': 'Descartar el mensaje',
  'common.undo': 'Deshacer',
  'common.findPlaceholder': 'Buscar texto o código (Ctrl+F)',
  'common.support': '{strength, select, strong {Apoyo fuerte} medium {Apoyo medio} other {Apoyo débil}}',
  'common.shared':
    '{kind, select, objective {Apoya {count, plural, one {# objetivo} other {# objetivos}}: aparece bajo cada uno} other {Apoya {count, plural, one {# meta} other {# metas}}: aparece bajo cada una}}',
  'common.openNotes': '{count, plural, one {# nota abierta} other {# notas abiertas}}',
  'common.sharedCount': 'Compartido ×{count}',
  'gap.uncovered': 'Sin cubrir',
  'gap.uncovered.why': 'Ninguna meta de departamento apoya este objetivo',
  'gap.unexecuted': 'Sin ejecutar',
  'gap.unexecuted.why': 'Ninguna de las metas que apoyan este objetivo tiene una táctica',
  'gap.orphaned': 'Huérfano',
  'gap.orphaned.why': 'No remite a ningún objetivo',
  'delete.label.item': '{kind, select, objective {el objetivo {code}} goal {la meta {code}} other {la táctica {code}}}',
  'delete.parts.goals': '{count, plural, one {# meta} other {# metas}}',
  'delete.parts.tactics': '{count, plural, one {# táctica} other {# tácticas}}',
  'delete.parts.links': '{count, plural, one {# vínculo} other {# vínculos}}',
  'delete.orphans':
    '{count, plural, one {# elemento ya no remite a ningún objetivo} other {# elementos ya no remiten a ningún objetivo}}',
  'delete.done': 'Se eliminó {label}.',
  'delete.doneWith': 'Se eliminó {label} con {parts}.',
  'delete.doneOrphans': 'Se eliminó {label}; {orphans}.',
  'delete.doneWithOrphans': 'Se eliminó {label} con {parts}; {orphans}.',
  'find.all':
    '{noun, select, department {{total, plural, one {El # departamento} other {Los # departamentos}}} finding {{total, plural, one {El # hallazgo} other {Los # hallazgos}}} other {{total, plural, one {# KPI o táctica} other {Los # KPI y tácticas}}}}',
  'find.some':
    '{noun, select, department {{total, plural, one {{shown} de # departamento} other {{shown} de # departamentos}}} finding {{total, plural, one {{shown} de # hallazgo} other {{shown} de # hallazgos}}} other {{total, plural, one {{shown} de # KPI o táctica} other {{shown} de # KPI y tácticas}}}}',
  'find.none': 'Sin resultados',
};
