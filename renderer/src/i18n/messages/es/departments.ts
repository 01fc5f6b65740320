import type { departments as english } from '../en/departments.ts';

export const departments: Record<keyof typeof english, string> = {
  'departments.heading': 'Departamentos',
  'departments.subtitle':
    'Cada meta y cada táctica pertenece a un departamento. Los nombres y los jefes se editan en el sitio.',
  'departments.search': 'Buscar departamentos por nombre o jefe',
  'departments.col.name': 'Nombre',
  'departments.col.head': 'Jefe',
  'departments.col.goals': 'Metas',
  'departments.col.tactics': 'Tácticas',
  'departments.empty':
    'Aún no hay departamentos. Las metas y tácticas necesitan uno al que pertenecer: añada el primero abajo.',
  'departments.noMatch': 'Ningún departamento coincide con «{query}». Esc borra la búsqueda.',
  'departments.list': 'Departamentos',
  'departments.nameOf': 'Nombre de {department}',
  'departments.headOf': 'Jefe de {department}',
  'departments.noHead': 'Aún sin jefe',
  'departments.moveUp': 'Subir {department}',
  'departments.moveUpTitle': 'Subir',
  'departments.moveDown': 'Bajar {department}',
  'departments.moveDownTitle': 'Bajar',
  'departments.delete': 'Eliminar {department}',
  'departments.deleteTitle': 'Eliminar…',
  'departments.newName': 'Nombre del nuevo departamento',
  'departments.newPlaceholder': 'Nuevo departamento, p. ej. Éxito del cliente',
  'departments.add': 'Añadir departamento',
};
