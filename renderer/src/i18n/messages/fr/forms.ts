import type { forms as english } from '../en/forms.ts';

export const forms: Record<keyof typeof english, string> = {
  'rename.done':
    '{count, plural, one {{from} renommé en {to} à # endroit.} other {{from} renommé en {to} à # endroits.}}',
  'rename.open': 'Renommer {person} partout…',
  'rename.form': 'Renommer {person} partout',
  'rename.label': 'Nouveau nom pour {person}',
  'rename.note':
    '{count, plural, one {Chaque responsable nommé {person} (# endroit) prend le nouveau nom ; une seule étape d’annulation.} other {Chaque responsable nommé {person} (# endroits) prend le nouveau nom ; une seule étape d’annulation.}}',
  'rename.submit': 'Renommer',
  'rename.cancel': 'Annuler',
};
