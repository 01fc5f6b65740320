import type { shell as english } from '../en/shell.ts';

export const shell: Record<keyof typeof english, string> = {
  'app.name': 'Hoshin Planner',

  'nav.label': 'Vistas',
  'nav.plan': 'Plan',
  'nav.cascade': 'Cascada',
  'nav.departments': 'Departamentos',
  'nav.tree': 'Árbol',
  'nav.gaps': 'Carencias',
  'nav.report': 'Informe',
  'nav.xmatrix': 'Matriz X',
  'nav.review': 'Revisión',
  'nav.notes': 'Notas',
  'nav.gapCount': '{count, plural, one {# carencia estructural} other {# carencias estructurales}}',
  'nav.theme': 'Cambiar de tema',
  'nav.theme.toLight': 'Cambiar al tema claro',
  'nav.theme.toDark': 'Cambiar al tema oscuro',

  'header.saved': '{file} · guardado',
  'header.savedHint': 'Cada cambio se guarda en este archivo en cuanto lo hace',
  'header.toolbar': 'Plan',
  'header.undo': 'Deshacer',
  'header.undoTitle': 'Deshacer: {change} (Ctrl+Z)',
  'header.nothingToUndo': 'Nada que deshacer',
  'header.redo': 'Rehacer',
  'header.redoTitle': 'Rehacer: {change} (Ctrl+Mayús+Z)',
  'header.nothingToRedo': 'Nada que rehacer',
  'header.palette': 'Paleta de comandos',
  'header.paletteTitle': 'Paleta de comandos (Ctrl+K)',
  'header.presentation': 'Modo presentación',
  'header.presentationTitle': 'Modo presentación (F5)',
  'header.download': 'Descargar una copia del archivo del plan',
  'header.import': 'Importar desde Excel/CSV…',
  'header.gapPill':
    '{count, plural, =0 {Ninguna carencia estructural} one {# carencia estructural} other {# carencias estructurales}}',

  'period.range': '{start} – {end}',
  'period.from': 'desde el {start}',
  'period.until': 'hasta el {end}',

  'plan.heading': 'Plan',
  'plan.subtitle':
    'La cabecera de la que parten cada informe y cada exportación. Los cambios se guardan en cuanto sale de un campo.',
  'plan.title': 'Título',
  'plan.organisation': 'Organización',
  'plan.periodStart': 'Inicio del periodo',
  'plan.periodEnd': 'Fin del periodo',
  'plan.ownerLoadLimit': 'Carga máxima por responsable',
  'plan.ownerLoadLimitHint':
    'Elementos que una persona puede tener a su cargo antes de que el análisis de carencias la señale.',
  'plan.vision': 'Visión: lo que hemos aprendido de los clientes y a lo que responde este plan (el «porqué»)',
  'plan.visionPlaceholder': '¿Qué hemos aprendido de nuestros clientes a lo que cada objetivo debe responder?',
  'plan.visionHint': 'Ctrl+Intro o salir del campo guarda.',
  'plan.size': 'Tamaño del plan',
  'plan.stat.departments': '{count, plural, one {Departamento} other {Departamentos}}',
  'plan.stat.objectives': '{count, plural, one {Objetivo} other {Objetivos}}',
  'plan.stat.goals': '{count, plural, one {Meta} other {Metas}}',
  'plan.stat.tactics': '{count, plural, one {Táctica} other {Tácticas}}',

  'prefs.heading': 'Este ordenador',
  'prefs.subtitle': 'Ajustes que se guardan para usted en este ordenador, no en el archivo del plan.',
  'prefs.language': 'Idioma',
  'prefs.languageHint': 'La aplicación, el informe y todas las fechas y cifras lo siguen.',
  'prefs.languageSystem': 'Como el sistema ({language})',

  'notes.heading': 'Notas',
  'notes.subtitleDraft':
    'Preguntas y propuestas de {department} a la dirección sobre cualquier elemento del plan. Vuelven con el borrador.',
  'notes.subtitle':
    'Preguntas y propuestas de los departamentos sobre cualquier elemento del plan, y las respuestas de la dirección.',

  'comingSoon.badge': 'Próximamente',
};
