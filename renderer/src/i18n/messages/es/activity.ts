import type { activity as english } from '../en/activity.ts';

export const activity: Record<keyof typeof english, string> = {
  'activity.nav': 'Actividad',
  'activity.heading': 'Actividad',
  'activity.subtitle': 'Cada cambio en este plan de equipo, el más reciente primero, con quién lo hizo.',
  'activity.fileOnly':
    'El registro de actividad es de los planes de equipo. Un archivo de plan conserva su historial de deshacer mientras está abierto.',
  'activity.since': 'Cambios desde',
  'activity.since.today': 'Hoy',
  'activity.since.week': 'Últimos 7 días',
  'activity.since.month': 'Este mes',
  'activity.since.all': 'Todos',
  'activity.loading': 'Cargando la actividad…',
  'activity.failed':
    'No se pudo cargar la actividad. Compruebe la conexión con el servidor del equipo e inténtelo de nuevo.',
  'activity.retry': 'Reintentar',
  'activity.none': 'No hay cambios en este periodo.',
  'activity.noneAtAll': 'No hay cambios desde que se publicó el plan.',
  'activity.older': 'Mostrar cambios anteriores',
  'activity.count': '{count, plural, one {# cambio} other {# cambios}}',
  'activity.entry': '{by} · {what}',
  'activity.undo': 'Deshizo un cambio',
  'activity.redo': 'Rehecho: {what}',
  'activity.upgrade': 'Actualizó el plan a un formato de archivo más reciente',
  'activity.moreItems': '{count, plural, one {y # elemento más} other {y # elementos más}}',
  'activity.removedItem': '{name} (eliminado desde entonces)',
  'activity.anItem': 'un elemento',
  'activity.showItem': 'Mostrar {name}',
};
