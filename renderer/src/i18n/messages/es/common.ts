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
};
