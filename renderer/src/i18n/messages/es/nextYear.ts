import type { nextYear as english } from '../en/nextYear.ts';

export const nextYear: Record<keyof typeof english, string> = {
  'nextYear.carry.unfinished': 'Elementos sin terminar',
  'nextYear.carry.unfinishedHint':
    'Objetivos y metas cuyo objetivo de KPI no se alcanzó, tácticas sin completar, y lo que sirven.',
  'nextYear.carry.all': 'Todo',
  'nextYear.carry.allHint': 'Cada objetivo, meta y táctica, como punto de partida.',
  'nextYear.carry.none': 'Solo objetivos de ruptura',
  'nextYear.carry.noneHint': 'Empezar el plan anual desde una página en blanco.',
  'nextYear.of.breakthrough':
    '{carried} de {total, plural, one {# objetivo de ruptura} other {# objetivos de ruptura}}',
  'nextYear.of.annual': '{carried} de {total, plural, one {# objetivo anual} other {# objetivos anuales}}',
  'nextYear.of.goal': '{carried} de {total, plural, one {# meta} other {# metas}}',
  'nextYear.of.tactic': '{carried} de {total, plural, one {# táctica} other {# tácticas}}',
  'nextYear.downloaded':
    'Se descargó {file}, el plan del próximo año. Este plan no cambia; abra el nuevo con hoshin serve.',
  'nextYear.saved': 'El plan del próximo año se guardó como {file}.',
  'nextYear.title': 'Empezar el plan del próximo año',
  'nextYear.intro':
    'Escribe un nuevo archivo de plan para el periodo siguiente. Este plan no cambia. Los objetivos de ruptura y los departamentos siempre se traspasan; los reales, las contramedidas y las notas empiezan vacíos.',
  'nextYear.year': 'Año del nuevo plan',
  'nextYear.carry': 'Traspasar',
  'nextYear.carries': '<b>{title}</b> ({start} a {end}) traspasa {carried}.',
  'nextYear.reset':
    '{baselines, plural, one {# valor inicial de KPI fijado} other {# valores iniciales de KPI fijados}} a partir de los últimos reales; {dues, plural, one {# fecha de vencimiento anterior al nuevo periodo borrada} other {# fechas de vencimiento anteriores al nuevo periodo borradas}}.',
  'nextYear.details': 'Qué queda fuera y qué cambia',
  'nextYear.left': 'Fuera: {code} {title} ({reason})',
  'nextYear.download': 'Descargar el plan del próximo año',
  'nextYear.create': 'Crear el plan del próximo año…',
};
