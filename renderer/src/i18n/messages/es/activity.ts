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
  'activity.reviewLink': 'Qué ha cambiado desde el inicio del mes (quién, cuándo, qué elementos)',
  'activity.showItem': 'Mostrar {name}',
  'teamConnect.title': 'Conectarse a un plan de equipo',
  'teamConnect.intro':
    'Un plan de equipo está en el servidor de Hoshin Planner de su organización. Escriba su dirección o pegue la dirección de un plan desde el navegador; iniciará sesión en la página siguiente.',
  'teamConnect.address': 'Dirección del servidor',
  'teamConnect.placeholder': 'planes.ejemplo.es',
  'teamConnect.connect': 'Conectar',
  'teamConnect.openDesktop': 'La página de inicio de sesión del servidor se abre en una ventana propia.',
  'teamConnect.openWeb': 'La página de inicio de sesión del servidor se abre en una pestaña nueva.',
  'teamConnect.refused.empty': 'Escriba la dirección de su servidor de equipo, por ejemplo planes.ejemplo.es.',
  'teamConnect.refused.tooLong': 'Esa dirección es demasiado larga para ser la de un servidor.',
  'teamConnect.refused.notAddress': '«{typed}» no es una dirección web. Escriba una como planes.ejemplo.es.',
  'teamConnect.refused.scheme': 'La dirección de un servidor de equipo empieza por https://.',
  'teamConnect.refused.credentials':
    'Quite el nombre y la contraseña de la dirección: iniciará sesión en la página siguiente.',
  'teamConnect.refused.insecure':
    '{host} debe usarse con https:// para que su contraseña y su plan viajen cifrados. Use https://{host}.',
  'teamConnect.cmd': 'Conectarse a un plan de equipo…',
};
