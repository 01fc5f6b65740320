import type { errors as english } from '../en/errors.ts';

export const errors: Record<keyof typeof english, string> = {
  'errorCode.invalid_input': 'Ese valor no se puede guardar tal como está.',
  'errorCode.not_found': 'Aquello a lo que se refiere ya no está en el plan.',
  'errorCode.read_only': 'Esta parte del plan no se puede cambiar aquí.',
  'errorCode.conflict': 'Otra persona ha cambiado esto entretanto.',
  'errorCode.exists': 'Eso ya existe en el plan.',
  'errorCode.not_a_plan': 'Este archivo no es un plan de Hoshin.',
  'errorCode.foreign_file': 'Este archivo pertenece a otro programa.',
  'errorCode.corrupt': 'El archivo del plan está dañado.',
  'errorCode.truncated': 'El archivo del plan está incompleto.',
  'errorCode.too_new': 'Este plan se guardó con una versión más reciente de Hoshin Planner.',
  'errorCode.migration_failed': 'No se pudo actualizar el archivo del plan.',
  'errorCode.io': 'No se pudo leer ni escribir el archivo.',
  'errorCode.unauthorized': 'No ha iniciado sesión, o su sesión ha caducado.',
  'errorCode.internal': 'Algo salió mal; el cambio no se hizo.',
  'errorCode.locked': 'El plan está abierto en otro lugar y bloqueado.',
  'errorCode.busy': 'El plan está ocupado; inténtelo de nuevo en un momento.',
  'errorCode.forbidden': 'Su rol no permite este cambio.',
  'errorCode.rate_limited': 'Demasiados intentos; espere un momento e inténtelo de nuevo.',
  'errorCode.transport': 'La aplicación no pudo acceder al plan; compruebe la conexión.',
  'errorCode.detail': 'Detalles (en inglés): {detail}',
};
