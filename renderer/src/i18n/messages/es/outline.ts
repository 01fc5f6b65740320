import type { outline as english } from '../en/outline.ts';

export const outline: Record<keyof typeof english, string> = {
  'kpi.reading': '{direction, select, decrease {reducir {name}} other {aumentar {name}}}',
  'kpi.readingFrom':
    '{direction, select, decrease {reducir {name} desde {baseline}} other {aumentar {name} desde {baseline}}}',
  'kpi.readingTo': '{direction, select, decrease {reducir {name} a {target}} other {aumentar {name} a {target}}}',
  'kpi.readingFromTo':
    '{direction, select, decrease {reducir {name} de {baseline} a {target}} other {aumentar {name} de {baseline} a {target}}}',
  'kpi.readingFromByTo':
    '{direction, select, decrease {reducir {name} de {baseline} un {change}, a {target}} other {aumentar {name} de {baseline} un {change}, a {target}}}',
  'kpi.readingBy':
    '{direction, select, decrease {reducir {name} un {change} (línea base aún sin fijar)} other {aumentar {name} un {change} (línea base aún sin fijar)}}',
  'outline.filters': 'Filtrar la cascada',
  'outline.search': 'Buscar en la cascada por texto o código',
  'outline.department': 'Departamento',
  'outline.owner': 'Responsable',
  'outline.status': 'Estado',
  'outline.tag': 'Etiqueta',
  'outline.all': 'Todos',
  'outline.clear': 'Borrar filtros',
  'outline.titleOf':
    '{kind, select, objective {Título del objetivo} goal {Título de la meta} tactic {Título de la táctica} other {Título de la sección}}',
  'outline.titleOfNew':
    '{kind, select, objective {Título del nuevo objetivo} goal {Título de la nueva meta} tactic {Título de la nueva táctica} other {Título de la nueva sección}}',
  'outline.newPlaceholder':
    '{kind, select, objective {Nuevo objetivo: escriba su título} goal {Nueva meta: escriba su título} tactic {Nueva táctica: escriba su título} other {Nueva sección: escriba su título}}',
  'outline.new': 'Nuevo',
  'outline.noKpi': 'Sin KPI',
  'outline.goals': '{count, plural, one {# meta} other {# metas}}',
  'outline.kpiTitle': 'KPI: {reading}',
  'outline.kpiTarget': 'Objetivo del KPI ',
  'outline.noTarget': 'Sin objetivo',
  'outline.tactics': '{count, plural, =0 {Sin tácticas} one {# táctica} other {# tácticas}}',
  'outline.unaligned': 'Sin alinear',
  'outline.unalignedNote':
    '{count, plural, one {# elemento no apoya nada por encima} other {# elementos no apoyan nada por encima}}',
  'outline.noIndent': 'Nada que sangrar aquí.',
  'outline.tacticLowest': 'Una táctica es el nivel más bajo de la cascada.',
  'outline.noneAbove':
    '{kind, select, objective {No hay ningún objetivo encima bajo el que ponerlo.} other {No hay ninguna meta encima bajo la que ponerlo.}}',
  'outline.noOutdent': 'Nada que desangrar aquí.',
  'outline.objectiveTop': 'Un objetivo ya es el nivel superior.',
  'outline.tacticNoObjective':
    'Esta táctica no tiene ningún objetivo encima bajo el que convertirse en meta: vincúlela primero a una meta que apoye uno.',
};
