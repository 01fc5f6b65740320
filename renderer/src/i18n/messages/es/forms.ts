import type { forms as english } from '../en/forms.ts';

export const forms: Record<keyof typeof english, string> = {
  'rename.done':
    '{count, plural, one {{from} se renombró como {to} en # lugar.} other {{from} se renombró como {to} en # lugares.}}',
  'rename.open': 'Renombrar a {person} en todas partes…',
  'rename.form': 'Renombrar a {person} en todas partes',
  'rename.label': 'Nuevo nombre para {person}',
  'rename.note':
    '{count, plural, one {Cada responsable y jefe llamado {person} (# lugar) toma el nuevo nombre; un solo paso para deshacer.} other {Cada responsable y jefe llamado {person} (# lugares) toma el nuevo nombre; un solo paso para deshacer.}}',
  'rename.submit': 'Renombrar',
  'rename.cancel': 'Cancelar',
};
